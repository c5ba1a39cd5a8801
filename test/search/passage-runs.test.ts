import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DerivedShortIdMap, PassageIdMap, ShortIdMap } from '../../src/search/index/document-tables.js';
import { FlatPostings } from '../../src/search/index/flat-postings.js';
import { PassageRuns } from '../../src/search/index/passage-runs.js';
import { ScopeCounts } from '../../src/search/index/scope-counts.js';

/** Runs of passages: a file (each once), its scope and how many passages. */
const runsArb = fc.uniqueArray(
  fc.record({
    file: fc.constantFrom('a.md', 'b#2.txt', 'guilds/1/x.md', 'c.md', 'd.md', 'guilds/2/y.md'),
    scope: fc.constantFrom('global', '1', '2'),
    count: fc.integer({ min: 1, max: 5 }),
  }),
  { selector: (run) => run.file, maxLength: 6 },
);

/** The passages the runs stand for, as `passagesOf` would number them. */
function passagesOf(runs: ReadonlyArray<{ file: string; scope: string; count: number }>) {
  return runs.flatMap(({ file, scope, count }) =>
    Array.from({ length: count }, (_, i) => ({ id: `${file}#${i + 1}`, file, scope, index: i + 1 })),
  );
}

function runsOf(runs: ReadonlyArray<{ file: string; scope: string; count: number }>): PassageRuns {
  const list = new PassageRuns();
  for (const { file, scope, count } of runs) list.add(file, scope, count);
  return list;
}

describe("passage runs: a snapshot's passages held per article", () => {
  it('count by scope as the passages counted one by one do (what a search needs filtered)', () => {
    const subsets = [
      [],
      ['global'],
      ['1'],
      ['2'],
      ['global', '1'],
      ['global', '2'],
      ['1', '2'],
      ['global', '1', '2'],
    ];
    fc.assert(
      fc.property(runsArb, (runs) => {
        const byRuns = new ScopeCounts();
        byRuns.countRuns(runsOf(runs));
        const byPassage = new ScopeCounts();
        for (const passage of passagesOf(runs)) byPassage.change(passage.scope, 1);
        for (const scopes of subsets) {
          const [a, b] = [byRuns.visibility(scopes), byPassage.visibility(scopes)];
          expect(a === undefined).toBe(b === undefined);
          for (const scope of ['global', '1', '2']) expect(a?.({ scope })).toBe(b?.({ scope }));
        }
      }),
    );
  });

  it('give each passage the id and scope its article numbers it with, joined or not', () => {
    fc.assert(
      fc.property(runsArb, fc.nat(6), (runs, cut) => {
        const passages = passagesOf(runs);
        const whole = runsOf(runs);
        const joined = PassageRuns.join([runsOf(runs.slice(0, cut)), runsOf(runs.slice(cut))]);
        for (const list of [whole, joined]) {
          expect(list.length).toBe(passages.length);
          expect(passages.map((_, n) => list.idOf(n))).toEqual(passages.map((p) => p.id));
          expect(passages.map((_, n) => list.scopeOf(n))).toEqual(passages.map((p) => p.scope));
        }
        expect(() => whole.idOf(passages.length)).toThrow(RangeError);
      }),
      { numRuns: 300 },
    );
  });

  it('make document tables that answer as the tables of their passages, through adds and discards', () => {
    fc.assert(
      fc.property(
        runsArb,
        fc.array(
          fc.oneof(
            fc.constantFrom('a.md#9', 'new.md#1', 'c.md#1', 'odd id').map((id) => ({ add: id })),
            fc.nat(30).map((n) => ({ discard: n })),
          ),
          { maxLength: 20 },
        ),
        (runs, changes) => {
          const passages = passagesOf(runs);
          const list = runsOf(runs);
          const ids = new DerivedShortIdMap(list.length, (n) => list.idOf(n));
          const table = new PassageIdMap(list, ids);
          const expectedIds = new ShortIdMap(passages.map((p) => p.id));
          const expected = new PassageIdMap(passages, expectedIds);
          let next = passages.length;
          for (const change of changes) {
            if ('add' in change) {
              if (expected.has(change.add)) continue; // MiniSearch refuses a duplicate
              expect(table.has(change.add)).toBe(false);
              for (const [idTable, shortIds] of [
                [ids, table],
                [expectedIds, expected],
              ] as const) {
                shortIds.set(change.add, next);
                idTable.set(next, change.add);
              }
              next++;
            } else {
              const id = expectedIds.get(change.discard);
              if (id === undefined) continue;
              // As MiniSearch's discard: the id first, then the short id.
              for (const [idTable, shortIds] of [
                [ids, table],
                [expectedIds, expected],
              ] as const) {
                shortIds.delete(id);
                idTable.delete(change.discard);
              }
            }
          }
          expect([...ids]).toEqual([...expectedIds]);
          expect([...ids.keys()]).toEqual([...expectedIds.keys()]);
          expect(ids.size).toBe(expectedIds.size);
          expect([...table]).toEqual([...expected]);
          expect(table.size).toBe(expected.size);
          for (let shortId = -1; shortId <= next; shortId++) {
            expect(ids.get(shortId)).toBe(expectedIds.get(shortId));
            expect(ids.has(shortId)).toBe(expectedIds.has(shortId));
          }
          for (const id of [...passages.map((p) => p.id), 'a.md#9', 'a.md#0', 'new.md#1', 'odd id']) {
            expect(table.get(id)).toBe(expected.get(id));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse a file given twice', () => {
    const list = runsOf([
      { file: 'a.md', scope: 'global', count: 2 },
      { file: 'a.md', scope: 'global', count: 1 },
    ]);
    expect(() => new PassageIdMap(list, new DerivedShortIdMap(list.length, (n) => list.idOf(n)))).toThrow(
      /duplicate/,
    );
  });
});

describe('flat postings given passage runs', () => {
  it('number scopes and fill each passage’s scope as passage by passage', () => {
    const runs = new PassageRuns();
    const given: Array<[string, string, number]> = [
      ['a.md', 'global', 3],
      ['guilds/222/b.md', '222', 2],
      ['c.md', 'global', 1],
      ['guilds/111/d.md', '111', 4],
      ['guilds/222/e.md', '222', 1],
    ];
    for (const [file, scope, count] of given) runs.add(file, scope, count);
    const lengths = new Uint32Array(runs.length * 2).map((_, i) => i);
    const byRun = new FlatPostings();
    byRun.setPassageRuns(lengths, runs.length, (visit) => runs.forEachRun(visit));
    const byPassage = new FlatPostings();
    byPassage.setPassages(lengths, runs.length, (n) => runs.scopeOf(n));
    expect([...byRun.scopeOf]).toEqual([...byPassage.scopeOf]);
    expect([...byRun.scopeOf]).toEqual([0, 0, 0, 1, 1, 0, 2, 2, 2, 2, 1]);
    for (const scopes of [['global'], ['111', '222'], ['222']]) {
      expect([...byRun.scopeFilter(scopes)]).toEqual([...byPassage.scopeFilter(scopes)]);
    }
    expect(byRun.fieldLengths).toEqual(byPassage.fieldLengths);
  });
});
