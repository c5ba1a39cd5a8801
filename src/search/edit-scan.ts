/**
 * "Is any word one edit away" without making a string for each edit. The dictionary tries ~450 edits of a
 * word (a letter deleted, inserted or changed, two neighbours swapped) and almost none passes its Bloom filter
 * of words (string-filter.ts); making each edit as a string only to hash it and let it go was ~28 KB of garbage
 * a question at 100k passages (the question's unknown words are checked as possible names). Here each edit is
 * written lower-cased into one buffer of code units and hashed there; only an edit the filter may hold (or one
 * that another check could pass, see `someEditMayPass`) is made as a string and given to the full check.
 */
import type { StringFilter } from './string-filter.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** An edit lower-cased, code unit by code unit (only ASCII words are scanned here: A-Z is all that changes). */
let units = new Uint16Array(32);

/**
 * Whether `test` holds for some edit of `word` other than the word itself, for an ASCII word, where `test(edit)`
 * is false whenever `filter` does not hold the edit lower-cased, the edit does not end in "'s" (lower-cased) and
 * `ruleMayMatch(edit)` is false (the dictionary's `mayBeCorrect`, then its checks). The same answer as trying
 * every edit as a string (dictionary-checker.ts `someEditAway`): edits are only passed over when `test` is
 * known to be false for them.
 */
export function someEditMayPass(
  word: string,
  filter: StringFilter,
  ruleMayMatch: boolean,
  test: (edit: string) => boolean,
): boolean {
  const length = word.length;
  if (units.length < length + 1) units = new Uint16Array(length * 2 + 2);
  // An edit the filter cannot rule out (nor the other checks) is checked in full, as a string.
  const may = (size: number) => ruleMayMatch || filter.mayHaveUnits(units, size) || endsPossessive(size);
  for (let i = 0; i <= length; i++) {
    const tail = length - i;
    // Deleted: the word without its letter i.
    if (tail > 0) {
      lowerInto(word, 0, i, 0);
      lowerInto(word, i + 1, length, i);
      if (may(length - 1) && test(word.slice(0, i) + word.slice(i + 1))) return true;
    }
    // Swapped with the next (the word itself when both are the same).
    if (tail > 1 && word.charCodeAt(i) !== word.charCodeAt(i + 1)) {
      lowerInto(word, 0, length, 0);
      const a = units[i]!;
      units[i] = units[i + 1]!;
      units[i + 1] = a;
      if (may(length) && test(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2))) return true;
    }
    for (let l = 0; l < LETTERS.length; l++) {
      const letter = LETTERS.charCodeAt(l);
      // Changed to the letter (the word itself when it is that letter already).
      if (tail > 0 && word.charCodeAt(i) !== letter) {
        lowerInto(word, 0, length, 0);
        units[i] = letter;
        if (may(length) && test(word.slice(0, i) + LETTERS[l]! + word.slice(i + 1))) return true;
      }
      // The letter put in before letter i.
      lowerInto(word, 0, i, 0);
      units[i] = letter;
      lowerInto(word, i, length, i + 1);
      if (may(length + 1) && test(word.slice(0, i) + LETTERS[l]! + word.slice(i))) return true;
    }
  }
  return false;
}

/** Writes `word[from..to)` lower-cased (A-Z) into `units` from `at`. */
function lowerInto(word: string, from: number, to: number, at: number): void {
  for (let k = from; k < to; k++) {
    const code = word.charCodeAt(k);
    units[at++] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }
}

/** Whether the edit in `units` ends in "'s" (the dictionary also looks it up without them). */
function endsPossessive(size: number): boolean {
  return size >= 2 && units[size - 2] === 0x27 && units[size - 1] === 0x73;
}

/**
 * Whether every rule (nspell's compound rules: groups of alternatives, each group once, optional or repeated,
 * `(?:a|b)(?:c)*...`) needs a digit in any string it matches: some group that must match holds only
 * alternatives with a digit. False when a rule is not of that form (then nothing is assumed of it).
 */
export function rulesNeedDigit(rules: readonly RegExp[]): boolean {
  return rules.every((rule) => {
    const groups = [...rule.source.matchAll(/\(\?:([^()[\]\\]*)\)([*?]?)/g)];
    if (groups.map((group) => group[0]).join('') !== rule.source) return false;
    // A group that must match, each of whose alternatives is plain text holding a digit.
    return groups.some(
      ([, alternatives, quantifier]) =>
        quantifier === '' &&
        alternatives!
          .split('|')
          .every((alternative) => /^[A-Za-z0-9'-]*[0-9][A-Za-z0-9'-]*$/.test(alternative)),
    );
  });
}
