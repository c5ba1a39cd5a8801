import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

describe('hard-wrapped text', () => {
  it('keeps a sentence whole across a single line break (a soft wrap), verbatim', () => {
    const text =
      'Super Bowl 50 was an American football game (Super Bowl XIX), held at Stanford Stadium in\n' +
      'Stanford, California, won by the Broncos. It was the\nfiftieth Super Bowl.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Super Bowl 50 was an American football game (Super Bowl XIX), held at Stanford Stadium in\n' +
        'Stanford, California, won by the Broncos.',
      'It was the\nfiftieth Super Bowl.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('still ends a sentence where the next line opens a list, heading or quote', () => {
    const text = 'Reasons include\n- money\n- power\n# Next\n> quoted';
    expect(splitSentences(text).length).toBeGreaterThanOrEqual(4);
  });
});
