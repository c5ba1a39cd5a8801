/** A one-word message is a keyword search: found as written, or not at all, never by a word of like meaning. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harbour fire',
  '',
  'Everyone was running and shouting as the warehouse burned. The fire was stopped before dawn.',
  '',
  'Dockers counted 40 crates lost, and the harbour stayed closed for two days.',
].join('\n');

describe('one-word messages', () => {
  it('declines a word the articles hold only in meaning ("test" is not "running")', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    for (const word of ['test', 'testing']) expect(engine.ask(word).status).toBe('no_answer');
  });

  it('answers a word the articles hold, and a count whose word is said another way', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    expect(engine.ask('running').excerpt).toContain('Everyone was running');
    expect(engine.ask('how many crates were destroyed').excerpt).toContain('40 crates lost');
  });
});
