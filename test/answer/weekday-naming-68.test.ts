/**
 * Session 68: "The Sunday raffle raised £412": a weekday naming an event ("the Sunday raffle", "our Thursday
 * social rink") dates nothing, so it does not answer "when" of something else; "on the Sunday" still dates.
 */
import { describe, expect, it } from 'vitest';
import { shapeWords } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Bowls club autumn round-up',
  '',
  'Posted 20 October by Gwen Harper, club secretary',
  '',
  'The Saturday tombola raised £285 towards the new bowls mower, £40 more than last year.',
  '',
  'The new gates were fitted on the Tuesday after the open day.',
].join('\n');

describe('a weekday naming an event (session 68)', () => {
  it('reads no date from the weekday that names a thing', () => {
    expect(shapeWords('The Sunday raffle raised £412.', 'date')).toEqual([]);
    expect(shapeWords('We played on the Sunday morning.', 'date')).not.toEqual([]);
    expect(shapeWords('The gates were fitted on the Tuesday after the open day.', 'date')).not.toEqual([]);
  });

  it('declines "when" where only such a weekday is written, answers where a day dates it', async () => {
    const { engine } = await articleEngineWithVectors('bowls.txt', REPORT);
    expectDeclined(engine, ['when is the new mower arriving']);
    expectAnswered(engine, [['when were the new gates put in', 'on the Tuesday after the open day']]);
  });
});
