/**
 * How near in meaning two search terms are (word vectors, and WordNet synonyms for the pairs the vectors
 * place too far apart), as the answer stages see it. The engine supplies it
 * (search/vectors/term-relatedness.ts); without vectors, answering falls back to exact words only.
 */
import type { NumberedTermList } from '../search/passage-index.js';

export interface Relatedness {
  /** Cosine (-1..1) between two analyzer terms ("kill", "die"); 0 when either has no vector. */
  cosine(a: string, b: string): number;
  /** A term's row in the vectors (-1 without one): for `cosineById` in loops. */
  termId(term: string): number;
  /** Cosine of two rows from `termId` (0 when either is -1). */
  cosineById(a: number, b: number): number;
  /** `cosineById(a, rows[i])` for the first `count` rows, into `into` (faster for many rows at once). */
  cosinesById?(a: number, rows: ArrayLike<number>, count: number, into: Float64Array): void;
  /**
   * `termId` of each term of a list held as term numbers (`PassageIndex.termNumbersOf`), into `into`: by the
   * number, remembered per numbering, not by the term's string (a passage read at 100k passages looked up
   * ~150 strings in a large map, each a cache miss or two).
   */
  termIdsOf?(list: NumberedTermList, into: Int32Array): void;
  /** Whether a term has a vector: names and new words often do not ("iskp"), and then match only exactly. */
  has(term: string): boolean;
  /**
   * A term's rank by frequency in general English (0 = commonest), or undefined when unknown: a small
   * corpus's idf says "people" is rare when English says it is common.
   */
  frequencyRank(term: string): number | undefined;
  /** The corpus's own terms nearest to a term, best first, at least `minCosine`. */
  nearestInCorpus(term: string, k: number, minCosine: number): Array<{ term: string; cosine: number }>;
  /**
   * A term's WordNet synonyms as analyzer terms ("hurt" -> "injuri", "wound", ...; its two commonest senses,
   * commonest first), or an empty array (no synonyms, or WordNet could not be read). Unfiltered: "die" also
   * gives "dice", so a caller checks them against something (a low vector cosine).
   */
  synonyms(term: string): readonly string[];
  /**
   * Whether any phrase `synonyms` knows ("set_up") begins with this key word (`phraseKeyWord`, "set"): a
   * reader of phrases skips the runs of words that begin none. Without it, every run is looked up.
   */
  beginsPhrase?(keyWord: string): boolean;
}

/**
 * The cosine of `term` (its row, from `termId`) and `other`, as `cosine` computes it (a word is 1 to itself),
 * by rows: in loops over a text's terms, cheaper than `cosine`'s memo keyed by the two strings.
 */
export function cosineWithRow(relatedness: Relatedness, row: number, term: string, other: string): number {
  return other === term ? 1 : relatedness.cosineById(row, relatedness.termId(other));
}
