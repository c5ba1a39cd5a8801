/**
 * Session 68: "what was the score in the plate final" asks a game's result. The sentence that writes one
 * ("who beat Ashby 9-4") answers, not the one that only names the final; a game whose result the report never
 * writes is declined.
 */
import { describe, expect, it } from 'vitest';
import { asksScore, givesScore } from '../../src/answer/score-asked.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Summer bowls triples – weekend round-up',
  '',
  'Posted 9 July by Helen Crouch, match secretary',
  '',
  'We had twenty triples entered, up from fourteen last summer, so there was room for a plate final as well as the cup.',
  '',
  'The cup went to Marlow Park, who beat Ashby 9-4 after Ashby dropped a three on the last end.',
  '',
  'In the plate final our own Tuesday triple took on Hurst Green, and the tea ladies said it was the best game of the day.',
  '',
  'Nobody kept the card from the morning friendly against the visitors from Dunholm.',
].join('\n');

describe('a game score asked (session 68)', () => {
  it('reads the score asked and the result written', () => {
    expect(asksScore('what was the score in the cup final')).toBe(true);
    expect(asksScore('whats the final score')).toBe(true);
    expect(asksScore('what score did she get on beam')).toBe(false);
    expect(asksScore('what was the scoreboard crash')).toBe(false);
    expect(givesScore('who beat Balgonie 6-3 in a game')).toBe(true);
    expect(givesScore('We won 31–12, scoring five tries to two.')).toBe(true);
    expect(givesScore('We were down by 12 at half-time')).toBe(true);
    expect(givesScore('the 2019-20 season')).toBe(false);
    expect(givesScore('call 01632-960 417')).toBe(false);
    expect(givesScore('Ages 5-11 welcome, open 10-4 on 3-4 May')).toBe(false);
  });

  it('quotes the sentence writing the result', async () => {
    const { engine } = await articleEngineWithVectors('triples.txt', REPORT);
    expectAnswered(engine, [['what was the score in the cup final', 'who beat Ashby 9-4']]);
  });

  it('declines a game whose result is never written', async () => {
    const { engine } = await articleEngineWithVectors('triples.txt', REPORT);
    expectDeclined(engine, ['what was the score in the plate final']);
  });
});
