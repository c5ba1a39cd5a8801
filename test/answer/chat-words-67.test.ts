/**
 * Session 67: "wer" after a question word, "woz", "wuz", "wens", "nxt" are "were", "was", "whens", "next", not
 * names the articles never use; and a price for each person ("$16 for adults", "£28 a head") is what a ticket
 * costs, though no ticket is named.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const REVIEW = [
  'Larkfield Players – spring show round-up',
  '',
  'Posted 20 April by Bronwen Ellis, front of house',
  '',
  'Our spring show, The Importance of Being Earnest, ran for four nights in the Memorial Hall.',
  '',
  'Prices were $16 for adults and $9 for children, the same as last spring.',
  '',
  'Lady Bracknell was played by Sian Pryce, in her first lead role with us.',
  '',
  'Tickets for the Saturday night were gone a week before we opened.',
  '',
  'Our next production, a summer farce, opens on Friday 14 June in the same hall.',
].join('\n');

describe('chat words and prices per person (session 67)', () => {
  it('reads wer and woz as words and a price per person as a ticket price', async () => {
    const { engine } = await articleEngineWithVectors('spring-show.txt', REVIEW);
    expectAnswered(engine, [
      ['how much wer tix for grown ups', 'Prices were $16 for adults'],
      ['how much were tickets for grown ups', 'Prices were $16 for adults'],
      ['who woz lady bracknell', 'Lady Bracknell was played by Sian Pryce'],
      ['wens the nxt production on', 'opens on Friday 14 June'],
    ]);
  });
});
