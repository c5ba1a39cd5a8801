/**
 * What the builders (bulk-build.ts, append.ts) keep of a passage's sentences in the sentence store.
 */
import type { Passage } from '../../corpus/types.js';
import { analyzeIds, termById, termIdNumbering, withTermIds } from '../analyzer.js';
import { type SentenceRangeTermIds, sentenceRangeTermIds } from '../sentence-terms.js';
import type { PassageSearch } from './passage-search.js';
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

/**
 * Leaves the kept sentences of a bulk build's passages (numbered 0..n-1 in the order given) to be read when
 * first asked for: each is then kept as `keepSentences` would have kept it at build time, its terms numbered by
 * the index's postings (which gave them their numbers then: a number names one term for as long as they live).
 * `numberById`: the build's term number per analyser term id (-1: none), read while the analyser keeps that
 * numbering (`termIdNumbering`): a term's string looked up in the postings' map was a quarter of reading one.
 */
export function deferSentences(
  search: PassageSearch,
  passages: readonly Passage[],
  numberById: Int32Array,
): void {
  const numbering = termIdNumbering();
  search.sentences.defer(passages.length, (shortId) =>
    withTermIds(() => {
      const passage = passages[shortId]!;
      const read = sentencesToKeep(passage.text);
      if (!read) return;
      // The fields' ids, needed only when the sentences' terms are not the whole text's (`keepSentences`).
      const fieldIds: number[][] = [];
      if (!read.whole) {
        const title: number[] = [];
        const text: number[] = [];
        analyzeIds(passage.title, title);
        analyzeIds(passage.text, text);
        fieldIds.push(title, text);
      }
      const { postings } = search;
      const same = numbering === termIdNumbering();
      keepSentences(search.sentences, shortId, read, fieldIds, (id) => {
        const number = same && id < numberById.length ? numberById[id]! : -1;
        return number >= 0 ? number : postings.numberOf(termById(id));
      });
    }),
  );
}
