import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassageIdMap, ShortIdMap } from '../../src/search/index/document-tables.js';

/** A passage as the tables see it: ids `<file>#<n>` in runs, or any other id. */
const passageArb = fc.oneof(
  fc
    .record({
      file: fc.constantFrom('a.md', 'b#c.txt', 'guilds/1/x.md'),
      index: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ file, index }) => ({ id: `${file}#${index}`, file, index })),
  fc.string({ maxLength: 6 }).map((id) => ({ id, file: 'other.md', index: 1 })),
  // Numbered as another passage of its file would be.
  fc
    .record({ n: fc.integer({ min: 1, max: 4 }), index: fc.integer({ min: 1, max: 4 }) })
    .map(({ n, index }) => ({ id: `a.md#${n}`, file: 'a.md', index })),
);

/** The tables hold what Maps filled passage by passage hold, through MiniSearch's changes (set and delete). */
describe('document tables without a Map entry per passage', () => {
  it('answer as Maps for passages given at once, then added and discarded', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(passageArb, { selector: (p) => p.id, maxLength: 30 }),
        fc.array(
          fc.oneof(
            passageArb.map((p) => ({ add: p })),
            fc.nat(40).map((n) => ({ discard: n })),
          ),
          {
            maxLength: 20,
          },
        ),
        fc.array(passageArb, { maxLength: 10 }),
        (passages, changes, probes) => {
          const added: Array<{ id: string; file: string; index: number }> = [];
          const ids = new ShortIdMap(passages.map((p) => p.id));
          const table = new PassageIdMap(passages, ids);
          const expectedIds = new Map(passages.map((p, shortId) => [shortId, p.id]));
          const expected = new Map(passages.map((p, shortId) => [p.id, shortId]));
          let next = passages.length;
          for (const change of changes) {
            if ('add' in change) {
              if (expected.has(change.add.id)) continue; // MiniSearch refuses a duplicate
              expect(table.has(change.add.id)).toBe(false);
              table.set(change.add.id, next);
              added.push(change.add);
              ids.set(next, change.add.id);
              expected.set(change.add.id, next);
              expectedIds.set(next++, change.add.id);
            } else {
              const id = expectedIds.get(change.discard);
              if (id === undefined) continue;
              // As MiniSearch's discard: the id first, then the short id.
              table.delete(id);
              ids.delete(change.discard);
              expected.delete(id);
              expectedIds.delete(change.discard);
            }
          }
          expect([...ids]).toEqual([...expectedIds]);
          expect([...ids.values()]).toEqual([...expectedIds.values()]);
          expect(ids.size).toBe(expectedIds.size);
          expect([...table]).toEqual([...expected]);
          expect(table.size).toBe(expected.size);
          for (const passage of [...probes, ...passages, ...added]) {
            expect(table.get(passage.id)).toBe(expected.get(passage.id));
            expect(table.has(passage.id)).toBe(expected.has(passage.id));
            // Found through its file and number first: the same short id.
            expect(table.shortIdOf(passage)).toBe(expected.get(passage.id));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses passages given at once when an id repeats, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(passageArb, { maxLength: 12 }), (passages) => {
        const repeats = new Set(passages.map((p) => p.id)).size !== passages.length;
        const make = () => new PassageIdMap(passages, new ShortIdMap(passages.map((p) => p.id)));
        if (repeats) expect(make).toThrow(/duplicate/);
        else expect(make).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a passage id given twice', () => {
    const passages = [
      { id: 'a.md#1', file: 'a.md', index: 1 },
      { id: 'b.md#1', file: 'b.md', index: 1 },
      { id: 'a.md#1', file: 'a.md', index: 1 },
    ];
    expect(() => new PassageIdMap(passages, new ShortIdMap(passages.map((p) => p.id)))).toThrow(/duplicate/);
  });
});
