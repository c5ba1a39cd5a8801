/**
 * Scoring over flat postings gives what scoring over MiniSearch's nested Maps gave: over random corpora
 * changed by random additions, discards (answered before and after MiniSearch's vacuum) and snapshot
 * round trips, every query ranks the same passages in the same order with the same scores and matched terms
 * as the Map-based scorer and candidate picker it replaced (kept in map-scoring-reference.ts) run on a plain
 * MiniSearch index given the same changes; and the flat postings list exactly what the term tree lists.
 */
import fc from 'fast-check';
import type { SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { analyze } from '../../src/search/analyzer.js';
import { DocumentFrequencies } from '../../src/search/index/document-frequencies.js';
import { FlatPostings } from '../../src/search/index/flat-postings.js';
import { PassageSearch, TEXT_FIELD, TITLE_FIELD } from '../../src/search/index/passage-search.js';
import { ScopeCounts } from '../../src/search/index/scope-counts.js';
import { miniSearchOptions, PassageIndex, type QueryTerm } from '../../src/search/passage-index.js';
import { MapCandidatePicker, MapScorer } from './map-scoring-reference.js';

const WORDS =
  `river mill stone bridge quince orchard salt cellar anvil forge lantern beacon fog storm sail mast
  anchor rope net fish barrel cask vine press harbour tide grain ship market cart 1999 2015`
    .trim()
    .split(/\s+/);
const SCOPES = ['global', '111', '222'];

/** The old facade's query, over a plain MiniSearch index: the Map-based picker and scorer when no discarded
 * passage is left in the tree, MiniSearch's own search (over the chosen passages) when one is. */
function referenceQuery(
  search: PassageSearch,
  df: (term: string) => number,
  query: QueryTerm[],
  scopes: string[],
  limit: number,
) {
  const counts = new ScopeCounts();
  counts.recount(search);
  const visible = counts.visibility(scopes);
  const boosts = new Map(query.map(({ term, boost }) => [term, boost]));
  const chosen = new MapCandidatePicker().pick(search, [...boosts.keys()], visible, df);
  if (search.dirtCount === 0) return new MapScorer().score(search, boosts, visible, chosen, limit).ranked;
  const options = miniSearchOptions(boosts, visible);
  const text = [...boosts.keys()].join(' ');
  const results: SearchResult[] = chosen
    ? search.searchAmong([...boosts.keys()], chosen, text, options)
    : search.search(text, options);
  return results.slice(0, limit).map((r) => ({ id: r.id as string, score: r.score, terms: r.queryTerms }));
}

/** The flat postings of every term list what the tree lists, in the same order (when nothing is discarded). */
function expectFlatMatchesTree(search: PassageSearch): void {
  const flat = search.postings;
  for (const [term, data] of search.termEntries()) {
    const number = flat.termNumber(term);
    for (const field of [TITLE_FIELD, TEXT_FIELD]) {
      const fromTree = [...(data.get(field) ?? [])];
      const start = flat.starts[number * 2 + field]!;
      const fromFlat = Array.from({ length: flat.countOf(number, field) }, (_, i) => [
        flat.docs[start + i]!,
        flat.freqs[start + i]!,
      ]);
      expect(fromFlat).toEqual(fromTree);
    }
  }
  for (const [shortId, lengths] of search.fieldLengths) {
    expect([flat.fieldLengths[shortId * 2], flat.fieldLengths[shortId * 2 + 1]]).toEqual(lengths);
  }
}

const passageArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }),
  title: fc.constantFrom('River notes', 'Mill and stone', 'Harbour', '', 'Fog storm fog'),
  scope: fc.constantFrom(...SCOPES),
});
type Op =
  | { kind: 'add'; passages: Array<{ words: string[]; title: string; scope: string }> }
  | { kind: 'discard'; picks: number[] }
  | { kind: 'vacuum' }
  | { kind: 'snapshot'; reverse: boolean };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      passages: fc.array(passageArb, { minLength: 1, maxLength: 40, size: 'medium' }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('discard' as const),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('vacuum' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), reverse: fc.boolean() }) },
);
const queryArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS, 'unknownword'), { minLength: 1, maxLength: 7 }),
  boosts: fc.array(fc.constantFrom(1, 0.5, 0.3, 2), { minLength: 7, maxLength: 7 }),
  scopes: fc.subarray(SCOPES),
  limit: fc.integer({ min: 1, max: 40 }),
});

