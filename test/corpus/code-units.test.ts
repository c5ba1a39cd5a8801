import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeUnits } from '../../src/corpus/code-units.js';

describe('CodeUnits', () => {
  it("holds each text's UTF-16 code units followed by two 0s, through growth and shorter texts after longer", () => {
    const units = new CodeUnits();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 9_000 }), (text) => {
        const array = units.load(text);
        for (let i = 0; i < text.length; i++) {
          if (array[i] !== text.charCodeAt(i)) expect(array[i]).toBe(text.charCodeAt(i));
        }
        expect(array[text.length]).toBe(0);
        expect(array[text.length + 1]).toBe(0);
      }),
      { numRuns: 300, seed: 3 },
    );
    expect(Array.from(units.load('\ud83d\ude00é-β').subarray(0, 5))).toEqual([
      0xd83d, 0xde00, 0xe9, 0x2d, 0x3b2,
    ]);
  });
});
