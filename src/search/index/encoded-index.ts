/**
 * The index as a snapshot holds it, and the way there and back: flat typed arrays that the snapshot
 * (`search/snapshot/`) writes as they are, instead of MiniSearch's JSON (slow to make and to parse, and several
 * times larger). A scope's snapshot holds only its own passages' postings.
 */
import type { Passage } from '../../corpus/types.js';
import { PassageSearch, type Postings, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';
import { checkKeptSentences } from './check-kept-sentences.js';
import { PassageRuns } from './passage-runs.js';
import type { PostingsOnDisk } from './postings-on-disk.js';
import type { EncodedSentences } from './sentence-store.js';
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
  /** The passages' sentences (see sentence-store.ts), their term numbers those of `terms`. */
  sentences?: EncodedSentences;
  /**
   * Set when the postings were left in the snapshot's file: `docs` and `freqs` are its arrays, a range readable
   * once `read` (postings-on-disk.ts).
   */
  postingsOnDisk?: PostingsOnDisk;
}

/** Postings read (or looked up) between two steps of `encodeIndexSteps`: a few milliseconds of work. */
const POSTINGS_PER_STEP = 20_000;
/**
 * A term's postings in a field are looked up passage by passage, rather than all read, when they are this many
 * times more than the passages encoded (a small scope's share of a common word in a large index).
 */
const LOOK_UP_BELOW = 1 / 8;

/**
 * The index for a snapshot, passages numbered by their place in `order`: every indexed passage id, or (a
 * scope's snapshot) some of them, each once. Postings of other passages are left out; the average field
 * lengths are those of the passages encoded.
 */
