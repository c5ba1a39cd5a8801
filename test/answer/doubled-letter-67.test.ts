/**
 * Session 67: a letter doubled by a key held too long ("watter") is a slip of the word it doubles a letter of,
 * clearly meant though other corpus words are one letter away too ("matter", "latter"), and never a name.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerContext } from '../../src/answer/answer.js';
import { spellingCorrections } from '../../src/answer/did-you-mean.js';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const REPORT = [
  'Penwarren Lido – end of season report',
  '',
  'Posted 30 September by Tamsin Rowe, lido manager',
  '',
  'The water was at its coldest on 2 June, when the thermometer by the deep end read 13 degrees.',
  '',
  'As a matter of record, we sold 18,450 swims this season, against 15,900 last year. The latter figure was hit by the three weeks we were shut for the pump repair.',
].join('\n');

describe('a letter doubled (session 67)', () => {
  it('reads the slip as a word, not a name', async () => {
    const { engine } = await articleEngineWithVectors('lido.txt', REPORT);
    const plan = planOf(engine, 'how cold did the watter get');
    expect([...plan.specific]).not.toContain('watter');
  });

  it('offers the word with the letter single as clearly meant', async () => {
    const { engine } = await articleEngineWithVectors('lido.txt', REPORT);
    const { index, scopes } = (engine as unknown as { answerContext(): AnswerContext }).answerContext();
    const [best] = spellingCorrections('how cold did the watter get', {
      index,
      scopes,
      passageText: () => undefined,
    });
    expect(best?.question).toBe('how cold did the water get');
    expect(best?.clear).toBe(true);
  });
});
