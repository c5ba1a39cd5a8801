/** The analyzer's word cache gives back what was stored for exactly that word, through collisions and resets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRange, NOT_CACHED, WordCache } from '../../src/search/word-cache.js';

describe('WordCache', () => {
  it('finds a word where it stands in a text, as a Map of words would (through growth, collisions, resets)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ł', "'", '1'), maxLength: 10 }), {
          minLength: 1,
          maxLength: 6_000,
          size: 'max',
        }),
        fc.integer({ min: 1, max: 5_000 }),
        (words, limit) => {
          const cache = new WordCache(limit);
          const units = (text: string) =>
            Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
          const model = new Map<string, number>();
          words.forEach((word, i) => {
            // The word inside a longer text, as the analyzer looks it up.
            const text = units(`x ${word} y`);
            const hash = hashRange(text, 2, 2 + word.length);
            if (hash !== hashRange(units(word), 0, word.length)) expect.unreachable('hash of a range');
            const got = cache.get(text, 2, 2 + word.length, hash);
            if (got !== (model.get(word) ?? NOT_CACHED)) expect(got).toBe(model.get(word) ?? NOT_CACHED);
            if (got !== NOT_CACHED) return;
            if (model.size >= limit) model.clear();
            cache.set(text, 2, 2 + word.length, hash, i);
            model.set(word, i);
          });
        },
      ),
      { numRuns: 25, seed: 14 },
    );
  });
});
