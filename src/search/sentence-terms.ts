/**
 * A passage's sentences as the answer stages read them: `splitSentences` of its text, each sentence with its
 * search terms (`analyzeIds` of the sentence's text). The index reads every passage so once, when it is
 * indexed, and keeps the result (index/sentence-store.ts); the answer stages read a passage the index does not
 * keep the same way, through this same function.
 */
import { type Sentence, sentenceRanges } from '../corpus/sentences.js';
import { analyzeIds, analyzeIdsWithOffsets } from './analyzer.js';
import { TermIdList } from './term-id-list.js';

/** The sentences as offsets, with their terms: what the index keeps (no string per sentence). */
export interface SentenceRangeTermIds {
  /** The sentences' offsets in the text, [start, end, start, end, ...] in order (`sentenceRanges`). */
  ranges: number[];
  /** The sentences' term ids (see `termById`), one sentence after the other, in order, repeats kept. */
  ids: Int32Array;
  /** Per sentence, how many of `ids` are its. */
  counts: number[];
  /** Whether `ids` are `analyzeIds` of the whole text (the index's postings are made of those). */
  whole: boolean;
}

export interface SentenceTermIds extends Omit<SentenceRangeTermIds, 'ranges' | 'ids'> {
  sentences: Sentence[];
  ids: number[];
}

/** Scratch reused from call to call (the index builds call this for every passage). */
const read = new TermIdList();
const sentenceIds: number[] = [];
const scratch: SentenceRangeTermIds = { ranges: [], ids: read.idView(), counts: [], whole: false };

/**
 * A text's sentences (as offsets) with their term ids. Text that folds character by character (ASCII, and
 * most text with accents or curly quotes) is analysed once and its terms dealt out by offset; other text (or
 * a word across a sentence boundary, which splitting never makes) sentence by sentence. Call within
 * `withTermIds` to keep the ids. The result and its arrays are the same objects at every call, refilled: read
 * them before the next call (the builders do; `sentenceTermIds` copies them).
 */
export function sentenceRangeTermIds(text: string): SentenceRangeTermIds {
  const { ranges, counts } = scratch;
  ranges.length = 0;
  counts.length = 0;
  sentenceRanges(text, ranges);
  if (analyzeIdsWithOffsets(text, read)) {
    const { offsets, length } = read;
    let k = 0;
    for (let s = 0; s < ranges.length; s += 2) {
      const first = k;
      const start = ranges[s]!;
      const end = ranges[s + 1]!;
      while (k < length && offsets[k * 2]! >= start && offsets[k * 2 + 1]! <= end) k++;
      counts.push(k - first);
    }
    scratch.whole = k === length;
    if (scratch.whole) {
      scratch.ids = read.idView();
      return scratch;
    }
    counts.length = 0;
  }
  read.clear();
  for (let s = 0; s < ranges.length; s += 2) {
    const start = ranges[s]!;
    const end = ranges[s + 1]!;
    sentenceIds.length = 0;
    analyzeIds(text.slice(start, end), sentenceIds);
    for (const id of sentenceIds) read.push(id, start, end); // (offsets: the sentence's, not read)
    counts.push(sentenceIds.length);
  }
  scratch.ids = read.idView();
  scratch.whole = false;
  return scratch;
}

/** `sentenceRangeTermIds` with each sentence's text (`splitSentences`' sentences). */
export function sentenceTermIds(text: string): SentenceTermIds {
  const { ranges, ids, counts, whole } = sentenceRangeTermIds(text);
  const sentences: Sentence[] = [];
  for (let s = 0; s < ranges.length; s += 2) {
    const start = ranges[s]!;
    const end = ranges[s + 1]!;
    sentences.push({ text: text.slice(start, end), start, end });
  }
  return { sentences, ids: [...ids], counts: [...counts], whole };
}
