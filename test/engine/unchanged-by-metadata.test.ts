import { readFileSync, statSync } from 'node:fs';
import { stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSameFile, seenOf, SETTLED_MS } from '../../src/corpus/file-seen.js';
import { Engine } from '../../src/engine.js';
import { readSnapshotFolder } from '../../src/search/snapshot/folder.js';
import { useTempDirs, writeFiles } from './fixtures.js';

/** A modification time that `utimes` sets exactly (a second in 2025). */
const WHOLE_SECOND = 1_750_000_000;
const OLD = 'The Pelican Point lighthouse was built in 1871 by the harbour board.\n';
/** As long as OLD, so only the file's times and contents tell them apart. */
const NEW = 'The Pelican Point lighthouse was built in 1902 by the harbour board.\n';

/**
 * A start trusts a file by its metadata (size, times, inode) as recorded when it was read, if it had settled
 * then, and reads and hashes it otherwise.
 */
describe('corpus files known unchanged by their metadata', () => {
  const tempDir = useTempDirs('citebot-seen-');

  it('records only a file that had settled before it was read, and matches only the same file', async () => {
    const file = path.join(await tempDir(), 'a.txt');
    await writeFile(file, OLD);
    await utimes(file, WHOLE_SECOND, WHOLE_SECOND);
    const info = statSync(file);
    expect(seenOf(info, info.ctimeMs + SETTLED_MS / 2)).toBeUndefined();
    const seen = seenOf(info, info.ctimeMs + SETTLED_MS + 1);
    expect(seen).toEqual([OLD.length, info.mtimeMs, info.ctimeMs, info.ino]);
    expect(isSameFile(statSync(file), seen)).toBe(true);
    // Same size, and the modification time put back: the change time still tells.
    await writeFile(file, NEW);
    await utimes(file, WHOLE_SECOND, WHOLE_SECOND);
    const after = statSync(file);
    expect(after.mtimeMs).toBe(info.mtimeMs);
    expect(isSameFile(after, seen)).toBe(false);
  });

  /** A corpus folder of two articles in a temp folder, and where its index goes. */
  async function twoArticles() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    await writeFiles(corpusDir, {
      'lighthouse.txt': OLD,
      'quay.txt': 'Grain ships come alongside the quay.\n',
    });
    return { corpusDir, indexPath: path.join(dir, 'index') };
  }

  it('reads a file again when its metadata moved, even with the same size and modification time', async () => {
    const { corpusDir, indexPath } = await twoArticles();
    const lighthouse = path.join(corpusDir, 'lighthouse.txt');
    await utimes(lighthouse, WHOLE_SECOND, WHOLE_SECOND);
    // Files written a moment ago are read and hashed at every start until they have settled.
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200));
    const first = await Engine.open({ corpusDir, indexPath });
    await first.close();
    const saved = await readSnapshotFolder(indexPath);
    const entries = saved.snapshot!.articles;
    expect(entries.every((article) => article.seen !== undefined)).toBe(true);

    const before = await stat(lighthouse);
    await writeFile(lighthouse, NEW);
    await utimes(lighthouse, WHOLE_SECOND, WHOLE_SECOND);
    expect((await stat(lighthouse)).mtimeMs).toBe(before.mtimeMs);
    const second = await Engine.open({ corpusDir, indexPath });
    expect(second.ask('When was the Pelican Point lighthouse built?').excerpt).toContain('1902');
    expect(second.search('grain ships quay').length).toBeGreaterThan(0);
    await second.close();
    expect(readFileSync(lighthouse, 'utf8')).toBe(NEW);
  });

  it('writes a touched file’s new metadata to the snapshot, the start that read the snapshot having changed nothing else', async () => {
    const { corpusDir, indexPath } = await twoArticles();
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200));
    await (await Engine.open({ corpusDir, indexPath })).close();
    const file = path.join(indexPath, 'global.bin');
    const written = await stat(file);
    // A start that changes nothing writes nothing.
    await (await Engine.open({ corpusDir, indexPath })).close();
    expect((await stat(file)).ino).toBe(written.ino);
    // Touched (same bytes, other times): read and hashed again, and its metadata now is written.
    const lighthouse = path.join(corpusDir, 'lighthouse.txt');
    await utimes(lighthouse, WHOLE_SECOND, WHOLE_SECOND);
    const touched = await stat(lighthouse);
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200)); // its change time settles
    await (await Engine.open({ corpusDir, indexPath })).close();
    expect((await stat(file)).ino).not.toBe(written.ino);
    const saved = (await readSnapshotFolder(indexPath)).snapshot!.articles;
    expect(saved.find((article) => article.file === 'lighthouse.txt')!.seen).toEqual([
      touched.size,
      touched.mtimeMs,
      touched.ctimeMs,
      touched.ino,
    ]);
  });
});
