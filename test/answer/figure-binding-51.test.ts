/**
 * A figure said of one thing, the name asked offered after it as another choice (session 51), on an article
 * written for the test: "Donations can be left at Mill Lane ... between 9am and 12 noon, or in the green
 * crates at ... the Fairbrook Co-op" gives no hours for the co-op. The figure said of the name asked, or a
 * figure for the whole sentence, still answers.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const APPEAL = [
  '# Holmbury Food Bank: winter appeal',
  '',
  'Donations can be left at the Mill Lane unit on Tuesdays and Thursdays between 9am and 12 noon, or in the green crates at Wrenfield’s Supermarket and the Fairbrook Co-op.',
  '',
  'The carol service at St Anne’s raised £640, or about a tenth of the appeal’s total so far.',
  '',
  'On 2 December the Holmbury Rotary Club delivered 300 tins, and the scouts sorted them in an evening.',
].join('\n');

describe('a figure bound to another thing (session 51)', () => {
  it('declines a time or sum asked of a name offered after the figure as another choice', async () => {
    const { engine } = await articleEngineWithVectors('food-bank-appeal.md', APPEAL);
    expectDeclined(engine, [
      'what time does the fairbrook co-op shut',
      'when does wrenfields supermarket close',
    ]);
  });

  it('still answers the figure said of the name asked', async () => {
    const { engine } = await articleEngineWithVectors('food-bank-appeal.md', APPEAL);
    expectAnswered(engine, [
      ['what time can i drop donations at the mill lane unit', 'between 9am and 12 noon'],
      ['how much did the carol service at st annes raise', 'raised £640'],
      ['when did the rotary club deliver the tins', 'On 2 December'],
    ]);
  });
});
