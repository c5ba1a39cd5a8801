/**
 * Session 67: a "whether" clause said to be open ("Whether we repair it once more or put in a heat pump is still to
 * be decided") leaves a yes/no question about it unanswered, though the clause names the thing only by "it".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const UPDATE = [
  'Castleford Scout Hut – winter update',
  '',
  'Posted 12 January by Rhodri Evans, group treasurer',
  '',
  'The hut boiler broke down again on 3 January. Whether we repair it once more or put in a heat pump is still to be decided by the executive; quotes range from £900 to £7,400.',
  '',
  'The new roof over the store room was finished in December for £3,150.',
].join('\n');

describe('a whether clause left open (session 67)', () => {
  it('declines the yes/no question it leaves open', async () => {
    const { engine } = await articleEngineWithVectors('scout-hut.txt', UPDATE);
    expectDeclined(engine, ['are they fixing the boiler or getting a new one']);
  });

  it('still answers what the passage does say', async () => {
    const { engine } = await articleEngineWithVectors('scout-hut.txt', UPDATE);
    expectAnswered(engine, [['how much did the store room roof cost', 'finished in December for £3,150']]);
  });
});
