/**
 * A numbered list's item is one sentence with its marker ("1. Hoses may be used only on Tuesdays"), so a
 * question about a rule quotes the rule, not the lead-in and a bare "1."; and weekdays said in the plural
 * ("on Tuesdays and Fridays") answer "what days" (session 47). On an article written for the test.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RULES = [
  '# Water on the Fennel Road allotments',
  '',
  'The troughs are turned off on Monday 4 November and back on in April.',
  '',
  'From next season, the committee has agreed these rules:',
  '',
  '1. Hoses may be used only on Tuesdays and Fridays, between 6pm and 9pm.',
  '2. Every plot should have a water butt by 1 June.',
  '3. The only exception to rule 1 is the raised-bed plots.',
].join('\n');

describe('a numbered list item', () => {
  it('is quoted whole, with its rule', async () => {
    const { engine } = await articleEngineWithVectors('water-rules.md', RULES);
    expectAnswered(engine, [
      ['what days can we use hoses next season', 'Hoses may be used only on Tuesdays and Fridays'],
      ['by when do we need a water butt', '2. Every plot should have a water butt by 1 June'],
    ]);
  });
});
