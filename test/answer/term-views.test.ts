import { describe, expect, it } from 'vitest';
import { ListTerms, NumberedTerms, PassageTerms, UnionTerms } from '../../src/answer/term-views.js';

describe('term views', () => {
  it('hold, list and count what a Set of the same terms in the same order would', () => {
    const title = ['iskp', 'attack'];
    const sentences = [
      { terms: ['attack', 'kill', '52'], termSet: new Set(['attack', 'kill', '52']) },
      { terms: ['shrine', 'kill', 'karachi'] },
    ];
    const lead = new Set(['karachi', 'pakistan']);
    const expected = new Set([...title, ...sentences.flatMap((s) => s.terms)]);
    const union = new Set([...expected, ...lead]);
    const words = ['iskp', 'kill', 'karachi', 'pakistan', 'france', '52', 'shrin', ''];
    // Asked more times than a view answers from its parts, so both ways are checked.
    const view = new PassageTerms(title, sentences);
    const both = new UnionTerms([new PassageTerms(title, sentences), lead]);
    for (let round = 0; round < 5; round++) {
      for (const word of words) {
        expect(view.has(word), word).toBe(expected.has(word));
        expect(both.has(word), word).toBe(union.has(word));
      }
    }
    expect([...new PassageTerms(title, sentences)]).toEqual([...expected]);
    expect([...both]).toEqual([...union]);
    expect(both.size).toBe(union.size);
    const seen: string[] = [];
    view.forEach((term) => seen.push(term));
    expect(seen).toEqual([...expected]);
  });

  it('answer a sentence’s lookups from its list however often asked, and list its terms as a Set would', () => {
    const terms = ['attack', 'kill', '52', 'kill', 'shrine'];
    const view = new ListTerms(terms);
    const expected = new Set(terms);
    for (let round = 0; round < 10; round++) {
      for (const word of ['attack', 'kill', '52', 'shrine', 'karachi', 'kil', '']) {
        expect(view.has(word), word).toBe(expected.has(word));
      }
    }
    expect([...view]).toEqual([...expected]);
    expect(view.size).toBe(expected.size);
  });

  it('read a passage’s term numbers as PassageTerms reads its terms', () => {
    const title = ['iskp', 'attack'];
    const terms = ['attack', 'kill', '52', 'shrine', 'kill', 'karachi'];
    // A numbering with terms no passage here holds ("france") and numbers in no particular order.
    const numbered = ['france', 'karachi', 'kill', 'attack', 'shrine', '52', 'pakistan'];
    const numbering = {
      numberOf: (term: string) => numbered.indexOf(term),
      termOf: (number: number) => numbered[number],
    };
    const kept = { numbers: terms.map((term) => numbered.indexOf(term)), numbering };
    const expected = new PassageTerms(title, [{ terms }]);
    const view = new NumberedTerms(title, kept);
    for (let round = 0; round < 5; round++) {
      for (const word of ['iskp', 'kill', 'karachi', 'pakistan', 'france', '52', 'shrin', '']) {
        expect(view.has(word), word).toBe(expected.has(word));
      }
    }
    expect([...new NumberedTerms(title, kept)]).toEqual([...expected]);
    expect(view.size).toBe(expected.size);
  });
});