export function encodeIndex(search: PassageSearch, order: readonly string[]): EncodedIndex {
  const steps = encodeIndexSteps(search, order);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `encodeIndex` a step at a time, so a large snapshot can be written while questions are answered between
 * steps. No passage may be added or discarded until it returns (the engine runs it in its change queue).
 */
export function* encodeIndexSteps(
  search: PassageSearch,
  order: readonly string[],
): Generator<void, EncodedIndex, void> {
  const { shortIds, fieldLengths: lengths } = search;
  const numberOf = new Int32Array(search.shortIdLimit).fill(-1);
  /** The short ids of `order`, in its order. */
  const chosen = new Uint32Array(order.length);
  const fieldLengths = new Uint32Array(order.length * 2);
  const totalLength = [0, 0];
  order.forEach((id, n) => {
    const shortId = shortIds.get(id);
    if (shortId === undefined || numberOf[shortId] !== -1)
      throw new Error(`passage ${id} is not indexed once`);
    numberOf[shortId] = n;
    chosen[n] = shortId;
    const [title = 0, text = 0] = lengths.get(shortId) ?? [];
    fieldLengths[n * 2] = title;
    fieldLengths[n * 2 + 1] = text;
    totalLength[0]! += title;
    totalLength[1]! += text;
  });
  const whole = order.length === search.documentCount;
  const terms: string[] = [];
  const counts: number[] = [];
  /** Per term number of the flat postings: its number here (the kept sentences are renumbered so). */
  const renumber = new Int32Array(search.postings.termCount).fill(-1);
  const docs = new GrowingUint32s();
  const freqs = new GrowingUint32s();
  let maxFreq = 0;
  let work = 0;
  const put = (shortId: number, freq: number): number => {
    const n = numberOf[shortId] ?? -1;
    if (n < 0) return 0;
    docs.push(n);
    freqs.push(freq);
    if (freq > maxFreq) maxFreq = freq;
    return 1;
  };
  /** A field's postings of the passages encoded. */
  const putAll = (postings: Postings | undefined): number => {
    if (!postings) return 0;
    let count = 0;
    if (!whole && chosen.length < postings.size * LOOK_UP_BELOW) {
      work += chosen.length;
      for (const shortId of chosen) {
        const freq = postings.get(shortId);
        if (freq !== undefined) count += put(shortId, freq);
      }
    } else {
      work += postings.size;
      for (const [shortId, freq] of postings) count += put(shortId, freq);
    }
    return count;
  };
  // The term tree changes shape between steps only when discarded passages are pruned from it (MiniSearch does
  // so while searching and vacuuming): then its terms are listed in one go first.
  const entries = search.dirtCount === 0 ? search.termEntries() : [...search.termEntries()];
  for (const [term, data] of entries) {
    if (term.includes('\n')) throw new Error('a term holds a line break');
    let titleCount = 0;
    let textCount = 0;
    const raw = data instanceof SnapshotTermData && data.unloaded ? data : undefined;
    if (raw) {
      // Not loaded since the last snapshot: its passage numbers are short ids (a loaded index numbers
      // passages as the snapshot did).
      const { docs: rawDocs, freqs: rawFreqs, postingsOnDisk } = raw.source;
      postingsOnDisk?.read(raw.start, raw.start + raw.titleCount + raw.textCount);
      const textStart = raw.start + raw.titleCount;
      for (let i = raw.start; i < textStart; i++) titleCount += put(rawDocs[i]!, rawFreqs[i]!);
      for (let i = textStart; i < textStart + raw.textCount; i++) textCount += put(rawDocs[i]!, rawFreqs[i]!);
      work += raw.titleCount + raw.textCount;
    } else {
      titleCount = putAll(data.get(TITLE_FIELD));
      textCount = putAll(data.get(TEXT_FIELD));
    }
    if (titleCount + textCount > 0) {
      const number = search.postings.numberOf(term);
      if (number >= 0) renumber[number] = terms.length;
      terms.push(term);
      counts.push(titleCount, textCount);
    }
    if (work >= POSTINGS_PER_STEP) {
      work = 0;
      yield;
    }
  }
  const Freqs = maxFreq < 0x100 ? Uint8Array : maxFreq < 0x10000 ? Uint16Array : Uint32Array;
  const sentences = yield* search.sentences.encode(chosen, renumber);
  return {
    terms: terms.join('\n'),
    counts: Uint32Array.from(counts),
    docs: docs.done(),
    freqs: Freqs.from(freqs.done()),
    fieldLengths,
    averageFieldLength: whole
      ? [...search.averageFieldLengths]
      : totalLength.map((total) => (order.length > 0 ? total / order.length : 0)),
    sentences,
  };
}

/** A Uint32Array that grows as numbers are pushed (a plain array of millions of numbers takes twice the memory). */
class GrowingUint32s {
  private array = new Uint32Array(1024);
  private length = 0;

  push(value: number): void {
    if (this.length === this.array.length) {
      const larger = new Uint32Array(this.array.length * 2);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.length++] = value;
  }

  /** The numbers pushed, in an array of their own size. */
  done(): Uint32Array {
    return this.array.slice(0, this.length);
  }
}

/**
 * The terms of an encoded index of `passageCount` passages, once its data is checked: throws when it is
 * inconsistent (wrong sizes, passage numbers out of range, empty or repeated terms). `repeats: false` leaves
 * repeated terms to the caller (one that numbers the terms in a map of its own finds them there).
 */
export function checkEncodedIndex(
  encoded: EncodedIndex,
  passageCount: number,
  { repeats = true }: { repeats?: boolean } = {},
): string[] {
  const { counts, docs, freqs, fieldLengths, averageFieldLength } = encoded;
  const terms = encoded.terms === '' ? [] : encoded.terms.split('\n');
  if (counts.length !== terms.length * 2) throw new Error('term counts do not match the terms');
  if (fieldLengths.length !== passageCount * 2) throw new Error('field lengths do not match the passages');
  if (docs.length !== freqs.length) throw new Error('postings and frequencies differ in length');
  if (averageFieldLength.length !== 2 || !averageFieldLength.every(Number.isFinite)) {
    throw new Error('bad average field lengths');
  }
  let total = 0;
  for (let k = 0; k < terms.length; k++) {
    const count = counts[k * 2]! + counts[k * 2 + 1]!;
    if (count === 0) throw new Error(`term ${terms[k]} has no postings`);
    total += count;
  }
  if (total !== docs.length) throw new Error('term counts do not add up to the postings');
  // Postings left on disk were looked at as they passed through the checksum (they are not in memory yet).
  const checked = encoded.postingsOnDisk?.checked ?? {
    largest: largest(docs),
    zero: freqs.indexOf(0) !== -1,
  };
  if (checked.largest >= passageCount || checked.zero) throw new Error('a posting is out of range');
  if (terms.includes('') || (repeats && new Set(terms).size !== terms.length)) {
    throw new Error('a term is empty or repeated');
  }
  return terms;
}

/**
 * The largest of the numbers, -1 for none: four running maxima, so the loop is not one chain of compares
 * (59M postings at 1M passages: 0.14 -> 0.05 s of a start).
 */
export function largest(numbers: Uint32Array): number {
  let a = -1;
  let b = -1;
  let c = -1;
  let d = -1;
  const whole = numbers.length - (numbers.length % 4);
  let i = 0;
  for (; i < whole; i += 4) {
    const w = numbers[i]!;
    const x = numbers[i + 1]!;
    const y = numbers[i + 2]!;
    const z = numbers[i + 3]!;
    if (w > a) a = w;
    if (x > b) b = x;
    if (y > c) c = y;
    if (z > d) d = z;
  }
  for (; i < numbers.length; i++) if (numbers[i]! > a) a = numbers[i]!;
  return Math.max(a, b, c, d);
}

/**
 * Throws when the index's kept sentences do not fit its passages (in its order; `textLengths` their texts'
 * lengths, when known without reading them) and terms (see `checkKeptSentences`).
 */
export function checkEncodedSentences(
  encoded: EncodedIndex,
  passages: readonly Passage[] | PassageRuns,
  textLengths?: ArrayLike<number>,
): void {
  if (!encoded.sentences) return;
  if (!textLengths) {
    if (passages instanceof PassageRuns) throw new Error('the text lengths of passage runs are needed');
    textLengths = passages.map((passage) => passage.text.length);
  }
  const termCount = encoded.terms === '' ? 0 : encoded.counts.length / 2;
  checkKeptSentences(encoded.sentences, textLengths, termCount);
}

/**
 * The index a snapshot holds, for its passages in snapshot order; throws when the data is inconsistent (see
 * `checkEncodedIndex`). The term tree is made on first use, and its
 * postings become Maps term by term, on use.
 */
export function decodeIndex(
  encoded: EncodedIndex,
  passages: readonly Passage[] | PassageRuns,
): { search: PassageSearch; terms: string[] } {
  const { counts, fieldLengths, averageFieldLength } = encoded;
  // Repeated terms are found where the flat postings number them (`FlatPostings.fromArrays`, which the caller
  // must run on `terms`), not by a set of the terms of its own (45k strings hashed twice at 100k passages).
  const terms = checkEncodedIndex(encoded, passages.length, { repeats: false });
  // The kept sentences' entries are not walked here (`checkEncodedSentences` read every unit of the pool: 50 ms
  // of a 100k start, for the few entries an answer reads). That is safe: the file was checked whole (its CRC)
  // before anything in it is used, so an entry that does not fit can only come from a writer's bug, not from
  // the disk; and every entry is checked where it is read (sentence-store.ts: `read` and `readTerms` refuse an
  // entry past the pool, a sentence out of order or outside its text, a term number without a term), an entry
  // refused being read as none, which the answer stages read from the text themselves, as they do for a passage
  // too long to keep. Only their number is checked now: the entries must be the passages'.
  if (encoded.sentences && encoded.sentences.starts.length !== passages.length) {
    throw new Error('kept sentences do not match the passages');
  }
  const search = PassageSearch.withDocuments(passages, fieldLengths, [...averageFieldLength]);
  search.deferTerms((tree) => {
    let start = 0;
    terms.forEach((term, k) => {
      const titleCount = counts[k * 2]!;
      const textCount = counts[k * 2 + 1]!;
      tree.set(term, new SnapshotTermData(encoded, start, titleCount, textCount));
      start += titleCount + textCount;
    });
  });
  return { search, terms };
}
