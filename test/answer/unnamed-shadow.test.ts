/**
 * "What was the name of the group they partnered with", where the article speaks of the group without
 * naming it: a weaker sentence that happens to hold some name must not answer instead.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harvest relief in the valley',
  '',
  'Oxfam has partnered with one of the valley’s oldest farming cooperatives to rebuild the grain stores that ' +
    'the spring floods destroyed. The stores held most of the winter wheat for the villages on the western slopes.',
  '',
  'The rebuilding was slow at first, because the roads stayed closed for weeks and timber had to be carried up ' +
    'by mule. Engineers from the regional council surveyed each site before any work began.',
  '',
  'In May the Green Hands Trust brought Oxfam and the farming cooperatives new seed, and the first fields were ' +
    'sown again before the summer rains arrived in the lower valley.',
].join('\n');

describe('a thing spoken of but never named', () => {
  it('declines the name of the cooperative, though another sentence holds a name', async () => {
    const { engine } = await articleEngineWithVectors('harvest.md', ARTICLE);
    const answer = engine.ask('what was the name of the farming cooperative oxfam partnered with');
    expect(answer.status).toBe('no_answer');
  });

  it('still answers a name the articles give', async () => {
    const { engine } = await articleEngineWithVectors('harvest.md', ARTICLE);
    const answer = engine.ask('what was the name of the trust that brought the seed');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Green Hands Trust');
  });
});
