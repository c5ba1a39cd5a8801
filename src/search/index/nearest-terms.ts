/**
 * The terms of MiniSearch's radix tree within a Levenshtein distance of a word, as its `fuzzyGet` finds them,
 * for callers that keep only the nearest few ("did you mean" keeps 12). `fuzzyGet` at distance 3 meets
 * hundreds of terms at 100k passages (2.3 ms a word, against 0.8 ms at distance 2), most of them farther than
 * the nearest few: here the walk stops going farther than the distance within which `wanted` terms are
 * already found. The same matrix walk as MiniSearch's (each distance up to `maxDistance` exact), so the terms
 * returned are those of `fuzzyGet` within the final reach, with their distances.
 */

/** A node of MiniSearch's radix tree: edge label -> child, and '' -> the term's value at a leaf. */
export type TreeNode = Map<string, unknown>;

const LEAF = '';

/**
 * Every term within `maxDistance` of `query` when fewer than `wanted` are; else every term within the least
 * distance that holds `wanted` of them (ties at that distance included), and maybe some farther ones.
 */
export function nearestTerms(
  root: TreeNode,
  query: string,
  maxDistance: number,
  wanted: number,
): Array<[term: string, distance: number]> {
  const n = query.length + 1;
  const m = n + maxDistance;
  // MiniSearch's matrix: a row per letter of the term walked, cells past the band stay at maxDistance + 1.
  const matrix = new Uint8Array(m * n).fill(maxDistance + 1);
  for (let j = 0; j < n; ++j) matrix[j] = j;
  for (let i = 1; i < m; ++i) matrix[i * n] = i;
  // Letters compared as UTF-16 units, as MiniSearch compares its one-unit strings.
  const units = new Uint16Array(query.length);
  for (let j = 0; j < query.length; j++) units[j] = query.charCodeAt(j);
  const found: Array<[string, number]> = [];
  const perDistance = new Array<number>(maxDistance + 1).fill(0);
  let reach = maxDistance;

  // The walk's place: the edge labels from the root (joined only for a term found) and the rows they filled.
  // Children are visited by `forEach`, not `for...of` with an entry destructured: a rare call runs
  // unoptimised, where each entry was an iterator's result and an array read through another iterator.
  const path: string[] = [];
  let depth = 0;
  let rows = 1;
  const visit = (child: unknown, key: string): void => {
    if (key === LEAF) {
      const distance = matrix[rows * n - 1]!;
      if (distance <= reach) {
        found.push([path.slice(0, depth).join(''), distance]);
        // The reach shrinks to the least distance holding `wanted` terms: nearer ones are all still found.
        perDistance[distance]!++;
        let held = 0;
        for (let d = 0; d < reach; d++) {
          held += perDistance[d]!;
          if (held >= wanted) {
            reach = d;
            break;
          }
        }
      }
      return;
    }
    let i = rows;
    for (let pos = 0; pos < key.length; ++pos, ++i) {
      // A term longer than the query by more than `maxDistance` is past every reach (the matrix ends there).
      if (i >= m) return;
      const char = key.charCodeAt(pos);
      const row = n * i;
      const previous = row - n;
      let least = matrix[row]!;
      const jmin = i - maxDistance - 1 > 0 ? i - maxDistance - 1 : 0;
      const jmax = i + maxDistance < n - 1 ? i + maxDistance : n - 1;
      for (let j = jmin; j < jmax; ++j) {
        let distance = matrix[previous + j]! + (char !== units[j] ? 1 : 0);
        const remove = matrix[previous + j + 1]! + 1;
        const insert = matrix[row + j]! + 1;
        if (remove < distance) distance = remove;
        if (insert < distance) distance = insert;
        matrix[row + j + 1] = distance;
        if (distance < least) least = distance;
      }
      // Distances never fall further down: nothing below is within reach.
      if (least > reach) return;
    }
    const above = rows;
    path[depth++] = key;
    rows = i;
    (child as TreeNode).forEach(visit);
    depth--;
    rows = above;
  };
  root.forEach(visit);
  return found.filter(([, distance]) => distance <= reach);
}
