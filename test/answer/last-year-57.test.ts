/**
 * A question about last year or last season (session 57): "how many shouts did the lifeboat have last year" is
 * not answered by this year's count ("launched on service 41 times in 2024" is the year the review is about,
 * but a sentence naming no year tells of this year); a sentence telling of last year answers.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REVIEW = [
  'Port Carrow lifeboat station: our year',
  '',
  'Our two boats launched on service 41 times this year. The inshore boat, Little Wren, went out 25 times, mostly to swimmers and paddleboarders caught by the offshore breeze.',
  '',
  'The crew ran their summer open day in August, and the duck race raised more than ever before.',
].join('\n');

const WITH_LAST_YEAR = REVIEW.replace('41 times this year.', '41 times this year, up from 33 last year.');

describe('a question about last year (session 57)', () => {
  it('is not answered by a sentence telling of this year only', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', REVIEW);
    expectDeclined(engine, ['how many times did the lifeboats launch last year']);
    expectAnswered(engine, [['how many times did the lifeboats launch', 'launched on service 41 times']]);
  });

  it('is answered by a sentence that tells of last year', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', WITH_LAST_YEAR);
    expectAnswered(engine, [['how many times did the lifeboats launch last year', 'up from 33 last year']]);
  });
});
