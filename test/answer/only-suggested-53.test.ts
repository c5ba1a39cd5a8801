/**
 * A suggestion is no decision (session 53): "where will we go next year, the lakes?" is not answered by
 * "Several members have suggested a week in the Lakes", nor by a later candidate about something else.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  '# Fellside Walkers: autumn round-up',
  '',
  'This year we walked the Dales Way in six stages, and 23 of us finished the last stage at Bowness on 12 October.',
  '',
  'Next year. Several members have suggested a week in the Lakes instead of a long-distance path.',
  '',
  'The landlord at the Old Hall has asked whether we might come back to lead a charity walk on 4 May.',
].join('\n');

describe('a suggestion only (session 53)', () => {
  it('declines a question about what is to come that only a suggestion speaks of', async () => {
    const { engine } = await articleEngineWithVectors('walkers-round-up.md', REPORT);
    expectDeclined(engine, [
      "is next year's trip going to be the lakes?",
      'where will we go next year, the lakes?',
      'are we doing a week in the lakes next year',
    ]);
  });

  it('answers a question about the suggestion itself, and what was done', async () => {
    const { engine } = await articleEngineWithVectors('walkers-round-up.md', REPORT);
    expectAnswered(engine, [
      ['what have members suggested for next year', 'a week in the Lakes'],
      ['how many finished the last stage at bowness', '23 of us'],
    ]);
  });
});
