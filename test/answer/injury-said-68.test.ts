/**
 * Session 68: "what injury did rhys get": an excerpt that says what the injury was ("went over on his ankle and
 * broke it", "taken to A&E for stitches") says the hurt without the word "injured"; one that says nothing of
 * harm still declines.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Fell race report',
  '',
  'Posted 6 October by Nia Parry, race secretary',
  '',
  'Rhys Pugh went over on his ankle on the descent from Moel Fach and broke it, so the mountain rescue team carried him down.',
  '',
  'Dafydd Hughes won in 1:04:12, a minute outside the course record.',
].join('\n');

const RESULTS = [
  'Fell race results',
  '',
  'Posted 6 October by Nia Parry, race secretary',
  '',
  'Dafydd Hughes won in 1:04:12, a minute outside the course record, and broke away from the pack on the last climb.',
].join('\n');

describe('an injury said by what it was (session 68)', () => {
  it('answers with the sentence saying the break', async () => {
    const { engine } = await articleEngineWithVectors('race.txt', REPORT);
    expectAnswered(engine, [['what injury did rhys get', 'went over on his ankle on the descent']]);
  });

  it('reads no injury from "broke away" or "broke the record"', async () => {
    const { engine } = await articleEngineWithVectors('results.txt', RESULTS);
    expect(engine.ask('was anyone hurt').status).toBe('no_answer');
  });

  it('declines where no harm is said', async () => {
    const { engine } = await articleEngineWithVectors('results.txt', RESULTS);
    expectDeclined(engine, ['what injury did dafydd get']);
  });
});
