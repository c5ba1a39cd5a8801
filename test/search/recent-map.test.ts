import { describe, expect, it } from 'vitest';
import { FifoMap } from '../../src/search/fifo-map.js';
import { RecentMap } from '../../src/search/recent-map.js';

describe('RecentMap', () => {
  it('keeps what a first-in, first-out map of that many entries keeps (random sets, sizes 1..6)', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let size = 1; size <= 6; size++) {
      const recent = new RecentMap<number, number>(size);
      const fifo = new FifoMap<number, number>(size);
      for (let step = 0; step < 2_000; step++) {
        const key = next(10);
        const value = next(100);
        recent.set(key, value);
        fifo.set(key, value);
        for (let other = 0; other < 10; other++) expect(recent.get(other)).toBe(fifo.get(other));
      }
    }
  });

  it('keeps one entry when asked for none', () => {
    const recent = new RecentMap<string, number>(0);
    recent.set('a', 1);
    expect(recent.get('a')).toBe(1);
    recent.set('b', 2);
    expect([recent.get('a'), recent.get('b')]).toEqual([undefined, 2]);
  });
});
