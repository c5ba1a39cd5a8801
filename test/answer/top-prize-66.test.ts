/**
 * Session 66: a "top prize" offered tells of no win: "who won the hamper in the raffle" is not answered by "the
 * top prize is a hamper donated by the farm shop", which names only the giver.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FAIR = [
  '---',
  'title: Lanreath summer fair',
  '---',
  '',
  'Posted by Jory Polkinghorne, fair committee, 20 June.',
  '',
  'The fair is on Saturday 6 July on the playing field from 11am.',
  '',
  'Raffle tickets are £1 each, and the top prize is a Christmas hamper donated by Trewen Farm Shop.',
  '',
  'There will be a dog show at 2pm, with rosettes for the waggiest tail and the best-dressed dog.',
].join('\n');

describe('a top prize offered (session 66)', () => {
  it('names no winner of it', async () => {
    const { engine } = await articleEngineWithVectors('fair.md', FAIR);
    expectDeclined(engine, ['who won the christmas hamper in the raffle']);
    expectAnswered(engine, [['who donated the hamper for the raffle', 'donated by Trewen Farm Shop']]);
  });
});
