/**
 * What soft matching needs of a word, whatever the question: its vector row, whether it is common, and its
 * WordNet synonyms the vectors do not place far apart. Found once per word and vectors, not once per question:
 * filtering the synonyms by cosine was a twentieth of an answer at 2k passages, for words asked again and again.
 */
import { synonymCounts } from '../search/synonyms/concepts.js';
import { cosineWithRow, type Relatedness } from './relatedness.js';

export interface SoftWord {
  /** Its row in the word vectors (-1 without one). */
  row: number;
  /** Rank in English below `minRank`: matched only exactly or through its synonyms. */
  common: boolean;
  /** Its WordNet synonyms, in order, with a cosine of at least `minSynonymCosine`. */
  synonyms: readonly string[];
  /** Each synonym's place in `synonyms`: see `firstSynonymIn`. */
  synonymAt: ReadonlyMap<string, number>;
}

/** Words remembered per vectors; all let go when full (a question brings a few). */
const WORDS_LIMIT = 20_000;

const memos = new WeakMap<Relatedness, Map<string, SoftWord>>();

/**
 * Verbs too light to stand for a question's word: WordNet lists "go" among the senses of "die" and of "last",
 * so "who died in the last session" matched "Plenty of us go" in a parkrun notice.
 */
const LIGHT_SYNONYMS: ReadonlySet<string> = new Set(['go', 'get', 'do']);

/** The word's soft-match data under these vectors (`minRank`, `minSynonymCosine`: term-match's settings). */
export function softWord(
  relatedness: Relatedness,
  term: string,
  minRank: number,
  minSynonymCosine: number,
): SoftWord {
  let memo = memos.get(relatedness);
  if (!memo) {
    memo = new Map();
    memos.set(relatedness, memo);
  }
  let word = memo.get(term);
  if (!word) {
    const row = relatedness.termId(term);
    const common = row >= 0 && (relatedness.frequencyRank(term) ?? 0) < minRank;
    const synonyms =
      row < 0
        ? []
        : relatedness
            .synonyms(term)
            .filter(
              (other) =>
                !LIGHT_SYNONYMS.has(other) &&
                synonymCounts(term, other, cosineWithRow(relatedness, row, term, other), minSynonymCosine),
            );
    const synonymAt = new Map<string, number>();
    synonyms.forEach((synonym, at) => synonymAt.has(synonym) || synonymAt.set(synonym, at));
    word = { row, common, synonyms, synonymAt };
    if (memo.size >= WORDS_LIMIT) memo.clear();
    memo.set(term, word);
  }
  return word;
}

/** Fewest synonyms for which `firstSynonymIn` reads the text's terms once rather than each synonym's. */
const MIN_SYNONYMS_TO_INDEX = 4;

/**
 * The first of a word's synonyms (in their order) that a text's terms hold, as `synonyms.find(terms.includes)`
 * finds it: with many synonyms, one pass over the text's terms, looking each up, costs less than a scan of the
 * terms per synonym (every sentence scored asks it of every soft word).
 */
export function firstSynonymIn(word: SoftWord, terms: readonly string[]): string | undefined {
  const { synonyms, synonymAt } = word;
  if (synonyms.length < MIN_SYNONYMS_TO_INDEX) {
    // A loop, not find with an arrow (a closure made for every sentence and word).
    for (const synonym of synonyms) if (terms.includes(synonym)) return synonym;
    return undefined;
  }
  let first = -1;
  for (let i = 0; i < terms.length; i++) {
    const at = synonymAt.get(terms[i]!);
    if (at !== undefined && (first < 0 || at < first)) first = at;
  }
  return first < 0 ? undefined : synonyms[first];
}
