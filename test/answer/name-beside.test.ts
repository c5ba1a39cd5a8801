/** A person the question names must be in the excerpt's passage (or the lead), not only in the one before. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Storm on the delta coast',
  '',
  'A storm hit the delta coast on Monday night, sinking dozens of fishing boats and flooding the harbour ' +
    'towns along the shore. Rescue crews worked through the night to reach the villages cut off by the water.',
  '',
  '“The wind was so strong that the boats were thrown onto the quay,” said Ravindra Okonkwo, a fisherman ' +
    'who had sailed with a crew of twelve. Many of the crews were still missing on Tuesday morning, and ' +
    'their families waited on the quay for news from the coast guard.',
  '',
  'The storm killed at least 30 people in the north, where the army has been moving toward Port Harcourt. ' +
    'The advance has slowed since the storm closed the roads along the coast, and supply convoys now wait ' +
    'for days at the bridges that are still standing.',
].join('\n');

describe('a name only in the passage before', () => {
  it('does not let the next passage answer for the person', async () => {
    const { engine } = await articleEngineWithVectors('storm.md', ARTICLE);
    expect(engine.ask('how many of okonkwo’s crew were killed').status).toBe('no_answer');
  });

  it('still answers from the passage that names them, and the next passage for its own subject', async () => {
    const { engine } = await articleEngineWithVectors('storm.md', ARTICLE);
    expect(engine.ask('how big was okonkwo’s crew').excerpt).toContain('a crew of twelve');
    expect(engine.ask('how many people did the storm kill').excerpt).toContain('killed at least 30');
  });
});
