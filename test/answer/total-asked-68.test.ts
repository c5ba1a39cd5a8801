/**
 * Session 68: "how much did the raffle tickets make on sunday" asks what was taken in all, not a ticket's price:
 * "The Sunday raffle raised £412" answers it. "How much were raffle tickets" still wants the price of one.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  'Bonspiel weekend – the money',
  '',
  'Posted 18 November by Fiona Drummond, club secretary',
  '',
  'The Sunday raffle raised £412, all of which goes to the junior development programme.',
  '',
  'Ice hire came to £1,050 for the weekend, paid to the rink on Monday.',
].join('\n');

describe('a total asked of tickets (session 68)', () => {
  it('answers what the tickets made with the total', async () => {
    const { engine } = await articleEngineWithVectors('bonspiel.txt', REPORT);
    expectAnswered(engine, [
      ['how much did the raffle tickets make on sunday', 'The Sunday raffle raised £412'],
    ]);
  });

  it('still declines a ticket price asked of a total', async () => {
    const { engine } = await articleEngineWithVectors('bonspiel.txt', REPORT);
    expectDeclined(engine, ['how much were the raffle tickets each']);
  });
});
