/** With no article to answer from, a question is told so, not that "the articles say nothing about" it. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { useTempDirs } from './fixtures.js';

describe('a corpus with no articles', () => {
  const tempDir = useTempDirs('citebot-empty-');

  it('says it has no articles yet, for any question', async () => {
    const corpusDir = path.join(await tempDir(), 'corpus');
    await mkdir(corpusDir, { recursive: true });
    const engine = await Engine.open({ corpusDir, indexPath: '' });
    for (const question of ['who is sabahat khan', 'what is the capital of France?']) {
      const answer = engine.ask(question);
      expect(answer.status).toBe('no_answer');
      expect(answer.reason?.message).toMatch(/don't have any articles yet/);
      expect(answer.citations).toEqual([]);
    }
    // A bad question is still told what is wrong with it.
    expect(engine.ask('?!').reason?.message).toMatch(/no words I can search for/);
  });

  it("counts only the articles the asker sees: a server's own files are not the global corpus's", async () => {
    const corpusDir = path.join(await tempDir(), 'corpus');
    const guildDir = path.join(corpusDir, 'guilds', '123456789012345678');
    await mkdir(guildDir, { recursive: true });
    await writeFile(
      path.join(guildDir, 'otters.md'),
      '# Otters\n\nSea otters hold hands while they sleep.\n',
    );
    const engine = await Engine.open({ corpusDir, indexPath: '' });
    expect(engine.ask('do otters hold hands').reason?.message).toMatch(/don't have any articles yet/);
    const answer = engine.ask('do otters hold hands', { guildId: '123456789012345678' });
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Sea otters hold hands');
  });
});
