import { describe, expect, it } from 'vitest';
import { RowCosines, RowCosinesByWord } from '../../src/answer/row-cosines.js';

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

describe('RowCosinesByWord', () => {
  it("keeps a word's cosines from one question to the next, and lets all go past its bound", () => {
    const kept = new RowCosinesByWord(1_000);
    kept.of(42).set(7, 0.5);
    expect(kept.of(42).get(7)).toBe(0.5);
    expect(kept.of(43).get(7)).toBeNaN();
    const table = kept.of(42);
    for (let row = 100; table.count < 999; row++) table.set(row, 0.1);
    // Under the bound a new word keeps the others; at it, all are let go.
    kept.of(44);
    expect(kept.of(42).get(7)).toBe(0.5);
    table.set(1, 0.2);
    kept.of(45);
    expect(kept.of(42).get(7)).toBeNaN();
  });
});
