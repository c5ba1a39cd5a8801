import { describe, expect, it } from 'vitest';
import type { ReadSentence } from '../../src/answer/passage-reader.js';
import { WORD, writtenWords } from '../../src/answer/term-match.js';
import { termOf } from '../../src/search/analyzer.js';

/** Strings to ask a text's words about: its words, their parts and neighbours, and a few that are no word. */
function askedAbout(words: readonly string[]): string[] {
  const parts = words.flatMap((word) => word.split(/['\u2019-]/));
  const joined = words.slice(1).map((word, i) => `${words[i]}-${word}`);
  return [...words, ...parts, ...joined, 'a', 'q0', "a'z", 'z-', '-a', "a''z", 'a z', '', 'é', 'ł'];
}

describe('writtenWords', () => {
  it("gives WORD's matches in the lower-cased text, in order, and holds those alone, for ASCII and other text alike", () => {
    const alphabet = ['a', 'Z', 'q', '0', '7', "'", '-', '\u2019', ' ', '.', ',', '_', 'é', 'Ł', '²', '\t'];
    let seed = 3;
    for (let n = 0; n < 3_000; n++) {
      let text = '';
      const length = n % 40;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        // Mostly ASCII (the fast path); every 10th text may hold any of the characters.
        text += alphabet[seed % (n % 10 === 0 ? alphabet.length : 12)];
      }
      const expected = [...new Set(text.toLowerCase().match(WORD) ?? [])];
      const written = writtenWords({ text } as ReadSentence);
      expect([...written.all()], JSON.stringify(text)).toEqual(expected);
      const seen: string[] = [];
      expect(
        written.some((word) => {
          seen.push(word);
          return false;
        }),
      ).toBe(false);
      expect([...new Set(seen)]).toEqual(expected);
      const set = new Set(expected);
      for (const word of askedAbout(expected))
        expect(written.has(word), `${JSON.stringify(text)} has ${JSON.stringify(word)}`).toBe(set.has(word));
    }
    const said = "Al-Qa'ida's fighters -- 2015's 'worst' year-end o'-clock";
    const written = writtenWords({ text: said } as ReadSentence);
    expect(['al', "qa'ida's", 'year', 'end', "o'", 'o'].map((word) => written.has(word))).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect([...written.all()]).toEqual([
      "al-qa'ida's",
      'fighters',
      "2015's",
      'worst',
      'year-end',
      'o',
      'clock',
    ]);
  });

  it('finds the word parts with a term as cutting out every word and its hyphen parts would', () => {
    const words = [
      'Running',
      'runs',
      'ran',
      'run-up',
      "runner's",
      'the',
      'Kill',
      'killed',
      '1990s',
      'x',
      'went',
      'Going',
      'élan',
      'Élan',
    ];
    // `some` gives each word once for text past ASCII (a set), in order with repeats for ASCII text.
    const gaps = [' ', '-', "'", ', ', '`', ' -', "-'", '\u2019', 'é ', '.'];
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      for (let i = next(12); i > 0; i--)
        text += words[next(words.length)]! + gaps[next(n % 5 === 0 ? 10 : 8)];
      const written = writtenWords({ text } as ReadSentence);
      const parts: string[] = [];
      written.some((word) => {
        parts.push(...word.split('-'));
        return false;
      });
      for (const term of ['run', 'kill', '1990s', 'x', 'runner', 'go', 'elan']) {
        const expected = parts.filter((part) => termOf(part) === term);
        const seen: string[] = [];
        const tested = (part: string) => {
          seen.push(part);
          return false;
        };
        expect(written.somePartWithTerm(term, tested, termOf)).toBe(false);
        expect(seen, `${JSON.stringify(text)} ${term}`).toEqual(expected);
      }
    }
  });
});
