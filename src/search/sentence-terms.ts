/**
 * A passage's sentences as the answer stages read them: `splitSentences` of its text, each sentence with its
 * search terms (`analyzeIds` of the sentence's text). The index reads every passage so once, when it is
 * indexed, and keeps the result (index/sentence-store.ts); the answer stages read a passage the index does not
 * keep the same way, through this same function.
 */
import { type Sentence, splitSentences } from '../corpus/sentences.js';
import { analyzeIds, analyzeIdsWithOffsets } from './analyzer.js';

export interface SentenceTermIds {
  sentences: Sentence[];
  /** The sentences' term ids (see `termById`), one sentence after the other, in order, repeats kept. */
  ids: number[];
  /** Per sentence, how many of `ids` are its. */
  counts: number[];
  /** Whether `ids` are `analyzeIds` of the whole text (the index's postings are made of those). */
  whole: boolean;
}

/**
 * A text's sentences with their term ids. Text that folds character by character (ASCII, and most text with
 * accents or curly quotes) is analysed once and its terms dealt out by offset; other text (or a word across a
 * sentence boundary, which splitting never makes) sentence by sentence. Call within `withTermIds` to keep
 * the ids.
 */
export function sentenceTermIds(text: string): SentenceTermIds {
  const sentences = splitSentences(text);
  const ids: number[] = [];
  const offsets: number[] = [];
  const counts: number[] = [];
  if (analyzeIdsWithOffsets(text, ids, offsets)) {
    let k = 0;
    for (const { start, end } of sentences) {
      const first = k;
      while (k < ids.length && offsets[k * 2]! >= start && offsets[k * 2 + 1]! <= end) k++;
      counts.push(k - first);
    }
    if (k === ids.length) return { sentences, ids, counts, whole: true };
    ids.length = 0;
    counts.length = 0;
  }
  for (const sentence of sentences) {
    const before = ids.length;
    analyzeIds(sentence.text, ids);
    counts.push(ids.length - before);
  }
  return { sentences, ids, counts, whole: false };
}
