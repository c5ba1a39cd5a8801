import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listCorpusFiles,
  loadCorpus,
  loadFile,
  removeCorpusFile,
  resolveCorpusPath,
  writeCorpusFile,
  writeFileAtomic,
} from '../../src/corpus/folder.js';
import { CorpusError } from '../../src/engine-api.js';
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
    await put(dir, '.hidden.txt', para('h'));
    await put(dir, '.git/config.txt', para('g'));
    await put(dir, '.a.txt.1234abcd.tmp', para('t'));
    await put(dir, 'draft.txt~', para('d'));
    expect(await listCorpusFiles(dir)).toEqual(['a.md', 'b.txt', 'guilds/123/c.html']);
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
    const load = await loadCorpus(dir, { maxBytes: MAX });
    expect(load.articles.map((a) => a.file)).toEqual(['real/a.txt']);
    expect(load.skipped).toEqual([
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

describe('loadCorpus', () => {
  it('loads the good files and lists every bad one with its reason', async () => {
    const dir = await tempDir();
    await put(dir, 'good.txt', `Good Title\n\n${para('good')}\n`);
    await put(dir, 'guilds/42/server.md', `---\ntitle: Server Notes\n---\n${para('server')}\n`);
    await put(dir, 'page.html', `<title>Page</title><p>${para('page')}</p>`);
    await put(dir, 'binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]));
    await put(dir, 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    await put(dir, 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    await put(dir, 'empty.txt', '');
    await put(dir, 'blank.md', '  \n\n');
    await put(dir, 'huge.txt', 'x'.repeat(MAX + 1));
    await put(dir, 'broken.md', `---\ntitle: [unclosed\n---\n${para('x')}`);
    await put(dir, 'report.pdf', '%PDF-1.4');
    await put(dir, '.gitkeep', '');

    const progress: number[] = [];
    const load = await loadCorpus(dir, { maxBytes: MAX, onProgress: (p) => progress.push(p.done) });

    expect(load.articles.map((a) => [a.file, a.scope, a.title])).toEqual([
      ['good.txt', 'global', 'Good Title'],
      ['guilds/42/server.md', '42', 'Server Notes'],
      ['page.html', 'global', 'Page'],
    ]);
    const reasons = Object.fromEntries(load.skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'binary.txt',
      'blank.md',
      'broken.md',
      'empty.txt',
      'huge.txt',
      'image.txt',
      'latin1.txt',
      'report.pdf',
    ]);
    expect(reasons['binary.txt']).toMatch(/ZIP archive/);
    expect(reasons['image.txt']).toMatch(/PNG image/);
    expect(reasons['latin1.txt']).toMatch(/not valid UTF-8/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['blank.md']).toMatch(/whitespace/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    expect(reasons['broken.md']).toMatch(/front matter is not valid YAML/);
    expect(reasons['report.pdf']).toBe('unsupported file type .pdf; use .txt, .md or .html');
    expect(progress.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('returns nothing for an empty folder', async () => {
    expect(await loadCorpus(await tempDir(), { maxBytes: MAX })).toEqual({ articles: [], skipped: [] });
  });
});

describe('loadFile and paths', () => {
  it('loads one file with overrides and refuses paths that leave the folder', async () => {
    const dir = await tempDir();
    await put(dir, 'guilds/7/a.txt', para('a'));
    const article = await loadFile(dir, 'guilds/7/a.txt', { maxBytes: MAX, title: 'Given' });
    expect(article).toMatchObject({ file: 'guilds/7/a.txt', scope: '7', title: 'Given' });
    for (const bad of [
      '../../x.txt',
      '/etc/passwd.txt',
      'guilds/../../x.txt',
      'a\\..\\b.txt',
      'x\u0000.txt',
    ]) {
      await expect(loadFile(dir, bad, { maxBytes: MAX })).rejects.toThrow(CorpusError);
      expect(() => resolveCorpusPath(dir, bad)).toThrow(CorpusError);
    }
    await expect(loadFile(dir, 'missing.txt', { maxBytes: MAX })).rejects.toThrow(/no file missing.txt/);
  });

  it('refuses to read through a link that points outside', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    await put(outside, 'secret.txt', para('secret'));
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'leak.txt'));
    await expect(loadFile(dir, 'leak.txt', { maxBytes: MAX })).rejects.toThrow(/outside the corpus folder/);
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
