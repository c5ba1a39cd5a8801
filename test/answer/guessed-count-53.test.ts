/**
 * A count guessed as a yes/no question (session 53): "did we get about 300 folks at the open day?" asks how
 * many came; the figure written answers it, whatever the guess.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NEWSLETTER = [
  '# Hedgehog rescue: summer newsletter',
  '',
  "Our open day on Sunday 16 June was the busiest we have ever had. We counted 412 visitors through the gate, beating last year's 287.",
  '',
  'The cake stall took £388 and the raffle took £302. The new hedgehog unit will hold 12 hedgehogs at once.',
].join('\n');

describe('a guessed count (session 53)', () => {
  it('answers a yes/no guess at a count with the count written', async () => {
    const { engine } = await articleEngineWithVectors('rescue-newsletter.md', NEWSLETTER);
    expectAnswered(engine, [
      ['did we get about 300 folks at the open day?', '412 visitors'],
      ['were there like 500 people at the open day?', '412 visitors'],
    ]);
  });

  it('still declines a guess at a count the newsletter never gives', async () => {
    const { engine } = await articleEngineWithVectors('rescue-newsletter.md', NEWSLETTER);
    expectDeclined(engine, ['did they get about 50 volunteers at the open day?']);
  });
});
