/**
 * Search settings, in one place, each with why it has its value. Changing any of them changes
 * `SETTINGS_KEY`, so an index snapshot built with other settings is rebuilt rather than trusted.
 */
import { createHash } from 'node:crypto';
import { STOP_WORDS } from './analyzer.js';
import { IRREGULAR_FORMS } from './irregular-forms.js';

export const SEARCH_SETTINGS = {
  /**
   * Weight of a match in the article title relative to the passage text. Titles name the topic of every
   * passage of an article, so a question naming the topic should prefer that article.
   * @example a question "When did Super Bowl 50 take place?" ranks passages of "Super Bowl 50" first.
   */
  titleBoost: 1.5,
  /**
   * BM25 parameters. MiniSearch's defaults are BM25+ (k 1.2, b 0.7, d 0.5); d 0 (plain BM25: no floor for a
   * term matched in a long passage) measured better on every set: SQuAD recall@1 +0.1 point, NFCorpus
   * nDCG@10 0.340 -> 0.343, SciFact 0.663 -> 0.666. k and b from 0.9 to 2 and 0.4 to 0.9 moved nothing.
   */
  bm25: { k: 1.2, b: 0.7, d: 0 },
  /** How many passages retrieval hands to the answer step for re-ranking and sentence picking. */
  candidates: 20,
  /**
   * The exact pass runs first; fuzzy + prefix matching (which costs recall and speed on questions) is a
   * fallback only when the exact pass finds fewer than this many passages.
   */
  fallbackBelow: 1,
  /** Fuzzy edit distance as a share of term length (MiniSearch `fuzzy`), for the fallback pass. */
  fallbackFuzzy: 0.2,
} as const;

/**
 * Bump when the analyzer changes in a way the settings, the stop words and the irregular forms cannot show
 * (new tokenizer rules; sentence and passage splitting too: snapshots keep each article's passages and their
 * sentences). 6: a Markdown heading starts the passage it heads (session 56). 7: front matter and plain-text
 * titles as people write them (session 63: `title: A: B`, `Title:`, "Title: ..." lines, underlined titles).
 */
const PIPELINE_VERSION = 7;

/** A fingerprint of everything that shapes the index: part of every snapshot. */
export const SETTINGS_KEY = createHash('sha256')
  .update(
    JSON.stringify({
      PIPELINE_VERSION,
      SEARCH_SETTINGS,
      stopWords: [...STOP_WORDS].sort(),
      // The stemmer's irregular forms shape every term, and the term vectors derived from them.
      irregularForms: [...IRREGULAR_FORMS],
    }),
  )
  .digest('hex')
  .slice(0, 16);