/** Runs the changes on both indexes, checking every query after each. */
async function check(
  ops: Op[],
  queries: Array<{ words: string[]; boosts: number[]; scopes: string[]; limit: number }>,
  bulkCopies = 1,
): Promise<void> {
  let index = PassageIndex.empty();
  let reference = new PassageSearch();
  // As the old facade: document frequencies cached until the index changes (or MiniSearch's dirt count).
  const frequencies = new DocumentFrequencies();
  let changes = 0;
  const df = (term: string) => frequencies.of(reference, changes, term);
  const live: Passage[] = [];
  let made = 0;
  const searchOf = () => (index as unknown as { search: PassageSearch }).search;
  for (const op of ops) {
    changes++;
    if (op.kind === 'add') {
      const added = op.passages.flatMap((p) =>
        Array.from({ length: bulkCopies }, (_, copy) => {
          const n = made++;
          const file = `f${n % 7}.txt`;
          return {
            id: `${file}#${n}`,
            file,
            scope: p.scope,
            index: 1,
            total: 1,
            title: p.title,
            // Copies: the same words and one more (common words then match past the 500 scored).
            text: `${p.words.join(' ')}${copy > 0 ? ` river ${WORDS[copy % WORDS.length]}` : ''}`,
          };
        }),
      );
      index.add(added);
      reference.addAll(added.map(({ id, title, text, scope }) => ({ id, title, text, scope })));
      live.push(...added);
    } else if (op.kind === 'discard') {
      const ids = [...new Set(op.picks.filter((i) => i < live.length).map((i) => live[i]!.id))];
      index.discard(ids);
      for (const id of ids) reference.discard(id);
      for (const id of ids)
        live.splice(
          live.findIndex((p) => p.id === id),
          1,
        );
    } else if (op.kind === 'vacuum') {
      await Promise.all([searchOf().vacuum(), reference.vacuum()]);
    } else if (live.length > 0) {
      // A restart from a snapshot, its passages in an order other than the order they were added in.
      if (searchOf().dirtCount > 0 || reference.dirtCount > 0)
        await Promise.all([searchOf().vacuum(), reference.vacuum()]);
      const order = op.reverse ? [...live].reverse() : [...live];
      const ids = order.map((p) => p.id);
      const encoded = index.encode(ids);
      index = PassageIndex.decode(encoded, order);
      // The reference reads the same snapshot as MiniSearch Maps (made on use), as before flat postings.
      reference = (PassageIndex.decode(encoded, order) as unknown as { search: PassageSearch }).search;
      live.splice(0, live.length, ...order);
    }
    // The term tree and document tables are MiniSearch's own (`addAll`, `discard`, searches that prune).
    expect(JSON.stringify(searchOf())).toBe(JSON.stringify(reference));
    if (searchOf().dirtCount === 0 && live.length > 0) {
      // Reading through the facade first drops the discarded passages from the flat postings.
      index.documentFrequency('river');
      expectFlatMatchesTree(searchOf());
    }
    for (const q of queries) {
      const terms = [...new Set(analyze(q.words.join(' ')))];
      const query = terms.map((term, i) => ({ term, boost: q.boosts[i]! }));
      if (query.length === 0) continue;
      const got = index.query(query, q.scopes, q.limit, { fallback: false });
      expect(got).toEqual(referenceQuery(reference, df, query, q.scopes, q.limit));
      for (const term of terms) {
        expect(index.documentFrequency(term)).toBe(df(term));
        expect(index.textFrequency(term)).toBe(reference.termData(term)?.get(TEXT_FIELD)?.size ?? 0);
      }
    }
  }
}

describe('flat postings', () => {
  it('score small random corpora as the Map-based scorer did, through adds, discards, vacuums and snapshots', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 8 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        (ops, queries) => check(ops, queries),
      ),
      { numRuns: 150, seed: 14 },
    );
  });

  it('pick candidates as the Map-based picker did when a query matches more passages than are scored', async () => {
    // Each passage given is added 30 times (a word apart): common words match past the 500 scored.
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 2, maxLength: 6 }),
        fc.array(queryArb, { minLength: 1, maxLength: 4 }),
        (ops, queries) => check(ops, queries, 30),
      ),
      { numRuns: 40, seed: 15 },
    );
  });

  it('scores the first passages met when more match alike than are scored, as the Map-based picker did', async () => {
    // 1,200 passages holding "river" alike: 500 are scored, the first met; equal scores keep that order.
    const alike = {
      kind: 'add' as const,
      passages: [{ words: ['river', 'mill'], title: '', scope: 'global' }],
    };
    const queries = [
      { words: ['river'], boosts: [1, 1, 1, 1, 1, 1, 1], scopes: ['global'], limit: 30 },
      { words: ['river', 'mill'], boosts: [1, 0.5, 1, 1, 1, 1, 1], scopes: ['global', '111'], limit: 30 },
    ];
    await check([alike, { kind: 'discard', picks: [3, 700] }, { kind: 'vacuum' }, alike], queries, 1_200);
    await check([alike, { kind: 'snapshot', reverse: true }, alike], queries, 1_200);
  });

  it('keeps the frequencies a bulk build logs apart (255 and more) and those around them', async () => {
    const repeated = (times: number) => ({
      words: [...Array<string>(times).fill('river'), 'mill'],
      title: 'river',
      scope: 'global',
    });
    const add = { kind: 'add' as const, passages: [254, 255, 256, 300, 70_000, 2].map(repeated) };
    const queries = [
      { words: ['river', 'mill'], boosts: [1, 1, 1, 1, 1, 1, 1], scopes: ['global'], limit: 10 },
    ];
    await check([add], queries);
  });
});

