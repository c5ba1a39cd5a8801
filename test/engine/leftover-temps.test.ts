import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { captureLogger, copySeeds, folderContents, SEED_A, useTempDirs } from './fixtures.js';

describe('temp files left by interrupted atomic writes', () => {
  const tempDir = useTempDirs('citebot-temps-');

  it('are removed at load once old enough, never read as articles; a young one may be a write under way', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const stale = path.join(dir, `.${SEED_A}.0123456789ab.tmp`);
    const young = path.join(dir, '.notes.md.ba9876543210.tmp');
    const userTemp = path.join(dir, 'draft.tmp'); // not one of ours: left alone
    for (const file of [stale, young, userTemp]) await writeFile(file, 'half a file');
    const anHourAgo = new Date(Date.now() - 60 * 60_000);
    await utimes(stale, anHourAgo, anHourAgo);
    await utimes(userTemp, anHourAgo, anHourAgo);

    const log = captureLogger();
    const engine = await Engine.open({ corpusDir: dir, logger: log.logger });
    const files = Object.keys(await folderContents(dir));
    expect(files).not.toContain(path.basename(stale));
    expect(files).toContain(path.basename(young));
    expect(files).toContain('draft.tmp');
    expect(engine.listArticles().map((a) => a.file)).not.toContain(path.basename(young));
    expect(log.messages().includes('removed temp files left by interrupted writes')).toBe(true);
    await engine.close();
  });
});
