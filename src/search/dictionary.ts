/**
 * An English word checker: the Hunspell en-US dictionary of `dictionary-en`, read with `nspell`.
 *
 * Used by "did you mean" so a correct English word the corpus lacks ("died", "weapons") is never "corrected"
 * into a corpus word. Building the checker parses about 50,000 entries and their affix rules: about 150-160 ms
 * and 13 MB of heap on a 2 vCPU machine, so it is built once per process, on first use, or earlier with
 * `preloadDictionary()` (for instance at start, so the first unanswered question does not pay for it).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import nspell from 'nspell';

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
  /** How long building the checker took, in milliseconds. */
  loadMs: number;
}

/** Words longer than this get no nspell suggestions: its search grows with the length (~100 ms at 25 letters). */
const MAX_SUGGEST_LENGTH = 16;

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const POSSESSIVE = /'s$/i;
const COMBINING_MARKS = /\p{M}+/gu;

let loaded: EnglishDictionary | undefined;
let preloading: Promise<EnglishDictionary> | undefined;

function dictionaryFile(name: string): URL {
  return new URL(name, import.meta.resolve('dictionary-en'));
}

function build(aff: Buffer, dic: Buffer): EnglishDictionary {
  const started = performance.now();
  const spell = nspell(aff, dic);
  // Entries with a capital inside ("McDonald", "iPhone"): lower-case input is accepted for them too.
  const mixedCase = new Set<string>();
  for (const line of dic.toString('utf8').split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (/\p{Lu}/u.test(word.slice(1))) mixedCase.add(word.toLowerCase());
  }
  const correct = (word: string): boolean => {
    if (spell.correct(word)) return true;
    // Letter case never decides: any input stands for any capitalisation ("pakistan" for "Pakistan", "nato"
    // and "Nato" for "NATO"), as a question's case must not change its answer.
    const lower = word.toLowerCase();
    return (
      spell.correct(lower) ||
      spell.correct(lower.charAt(0).toUpperCase() + lower.slice(1)) ||
      spell.correct(lower.toUpperCase()) ||
      mixedCase.has(lower.replace(POSSESSIVE, ''))
    );
  };
  const neighbours = (word: string): string[] => {
    if (word.length > MAX_SUGGEST_LENGTH) return [];
    const found = new Set<string>();
    for (const edit of oneEditAway(word)) if (correct(edit)) found.add(edit);
    return [...found];
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
      return spell.correct(word.trim().replace(APOSTROPHES, "'"));
    },
    suggest(word) {
      const straight = word.trim().replace(APOSTROPHES, "'");
      if (straight === '' || straight.length > MAX_SUGGEST_LENGTH) return [];
      // With no word one edit away nspell searches two edits away: 0.2-0.6 s for a word of 8-10 letters.
      if (neighbours(straight.toLowerCase()).length === 0) return [];
      return spell.suggest(straight);
    },
    neighbours,
    loadMs: performance.now() - started,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit from `word`: a letter deleted, inserted or changed, or two neighbours swapped. */
function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return edits;
}

/** The dictionary, built on first use (synchronously: about 150 ms once per process) and kept. */
export function englishDictionary(): EnglishDictionary {
  loaded ??= build(readFileSync(dictionaryFile('index.aff')), readFileSync(dictionaryFile('index.dic')));
  return loaded;
}

/**
 * Builds the dictionary ahead of its first use: reads the files without blocking, then builds the checker
 * (about 150 ms of CPU in one go) on a later turn of the event loop. Safe to call many times.
 */
export function preloadDictionary(): Promise<EnglishDictionary> {
  if (loaded) return Promise.resolve(loaded);
  preloading ??= Promise.all([
    readFile(dictionaryFile('index.aff')),
    readFile(dictionaryFile('index.dic')),
  ]).then(
    ([aff, dic]) =>
      new Promise<EnglishDictionary>((resolve) =>
        setImmediate(() => {
          loaded ??= build(aff, dic);
          resolve(loaded);
        }),
      ),
  );
  return preloading;
}

/**
 * Is `word` a correctly spelled English word? Input with capitals is checked as written, as Hunspell does
 * ("Died" and "DIED" are words, "Mcdonald" is not); lower-case input is accepted when any capitalisation of
 * it is a word: "pakistan", "islamabad", "nato", "mcdonald". Curly apostrophes are straightened, and
 * accents dropped when the accented form is unknown ("café").
 */
export function isEnglishWord(word: string): boolean {
  return englishDictionary().isWord(word);
}

/**
 * nspell's suggestions for a misspelled word, best first. None for words over 16 characters, and none when
 * no dictionary word is one edit away: nspell would then search two edits away, which takes 0.2-0.6 s of
 * CPU for a word of 8-10 letters ("balochistn", "qwzrtpxk") against 2-30 ms otherwise.
 */
export function englishSuggestions(word: string): string[] {
  return englishDictionary().suggest(word);
}

/**
 * The dictionary words (in lower case, accepted as `isEnglishWord` accepts lower-case input) one edit from a
 * lower-case word: a letter deleted, inserted or changed, or two neighbouring letters swapped. "teh" gives
 * "the", "ten", "tech", ...; "frnace" gives "france" and "furnace". None for words over 16 characters.
 */
export function englishNeighbours(word: string): string[] {
  return englishDictionary().neighbours(word);
}
