import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode.js';
import { OVERRIDES_FILE, readOverrides } from '../../src/corpus/overrides.js';
import { articleFromBytes, parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';
import { useTempDirs } from './temp-dir.js';

const CORPUS = path.resolve(import.meta.dirname, '../../corpus');
const MAX = 2 * 1024 * 1024;
const tempDir = useTempDirs();

async function seed(file: string): Promise<{ article: Article; text: string; bytes: Buffer }> {
  const bytes = await readFile(path.join(CORPUS, file));
  return {
    article: parseArticle(file, 'global', bytes, { maxBytes: MAX }),
    text: decodeText(bytes, MAX),
    bytes,
  };
}

function expectWellFormed(article: Article, text: string): void {
  const n = article.passages.length;
  expect(n).toBeGreaterThan(1);
  article.passages.forEach((p, i) => {
    expect(p.id).toBe(`${article.file}#${i + 1}`);
    expect(p.index).toBe(i + 1);
    expect(p.total).toBe(n);
    expect(p.file).toBe(article.file);
    expect(p.scope).toBe('global');
    expect(p.title).toBe(article.title);
    expect(p.url).toBe(article.url);
    expect(text.includes(p.text)).toBe(true);
    expect(p.text).toBe(p.text.trim());
  });
  expect(article.hash).toMatch(/^[0-9a-f]{64}$/);
}

describe('seed 000 (single-newline paragraphs, no title line)', () => {
  it('derives a title from the first sentence and keeps every paragraph', async () => {
    const { article, text } = await seed('000_7fad598d500c70a1.txt');
    expect(article.title.startsWith('The recent bombing at an Islamabad mosque')).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(81);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.url).toBeUndefined();
    expectWellFormed(article, text);
    expect(article.passages).toHaveLength(6);
    // The first sentence stays citable: a derived title does not remove text.
    expect(article.passages[0]!.text.startsWith('The recent bombing')).toBe(true);
    expect(article.passages.at(-1)!.text.endsWith('has backfired spectacularly.')).toBe(true);
  });

  it('keeps the "90 claimed attacks" sentence whole in one passage', async () => {
    const { article } = await seed('000_7fad598d500c70a1.txt');
    const sentence =
      'While ISKP has conducted attacks in Pakistan since 2015, their activity sharply intensified after 2022, with a staggering 90 claimed attacks.';
    const holding = article.passages.filter((p) => p.text.includes(sentence));
    expect(holding).toHaveLength(1);
  });
});

describe('seed 003 (source line, title, standfirst, mixed separators)', () => {
  it('takes url and title from the top lines and leaves them out of the passages', async () => {
    const { article, text } = await seed('003_fade041aaa763602.txt');
    expect(article.url).toBe('https://themedialine.org');
    expect(article.title).toBe('Islamic State Attack in Pakistan Kills More Than 50');
    expectWellFormed(article, text);
    const all = article.passages.map((p) => p.text).join('\n');
    expect(all).not.toContain('https://themedialine.org');
    expect(all).not.toContain('Islamic State Attack in Pakistan Kills More Than 50');
  });

  it('merges the standfirst and the byline with their neighbours', async () => {
    const { article } = await seed('003_fade041aaa763602.txt');
    const first = article.passages[0]!.text;
    expect(
      first.startsWith('Group looking for attention as it loses ground in Iraq and Syria\n\nThe blast'),
    ).toBe(true);
    const last = article.passages.at(-1)!.text;
    expect(last.endsWith('Katie Beiter contributed reporting')).toBe(true);
    expect(last.length).toBeGreaterThan(200);
    expect(article.passages.some((p) => p.text === 'Katie Beiter contributed reporting')).toBe(false);
  });
});

describe('stability', () => {
  it('gives the same ids, texts and hash on a second parse', async () => {
    for (const file of ['000_7fad598d500c70a1.txt', '003_fade041aaa763602.txt']) {
      const a = await seed(file);
      const b = await seed(file);
      expect(b.article).toEqual(a.article);
    }
  });

  it('names passages after the corpus-relative path and scope it is given', async () => {
    const bytes = await readFile(path.join(CORPUS, '003_fade041aaa763602.txt'));
    const article = parseArticle('guilds/123/seed.txt', '123', bytes, { maxBytes: MAX });
    expect(article.passages[0]!.id).toBe('guilds/123/seed.txt#1');
    expect(article.passages.every((p) => p.scope === '123')).toBe(true);
  });

  it('articleFromBytes: scoped by its path, an override’s title and url on the article and every passage', async () => {
    const bytes = await readFile(path.join(CORPUS, '003_fade041aaa763602.txt'));
    const custom = articleFromBytes('guilds/7/x.txt', bytes, {
      maxBytes: MAX,
      override: { title: 'My title', url: 'https://e.org/a' },
    });
    expect(custom.scope).toBe('7');
    expect(custom.title).toBe('My title');
    expect(custom.url).toBe('https://e.org/a');
    expect(custom.passages.every((p) => p.title === 'My title' && p.url === 'https://e.org/a')).toBe(true);
    expect(custom.passages.every((p) => p.scope === '7')).toBe(true);
    const plain = articleFromBytes('x.txt', bytes, { maxBytes: MAX });
    expect(plain).toEqual(parseArticle('x.txt', 'global', bytes, { maxBytes: MAX }));
  });

  it('a non-http url in the overrides manifest is dropped: the file keeps its own', async () => {
    const dir = await tempDir();
    const manifest = { 'x.txt': { title: 'Given', url: 'javascript:alert(1)' } };
    await writeFile(path.join(dir, OVERRIDES_FILE), JSON.stringify(manifest));
    const override = (await readOverrides(dir)).get('x.txt');
    expect(override).toEqual({ title: 'Given' });
    const bytes = await readFile(path.join(CORPUS, '003_fade041aaa763602.txt'));
    const article = articleFromBytes('x.txt', bytes, { maxBytes: MAX, override });
    expect(article.title).toBe('Given');
    expect(article.url).toBe('https://themedialine.org');
  });
});
