/**
 * The English word checks over a compiled dictionary (dictionary-file.ts): nspell's own `correct` algorithm
 * reading the word table, and nspell's `suggest` code itself run on it (loaded only when a suggestion is asked
 * for). Opening and sharing the dictionary is dictionary.ts's job.
 */
import type NSpell from 'nspell';
import { type DictionaryFile, MARKED_FLAGS, type MarkedFlag } from './dictionary-file.js';
import { rulesNeedDigit, someEditMayPass } from './edit-scan.js';
import { StringFilter } from './string-filter.js';

export interface EnglishDictionary {
  /** Is this a correctly spelled English word (see `isEnglishWord` for case)? */
  isWord(word: string): boolean;
  /** Is this word spelled so, case as written ("paris" is not, "Paris" and "people" are)? */
  isWordAsWritten(word: string): boolean;
  /**
   * nspell's own corrections for a misspelled word (dictionary words, as the dictionary writes them), only
   * when some word is one edit away: see `englishSuggestions`.
   */
  suggest(word: string): string[];
  /** The dictionary words one edit from a lower-case word (see `englishNeighbours`). */
  neighbours(word: string): string[];
  /** Whether `neighbours(word)` would give any: stops at the first word found. */
  hasNeighbour(word: string): boolean;
  /**
   * Whether some lower-case dictionary word is the lower-cased `word` with one character put in, or with two
   * neighbouring characters swapped: when none is, no suggestion can be such a word ("goverment" has one,
   * "marriott" none). Words past `MAX_SUGGEST_LENGTH` get no suggestions and are not checked (true).
   */
  hasLongerOrSwapped(word: string): boolean;
  /** How long loading (or building) the checker took, in milliseconds. */
  loadMs: number;
}

/** Words longer than this get no nspell suggestions: its search grows with the length (~100 ms at 25 letters). */
const MAX_SUGGEST_LENGTH = 16;

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const POSSESSIVE = /'s$/i;
const COMBINING_MARKS = /\p{M}+/gu;
/** ASCII without white space: its edits (by a-z) lower-case letter by letter, as a whole, and trim to themselves. */
const ASCII_WORD = /^[\x21-\x7e]*$/;
const DIGIT = /[0-9]/;

/** nspell's state that its checks read (not in its published types). */
export interface SpellState {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: Array<[RegExp, string]>; out: Array<[RegExp, string]> };
  replacementTable: Array<[string, string]>;
}

