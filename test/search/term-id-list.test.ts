import { describe, expect, it } from 'vitest';
import { TermIdList } from '../../src/search/term-id-list.js';

describe('TermIdList', () => {
  it('keeps every id with its offsets as it grows past its first room, and empties for the next text', () => {
    const list = new TermIdList();
    const count = 5_000;
    for (let i = 0; i < count; i++) list.push(i * 7, i * 3, i * 3 + 2);
    expect(list.length).toBe(count);
    expect([...list.idView()]).toEqual(Array.from({ length: count }, (_, i) => i * 7));
    for (let i = 0; i < count; i++) {
      expect(list.offsets[i * 2]).toBe(i * 3);
      expect(list.offsets[i * 2 + 1]).toBe(i * 3 + 2);
    }
    list.clear();
    expect(list.length).toBe(0);
    expect(list.idView().length).toBe(0);
    list.push(42, 1, 4);
    expect([...list.idView()]).toEqual([42]);
    expect([...list.offsets.subarray(0, 2)]).toEqual([1, 4]);
  });
});
