/**
 * The corpus folder's files on disk: a link to a file outside the folder, made while the engine watches, is
 * never read (it is reported as skipped, with why); and corpus files and snapshots are written readable by
 * their owner only (0600), not by every user of the machine.
 */
import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusFile, writeFileAtomic } from '../../src/corpus/folder.js';
import { Engine } from '../../src/engine.js';
import { captureLogger, startWatching, useTempDirs, waitFor } from './fixtures.js';

const SECRET = 'The zanzibar vault code is written on the harbour wall.\n';

describe('a link to a file outside the corpus folder', () => {
  const tempDir = useTempDirs();

  it('made while the engine watches: never indexed, reported as skipped; a real file added alike is', async () => {
    const corpusDir = await tempDir();
    const outside = await tempDir();
    await writeFile(path.join(corpusDir, 'start.txt'), 'The first article is about quokkas.\n');
    await writeFile(path.join(outside, 'secret.txt'), SECRET);
    const { logger } = captureLogger();
    const engine = await Engine.open({ corpusDir, indexPath: '', logger });
    const { events, stop } = await startWatching(engine);
    try {
      await symlink(path.join(outside, 'secret.txt'), path.join(corpusDir, 'leak.txt'));
      await mkdir(path.join(corpusDir, 'guilds', '123'), { recursive: true });
      await symlink(path.join(outside, 'secret.txt'), path.join(corpusDir, 'guilds', '123', 'leak.md'));
      await writeFile(path.join(corpusDir, 'normal.txt'), 'The normal article says the zebra crossed.\n');
      await waitFor(() => events.some((e) => e.file === 'normal.txt'), 10_000, 'the normal file');
      await waitFor(
        () => events.filter((e) => e.file.includes('leak')).length >= 2,
        10_000,
        'both links to be seen',
      );
      expect(events.find((e) => e.file === 'normal.txt')?.kind).toBe('added');
      for (const file of ['leak.txt', 'guilds/123/leak.md']) {
        const event = events.find((e) => e.file === file);
        expect(event?.kind, file).toBe('skipped');
        expect(event?.reason, file).toMatch(/outside the corpus folder/);
        expect(engine.stats().skipped.map((skip) => skip.file)).toContain(file);
      }
      expect(engine.search('zebra crossed')[0]?.file).toBe('normal.txt');
      const leaked = (guildId?: string) =>
        engine
          .search('zanzibar vault code harbour wall', guildId ? { guildId } : {})
          .filter((hit) => /zanzibar/i.test(hit.text));
      expect(leaked()).toEqual([]);
      expect(leaked('123')).toEqual([]);
      expect(engine.listArticles({ guildId: '123' }).map((article) => article.file)).toEqual([
        'normal.txt',
        'start.txt',
      ]);
      // A reload (what `corpus check` and a start read through) says the same.
      const reloaded = await engine.reload();
      expect(reloaded.skipped.find((skip) => skip.file === 'leak.txt')?.reason).toMatch(/outside/);
      expect(leaked()).toEqual([]);
    } finally {
      await stop();
      await engine.close();
    }
  }, 30_000);

  it('the one reader refuses it, and reads a file inside (through a link inside too)', async () => {
    const corpusDir = await tempDir();
    const outside = await tempDir();
    await writeFile(path.join(outside, 'secret.txt'), SECRET);
    await writeFile(path.join(corpusDir, 'inside.txt'), 'inside\n');
    await symlink(path.join(outside, 'secret.txt'), path.join(corpusDir, 'leak.txt'));
    await symlink(path.join(corpusDir, 'inside.txt'), path.join(corpusDir, 'alias.txt'));
    expect(() => readCorpusFile(corpusDir, 'leak.txt', 1 << 20)).toThrow(/outside the corpus folder/);
    expect(Buffer.from(readCorpusFile(corpusDir, 'alias.txt', 1 << 20)).toString()).toBe('inside\n');
    expect(Buffer.from(readCorpusFile(corpusDir, 'inside.txt', 1 << 20)).toString()).toBe('inside\n');
    expect(() => readCorpusFile(corpusDir, 'inside.txt', 3)).toThrow(/too large|limit/i);
  });
});

describe('files written with restrictive modes', () => {
  const tempDir = useTempDirs();

  it('uploads, the overrides manifest and the index snapshot are 0600', async () => {
    const corpusDir = await tempDir();
    const indexPath = path.join(await tempDir(), 'index');
    const engine = await Engine.open({ corpusDir, indexPath });
    await engine.addFile('notes.txt', Buffer.from('Notes\n\nThe emu ran fast.\n'), {
      guildId: '42',
      title: 'Emu notes',
    });
    await engine.close();
    await engine.reload(); // writes the snapshot if anything changed
    for (const file of [
      path.join(corpusDir, 'guilds', '42', 'notes.txt'),
      path.join(corpusDir, '.citebot-overrides.json'),
      path.join(indexPath, '42.bin'), // the server's snapshot file
    ]) {
      expect(((await stat(file)).mode & 0o777).toString(8), file).toBe('600');
    }
    expect((await stat(path.join(corpusDir, 'guilds', '42'))).mode & 0o777).toBe(0o700);
    expect((await stat(indexPath)).mode & 0o777).toBe(0o700);
    const plain = path.join(corpusDir, 'plain.bin');
    await writeFileAtomic(plain, Buffer.from('x'));
    expect((await stat(plain)).mode & 0o777).toBe(0o600);
  });
});