describe('FlatPostings', () => {
  it('keeps every range as appended, through moves, repacks, wider frequencies and dropped passages', () => {
    const repackAbove = FlatPostings.repackAbove;
    FlatPostings.repackAbove = 8;
    try {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              {
                weight: 20,
                arbitrary: fc.record({
                  term: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
                  field: fc.constantFrom(0, 1),
                  frequency: fc.oneof(
                    { weight: 20, arbitrary: fc.integer({ min: 1, max: 3 }) },
                    { weight: 1, arbitrary: fc.constantFrom(300, 70_000) },
                  ),
                }),
              },
              { weight: 1, arbitrary: fc.record({ drop: fc.integer({ min: 2, max: 5 }) }) },
            ),
            { minLength: 40, maxLength: 200 },
          ),
          fc.boolean(),
          (steps, fromArrays) => {
            // Optionally start from shared arrays (as a snapshot's), which must never be written.
            const docs = new Uint32Array([0, 1, 2, 1]);
            const freqs = new Uint8Array([1, 2, 1, 5]);
            const flat = fromArrays
              ? FlatPostings.fromArrays(['a', 'b'], [1, 2, 0, 1], docs, freqs)
              : new FlatPostings();
            const model = new Map<string, Array<Array<[number, number]>>>();
            if (fromArrays) {
              model.set('a', [
                [[0, 1]],
                [
                  [1, 2],
                  [2, 1],
                ],
              ]);
              model.set('b', [[], [[1, 5]]]);
            }
            let next = 3;
            for (const step of steps) {
              if ('drop' in step) {
                const gone = (id: number) => id % step.drop === 0;
                flat.dropPassages((id) => !gone(id));
                for (const fields of model.values())
                  for (let f = 0; f < 2; f++) fields[f] = fields[f]!.filter(([id]) => !gone(id));
                continue;
              }
              const id = next++;
              flat.append(flat.numberFor(step.term), step.field, id, step.frequency);
              if (!model.has(step.term)) model.set(step.term, [[], []]);
              model.get(step.term)![step.field]!.push([id, step.frequency]);
            }
            expect([...docs, ...freqs]).toEqual([0, 1, 2, 1, 1, 2, 1, 5]);
            for (const [term, fields] of model) {
              const number = flat.numberFor(term);
              for (let field = 0; field < 2; field++) {
                const start = flat.starts[number * 2 + field]!;
                const got = Array.from({ length: flat.countOf(number, field) }, (_, i) => [
                  flat.docs[start + i],
                  flat.freqs[start + i],
                ]);
                expect(got).toEqual(fields[field]);
                for (const [id] of fields[field]!)
                  expect(flat.docs[flat.indexOf(number, field, id)]).toBe(id);
              }
              expect(flat.termNumber(term) >= 0).toBe(fields[0]!.length + fields[1]!.length > 0);
            }
          },
        ),
        { numRuns: 300, seed: 16 },
      );
    } finally {
      FlatPostings.repackAbove = repackAbove;
    }
  });

  it('repacks a few times as postings grow, not at every move', () => {
    // A bulk-built start (shared, exact ranges), then 20,000 passages holding 10 of 20 common terms each and
    // one new term in ten: as an upload's passages are added.
    const flat = FlatPostings.fromArrays(
      ['a', 'b'],
      [2, 0, 0, 1],
      new Int32Array([0, 1, 1]),
      new Uint8Array(3).fill(1),
    );
    for (let id = 2; id < 20_002; id++) {
      for (let k = 0; k < 10; k++) flat.append(flat.numberFor(`common${(id + k * 2) % 20}`), 1, id, 1);
      if (id % 10 === 0) flat.append(flat.numberFor(`rare${id}`), 1, id, 1);
    }
    expect(flat.countOf(flat.termNumber('common7'), 1)).toBe(10_000);
    expect(flat.repacks).toBeLessThan(20);
  });

  it('tells whether a passage is in a term’s postings by binary search, and nothing when a range is out of order', () => {
    // 'a': title [0], text [1, 2]; 'b': text [3, 1] (out of order, as a snapshot of re-added articles may hold).
    const flat = FlatPostings.fromArrays(
      ['a', 'b'],
      [1, 2, 0, 2],
      new Uint32Array([0, 1, 2, 3, 1]),
      new Uint8Array([1, 1, 1, 1, 1]),
    );
    const a = flat.termNumber('a');
    expect([0, 1, 2, 3].map((shortId) => flat.holds(a, shortId))).toEqual([true, true, true, false]);
    expect(flat.holds(flat.termNumber('b'), 3)).toBeUndefined();
  });
});
