/** "What percent of ...": a percentage or a fraction answers, not any sentence with a number in it. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const FAITH = [
  '# Faith in the valley',
  '',
  'Most people in the valley follow the old faith, and one of its oldest shrines stands above the river.',
].join('\n');

const FARMS = [
  '# Farming in the valley',
  '',
  'Roughly 60 percent of the valley’s farmers grow rice on terraces that are three centuries old.',
].join('\n');

describe('a share asked for', () => {
  it('declines when the articles give no share', async () => {
    const { engine } = await articleEngineWithVectors('faith.md', FAITH);
    expect(engine.ask('what percent of people in the valley follow the old faith').status).toBe('no_answer');
  });

  it('answers with the percentage the articles give', async () => {
    const { engine } = await articleEngineWithVectors('farms.md', FARMS);
    expect(engine.ask('what percentage of farmers grow rice').excerpt).toContain('60 percent');
  });
});
