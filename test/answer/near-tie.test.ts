/**
 * Two sentences side by side that answer a question almost equally well are quoted together: the answer is
 * as likely in either, and the reader should not lose it to a small difference in score. A neighbour that
 * scores far lower is left out.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';
import { EXCERPT_SETTINGS } from '../../src/answer/align.js';

const ARTICLE = [
  '# Velmora Lighthouse',
  '',
  'The Velmora lighthouse stands on the rocks north of the old harbour and has guided ferries since 1870. ' +
    'A winter storm in 1920 cracked the lighthouse tower and tore away its lantern room. ' +
    'The same storm flooded the harbour and sank the ferry that served the lighthouse keepers. ' +
    'Today the keepers cottage holds a small museum with maps, logbooks and photographs of the coast.',
].join('\n');

describe('nearly tied neighbouring sentences', () => {
  it('quotes both, and not a far weaker neighbour', async () => {
    const { engine } = await articleEngineWithVectors('lighthouse.md', ARTICLE);
    const answer = engine.ask('what did the storm do to the lighthouse');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('cracked the lighthouse tower');
    expect(answer.excerpt).toContain('flooded the harbour');
    expect(answer.excerpt).not.toContain('museum');
  });

  it('quotes one sentence when nearly tied neighbours are not joined (the setting at 0)', async () => {
    const { engine } = await articleEngineWithVectors('lighthouse.md', ARTICLE);
    // The settings are constants to the code; the test sets this one aside and puts it back.
    const settings = EXCERPT_SETTINGS as unknown as { runnerUpShare: number };
    const saved = settings.runnerUpShare;
    settings.runnerUpShare = 0;
    try {
      const answer = engine.ask('what did the storm do to the lighthouse');
      expect(answer.excerpt!.includes('cracked') && answer.excerpt!.includes('flooded')).toBe(false);
    } finally {
      settings.runnerUpShare = saved;
    }
  });
});
