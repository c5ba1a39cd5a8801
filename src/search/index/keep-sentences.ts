/**
 * What the builders (bulk-build.ts, append.ts) keep of a passage's sentences in the sentence store.
 */
import { type SentenceRangeTermIds, sentenceRangeTermIds } from '../sentence-terms.js';
import { type SentenceStore, UNIT_LIMIT } from './sentence-store.js';

/**
 * A passage text's sentences and their term ids (`sentenceRangeTermIds`; call within `withTermIds`), or
 * undefined when the text is too long to have an entry.
 */
export function sentencesToKeep(text: string): SentenceRangeTermIds | undefined {
  return text.length < UNIT_LIMIT ? sentenceRangeTermIds(text) : undefined;
}

/**
 * Keeps a passage's sentences (`sentencesToKeep`) in the store, their term ids numbered by `numberOf`, when
 * each of their terms is among `fieldIds`: the ids of the passage's title and text that the index counted
 * (always so when the sentences' terms are the whole text's).
 */
export function keepSentences(
  store: SentenceStore,
  shortId: number,
  read: SentenceRangeTermIds,
  fieldIds: ReadonlyArray<ArrayLike<number>>,
  numberOf: (id: number) => number,
): void {
  if (!read.whole) {
    const own = new Set<number>();
    for (const ids of fieldIds) for (let i = 0; i < ids.length; i++) own.add(ids[i]!);
    if (!read.ids.every((id) => own.has(id))) return;
  }
  const { ids } = read;
  if (numbers.length < ids.length) numbers = new Int32Array(Math.max(ids.length, numbers.length * 2));
  for (let i = 0; i < ids.length; i++) numbers[i] = numberOf(ids[i]!);
  store.set(shortId, read.ranges, read.counts, numbers.subarray(0, ids.length));
}

/** Scratch for a passage's term numbers, reused from passage to passage. */
let numbers = new Int32Array(1024);
