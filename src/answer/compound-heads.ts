/**
 * A compound word the articles never write, read as its last part where they write that: "shipwreck" for the
 * "wreck" a museum's text names, "floodwater" for "water". In English a compound's last part names what it
 * is; the word vectors confirm it ("shipwreck" ~ "wreck" 0.60) and rule out words that only look like
 * compounds ("password" ~ "word" 0.36, "keyboard" ~ "board" 0.08).
 */
import type { Alias } from '../search/aliases.js';
import { STOP_WORDS, termOf } from '../search/analyzer.js';
import { englishDictionary } from '../search/dictionary.js';

export const COMPOUND_HEAD = {
  /** Fewest letters of each part: "ship" + "wreck", not "be" + "come". */
  minPart: 3,
  /** Least cosine between the compound and its last part for the two to mean one thing. */
  minCosine: 0.5,
} as const;

export interface CompoundSource {
  /** The question's own terms the corpus lacks. */
  unknown: Iterable<string>;
  /** Each term's words as the question writes them, lower-cased. */
  surfaces: ReadonlyMap<string, readonly string[]>;
  hasTerm: (term: string) => boolean;
  cosine: (a: string, b: string) => number;
}

/** Aliases from a corpus term to each unknown term written as a compound ending in it. */
export function compoundHeadAliases({ unknown, surfaces, hasTerm, cosine }: CompoundSource): Alias[] {
  const dictionary = englishDictionary();
  const aliases: Alias[] = [];
  for (const term of unknown) {
    const word = surfaces.get(term)?.[0];
    if (word === undefined || !/^\p{Ll}+$/u.test(word) || !dictionary.isWord(word)) continue;
    const min = COMPOUND_HEAD.minPart;
    for (let cut = min; cut <= word.length - min; cut++) {
      const head = word.slice(0, cut);
      const last = word.slice(cut);
      if (STOP_WORDS.has(head) || !dictionary.isWord(head) || !dictionary.isWord(last)) continue;
      const lastTerm = termOf(last);
      if (lastTerm === null || !hasTerm(lastTerm) || cosine(term, lastTerm) < COMPOUND_HEAD.minCosine)
        continue;
      aliases.push({ acronym: lastTerm, longForm: [term] });
      break;
    }
  }
  return aliases;
}
