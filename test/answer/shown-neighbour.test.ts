/**
 * A sentence beside the best one that scores nearly as well is shown with it (`shownNeighbourShare`): on
 * articles no rule was written for, the answer is often the sentence next to the one sharing the question's
 * words. The decision reads the best sentence alone, so no question is answered that was declined before. On an
 * article written for the test.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const NOTES = [
  '# Riverside Speedrun Club: monthly notes',
  '',
  'Maya’s glitchless category record uses the new culvert shortcut that Tobin found, which skips one of the two lock cycles. It is fine there because it uses no out-of-bounds clip.',
  '',
  'The club’s next marathon stream is on Saturday 14 June, raising money for the lifeboat station.',
].join('\n');

describe('a neighbouring sentence shown with the best one', () => {
  it('quotes the sentence beside the one sharing the question’s words', async () => {
    const { engine } = await articleEngineWithVectors('speedrun-notes.md', NOTES);
    expectAnswered(engine, [
      [
        'why is the culvert shortcut allowed in the glitchless category',
        'because it uses no out-of-bounds clip',
      ],
    ]);
    const answer = engine.ask('why is the culvert shortcut allowed in the glitchless category');
    expect(answer.excerpt).toContain('uses the new culvert shortcut');
    expect(answer.citations[0]!.text).toContain(answer.excerpt!);
  });
});

const RELEASE = [
  '---',
  'title: Tidewater 4.0 is out',
  '---',
  '',
  'Posted by Ines Carvalho for the Tidewater maintainers, 2 March.',
  '',
  'This is the first release built on the new storage engine.',
  '',
  'On our benchmark machine, importing a 50 GB archive took 41 minutes with 3.9 and 12 minutes with 4.0. That is roughly a 3.4x speed-up.',
  '',
  'Windows builds follow next week, once signing is sorted.',
].join('\n');

describe('a neighbour scoring well below the best one (session 65)', () => {
  it('is shown when it scores at least 0.15 of the best sentence', async () => {
    const { engine } = await articleEngineWithVectors('tidewater-4.md', RELEASE);
    expectAnswered(engine, [['how much quicker are imports in 4.0', 'roughly a 3.4x speed-up']]);
  });
});
