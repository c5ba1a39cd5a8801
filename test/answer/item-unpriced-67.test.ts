/**
 * Session 67: a thing priced in a list whose other items carry their own sums, its own item none ("After
 * field hire (£200), timing hire (£180), trophies and the portaloos, we've got a surplus"), is not priced by
 * the excerpt. A sum said of several together ("the trophies and medals cost £310") prices each.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const ACCOUNTS = [
  'Corbridge Tri Club – novice triathlon accounts',
  '',
  'Posted 9 October by Gwen Ashby, treasurer',
  '',
  'Entries brought in £4,860 this year, from 162 athletes, up from 131 last year.',
  '',
  'After pool hire (£640), the chip timing (£395), marshal bibs and the first aid cover, we cleared £2,210 for the junior section.',
  '',
  'The finisher trophies and medals cost £310 between them, bought from Tyne Engraving.',
  '',
  'Much talked about was the price tag of £48,000, which makes it the dearest boathouse on the river.',
].join('\n');

describe('a thing left unpriced in a list of priced items (session 67)', () => {
  it('declines a price asked of the list item that carries no sum', async () => {
    const { engine } = await articleEngineWithVectors('tri-accounts.txt', ACCOUNTS);
    expectDeclined(engine, ['how much did the first aid cover cost for the triathlon']);
  });

  it('answers a list item with its own sum, and things priced together', async () => {
    const { engine } = await articleEngineWithVectors('tri-accounts.txt', ACCOUNTS);
    expectAnswered(engine, [
      ['how much did the chip timing cost', 'the chip timing (£395)'],
      ['how much did the medals cost', 'The finisher trophies and medals cost £310'],
      // A price said by a word for price ("a price tag of £48,000") prices the thing the sentence speaks of.
      ['how much did the new boathouse cost', 'price tag of £48,000'],
    ]);
  });
});
