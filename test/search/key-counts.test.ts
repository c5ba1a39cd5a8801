import { describe, expect, it } from 'vitest';
import { KeyCounts } from '../../src/search/index/key-counts.js';

describe('KeyCounts', () => {
  it('counts as a Map would, lists keys in the order first counted, and starts afresh when cleared', () => {
    const counts = new KeyCounts();
    const reference = new Map<number, number>();
    let seed = 11;
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3_000; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const key = 1 + (seed % (round === 1 ? 40 : 2_000)) * (round === 2 ? 1 << 14 : 1);
        const by = i % 7 === 0 ? -1 : 1;
        counts.add(key, by);
        reference.set(key, (reference.get(key) ?? 0) + by);
      }
      expect(counts.entries()).toEqual([...reference]);
      for (const [key, count] of reference) expect(counts.get(key)).toBe(count);
      expect(counts.get(0x3fffffff)).toBe(reference.get(0x3fffffff) ?? 0);
      counts.clear();
      reference.clear();
      expect(counts.entries()).toEqual([]);
    }
  });
});
