/**
 * Loading a corpus folder (Engine.open, reload): the good files become articles, scoped by their folder; every
 * other file is listed as skipped with a reason a person can act on, and never stops the rest.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { useTempDirs, writeFiles } from './fixtures.js';

const MAX = 64 * 1024;
const para = (word: string) => `${`${word} `.repeat(45).trim()}.`;

describe('loading a corpus folder', () => {
  const tempDir = useTempDirs('citebot-load-');

  it('loads the good files and lists every bad one with its reason', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'good.txt': `Good Title\n\n${para('good')}\n`,
      'guilds/42/server.md': `---\ntitle: Server Notes\n---\n${para('server')}\n`,
      'page.html': `<title>Page</title><p>${para('page')}</p>`,
      'binary.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]),
      'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'empty.txt': '',
      'blank.md': '  \n\n',
      'huge.txt': 'x'.repeat(MAX + 1),
      'broken.md': `---\ntitle: !!python/object ls\n---\n${para('x')}`,
      'report.odt': 'PK',
      '.gitkeep': '',
    });

    const progress: Array<[number, number]> = [];
    const engine = await Engine.open({
      corpusDir: dir,
      indexPath: '',
      vectorsPath: '',
      maxFileBytes: MAX,
      onProgress: (done, total) => progress.push([done, total]),
    });
    try {
      expect(engine.allArticles().map((a) => [a.file, a.scope, a.title])).toEqual([
        ['good.txt', 'global', 'Good Title'],
        ['guilds/42/server.md', '42', 'Server Notes'],
        ['page.html', 'global', 'Page'],
      ]);
      const skipped = engine.stats().skipped;
      const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
      expect(Object.keys(reasons).sort()).toEqual([
        'binary.txt',
        'blank.md',
        'broken.md',
        'empty.txt',
        'huge.txt',
        'image.txt',
        'latin1.txt',
        'report.odt',
      ]);
      expect(reasons['binary.txt']).toMatch(/ZIP archive/);
      expect(reasons['image.txt']).toMatch(/PNG image/);
      expect(reasons['latin1.txt']).toMatch(/not valid UTF-8/);
      expect(reasons['empty.txt']).toMatch(/empty/);
      expect(reasons['blank.md']).toMatch(/whitespace/);
      expect(reasons['huge.txt']).toMatch(/too large/);
      expect(reasons['broken.md']).toMatch(/front matter is not valid YAML/);
      expect(reasons['report.odt']).toBe('unsupported file type .odt; use .txt, .md, .html, .pdf or .docx');
      // Every supported file is read once (the .odt and the dotfile are not), then the total is reported.
      expect(progress.map(([done]) => done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(progress.every(([, total]) => total === 10)).toBe(true);
      // A reload reads the folder again and says the same.
      expect((await engine.reload()).skipped).toEqual(skipped);
      expect(engine.allArticles()).toHaveLength(3);
    } finally {
      await engine.close();
    }
  });

  it('an empty folder is an empty corpus', async () => {
    const engine = await Engine.open({ corpusDir: await tempDir(), indexPath: '', vectorsPath: '' });
    expect(engine.allArticles()).toEqual([]);
    expect(engine.stats()).toEqual({ articles: 0, passages: 0, skipped: [] });
    await engine.close();
  });
});
