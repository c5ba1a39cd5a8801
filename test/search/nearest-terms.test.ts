import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { nearestTerms, type TreeNode } from '../../src/search/index/nearest-terms.js';

/** The first `wanted` of terms with distances, nearest first, then by term. */
const firstOf = (near: Iterable<[string, number]>, wanted: number) =>
  [...near].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, wanted);

describe('nearestTerms', () => {
  it("gives the nearest `wanted` terms of MiniSearch's fuzzyGet, with their distances (property)", () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcde\u00e9'.split('')), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 60 }),
        word,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 15 }),
        (terms, query, maxDistance, wanted) => {
          const tree = new SearchableMap<number>();
          for (const term of terms) tree.set(term, 1);
          const full = [...tree.fuzzyGet(query, maxDistance)].map(([t, [, d]]) => [t, d] as [string, number]);
          const root = (tree as unknown as { _tree: TreeNode })._tree;
          const near = nearestTerms(root, query, maxDistance, wanted);
          expect(firstOf(near, wanted)).toEqual(firstOf(full, wanted));
          // Every term as near as the `wanted`-th, whatever order a caller breaks ties in.
          const reach = firstOf(full, wanted).at(wanted - 1)?.[1] ?? maxDistance;
          const within = (list: Array<[string, number]>) =>
            list
              .filter(([, d]) => d <= reach)
              .map(([t]) => t)
              .sort();
          expect(within(near)).toEqual(within(full));
          // Only terms fuzzyGet finds, at its distances.
          const distances = new Map(full);
          for (const [term, distance] of near) expect(distances.get(term)).toBe(distance);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
