/**
 * "Who won" asks for a win (session 57): an excerpt that tells of none ("The Mayor ... judged 'Waggiest Tail'")
 * names no winner, whoever it names; the sentence that says who won answers.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const SHOW = [
  'Millbeck dog show: the results',
  '',
  'Posted by Carol Ainsworth, show secretary, Monday 9 September 2024.',
  '',
  "What a day on the rec. Forty-one dogs were entered across the eight classes, the sun stayed out, and the tea tent sold out of scones by two o'clock. Thank you to everyone who helped put up the ring and take it down again.",
  '',
  'The Mayor of Millbeck, Cllr Denise Fairbairn, came to open the dog show and judged "Waggiest Tail", though she had no hand in organising it and said she found it the hardest job of her year.',
  '',
  'The raffle brought in £312 on the day, and every penny of it goes to the Millbeck air ambulance appeal, as the committee agreed in June.',
  '',
  'Best in Show was won by Bramble, a six-year-old collie owned by Maisie Trent, who also won the obedience class last year.',
].join('\n');

describe('a question of who won (session 57)', () => {
  it('is declined by an excerpt that tells of no win', async () => {
    const { engine } = await articleEngineWithVectors('show.txt', SHOW);
    expectDeclined(engine, [
      'who won waggiest tail at the dog show',
      'who won the meat hamper in the raffle',
    ]);
  });

  it('is answered by the sentence that says who won', async () => {
    const { engine } = await articleEngineWithVectors('show.txt', SHOW);
    expectAnswered(engine, [['who won best in show at the dog show', 'Best in Show was won by Bramble']]);
  });
});
