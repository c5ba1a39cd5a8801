import { describe, expect, it } from 'vitest';
import { compoundHeadAliases } from '../../src/answer/compound-heads.js';
import { termOf } from '../../src/search/analyzer.js';

/** Aliases for each word typed, against a corpus that writes `corpus` and vectors giving `cosines`. */
function aliasesFor(words: string[], corpus: string[], cosines: Record<string, number>) {
  const terms = new Set(corpus.map((word) => termOf(word)));
  return compoundHeadAliases({
    unknown: words.map((word) => termOf(word)!),
    surfaces: new Map(words.map((word) => [termOf(word)!, [word]])),
    hasTerm: (term) => terms.has(term),
    cosine: (a, b) => cosines[`${a}/${b}`] ?? 0,
  });
}

describe('compound words read as their last part', () => {
  it('reads "shipwreck" as the "wreck" the articles write, when the vectors put the two together', () => {
    const shipwreck = termOf('shipwreck')!;
    const wreck = termOf('wreck')!;
    expect(aliasesFor(['shipwreck'], ['wreck'], { [`${shipwreck}/${wreck}`]: 0.6 })).toEqual([
      { acronym: wreck, longForm: [shipwreck] },
    ]);
  });

  it('leaves words that only look like compounds, or whose first part is a small word', () => {
    const password = termOf('password')!;
    const word = termOf('word')!;
    expect(aliasesFor(['password'], ['word'], { [`${password}/${word}`]: 0.36 })).toEqual([]);
    const however = termOf('however')!;
    expect(aliasesFor(['however'], ['ever'], { [`${however}/ever`]: 0.66 })).toEqual([]);
    // Not an English word: a name or a slip, never split.
    expect(aliasesFor(['shipwrek'], ['wrek'], {})).toEqual([]);
  });
});
