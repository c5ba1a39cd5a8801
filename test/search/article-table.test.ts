import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleEntriesOfTable,
  encodeArticleTable,
  forEachArticle,
} from '../../src/search/snapshot/article-table.js';
import type { ArticleEntry } from '../../src/search/snapshot/articles.js';
import { SnapshotProblem } from '../../src/search/snapshot/container.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

/** Strings of every kind: empty, Latin-1, past it, lone surrogates, separators. */
const textArb = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('', 'é', 'São Paulo', '東京', 'emoji 😀', 'lone \ud800', 'a\nb', '\u0000'),
);

const entryArb: fc.Arbitrary<ArticleEntry> = fc
  .record(
    {
      file: fc.constantFrom('a.md', 'guilds/1/b.md', 'naïve/東京.md'),
      hash: fc.constantFrom('f00', ''),
      title: textArb,
      url: fc.string({ minLength: 1, maxLength: 4 }),
      author: textArb.filter((s) => s !== ''),
      date: fc.constant('2020'),
      passages: fc.integer({ min: 1, max: 9 }),
      aliases: fc.array(fc.tuple(textArb, fc.array(textArb, { maxLength: 3 })), { maxLength: 3 }),
      aliasLines: fc.constantFrom(
        [{ line: 3, text: 'NFL = league' }],
        [{ line: 1, text: 'x', problem: 'why' }],
      ),
      pages: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }),
      // (+ 0: a file's times are never -0, which JSON wrote as 0)
      seen: fc.tuple(
        fc.nat(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((t) => t + 0),
        fc.nat(),
        fc.nat(),
      ),
    },
    { requiredKeys: ['file', 'hash', 'title', 'passages', 'aliases'] },
  )
  .map((entry) => entry as ArticleEntry);

function tableOf(entries: ArticleEntry[]) {
  const { sections, meta } = runSteps(encodeArticleTable(entries));
  return { sections: new Map(sections), meta: JSON.parse(JSON.stringify(meta)) as unknown };
}

describe("a snapshot's article table", () => {
  it('gives back the entries it was made of, field for field', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 5 }), (entries) => {
        const { sections, meta } = tableOf(entries);
        expect(articleEntriesOfTable(sections, meta)).toEqual(entries);
      }),
      { numRuns: 500 },
    );
  });

  it('is refused, never half read, when a section is cut, swapped or missing, or the meta is wrong', () => {
    const entries: ArticleEntry[] = [
      { file: 'a.md', hash: 'h', title: 'T', passages: 2, aliases: [['nfl', ['nation', 'footbal']]] },
      { file: 'b.md', hash: 'h2', title: 'Tōkyō', passages: 1, aliases: [], pages: [1], seen: [1, 2, 3, 4] },
    ];
    const { sections, meta } = tableOf(entries);
    const broken: Array<[Map<string, Buffer>, unknown]> = [];
    for (const name of sections.keys()) {
      const cut = new Map(sections);
      cut.set(name, sections.get(name)!.subarray(0, sections.get(name)!.length - 4));
      broken.push([cut, meta]);
      const missing = new Map(sections);
      missing.delete(name);
      broken.push([missing, meta]);
    }
    const numbers = new Map(sections);
    const zero = Buffer.from(sections.get('articleNumbers')!);
    zero.writeUInt32LE(0, 0); // no passages
    numbers.set('articleNumbers', zero);
    broken.push([numbers, meta]);
    const seen = new Map(sections);
    const half = Buffer.from(sections.get('articleSeen')!);
    half.writeDoubleLE(5, 0); // part of a metadata
    seen.set('articleSeen', half);
    broken.push([seen, meta]);
    const base = meta as Record<string, unknown>;
    for (const wrong of [
      { ...base, articleExtras: 'no' },
      { ...base, articleExtras: [[5, { pages: [1] }]] },
      { ...base, articleExtras: [[1, { pages: [-1] }]] },
      { ...base, articleExtras: [[1, {}]] },
      {
        ...base,
        articleExtras: [
          [1, { pages: [1] }],
          [0, { pages: [1] }],
        ],
      },
      null,
    ]) {
      broken.push([sections, wrong]);
    }
    broken.forEach(([parts, m], i) => {
      expect(() => forEachArticle(parts, m, () => {}), `case ${i}`).toThrow(SnapshotProblem);
    });
  });
});