/** The checker over a compiled dictionary: nspell's checks, reading its word table. */
export function checker(
  compiled: DictionaryFile,
  started: number,
  loadNspell: () => typeof NSpell,
): EnglishDictionary {
  const { words, settings } = compiled;
  const { flags, compoundRules, conversion } = settings;
  const mixedCase = new Set(compiled.mixedCase);
  const bit = Object.fromEntries(MARKED_FLAGS.map((name, i) => [name, 1 << i])) as Record<MarkedFlag, number>;
  /** As nspell's flag test on a word's entry (none when it is not a word). */
  const has = (marks: number, name: MarkedFlag): boolean => marks >= 0 && (marks & bit[name]) !== 0;
  const compoundMin = flags.COMPOUNDMIN as number;

  // nspell's util/exact.js and util/form.js, over the table.
  const exact = (value: string, marks: number): boolean => {
    if (marks >= 0) return !has(marks, 'ONLYINCOMPOUND');
    if (value.length >= compoundMin) {
      for (const rule of compoundRules) if (rule.test(value)) return true;
    }
    return false;
  };
  const ignore = (marks: number): boolean => has(marks, 'KEEPCASE') || has(marks, 'FORBIDDENWORD');
  const form = (value: string): string | null => {
    let normal = value.trim();
    if (!normal) return null;
    for (const [pattern, to] of conversion.in) normal = normal.replace(pattern, to);
    const marks = words.marks(normal);
    if (exact(normal, marks)) return has(marks, 'FORBIDDENWORD') ? null : normal;
    // Sentence case if the value is in capitals.
    if (normal.toUpperCase() === normal) {
      const alternative = normal.charAt(0) + normal.slice(1).toLowerCase();
      const alternativeMarks = words.marks(alternative);
      if (ignore(alternativeMarks)) return null;
      if (exact(alternative, alternativeMarks)) return alternative;
    }
    const alternative = normal.toLowerCase();
    if (alternative !== normal) {
      const alternativeMarks = words.marks(alternative);
      if (ignore(alternativeMarks)) return null;
      if (exact(alternative, alternativeMarks)) return alternative;
    }
    return null;
  };
  /** nspell's `correct`. */
  const spelled = (word: string): boolean => Boolean(form(word));

  // nspell's `suggest` itself, run on the table: its entries as nspell keeps them (the codes of the marked
  // flags are all its checks read), made when asked for.
  let speller: (SpellState & { correct(word: string): boolean }) | undefined;
  const codes = new Map<number, string[]>();
  const codesOf = (marks: number): string[] | undefined => {
    if (marks < 0) return undefined;
    let list = codes.get(marks);
    if (!list) {
      list = MARKED_FLAGS.filter((name) => has(marks, name)).map((name) => flags[name] as string);
      codes.set(marks, list);
    }
    return list;
  };
  const nspellSuggest = (word: string): string[] => {
    speller ??= {
      data: new Proxy(Object.create(null) as Record<string, string[]>, {
        get: (_, key) => (typeof key === 'string' ? codesOf(words.marks(key)) : undefined),
      }),
      ...settings,
      correct: spelled,
    };
    return loadNspell().prototype.suggest.call(speller, word);
  };

  const correct = (word: string): boolean => {
    if (spelled(word)) return true;
    // Letter case never decides: any input stands for any capitalisation ("pakistan" for "Pakistan", "nato"
    // and "Nato" for "NATO"), as a question's case must not change its answer.
    const lower = word.toLowerCase();
    return (
      (lower !== word && spelled(lower)) ||
      spelled(lower.charAt(0).toUpperCase() + lower.slice(1)) ||
      spelled(lower.toUpperCase()) ||
      mixedCase.has(lower.replace(POSSESSIVE, ''))
    );
  };
  // Almost no edit of a word is a word: a filter of every lower-case form `correct` could find (see
  // `mayBeCorrect`) skips most of their lookups. Made on first use (~30 ms; 128 KB).
  let lowerCaseWords: StringFilter | undefined;
  const filterOf = (): StringFilter => {
    if (lowerCaseWords) return lowerCaseWords;
    lowerCaseWords = new StringFilter(words.size + mixedCase.size);
    for (const [word] of words.entries()) lowerCaseWords.add(word.toLowerCase());
    for (const word of mixedCase) lowerCaseWords.add(word);
    return lowerCaseWords;
  };
  // The filter is used when case and the input conversion cannot matter to an ASCII word: every compound rule
  // ignores case, and every conversion replaces only characters past ASCII (nspell's: ’ -> ').
  /** Whether every compound rule matches only strings with a digit (edit-scan.ts `rulesNeedDigit`). */
  const rulesWantDigit = rulesNeedDigit(compoundRules);
  const filterUsable =
    compoundRules.every((rule) => rule.flags.includes('i')) &&
    conversion.in.every(([pattern]) => /^[^\x00-\x7f]+$/.test(pattern.source));
  /**
   * False only when `correct(word)` is false, for an ASCII word without spaces (when `filterUsable`): every
   * check it makes reads a case form of the word in the word table or the mixed-case list (the filter holds
   * both lower-cased), or tests one against a compound rule (which ignores case).
   */
  const mayBeCorrect = (word: string, filter: StringFilter): boolean => {
    const lower = word.toLowerCase();
    if (filter.mayHave(lower)) return true;
    // Only a word ending in "'s" is another without it (`POSSESSIVE`, lower-cased): no regex run for the rest.
    if (lower.endsWith("'s") && filter.mayHave(lower.slice(0, -2))) return true;
    for (const rule of compoundRules) if (rule.test(lower)) return true;
    return false;
  };
  /** The words one edit from `word`, in the order tried; with `first`, only the first found. */
  const wordsOneEditFrom = (word: string, first: boolean): string[] => {
    if (word.length > MAX_SUGGEST_LENGTH) return [];
    const filter = filterUsable && ASCII_WORD.test(word) ? filterOf() : undefined;
    const found: string[] = [];
    for (const edit of oneEditAway(word)) {
      if (filter && !mayBeCorrect(edit, filter)) continue;
      if (!correct(edit)) continue;
      found.push(edit);
      if (first) break;
    }
    return found;
  };
  const neighbours = (word: string): string[] => wordsOneEditFrom(word, false);
  // Only whether there is one: the edits are tried as made, with no set of the ~50 per letter made first.
  const hasNeighbour = (word: string): boolean => {
    if (word.length > MAX_SUGGEST_LENGTH) return false;
    const filter = filterUsable && ASCII_WORD.test(word) ? filterOf() : undefined;
    const test = (edit: string) => (!filter || mayBeCorrect(edit, filter)) && correct(edit);
    // An ASCII word's edits are hashed in place, made as strings only when the filter may hold them
    // (edit-scan.ts): the compound rules, when they need a digit, can match an edit only of a word with one.
    if (filter) return someEditMayPass(word, filter, !(rulesWantDigit && !DIGIT.test(word)), test);
    return someEditAway(word, test);
  };
  // The characters dictionary words are written with (and digits, for the compound rules' ordinals): the only
  // ones a word with a character put in can gain. Made on first use.
  let alphabet: string[] | undefined;
  const alphabetOf = (): string[] => {
    if (alphabet) return alphabet;
    const characters = new Set('0123456789');
    for (const [word] of words.entries())
      for (const character of word.toLowerCase()) characters.add(character);
    for (const word of mixedCase) for (const character of word) characters.add(character);
    alphabet = [...characters].filter((character) => character.length === 1);
    return alphabet;
  };
  const hasLongerOrSwapped = (word: string): boolean => {
    const lower = word.trim().replace(APOSTROPHES, "'").toLowerCase();
    if (lower.length > MAX_SUGGEST_LENGTH) return true;
    const filter = filterUsable && ASCII_WORD.test(lower) ? filterOf() : undefined;
    const isLowerWord = (edit: string) =>
      (!filter || !ASCII_WORD.test(edit) || mayBeCorrect(edit, filter)) && spelled(edit);
    for (let at = 0; at <= lower.length; at++) {
      const head = lower.slice(0, at);
      const tail = lower.slice(at);
      for (const character of alphabetOf()) if (isLowerWord(head + character + tail)) return true;
    }
    const points = [...lower];
    for (let at = 0; at + 1 < points.length; at++) {
      if (points[at] === points[at + 1]) continue;
      const swapped = [...points];
      [swapped[at], swapped[at + 1]] = [points[at + 1]!, points[at]!];
      if (isLowerWord(swapped.join(''))) return true;
    }
    return false;
  };
  return {
    isWord(word) {
      const straight = word.trim().replace(APOSTROPHES, "'");
      if (straight === '') return false;
      if (correct(straight)) return true;
      // The dictionary has few accented spellings: "café" is "cafe" to it.
      const bare = straight.normalize('NFD').replace(COMBINING_MARKS, '');
      return bare !== straight && correct(bare);
    },
    isWordAsWritten(word) {
      return spelled(word.trim().replace(APOSTROPHES, "'"));
    },
    suggest(word) {
      const straight = word.trim().replace(APOSTROPHES, "'");
      if (straight === '' || straight.length > MAX_SUGGEST_LENGTH) return [];
      // With no word one edit away nspell searches two edits away: 0.2-0.6 s for a word of 8-10 letters.
      if (neighbours(straight.toLowerCase()).length === 0) return [];
      return nspellSuggest(straight);
    },
    neighbours,
    hasNeighbour,
    hasLongerOrSwapped,
    loadMs: performance.now() - started,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether `test` holds for some string of `oneEditAway(word)`, stopping at the first: the same strings in the
 * same order (some more than once, and the word itself, are passed over).
 */
function someEditAway(word: string, test: (edit: string) => boolean): boolean {
  for (const edit of editsOf(word)) if (edit !== word && test(edit)) return true;
  return false;
}

/** Every string one edit from `word`: a letter deleted, inserted or changed, or two neighbours swapped. */
function oneEditAway(word: string): Set<string> {
  const edits = new Set(editsOf(word));
  edits.delete(word);
  return edits;
}

/** The edits of `word` one by one, in one order for both uses above (repeats and the word itself included). */
function* editsOf(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1]! + tail[0]! + tail.slice(2);
    for (const letter of LETTERS) {
      if (tail) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}
