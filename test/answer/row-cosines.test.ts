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
  it("keeps a word's cosines from one question to the next, and lets all go once its arena is mostly taken", () => {
    const kept = new RowCosinesByWord(1);
    kept.beginQuestion();
    kept.of(42).set(7, 0.5);
    expect(kept.of(42).get(7)).toBe(0.5);
    expect(kept.of(43).get(7)).toBeNaN();
    kept.beginQuestion();
    expect(kept.of(42).get(7)).toBe(0.5);
    // Grown past a chunk, a table keeps its rows in arrays of its own.
    const table = kept.of(42);
    for (let row = 100; table.count < 40_000; row++) table.set(row, 0.1);
    expect(table.get(7)).toBe(0.5);
    expect(table.get(100)).toBe(0.1);
    // Tables enough to take most of the arena's one chunk.
    for (let word = 100; word < 300; word++) kept.of(word).set(word, 0.3);
    expect(kept.of(120).get(120)).toBe(0.3);
    // Mostly taken: the next question lets all go; a table with arrays of its own keeps its rows.
    kept.beginQuestion();
    expect(kept.of(42).get(7)).toBeNaN();
    expect(kept.of(120).get(120)).toBeNaN();
    expect(table.get(7)).toBe(0.5);
  });

  it('a table made before its arena let all go keeps nothing after, nor writes over a new one', () => {
    const kept = new RowCosinesByWord(1);
    const old = kept.of(1);
    old.set(5, 0.25);
    for (let word = 2; word <= 200; word++) kept.of(word).set(5, 0.5);
    kept.beginQuestion();
    const fresh = kept.of(9);
    fresh.set(5, 0.75);
    expect(old.get(5)).toBeNaN();
    old.set(6, 0.125);
    expect(fresh.get(5)).toBe(0.75);
    expect(fresh.get(6)).toBeNaN();
  });
});
