import { describe, expect, it } from 'vitest';
import {
  englishDictionary,
  englishNeighbours,
  englishSuggestions,
  isEnglishWord,
  preloadDictionary,
} from '../../src/search/dictionary.js';

describe('the English dictionary', () => {
  it('is built once and shared', async () => {
    const preloaded = await preloadDictionary();
    expect(await preloadDictionary()).toBe(preloaded);
    expect(englishDictionary()).toBe(preloaded);
    expect(preloaded.loadMs).toBeGreaterThan(0);
  });

  it.each(['died', 'toll', 'old', 'went', 'weapons', 'use', 'happened', 'people', 'killed', 'shrine', 'the'])(
    'knows %s',
    (word) => {
      expect(isEnglishWord(word)).toBe(true);
      expect(isEnglishWord(word.toUpperCase())).toBe(true);
      expect(isEnglishWord(word.charAt(0).toUpperCase() + word.slice(1))).toBe(true);
    },
  );

  it('accepts lower-case input for capitalised entries', () => {
    for (const word of [
      'pakistan',
      'Pakistan',
      'islamabad',
      'karachi',
      'nato',
      'NATO',
      'mcdonald',
      "pakistan's",
    ])
      expect(isEnglishWord(word), word).toBe(true);
    // Letter case never decides (a Title Case question must read as its lower-case form).
    expect(isEnglishWord('Mcdonald')).toBe(true);
    expect(isEnglishWord('Usa')).toBe(true);
    expect(isEnglishWord('Nato')).toBe(true);
    // isWordAsWritten checks capitals as written.
    expect(englishDictionary().isWordAsWritten('pakistan')).toBe(false);
    expect(englishDictionary().isWordAsWritten('Pakistan')).toBe(true);
  });

  it('straightens apostrophes and drops unknown accents', () => {
    expect(isEnglishWord('isn\u2019t')).toBe(true);
    expect(isEnglishWord('café')).toBe(true);
    expect(isEnglishWord('naïve')).toBe(true);
  });

  it('rejects misspellings and empty input', () => {
    for (const word of ['killd', 'pakistn', 'islamabd', 'shirne', 'iskp', '', '  ', '2015'])
      expect(isEnglishWord(word), word).toBe(false);
  });

  it('finds the words one edit away that checking every edit finds, and says whether there is one', () => {
    const dictionary = englishDictionary();
    const words = [
      ...['teh', 'karachi', 'quokkas', 'zzyzx', 'balochistn', 'iskp', 'wolfhounds', 'qwzrtpxk', 'happend'],
      // Ordinals (compound rules), a mixed-case entry and its possessive, capitals, apostrophes, accents.
      ...[
        '21th',
        '1st',
        '11tb',
        'mcdonald',
        "mcdonalds's",
        "mcdonal's",
        'NATO',
        'Nato',
        "o'neil",
        'cafe',
        'café',
      ],
      ...['x', '', 'a'.repeat(17), 'isnt', 'aren', 'pakistn', 'islamabd', 'wounded', 'hurtt'],
    ];
    for (const word of words) {
      // For a short ASCII word (no curly quote, accent or space), `isWord` makes the checks each edit is given.
      if (/^[\x21-\x7e]{0,16}$/.test(word)) {
        const every = editsOf(word).filter((edit) => dictionary.isWord(edit));
        expect(new Set(dictionary.neighbours(word)), word).toEqual(new Set(every));
      }
      expect(dictionary.hasNeighbour(word), word).toBe(dictionary.neighbours(word).length > 0);
    }
  });

  it('lists the words one edit away', () => {
    expect(englishNeighbours('teh')).toEqual(expect.arrayContaining(['the', 'ten']));
    expect(englishNeighbours('frnace')).toEqual(expect.arrayContaining(['france', 'furnace']));
    expect(englishNeighbours('shirne')).toEqual(expect.arrayContaining(['shrine']));
    expect(englishNeighbours('qwzrtpxk')).toEqual([]);
  });

  it("gives nspell's suggestions, but never searches two edits away", () => {
    expect(englishSuggestions('pakistn')).toContain('Pakistan');
    expect(englishSuggestions('killd')).toContain('killed');
    const started = performance.now();
    expect(englishSuggestions('qwzrtpxk')).toEqual([]);
    expect(englishSuggestions('balochistn')).toEqual([]);
    expect(englishSuggestions('x'.repeat(40))).toEqual([]);
    // nspell alone would search two edits away: about a second for the first two.
    expect(performance.now() - started).toBeLessThan(400);
  });
});

/** Every string one edit from a word (a letter deleted, swapped with the next, changed or inserted). */
function editsOf(word: string): string[] {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      if (tail) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return [...edits];
}
