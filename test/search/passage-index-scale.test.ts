/**
 * The index's fast paths give what MiniSearch itself gives: the bulk build equals `addAll`, a search that
 * scores only some passages (when a common word matches thousands) scores them exactly as a search of the
 * whole index, and an index read back from its snapshot encoding searches like the one saved.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { analyze } from '../../src/search/analyzer.js';
import { checkEncodedIndex } from '../../src/search/index/encoded-index.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { SEARCH_SETTINGS } from '../../src/search/settings.js';

const WORDS =
  `harbour quay tide channel grain ship orchard quince slope bridge stone cart market river mill wheel
  lantern beacon fog storm sail mast anchor rope net fish salt barrel cellar vine press cask cooper forge anvil`
    .trim()
    .split(/\s+/);

/** A seeded corpus in which "the river" is common (most passages) and each passage holds a few rarer words. */
function corpus(size: number, scopeOf: (i: number) => string = () => 'global'): Passage[] {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: size }, (_, i) => {
    const words = Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const common = random() < 0.8 ? ' The river ran past.' : '';
    const file = `a${Math.floor(i / 5)}.txt`;
    return {
      id: `${file}#${(i % 5) + 1}`,
      file,
      scope: scopeOf(i),
      index: (i % 5) + 1,
      total: 5,
      title: `Notes ${WORDS[Math.floor(i / 5) % WORDS.length]}`,
      text: `${words.join(' ')} item${i % 97}.${common}`,
    };
  });
}

const terms = (text: string) => analyze(text).map((term) => ({ term, boost: 1 }));

/** MiniSearch itself over the same passages, with the product's text pipeline: the reference. */
function miniSearchOver(passages: Passage[]) {
  const search = new MiniSearch<{ id: string; title: string; text: string }>({
    fields: ['title', 'text'],
    tokenize: analyze,
    processTerm: (term) => term,
    searchOptions: { tokenize: (query) => query.split(' '), processTerm: (term) => term },
  });
  search.addAll(passages.map(({ id, title, text }) => ({ id, title, text })));
  return search;
}

/** MiniSearch's own scores for a question, by passage id. */
function reference(passages: Passage[]) {
  const search = miniSearchOver(passages);
  return (query: string) =>
    new Map(
      search
        .search(analyze(query).join(' '), {
          boost: { title: SEARCH_SETTINGS.titleBoost },
          bm25: SEARCH_SETTINGS.bm25,
        })
        .map((result) => [result.id as string, result.score]),
    );
}

