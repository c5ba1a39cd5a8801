import { describe, expect, it } from 'vitest';
import { FifoMap } from '../../src/search/fifo-map.js';

describe('FifoMap', () => {
  it('keeps what a Map trimmed of its first key before each new key keeps (random sets, limits 0..5)', () => {
    let seed = 5;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let limit = 0; limit <= 5; limit++) {
      const fifo = new FifoMap<number, number>(limit);
      const map = new Map<number, number>();
      for (let step = 0; step < 2_000; step++) {
        const key = next(9);
        const value = next(100);
        if (!map.has(key) && map.size >= limit) map.delete(map.keys().next().value!);
        map.set(key, value);
        fifo.set(key, value);
        expect(fifo.size).toBe(map.size);
        for (let other = 0; other < 9; other++) expect(fifo.get(other)).toBe(map.get(other));
      }
    }
  });
});
