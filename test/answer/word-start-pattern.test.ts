import { describe, expect, it } from 'vitest';
import { atWordStart } from '../../src/answer/word-start-pattern.js';

describe('atWordStart', () => {
  const sources = [
    String.raw`\b(?:has|have)\s+not\s+been\s+(?:set|named)\b`,
    String.raw`\bremains?\s+to\s+be\s+seen\b|\bno\s+idea\s+(?:who|why)\b`,
    String.raw`\bTBC\b`,
    String.raw`\bnot\s+\(yet\|ever\)\s+[|(]known`,
  ];
  const joined = new RegExp(sources.join('|'), 'i');
  const factored = atWordStart(sources, 'i');

  it('moves the one `\\b` out of the alternatives', () => {
    expect(factored.source.startsWith(String.raw`\b(?:(?:has|have)`)).toBe(true);
    expect(factored.flags).toBe('i');
  });

  it('matches where the alternatives joined match, at the same place', () => {
    const texts = [
      'The venue has not been set yet.',
      'Whether it works remains to be seen; we have no idea why.',
      'Kick-off: tbc',
      'It is not (yet|ever) |known',
      'Theyhas not been set',
      'nothing here',
      '',
    ];
    for (const text of texts) {
      const [a, b] = [joined.exec(text), factored.exec(text)];
      expect([b?.index, b?.[0]]).toEqual([a?.index, a?.[0]]);
    }
  });

  it('refuses an alternative that does not open at a word start', () => {
    expect(() => atWordStart([String.raw`\bhas|not\b`], 'i')).toThrow(/word's start/);
    expect(() => atWordStart(['(?:a|b)'], 'i')).toThrow(/word's start/);
  });
});
