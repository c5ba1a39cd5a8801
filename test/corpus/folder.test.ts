import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/errors.js';
import {
  listCorpusFiles,
  readCorpusFile,
  removeCorpusFile,
  resolveCorpusPath,
  scanCorpusFolder,
  writeCorpusFile,
  writeFileAtomic,
} from '../../src/corpus/folder.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();
const MAX = 64 * 1024;
const para = (word: string) => `${`${word} `.repeat(45).trim()}.`;

async function put(dir: string, rel: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), content);
}

describe('listCorpusFiles', () => {
  it('walks folders and returns sorted POSIX paths of supported files only', async () => {
    const dir = await tempDir();
    await put(dir, 'b.txt', para('b'));
    await put(dir, 'a.md', para('a'));
    await put(dir, 'guilds/123/c.html', `<p>${para('c')}</p>`);
    await put(dir, 'notes.pdf', '%PDF-1.4');
    await put(dir, 'notes.odt', 'PK');
    await put(dir, '.hidden.txt', para('h'));
    await put(dir, '.git/config.txt', para('g'));
    await put(dir, '.a.txt.1234abcd.tmp', para('t'));
    await put(dir, 'draft.txt~', para('d'));
    expect(await listCorpusFiles(dir)).toEqual(['a.md', 'b.txt', 'guilds/123/c.html', 'notes.pdf']);
  });

  it('follows links inside the folder and skips links pointing outside it', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    await put(outside, 'secret.txt', para('secret'));
    await put(dir, 'real/a.txt', para('a'));
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    await symlink(outside, path.join(dir, 'leakdir'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'alias'));
    await symlink(dir, path.join(dir, 'real', 'loop'));
    await symlink(path.join(dir, 'real', 'a.txt'), path.join(dir, 'again.txt'));
    await symlink(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    // Each file once, under its real name; nothing from outside.
    expect(await listCorpusFiles(dir)).toEqual(['real/a.txt']);
    const scan = await scanCorpusFolder(dir);
    expect(scan.files).toEqual(['real/a.txt']);
    expect(scan.skipped).toEqual([
      { file: 'dangling.txt', reason: 'the link points to nothing' },
      { file: 'leak.txt', reason: 'the link points outside the corpus folder' },
      { file: 'leakdir', reason: 'the link points outside the corpus folder' },
    ]);
  });

  it('says when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(listCorpusFiles(path.join(dir, 'missing'))).rejects.toThrow(CorpusError);
  });
});

describe('readCorpusFile and paths', () => {
  it('reads a file inside; refuses paths that leave the folder; a missing file is the plain fs error', async () => {
    const dir = await tempDir();
    await put(dir, 'guilds/7/a.txt', para('a'));
    expect(Buffer.from(readCorpusFile(dir, 'guilds/7/a.txt', MAX)).toString()).toBe(para('a'));
    for (const bad of [
      '../../x.txt',
      '/etc/passwd.txt',
      'guilds/../../x.txt',
      'a\\..\\b.txt',
      'x\u0000.txt',
    ]) {
      expect(() => readCorpusFile(dir, bad, MAX)).toThrow(CorpusError);
      expect(() => resolveCorpusPath(dir, bad)).toThrow(CorpusError);
    }
    expect(() => readCorpusFile(dir, 'missing.txt', MAX)).toThrow(/ENOENT/);
  });

  it('refuses a folder, and a file over the limit before reading it', async () => {
    const dir = await tempDir();
    await put(dir, 'sub/a.txt', para('a'));
    await put(dir, 'big.txt', 'x'.repeat(MAX + 1));
    expect(() => readCorpusFile(dir, 'sub', MAX)).toThrow(/not a regular file/);
    expect(() => readCorpusFile(dir, 'big.txt', MAX)).toThrow(/too large/);
  });

  it('refuses to read through a link that points outside', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    await put(outside, 'secret.txt', para('secret'));
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    expect(() => readCorpusFile(dir, 'leak.txt', MAX)).toThrow(/outside the corpus folder/);
  });
});

describe('writing and removing', () => {
  it('writeFileAtomic replaces the content and leaves no temp files', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.txt');
    await writeFileAtomic(file, new TextEncoder().encode('first'));
    await writeFileAtomic(file, new TextEncoder().encode('second'));
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('writeFileAtomic cleans up its temp file when the rename fails', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'taken.txt', 'inner'), { recursive: true });
    await expect(writeFileAtomic(path.join(dir, 'taken.txt'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken.txt']);
  });

  it('writeCorpusFile creates guild folders and stays inside; removeCorpusFile deletes', async () => {
    const dir = await tempDir();
    await writeCorpusFile(dir, 'guilds/9/n.md', new TextEncoder().encode(para('n')));
    expect(await listCorpusFiles(dir)).toEqual(['guilds/9/n.md']);
    await expect(writeCorpusFile(dir, '../escape.md', new Uint8Array([1]))).rejects.toThrow(CorpusError);
    await removeCorpusFile(dir, 'guilds/9/n.md');
    expect(await listCorpusFiles(dir)).toEqual([]);
    await expect(removeCorpusFile(dir, 'guilds/9/n.md')).rejects.toThrow(/no file guilds\/9\/n.md/);
    await expect(removeCorpusFile(dir, '../../x.md')).rejects.toThrow(CorpusError);
  });
});
