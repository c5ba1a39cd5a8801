import { describe, expect, it } from 'vitest';
import { RowCosines } from '../../src/answer/row-cosines.js';

describe('RowCosines', () => {
  it('keeps what a Map would, across growth, and says NaN for rows it does not keep', () => {
    const table = new RowCosines();
    const reference = new Map<number, number>();
    let seed = 7;
    for (let i = 0; i < 5_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const row = seed % 300_000;
      if (reference.has(row)) continue;
      const cosine = ((seed >>> 3) % 2001) / 1000 - 1;
      table.set(row, cosine);
      reference.set(row, cosine);
    }
    for (const [row, cosine] of reference) expect(table.get(row)).toBe(cosine);
    for (const row of [0, 1, 299_999, 123_456]) {
      if (!reference.has(row)) expect(table.get(row)).toBeNaN();
    }
    const fresh = new RowCosines();
    fresh.set(0, -0.25);
    expect(fresh.get(0)).toBe(-0.25);
    expect(fresh.get(1)).toBeNaN();
  });
});
