/**
 * Words cut short in chat ("pak" for Pakistan, "afgh" for Afghanistan) read as the corpus words they begin:
 * an alias from each such corpus term to the question's. The vectors cannot help ("pak" ~ "pakistan" 0.32:
 * in news text "Pak" is mostly a Korean surname), nor can "did you mean" (a clipping is letters away).
 */
import type { Alias } from '../search/aliases.js';
import { englishDictionary } from '../search/dictionary.js';

export const CLIPPING = {
  /** Fewest letters a clipping keeps: two ("al", "pa") begin too many words to say which. */
  minLetters: 3,
  /**
   * Most corpus terms a clipping may begin: "pak" begins "pakistan" and "pakistani", a real clipping's few
   * forms; a prefix of many terms ("isl") names none of them.
   */
  maxTerms: 3,
} as const;

export interface ClippingSource {
  /** The question's own terms the corpus lacks. */
  unknown: Iterable<string>;
  /** Each term's words as the question writes them, lower-cased. */
  surfaces: ReadonlyMap<string, readonly string[]>;
  /** Corpus terms beginning with a prefix, none when more than `limit` do (`PassageIndex.termsStartingWith`). */
  termsStartingWith: (prefix: string, limit: number) => string[];
}

/**
 * Aliases for the unknown terms written as a clipping: letters only, at least `minLetters`, no English word
 * (a word the dictionary knows, "con", "sec", means itself), and the start of a few corpus terms.
 */
export function clippedWordAliases({ unknown, surfaces, termsStartingWith }: ClippingSource): Alias[] {
  const dictionary = englishDictionary();
  const aliases: Alias[] = [];
  for (const term of unknown) {
    // "pak's": the clipping owns something, its letters are still "pak".
    const words = (surfaces.get(term) ?? []).map((surface) => surface.replace(/['\u2019]s$/u, ''));
    const word = words[0];
    if (word === undefined || words.some((other) => other !== word)) continue;
    if (word.length < CLIPPING.minLetters || !/^\p{Ll}+$/u.test(word) || dictionary.isWord(word)) continue;
    for (const corpusTerm of termsStartingWith(word, CLIPPING.maxTerms))
      aliases.push({ acronym: corpusTerm, longForm: [term] });
  }
  return aliases;
}
