/**
 * A superlative asked whose opposite end is all an excerpt says (session 53): "who was the oldest player"
 * is not answered by "Our youngest player was Ollie Brandt", nor "the cheapest seats" by "the dearest".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REPORT = [
  '# Riverside Chess Club: spring report',
  '',
  'Our youngest player was Ollie Brandt, aged 7, who won two of his five games at the county rapidplay.',
  '',
  'Tickets for the simultaneous display went fast: the dearest seats, at the front, were £20.',
].join('\n');

describe('the opposite end of a superlative (session 53)', () => {
  it('declines when the excerpt says only the other end', async () => {
    const { engine } = await articleEngineWithVectors('chess-report.md', REPORT);
    expectDeclined(engine, ['who was the oldest player', 'how much were the cheapest seats for the simul']);
  });

  it('answers the end it says', async () => {
    const { engine } = await articleEngineWithVectors('chess-report.md', REPORT);
    expectAnswered(engine, [
      ['who was the youngest player', 'Ollie Brandt'],
      ['how much were the dearest seats for the simul', '£20'],
    ]);
  });
});
