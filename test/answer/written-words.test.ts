import { describe, expect, it } from 'vitest';
import type { ReadSentence } from '../../src/answer/passage-reader.js';
import { WORD, writtenWords } from '../../src/answer/term-match.js';

describe('writtenWords', () => {
  it("gives WORD's matches in the lower-cased text, in order, for ASCII and other text alike", () => {
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
      expect([...writtenWords({ text } as ReadSentence)], JSON.stringify(text)).toEqual(expected);
    }
    const said = "Al-Qa'ida's fighters -- 2015's 'worst' year-end o'-clock";
    expect([...writtenWords({ text: said } as ReadSentence)]).toEqual([
      "al-qa'ida's",
      'fighters',
      "2015's",
      'worst',
      'year-end',
      'o',
      'clock',
    ]);
  });
});
