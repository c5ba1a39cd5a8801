import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/corpus/article.js';
import {
  articlePagesOf,
  LazyArticle,
  numbersItsPassages,
  passageCountOf,
  passageIdsOf,
  passageTextsOf,
} from '../../src/corpus/lazy-article.js';

const FIELDS = { file: 'guilds/7/notes.md', scope: '7', hash: 'h', title: 'Notes', url: 'https://x.test/n' };
const TEXTS = ['First passage.', 'Second — with a dash.', 'Third.'];

describe('an article whose passages are made on first use', () => {
  it('makes them as passagesOf does, once, from texts or from what reads them', () => {
    const expected = passagesOf(FIELDS.file, FIELDS.scope, FIELDS, TEXTS);
    const reads: number[] = [];
    const reader = { count: TEXTS.length, textOf: (i: number) => (reads.push(i), TEXTS[i]!) };
    for (const texts of [TEXTS, reader]) {
      const article = new LazyArticle(FIELDS, texts, undefined);
      expect(article.passagesMade).toBe(false);
      expect(passageCountOf(article)).toBe(3);
      expect(passageIdsOf(article)).toEqual(expected.map((p) => p.id));
      expect([...passageTextsOf(article)]).toEqual(TEXTS);
      expect(articlePagesOf(article)).toBeUndefined();
      expect(article.passagesMade).toBe(false);
      // One passage made alone is the one all of them hold when they are made.
      const second = article.passageAt(1)!;
      expect({ ...second, text: second.text }).toEqual(expected[1]);
      expect(article.passageAt(3)).toBeUndefined();
      expect(article.passagesMade).toBe(false);
      expect(article.passages.map((p) => ({ ...p, text: p.text }))).toEqual(expected);
      expect(article.passages[1]).toBe(second);
      expect(article.passageAt(2)).toBe(article.passages[2]);
      expect(article.passages).toBe(article.passages);
      expect(JSON.parse(JSON.stringify(article))).toEqual(
        JSON.parse(JSON.stringify({ ...FIELDS, passages: expected })),
      );
    }
    expect(numbersItsPassages(new LazyArticle(FIELDS, TEXTS, undefined))).toBe(true);
    expect(reads.length).toBeGreaterThan(0);
  });

  it('gives a paged article its pages, and only the fields it was given', () => {
    const article = new LazyArticle({ file: 'a.pdf', scope: 'global', hash: 'h', title: 'A' }, TEXTS, [1, 1, 2]);
    expect(articlePagesOf(article)).toEqual([1, 1, 2]);
    expect(article.passages.map((p) => p.page)).toEqual([1, 1, 2]);
    expect(Object.keys(article)).toEqual(['file', 'scope', 'hash', 'title']);
    expect({ ...article }).toEqual({ file: 'a.pdf', scope: 'global', hash: 'h', title: 'A' });
  });
});
