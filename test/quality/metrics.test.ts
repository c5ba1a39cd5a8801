import { describe, expect, it } from 'vitest';
import { averagePrecision, mean, ndcgAt, recallAt, reciprocalRankAt } from '../../bench/metrics.js';

const judgments = (entries: [string, number][]) => new Map(entries);

describe('recallAt', () => {
  it('counts the relevant docs found in the top k over all relevant docs', () => {
    const judged = judgments([
      ['a', 1],
      ['c', 1],
      ['x', 1],
      ['n', 0],
    ]);
    expect(recallAt(['a', 'b', 'c', 'n'], judged, 2)).toBeCloseTo(1 / 3);
    expect(recallAt(['a', 'b', 'c', 'n'], judged, 4)).toBeCloseTo(2 / 3);
  });

  it('is a hit-or-miss for a single gold passage', () => {
    const gold = judgments([['p7', 1]]);
    expect(recallAt(['p1', 'p7'], gold, 1)).toBe(0);
    expect(recallAt(['p1', 'p7'], gold, 5)).toBe(1);
  });
});

describe('reciprocalRankAt', () => {
  it('is 1/rank of the first relevant doc within the cut, else 0', () => {
    const judged = judgments([['c', 1]]);
    expect(reciprocalRankAt(['a', 'b', 'c'], judged, 10)).toBeCloseTo(1 / 3);
    expect(reciprocalRankAt(['a', 'b', 'c'], judged, 2)).toBe(0);
  });
});

describe('ndcgAt (trec_eval: linear gains, log2 discount)', () => {
  it('matches a hand computation with graded judgments', () => {
    // Ranking a(2) b(0) c(1); judged also holds d(2) never retrieved.
    // DCG  = 2/log2(2) + 0 + 1/log2(4) = 2 + 0.5 = 2.5
    // IDCG = 2/log2(2) + 2/log2(3) + 1/log2(4) = 2 + 1.26186 + 0.5 = 3.76186
    const judged = judgments([
      ['a', 2],
      ['c', 1],
      ['d', 2],
      ['b', 0],
    ]);
    expect(ndcgAt(['a', 'b', 'c'], judged, 10)).toBeCloseTo(2.5 / (2 + 2 / Math.log2(3) + 0.5), 10);
  });

  it('only counts the top k, and the ideal is cut at k too', () => {
    const judged = judgments([
      ['a', 1],
      ['b', 1],
    ]);
    // k = 1: DCG counts only 'x' (0); a perfect ranking of 'b' first would be 1.
    expect(ndcgAt(['x', 'b'], judged, 1)).toBe(0);
    expect(ndcgAt(['b', 'x'], judged, 1)).toBe(1);
  });

  it('is 0 when nothing is relevant', () => {
    expect(ndcgAt(['a'], judgments([['a', 0]]), 10)).toBe(0);
  });
});

describe('averagePrecision', () => {
  it('averages precision at each relevant doc over all relevant docs', () => {
    // Relevant: a, c, z (z never retrieved). Precision at a = 1/1, at c = 2/3. AP = (1 + 2/3) / 3.
    const judged = judgments([
      ['a', 1],
      ['c', 1],
      ['z', 1],
    ]);
    expect(averagePrecision(['a', 'b', 'c', 'd'], judged)).toBeCloseTo((1 + 2 / 3) / 3, 10);
  });

  it('ignores docs judged not relevant (grade <= 0)', () => {
    const judged = judgments([
      ['a', -1],
      ['b', 1],
    ]);
    expect(averagePrecision(['a', 'b'], judged)).toBeCloseTo(1 / 2);
  });
});

describe('mean', () => {
  it('averages, and is NaN for nothing', () => {
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBeNaN();
  });
});