describe('PassageIndex at scale', () => {
  const passages = corpus(3_000);
  const index = PassageIndex.empty();
  index.add(passages);
  const scoresOf = reference(passages);

  it('builds in bulk the same index as MiniSearch addAll', () => {
    const added = PassageIndex.empty();
    added.add(passages.slice(0, 1)); // not empty: the incremental path
    added.add(passages.slice(1));
    // MiniSearch's own serialization of each: every table and posting, in order.
    const tables = (built: PassageIndex) =>
      JSON.stringify((built as unknown as { search: MiniSearch }).search);
    expect(tables(index)).toBe(tables(added));
  });

  it('scores the passages it picks exactly as a search of the whole index, and finds the best', () => {
    for (const question of ['river', 'river quince', 'the river and the salt cellar', 'anvil forge item3']) {
      const full = scoresOf(question);
      const ranked = index.query(terms(question), ['global'], 20);
      expect(ranked.length).toBeGreaterThan(0);
      for (const { id, score } of ranked) expect(score).toBeCloseTo(full.get(id)!, 9);
      // The best passage overall is among those it returns first.
      const best = Math.max(...full.values());
      expect(ranked[0]!.score).toBeCloseTo(best, 9);
    }
  });

  it('ranks as MiniSearch does (same passages, same order, same scores), before and after a discard', () => {
    const small = corpus(300);
    const smallIndex = PassageIndex.empty();
    smallIndex.add(small);
    const boosted = (question: string) =>
      analyze(question).map((term, i) => ({ term, boost: i === 0 ? 0.5 : 1 }));
    const check = (source: Passage[], index: PassageIndex) => {
      const search = miniSearchOver(source);
      for (const question of [
        'river',
        'quince orchard',
        'the river and the salt cellar',
        'notes anvil item3',
      ]) {
        const query = boosted(question);
        const expected = search
          .search(query.map((q) => q.term).join(' '), {
            boost: { title: SEARCH_SETTINGS.titleBoost },
            bm25: SEARCH_SETTINGS.bm25,
            boostTerm: (term) => query.find((q) => q.term === term)?.boost ?? 1,
          })
          .slice(0, 30);
        const ranked = index.query(query, ['global'], 30);
        expect(ranked.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        // The bulk build sums average field lengths in another order: scores agree to the last bits.
        ranked.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 12));
      }
    };
    check(small, smallIndex);
    // A discarded passage stays in the postings until a vacuum: MiniSearch's own search handles that.
    smallIndex.discard([small[0]!.id]);
    check(small.slice(1), smallIndex);
  });

  it('keeps to the scopes asked for when it scores only some passages', () => {
    const scoped = corpus(3_000, (i) => (i % 3 === 0 ? '111' : 'global'));
    const scopedIndex = PassageIndex.empty();
    scopedIndex.add(scoped);
    const scopeOf = new Map(scoped.map((p) => [p.id, p.scope]));
    const global = scopedIndex.query(terms('river quince'), ['global'], 20);
    expect(global.length).toBe(20);
    expect(global.every(({ id }) => scopeOf.get(id) === 'global')).toBe(true);
    const both = scopedIndex.query(terms('river quince'), ['global', '111'], 20);
    expect(both.some(({ id }) => scopeOf.get(id) === '111')).toBe(true);
  });

  it('reads back from its snapshot encoding, and stays usable after changes', async () => {
    const order = passages.map((p) => p.id);
    const decoded = PassageIndex.decode(index.encode(order), passages);
    for (const question of ['river', 'salt cellar', 'lantern item5 river'])
      expect(decoded.query(terms(question), ['global'], 20)).toEqual(
        index.query(terms(question), ['global'], 20),
      );
    expect(decoded.documentFrequency('river')).toBe(index.documentFrequency('river'));

    // Changes after reading: a discard, an addition, a vacuum, and a second encoding.
    decoded.discard([passages[0]!.id]);
    const extra = {
      ...passages[1]!,
      id: 'new.txt#1',
      file: 'new.txt',
      text: 'The quince orchard by the mill.',
    };
    decoded.add([extra]);
    await (decoded as unknown as { search: MiniSearch }).search.vacuum();
    const again = PassageIndex.decode(decoded.encode([...order.slice(1), extra.id]), [
      ...passages.slice(1),
      extra,
    ]);
    expect(again.query(terms('quince orchard mill'), ['global'], 5)).toEqual(
      decoded.query(terms('quince orchard mill'), ['global'], 5),
    );
    expect(again.has(passages[0]!.id)).toBe(false);
  });

  it('refuses an encoding that does not fit its passages', () => {
    const encoded = index.encode(passages.map((p) => p.id));
    expect(() => PassageIndex.decode(encoded, passages.slice(1))).toThrow();
    expect(() =>
      PassageIndex.decode({ ...encoded, docs: encoded.docs.map(() => 10_000_000) }, passages),
    ).toThrow(/out of range/);
    const terms = encoded.terms.split('\n');
    const repeated = [...terms.slice(0, -1), terms[0]!].join('\n');
    expect(() => PassageIndex.decode({ ...encoded, terms: repeated }, passages)).toThrow(/repeated/);
    expect(() => checkEncodedIndex({ ...encoded, terms: repeated }, passages.length)).toThrow(/repeated/);
  });
});
