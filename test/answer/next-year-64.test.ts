/**
 * Session 64: a question of next year or season ("is the membership fee going up to like £100 next year?") is
 * not answered by what the article says of this year or the last ("The full membership fee was £85 this
 * year"), as session 62 declined last year's question answered with this year's (decide.ts `lastYearUnsaid`).
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CLUB = [
  '---',
  'title: Stanwick Bowls Club: AGM notes',
  '---',
  '',
  'Posted by Gwen Alderley, club secretary.',
  '',
  'The full membership fee was £85 this year, and juniors paid £20.',
  '',
  'Last season we won 14 of our 20 league fixtures and finished third.',
  '',
  'The committee will decide the green fees for 2026 at the March meeting.',
].join('\n');

describe('next year asked (session 64)', () => {
  it("is not answered by this year's figure", async () => {
    const { engine } = await articleEngineWithVectors('club.md', CLUB);
    expectDeclined(engine, [
      'is the membership fee going up to like £100 next year?',
      'how much will juniors pay next year',
    ]);
    expectAnswered(engine, [
      ['how much was the membership fee this year', '£85 this year'],
      ['how many league games did they win last season', 'won 14 of our 20'],
    ]);
  });
});
