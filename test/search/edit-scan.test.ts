import { describe, expect, it } from 'vitest';
import { rulesNeedDigit, someEditMayPass } from '../../src/search/edit-scan.js';
import { StringFilter } from '../../src/search/string-filter.js';

/** Every edit of a word as a string (deleted, swapped, changed, inserted a-z), the word itself left out. */
function editsOf(word: string): string[] {
  const edits: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) edits.push(head + tail.slice(1));
    if (tail.length > 1) edits.push(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      if (tail) edits.push(head + letter + tail.slice(1));
      edits.push(head + letter + tail);
    }
  }
  return edits.filter((edit) => edit !== word);
}

describe('someEditMayPass', () => {
  const words = ['cart', 'care', 'cat', 'dog', "dog's", 'x1st', 'abba'];
  const filter = new StringFilter(words.length);
  for (const word of words) filter.add(word);
  const known = new Set(words);
  // As the dictionary's check: the filter, then "'s" dropped, then the word table (case ignored).
  const test = (edit: string) => {
    const lower = edit.toLowerCase();
    return (filter.mayHave(lower) || lower.endsWith("'s")) && known.has(lower);
  };

  it('answers as trying every edit as a string', () => {
    for (const word of [
      'car',
      'CAr',
      'cats',
      'Dog',
      'dogs',
      "dog'",
      'xyz',
      '',
      'a',
      'abab',
      'bbaa',
      'x1s',
      'caRt',
    ]) {
      const expected = editsOf(word).some(test);
      expect(someEditMayPass(word, filter, false, test), word).toBe(expected);
      expect(someEditMayPass(word, filter, true, test), word).toBe(expected);
    }
  });

  it('passes an edit over only when the test cannot hold for it', () => {
    const tried: string[] = [];
    someEditMayPass('cbt', filter, false, (edit) => (tried.push(edit), false));
    expect(tried).toContain('cat');
    expect(tried.every((edit) => filter.mayHave(edit.toLowerCase()))).toBe(true);
    const all: string[] = [];
    someEditMayPass('cbt', filter, true, (edit) => (all.push(edit), false));
    expect(new Set(all)).toEqual(new Set(editsOf('cbt')));
  });
});

describe('rulesNeedDigit', () => {
  it("reads nspell's compound rules", () => {
    const rules = [
      /(?:0|1|2|3|4|5|6|7|8|9)*(?:1)(?:0th|1th|2th|3th|4th|5th|6th|7th|8th|9th)/i,
      /(?:0|1|2|3|4|5|6|7|8|9)*(?:0|2|3|4|5|6|7|8|9)(?:0th|1st|2nd|3rd|4th|5th|6th|7th|8th|9th)/i,
    ];
    expect(rulesNeedDigit(rules)).toBe(true);
    expect(rulesNeedDigit([...rules, /(?:1|a)(?:th)/i])).toBe(false);
    expect(rulesNeedDigit([/(?:1?)(?:th)/])).toBe(false);
    expect(rulesNeedDigit([/(?:1)*(?:th)/])).toBe(false);
    expect(rulesNeedDigit([/^(?:1)$/])).toBe(false);
    expect(rulesNeedDigit([/\d(?:th)/])).toBe(false);
  });
});
