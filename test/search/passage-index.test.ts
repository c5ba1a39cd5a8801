import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { analyze } from '../../src/search/analyzer.js';
import { PassageIndex } from '../../src/search/passage-index.js';

function passage(file: string, n: number, text: string, scope = 'global', title = 'Notes'): Passage {
  return { id: `${file}#${n}`, file, scope, index: n, total: 2, title, text };
}

const PASSAGES = [
  passage('harbour.txt', 1, 'The Saltmarsh harbour dredged its channel to nine metres in 2019.'),
  passage('harbour.txt', 2, 'Grain ships now come alongside the quay at any state of the tide.'),
  passage('orchard.txt', 1, 'The Bramblewood orchard planted 340 quince trees on the southern slope.', '111'),
  passage(
    'bridges.txt',
    1,
    'The Old Stone Bridge was finished in 1642 and carries carts to market.',
    'global',
    'Harbour bridges',
  ),
];

const terms = (text: string) => analyze(text).map((term) => ({ term, boost: 1 }));
const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);

describe('PassageIndex', () => {
  it('finds passages by their analysed terms, limited to the scopes given', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    expect(index.documentCount).toBe(4);
    expect(ids(index.query(terms('dredged channel'), ['global'], 10))).toEqual(['harbour.txt#1']);
    expect(ids(index.query(terms('quince trees'), ['global'], 10))).toEqual([]);
    expect(ids(index.query(terms('quince trees'), ['global', '111'], 10))).toEqual(['orchard.txt#1']);
    expect(index.query([], ['global'], 10)).toEqual([]);
  });

  it('searches titles too, and reports which query terms matched', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    const ranked = index.query(terms('harbour'), ['global'], 10);
    expect(ids(ranked)).toContain('bridges.txt#1'); // only its title says "Harbour"
    expect(ranked.find((r) => r.id === 'harbour.txt#1')?.terms).toEqual(['harbour']);
  });

  it('falls back to fuzzy and prefix matching only when the exact pass finds nothing', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    expect(ids(index.query(terms('Bramblewod'), ['global', '111'], 10))).toEqual(['orchard.txt#1']);
    expect(index.query(terms('Bramblewod'), ['global', '111'], 10, { fallback: false })).toEqual([]);
  });

  it('discards passages and can take the same ids again', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    index.discard(['harbour.txt#1', 'harbour.txt#2', 'not-there#1']);
    expect(index.documentCount).toBe(2);
    expect(index.has('harbour.txt#1')).toBe(false);
    expect(index.query(terms('dredged channel'), ['global'], 10, { fallback: false })).toEqual([]);
    index.add([passage('harbour.txt', 1, 'The harbour was dredged again in 2024.')]);
    expect(ids(index.query(terms('dredged'), ['global'], 10))).toEqual(['harbour.txt#1']);
  });

  it('lists the passages holding a term, of the scopes given, before and after a discard', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    const holding = (scopes?: string[]) => index.passagesWith('note', scopes).sort();
    expect(holding()).toEqual(['harbour.txt#1', 'harbour.txt#2', 'orchard.txt#1']);
    expect(holding(['global'])).toEqual(['harbour.txt#1', 'harbour.txt#2']);
    expect(holding(['111'])).toEqual(['orchard.txt#1']);
    expect(holding(['global', '111'])).toEqual(['harbour.txt#1', 'harbour.txt#2', 'orchard.txt#1']);
    // One discard leaves the term tree's own postings in use until the vacuum: the same answers from them.
    index.discard(['harbour.txt#2']);
    expect(holding(['global'])).toEqual(['harbour.txt#1']);
    expect(holding(['111'])).toEqual(['orchard.txt#1']);
    expect(holding()).toEqual(['harbour.txt#1', 'orchard.txt#1']);
  });

  it('counts in how many passages a term occurs', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    expect(index.documentFrequency('harbour')).toBe(1); // per field: one text, one title
    expect(index.documentFrequency('note')).toBe(3);
    expect(index.documentFrequency('quinc')).toBe(1);
    expect(index.documentFrequency('zzz')).toBe(0);
  });

  it('lists index terms near a misspelt term', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    expect(index.similarTerms('quinx', 1)).toContain('quinc');
    expect(index.similarTerms('quinx', 1)).not.toContain('harbour');
    expect(index.similarTerms('zzzzzz', 1)).toEqual([]);
  });

  it('completes the last word as a prefix for autocomplete', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    expect(ids(index.prefixSearch(['saltmarsh', 'dred'], ['global'], 10))).toEqual(['harbour.txt#1']);
    expect(ids(index.prefixSearch(['quin'], ['global'], 10))).toEqual([]);
    expect(ids(index.prefixSearch(['quin'], ['global', '111'], 10))).toEqual(['orchard.txt#1']);
  });

  it('reads back from its snapshot encoding with the same results, scopes included', () => {
    const index = PassageIndex.empty();
    index.add(PASSAGES);
    const order = [...PASSAGES].reverse().map((p) => p.id); // snapshot order need not be index order
    const copy = PassageIndex.decode(index.encode(order), [...PASSAGES].reverse());
    expect(copy.documentCount).toBe(index.documentCount);
    for (const query of ['dredged channel', 'harbour', 'Stone Bridge 1642', 'quince trees']) {
      for (const scopes of [['global'], ['global', '111']]) {
        expect(copy.query(terms(query), scopes, 10)).toEqual(index.query(terms(query), scopes, 10));
      }
    }
    expect(copy.documentFrequency('note')).toBe(3);
    expect(copy.hasTerm('quinc', ['global'])).toBe(false);
    expect(copy.hasTerm('quinc', ['111'])).toBe(true);
    // A scope's snapshot encodes some passages only: their postings, numbered in that order.
    const own = PASSAGES.filter((p) => p.scope === '111');
    const part = PassageIndex.decode(index.encode(own.map((p) => p.id)), own);
    expect(part.documentCount).toBe(1);
    expect(ids(part.query(terms('quince trees'), ['111'], 10))).toEqual(['orchard.txt#1']);
    expect(part.hasTerm('harbour', ['global', '111'])).toBe(false);
    expect(() => index.encode(['nowhere.txt#1'])).toThrow(/not indexed/);
  });
});
