/**
 * Session 68: "whats the annual membership fee", "whats the most they can charge": a price asked with words
 * between "the" and "fee" / "charge" still asks for a sum, so a sentence with one answers; so does "how big was
 * the funding bid" (a bid, a grant, a cut, a shortfall ... is a sum).
 */
import { describe, expect, it } from 'vitest';
import { asksForMoney } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RULES = [
  'Street fair – stallholder notes',
  '',
  'Posted 2 June by Marcia Bell, fair organiser',
  '',
  'Food stalls may charge what they like, but no single portion may cost more than £5.',
  '',
  'The charity tent will be run by the Rotary club again this year, with tombola and face painting.',
  '',
  'Pitches are free for local charities.',
  '',
  'We asked the town council for £1,500 towards the new gazebos, and they agreed to half of it.',
].join('\n');

describe('a price asked with words before "fee" or "charge" (session 68)', () => {
  it('reads a sum asked', () => {
    expect(asksForMoney('whats the annual membership fee')).toBe(true);
    expect(asksForMoney("what's the most they can charge for food")).toBe(true);
    expect(asksForMoney('whats the yearly pitch rent')).toBe(true);
    expect(asksForMoney('whats the name of the charity tent')).toBe(false);
    expect(asksForMoney('how big was the funding bid for the new hut')).toBe(true);
    expect(asksForMoney('how big was the club shortfall')).toBe(true);
    expect(asksForMoney('how big is the dev team')).toBe(false);
    expect(asksForMoney('how big was the gap between the two')).toBe(false);
  });

  it('quotes the sentence with the sum', async () => {
    const { engine } = await articleEngineWithVectors('fair.txt', RULES);
    expectAnswered(engine, [
      ["what's the most the food stalls can charge", 'no single portion may cost more than £5'],
    ]);
  });
});
