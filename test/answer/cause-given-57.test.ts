/**
 * A why-question's excerpt that gives a cause (session 57): "how come the upstairs flats are pet free" is
 * answered by "No pets at all in the two flats above the shop ..., because the building's lease ... forbids
 * them", though it shares few of the question's words; without the cause the same passage is declined.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const RULES = [
  '---',
  'title: "Larkfield Housing Co-op: house rules for 2025"',
  '---',
  '',
  '# Larkfield Housing Co-op: house rules for 2025',
  '',
  '*Agreed at the general meeting on 14 January 2025. Questions to the secretary, Dev Mistry.*',
  '',
  '## Bins and recycling',
  '',
  'Bins go out on Tuesday night for Wednesday collection. Glass goes in the green box, and the council will not take a box with food in it.',
  '',
  '## Pets',
  '',
  "Cats and small caged animals are welcome in the houses on Larkfield Row, and dogs need the committee's say-so first. No pets at all in the two flats above the shop at 2-4 Larkfield Row, because the building's lease with the shop's owner forbids them.",
  '',
  '## Gardens',
  '',
  'Each house looks after its own front garden. The shared back garden is mowed by a rota of members, fortnightly from April to October.',
  '',
  '## Guests',
  '',
  "Guests may stay up to fourteen nights in any three months. Longer stays need the committee's agreement, since the co-op's insurance only covers members and short-stay visitors.",
].join('\n');

const WITHOUT_CAUSE = RULES.replace(", because the building's lease with the shop's owner forbids them", '');

describe('a cause given (session 57)', () => {
  it('answers a why-question in other words than the excerpt', async () => {
    const { engine } = await articleEngineWithVectors('coop-rules.md', RULES);
    expectAnswered(engine, [
      ['how come the upstairs flats are pet free', "because the building's lease"],
      ['why is the upstairs flat a no pet zone', "because the building's lease"],
    ]);
  });

  it('is what answers: the same passage without its cause is declined', async () => {
    const { engine } = await articleEngineWithVectors('coop-rules.md', WITHOUT_CAUSE);
    expectDeclined(engine, ['how come the upstairs flats are pet free']);
  });
});
