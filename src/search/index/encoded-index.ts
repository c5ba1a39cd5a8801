/**
 * The index as a snapshot holds it, and the way there and back: flat typed arrays that `snapshot.ts` writes
 * as they are, instead of MiniSearch's JSON (slow to make and to parse, and several times larger).
 */
import type { Passage } from '../../corpus/types.js';
import { PassageSearch, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';
import { SnapshotTermData } from './snapshot-term-data.js';

/**
 * Passages are numbered by their place in the snapshot's passage order, and each term's postings are flat
 * arrays, title field first.
 */
export interface EncodedIndex {
  /** Terms joined by line breaks (a term is a word: it never holds one). */
  terms: string;
  /** Per term: how many postings its title field has, then its text field. */
  counts: Uint32Array;
  /** Passage numbers of all postings, term after term. */
  docs: Uint32Array;
  /** Term frequencies, beside `docs`. */
  freqs: Uint8Array | Uint16Array | Uint32Array;
  /** Per passage: title and text length as MiniSearch counts them (distinct terms). */
  fieldLengths: Uint32Array;
  /** Average title and text length, as MiniSearch keeps them (BM25 reads them). */
  averageFieldLength: number[];
}

/**
 * The index for a snapshot, passages numbered by their place in `order` (every indexed passage id, once).
 * Postings of discarded passages are left out.
 */
export function encodeIndex(search: PassageSearch, order: readonly string[]): EncodedIndex {
  if (order.length !== search.documentCount) {
    throw new Error(`the index holds ${search.documentCount} passages, not ${order.length}`);
  }
  const { shortIds, fieldLengths: lengths } = search;
  const numberOf = new Int32Array(search.shortIdLimit).fill(-1);
  const fieldLengths = new Uint32Array(order.length * 2);
  order.forEach((id, n) => {
    const shortId = shortIds.get(id);
    if (shortId === undefined || numberOf[shortId] !== -1)
      throw new Error(`passage ${id} is not indexed once`);
    numberOf[shortId] = n;
    const [title = 0, text = 0] = lengths.get(shortId) ?? [];
    fieldLengths[n * 2] = title;
    fieldLengths[n * 2 + 1] = text;
  });
  const terms: string[] = [];
  const counts: number[] = [];
  const docs: number[] = [];
  const freqs: number[] = [];
  let maxFreq = 0;
  const put = (shortId: number, freq: number): number => {
    const n = numberOf[shortId] ?? -1;
    if (n < 0) return 0;
    docs.push(n);
    freqs.push(freq);
    if (freq > maxFreq) maxFreq = freq;
    return 1;
  };
  for (const [term, data] of search.termEntries()) {
    if (term.includes('\n')) throw new Error('a term holds a line break');
    let titleCount = 0;
    let textCount = 0;
    const raw = data instanceof SnapshotTermData && data.unloaded ? data : undefined;
    if (raw) {
      // Not loaded since the last snapshot: its passage numbers are short ids (a loaded index numbers
      // passages as the snapshot did).
      const { docs: rawDocs, freqs: rawFreqs } = raw.source;
      const textStart = raw.start + raw.titleCount;
      for (let i = raw.start; i < textStart; i++) titleCount += put(rawDocs[i]!, rawFreqs[i]!);
      for (let i = textStart; i < textStart + raw.textCount; i++) textCount += put(rawDocs[i]!, rawFreqs[i]!);
    } else {
      for (const [shortId, freq] of data.get(TITLE_FIELD) ?? []) titleCount += put(shortId, freq);
      for (const [shortId, freq] of data.get(TEXT_FIELD) ?? []) textCount += put(shortId, freq);
    }
    if (titleCount + textCount === 0) continue;
    terms.push(term);
    counts.push(titleCount, textCount);
  }
  const Freqs = maxFreq < 0x100 ? Uint8Array : maxFreq < 0x10000 ? Uint16Array : Uint32Array;
  return {
    terms: terms.join('\n'),
    counts: Uint32Array.from(counts),
    docs: Uint32Array.from(docs),
    freqs: Freqs.from(freqs),
    fieldLengths,
    averageFieldLength: [...search.averageFieldLengths],
  };
}

/**
 * The index a snapshot holds, for its passages in snapshot order; throws when the data is inconsistent
 * (wrong sizes, passage numbers out of range, repeated terms). Postings become Maps term by term, on use.
 */
export function decodeIndex(encoded: EncodedIndex, passages: readonly Passage[]): PassageSearch {
  const { counts, docs, freqs, fieldLengths, averageFieldLength } = encoded;
  const n = passages.length;
  const terms = encoded.terms === '' ? [] : encoded.terms.split('\n');
  if (counts.length !== terms.length * 2) throw new Error('term counts do not match the terms');
  if (fieldLengths.length !== n * 2) throw new Error('field lengths do not match the passages');
  if (docs.length !== freqs.length) throw new Error('postings and frequencies differ in length');
  if (averageFieldLength.length !== 2 || !averageFieldLength.every(Number.isFinite)) {
    throw new Error('bad average field lengths');
  }
  let total = 0;
  for (const count of counts) total += count;
  if (total !== docs.length) throw new Error('term counts do not add up to the postings');
  for (let i = 0; i < docs.length; i++) {
    if (docs[i]! >= n || freqs[i]! === 0) throw new Error('a posting is out of range');
  }
  const search = PassageSearch.withDocuments(
    passages,
    (shortId) => [fieldLengths[shortId * 2]!, fieldLengths[shortId * 2 + 1]!],
    [...averageFieldLength],
  );
  const seen = new Set<string>();
  let start = 0;
  terms.forEach((term, k) => {
    if (term === '' || seen.has(term)) throw new Error('a term is empty or repeated');
    seen.add(term);
    const titleCount = counts[k * 2]!;
    const textCount = counts[k * 2 + 1]!;
    if (titleCount + textCount === 0) throw new Error(`term ${term} has no postings`);
    search.setTerm(term, new SnapshotTermData(encoded, start, titleCount, textCount));
    start += titleCount + textCount;
  });
  return search;
}
