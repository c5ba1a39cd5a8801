/** A count answers only for what the question counts it of: not a number told of one attack for another. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Market bombing',
  '',
  'A bomb exploded in the crowded fish market of the river town on Friday morning, as traders were setting ' +
    'out their stalls.',
  '',
  'The blast killed at least 12, and wounded more than 40. It came a week after another attack on a border ' +
    'post in the same district killed more than 20 soldiers.',
].join('\n');

describe('what a number counts', () => {
  it('declines a count the excerpt gives only for another event', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    expect(engine.ask('how many were wounded in the border post attack').status).toBe('no_answer');
  });

  it('answers the counts it does give, for either event', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    expect(engine.ask('how many died in the border post attack').excerpt).toContain('more than 20 soldiers');
    expect(engine.ask('how many were wounded in the market blast').excerpt).toContain('wounded more than 40');
  });
});
