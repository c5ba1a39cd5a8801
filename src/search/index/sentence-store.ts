/**
 * What the index keeps of each passage's sentences (search/sentence-terms.ts): where each sentence stands in
 * the passage's text and its terms, as term numbers of the flat postings, found once when the passage is
 * indexed (or read from the snapshot), so that answering never splits a passage or analyses it again.
 *
 * Every passage's entry is in one pool of 16-bit units, found by the passage's short id:
 *
 *   n (its sentences), n × (start, end) in its text, n × its number of terms, then the term numbers, one unit
 *   each below 0x8000, else two (0x8000 | the high 15 bits, then the low 16 bits).
 *
 * About 2 bytes a term and 6 a sentence (with the entry's start, ~180 bytes a passage of ~700 characters): a
 * typed array per passage would add ~200 bytes of object headers to each. A passage that does not fit (a text
 * of 64k characters or more) has no entry, nor does one whose sentences hold a term that the index did not
 * find in its title or text; the answer stages read those themselves. An entry whose passage leaves the index
 * is left in the pool until half of the pool is left over, then the pool is repacked. A large snapshot's pool
 * is left in its file (pool-on-disk.ts), each entry read when asked for; entries kept later follow it in memory.
 * A bulk build keeps each passage's entry as it analyses the passage (bulk-build.ts): its terms are the
 * sentences', so the split costs the build a little and spares each answer's first read of a passage.
 */
import { PoolOnDisk } from './pool-on-disk.js';

/** One sentence of a passage as kept: its offsets in the passage's text and its terms, in order. */
export interface SentenceSpan {
  start: number;
  end: number;
  terms: string[];
}

/** What a snapshot holds: the pool, and per passage (in snapshot order) where its entry starts, or -1. */
export interface EncodedSentences {
  /** In memory, or (read from a large snapshot) left in its file. */
  pool: Uint16Array | PoolOnDisk;
  starts: Int32Array;
}

/** Entries as made for a snapshot: the pool in memory. */
export interface SentencesInMemory extends EncodedSentences {
  pool: Uint16Array;
}

/** A pool's units in memory (read whole when it was left on disk). */
export function poolInMemory(pool: Uint16Array | PoolOnDisk): Uint16Array {
  return pool instanceof PoolOnDisk ? pool.readAll() : pool;
}

/** Offsets and counts are 16-bit: a text this long or longer has no entry. */
export const UNIT_LIMIT = 0x10000;
/** A term number of two units has this bit set in its first. */
export const WIDE = 0x8000;
/** Term numbers that fit two units. */
const NUMBER_LIMIT = 0x80000000;
/** Left-over units below which the pool is never repacked. */
const REPACK_ABOVE = 1 << 16;

/** A Uint16Array that grows as units are pushed. */
class Units {
  array: Uint16Array;
  length = 0;

  constructor(capacity = 1024) {
    this.array = new Uint16Array(capacity);
  }

  reserve(more: number): void {
    if (this.length + more <= this.array.length) return;
    const larger = new Uint16Array(Math.max(this.length + more, Math.floor(this.array.length * 1.5), 1024));
    larger.set(this.array.subarray(0, this.length));
    this.array = larger;
  }

  /** Pushes a term number (one unit or two); call `reserve` first. */
  pushNumber(number: number): void {
    if (number < WIDE) this.array[this.length++] = number;
    else {
      this.array[this.length++] = WIDE | (number >>> 16);
      this.array[this.length++] = number & 0xffff;
    }
  }
}

export class SentenceStore {
  /** Per short id: where its entry starts in the pool, or -1. */
  private starts: Int32Array;
  /** The pool's first units left in a snapshot's file, or none; `units` follow them. */
  private disk: PoolOnDisk | undefined;
  /** The pool's units in memory (after the disk's, if any). */
  private readonly units: Units;
  /** Units of the pool that no entry uses any more. */
  private wasted = 0;
  /** Where `locate` found a unit: the array holding it, and where its part of the pool ends in that array. */
  private array: Uint16Array;
  private end = 0;
  /** How many terms the entry `termsAt` last found holds. */
  private termTotal = 0;

  private constructor(starts: Int32Array, pool: Uint16Array | PoolOnDisk, used: number) {
    this.starts = starts;
    this.units = new Units(0);
    if (pool instanceof PoolOnDisk) this.disk = pool;
    else {
      this.units.array = pool;
      this.units.length = used;
    }
    this.array = this.units.array;
  }

  static empty(): SentenceStore {
    return new SentenceStore(new Int32Array(0), new Uint16Array(0), 0);
  }

  /**
   * A snapshot's entries, passages numbered 0..n-1 (the arrays are kept: they become the store's own). They are
   * not checked here: each is checked where it is read (`read`, `readTerms`, `copyEntry`), one that does not fit
   * read as none, and nothing that walks entries runs past the pool (`entryLength`).
   */
  static fromEncoded({ pool, starts }: EncodedSentences): SentenceStore {
    return new SentenceStore(starts, pool, pool.length);
  }

  /** Scopes' entries joined into one pool, passages numbered part after part, each part's numbers renumbered. */
  static join(
    parts: ReadonlyArray<{ sentences: EncodedSentences; renumber: ArrayLike<number> }>,
  ): SentencesInMemory {
    const passages = parts.reduce((sum, part) => sum + part.sentences.starts.length, 0);
    const out = new Units(parts.reduce((sum, part) => sum + part.sentences.pool.length, 1024));
    const starts = new Int32Array(passages).fill(-1);
    let n = 0;
    for (const { sentences, renumber } of parts) {
      const store = SentenceStore.fromEncoded(sentences);
      for (let shortId = 0; shortId < sentences.starts.length; shortId++, n++) {
        starts[n] = store.copyEntry(shortId, out, renumber);
      }
    }
    return { pool: out.array.slice(0, out.length), starts };
  }

  /** Units of the pool in use (the entries and what is left over), for memory figures. */
  get poolUnits(): number {
    return this.poolLength;
  }

  private get poolLength(): number {
    return (this.disk?.length ?? 0) + this.units.length;
  }

  /**
   * Keeps a passage's sentences (`ranges`: their offsets, start and end, one sentence after the other) with
   * their term numbers (`numbers`, the sentences' one after the other, `counts[i]` of them sentence i's);
   * keeps nothing and returns false when they do not fit (see above).
   */
  set(
    shortId: number,
    ranges: readonly number[],
    counts: readonly number[],
    numbers: ArrayLike<number>,
  ): boolean {
    this.forget(shortId);
    const count = ranges.length >> 1;
    if (count >= UNIT_LIMIT || counts.length !== count || ranges.length !== count * 2) return false;
    let size = 1 + count * 3;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const start = ranges[i * 2]!;
      const end = ranges[i * 2 + 1]!;
      if (end >= UNIT_LIMIT || start > end || counts[i]! >= UNIT_LIMIT) return false;
      total += counts[i]!;
    }
    if (total !== numbers.length) return false;
    for (let k = 0; k < numbers.length; k++) {
      const number = numbers[k]!;
      if (!(number >= 0 && number < NUMBER_LIMIT)) return false;
      size += number < WIDE ? 1 : 2;
    }
    this.makeRoom(size);
    const units = this.units;
    const at = units.length;
    const array = units.array;
    array[at] = count;
    for (let i = 0; i < count; i++) {
      array[at + 1 + i * 2] = ranges[i * 2]!;
      array[at + 2 + i * 2] = ranges[i * 2 + 1]!;
      array[at + 1 + count * 2 + i] = counts[i]!;
    }
    // The term numbers, one unit each or two (`Units.pushNumber`, written here in one loop).
    let next = at + 1 + count * 3;
    for (let k = 0; k < numbers.length; k++) {
      const number = numbers[k]!;
      if (number < WIDE) array[next++] = number;
      else {
        array[next++] = WIDE | (number >>> 16);
        array[next++] = number & 0xffff;
      }
    }
    units.length = next;
    this.starts = grown(this.starts, shortId + 1);
    this.starts[shortId] = (this.disk?.length ?? 0) + at;
    return true;
  }

  /** Room for `units` more units of entries in the pool, made at once (a bulk build's estimate). */
  reserve(units: number): void {
    this.units.reserve(units);
  }

  /**
   * Drops the pool's spare room (after a bulk build, whose pool grew as it went) when it is more than an eighth
   * of what is used: a little is left rather than the pool copied (17 MB more of new buffers at 100k passages).
   */
  fit(): void {
    if (this.units.array.length - this.units.length > this.units.length / 8)
      this.units.array = this.units.array.slice(0, this.units.length);
  }

  /** Whether a passage has an entry. */
  has(shortId: number): boolean {
    return (this.starts[shortId] ?? -1) >= 0;
  }

  /** Drops a passage's entry (it leaves the index), if it has one. */
  forget(shortId: number): void {
    const at = this.starts[shortId] ?? -1;
    if (at < 0) return;
    this.wasted += this.entryLength(at);
    this.starts[shortId] = -1;
  }

  /**
   * A passage's sentences, their terms given by `termOf` (a term number's term), or undefined when it has no
   * entry or its entry does not fit a text of `textLength` characters and the terms (a damaged snapshot).
   */
  read(
    shortId: number,
    textLength: number,
    termOf: (number: number) => string | undefined,
  ): SentenceSpan[] | undefined {
    const at = this.entryAt(shortId);
    if (at < 0) return undefined;
    const { array } = this;
    const count = array[at]!;
    let next = at + 1 + count * 3;
    const spans: SentenceSpan[] = [];
    let previousEnd = 0;
    for (let i = 0; i < count; i++) {
      const start = array[at + 1 + i * 2]!;
      const end = array[at + 2 + i * 2]!;
      const termCount = array[at + 1 + count * 2 + i]!;
      if (start < previousEnd || end < start || end > textLength) return undefined;
      previousEnd = end;
      // Made at its length (filled below): a list grown by push held up to twice its terms' slots, and the
      // reader keeps it (what the young generation's collections copy, at 100k passages a dozen new a question).
      const terms = new Array<string>(termCount);
      next = this.decodeTerms(next, termCount, termOf, terms);
      if (next < 0) return undefined;
      spans.push({ start, end, terms });
    }
    return spans;
  }

  /**
   * The terms of a passage's sentences, one after the other, as one list (`read`'s, joined): what an answer
   * asks of a passage read only for context. Undefined exactly when `read` gives undefined. Reading no
   * sentence objects, and joining no lists, was most of what such a passage cost at 100k passages.
   */
  readTerms(
    shortId: number,
    textLength: number,
    termOf: (number: number) => string | undefined,
  ): string[] | undefined {
    const at = this.termsAt(shortId, textLength);
    if (at < 0) return undefined;
    const terms = new Array<string>(this.termTotal);
    return this.decodeTerms(at, this.termTotal, termOf, terms) < 0 ? undefined : terms;
  }

  /**
   * `readTerms` as the term numbers themselves, each below `termCount` (a number the postings gave no term
   * is read as `readTerms` reads it: none). Undefined exactly when `readTerms` with those postings' `termOf`
   * gives undefined. A passage read for context is asked only whether it holds a few terms: numbers are
   * compared without a string made or touched for each of its terms. An Int32Array of the exact length (numbers
   * are below 2^31): a list grown by `push` was the largest allocation of an answer at 100k passages (~30 KB,
   * the garbage that sets how often the young generation is collected), and a kept one's numbers lie outside
   * the heap, not copied by each collection that keeps it.
   */
  readTermNumbers(shortId: number, textLength: number, termCount: number): Int32Array | undefined {
    const at = this.termsAt(shortId, textLength);
    if (at < 0) return undefined;
    const total = this.termTotal;
    const numbers = new Int32Array(total);
    let next = at;
    const { array, end: length } = this;
    for (let k = 0; k < total; k++) {
      if (next >= length) return undefined;
      let number = array[next++]!;
      if (number >= WIDE) {
        if (next >= length) return undefined;
        number = (number & (WIDE - 1)) * UNIT_LIMIT + array[next++]!;
      }
      if (number >= termCount) return undefined;
      numbers[k] = number;
    }
    return numbers;
  }

  /**
   * Where a passage's term numbers start in `this.array` (their count in `termTotal`), or -1 when it has no
   * entry or one that does not fit a text of `textLength` characters.
   */
  private termsAt(shortId: number, textLength: number): number {
    const at = this.entryAt(shortId);
    if (at < 0) return -1;
    const { array } = this;
    const count = array[at]!;
    let previousEnd = 0;
    let total = 0;
    for (let i = 0; i < count; i++) {
      const start = array[at + 1 + i * 2]!;
      const end = array[at + 2 + i * 2]!;
      if (start < previousEnd || end < start || end > textLength) return -1;
      previousEnd = end;
      total += array[at + 1 + count * 2 + i]!;
    }
    this.termTotal = total;
    return at + 1 + count * 3;
  }

  /**
   * Where a passage's entry starts in `this.array` (`locate`), or -1 when it has none or its head (count,
   * offsets, term counts) does not fit in the pool: a damaged snapshot's entry (see `fromEncoded`).
   */
  private entryAt(shortId: number): number {
    const at = this.starts[shortId] ?? -1;
    if (at < 0 || at >= this.poolLength) return -1;
    const i = this.locate(at);
    return i + 1 + this.array[i]! * 3 > this.end ? -1 : i;
  }

  /**
   * Points `this.array` at the units holding pool unit `at` (an entry on disk read whole, as far as the pool
   * goes) and `this.end` at where that part of the pool ends in it; returns where `at` is in it.
   */
  private locate(at: number): number {
    const disk = this.disk;
    if (disk && at < disk.length) {
      // The head first: its term counts say how far the entry's term numbers may reach (two units each).
      let units = disk.units(at, 1);
      const count = units[at]!;
      const head = 1 + count * 3;
      units = disk.units(at, head);
      let terms = 0;
      for (let i = at + 1 + count * 2, k = 0; k < count && i + k < disk.length; k++) terms += units[i + k]!;
      this.array = disk.units(at, head + terms * 2);
      this.end = disk.length;
      return at;
    }
    this.array = this.units.array;
    this.end = this.units.length;
    return at - (disk?.length ?? 0);
  }

  /**
   * Writes `count` terms whose numbers start at unit `next` (a wide number takes two units) to `into[0..count)`; the
   * unit after them, or -1 when the pool ends first or a number has no term (a damaged entry).
   */
  private decodeTerms(
    next: number,
    count: number,
    termOf: (number: number) => string | undefined,
    into: string[],
  ): number {
    const { array, end: length } = this;
    for (let k = 0; k < count; k++) {
      if (next >= length) return -1;
      let number = array[next++]!;
      if (number >= WIDE) {
        if (next >= length) return -1;
        number = (number & (WIDE - 1)) * UNIT_LIMIT + array[next++]!;
      }
      const term = termOf(number);
      if (term === undefined) return -1;
      into[k] = term;
    }
    return next;
  }

  /**
   * The entries of the passages `chosen` (short ids), in that order, their term numbers renumbered
   * (`renumber[number]`; a passage with a term renumbered below 0 is left without an entry): a snapshot's.
   * Yields every few thousand passages.
   */
  *encode(chosen: ArrayLike<number>, renumber: ArrayLike<number>): Generator<void, SentencesInMemory, void> {
    const room = this.poolLength - this.wasted;
    const out = new Units(Math.max(1024, Math.ceil(room * 1.05)));
    const starts = new Int32Array(chosen.length).fill(-1);
    for (let n = 0; n < chosen.length; n++) {
      starts[n] = this.copyEntry(chosen[n]!, out, renumber);
      if (n % 4096 === 4095) yield;
    }
    return { pool: out.array.slice(0, out.length), starts };
  }

  /** Writes a passage's entry into `out` with its numbers renumbered; where it starts there, or -1. */
  private copyEntry(shortId: number, out: Units, renumber: ArrayLike<number>): number {
    const at = this.entryAt(shortId);
    if (at < 0) return -1;
    const { array, end: length } = this;
    const count = array[at]!;
    const head = 1 + count * 3;
    let terms = 0;
    for (let i = 0; i < count; i++) terms += array[at + 1 + count * 2 + i]!;
    out.reserve(head + terms * 2);
    const begin = out.length;
    out.array.set(array.subarray(at, at + head), begin);
    out.length += head;
    let next = at + head;
    for (let k = 0; k < terms; k++) {
      let number = array[next++]!;
      if (number >= WIDE) number = (number & (WIDE - 1)) * UNIT_LIMIT + array[next++]!;
      const renumbered = number < renumber.length ? renumber[number]! : -1;
      if (renumbered < 0 || next > length) {
        out.length = begin;
        return -1;
      }
      out.pushNumber(renumbered);
    }
    return begin;
  }

  /** Units of the entry at pool unit `at`, from where `locate` put it. */
  private entryLength(pooled: number): number {
    // Never past the pool, even for an entry of a damaged snapshot (its counts could add up to billions).
    if (pooled >= this.poolLength) return 0;
    const at = this.locate(pooled);
    const { array, end: length } = this;
    const count = array[at]!;
    let next = Math.min(length, at + 1 + count * 3);
    let terms = 0;
    for (let i = 0; i < count && at + 1 + count * 2 + i < length; i++)
      terms += array[at + 1 + count * 2 + i]!;
    for (let k = 0; k < terms && next < length; k++) next += array[next]! >= WIDE ? 2 : 1;
    return Math.min(next, length) - at;
  }

  /** Room for `size` more units: the pool repacked when half of it is left over, else grown. */
  private makeRoom(size: number): void {
    if (this.wasted > REPACK_ABOVE && this.wasted * 2 > this.poolLength) {
      // Into memory, the part on disk too.
      const out = new Units(Math.max(1024, this.poolLength - this.wasted + size));
      const starts = new Int32Array(this.starts.length).fill(-1);
      for (let shortId = 0; shortId < this.starts.length; shortId++) {
        const at = this.starts[shortId]!;
        if (at < 0) continue;
        const length = this.entryLength(at);
        const i = this.locate(at);
        out.reserve(length);
        out.array.set(this.array.subarray(i, i + length), out.length);
        starts[shortId] = out.length;
        out.length += length;
      }
      this.disk = undefined;
      this.units.array = out.array;
      this.units.length = out.length;
      this.starts = starts;
      this.wasted = 0;
    }
    this.units.reserve(size);
  }
}

/** An Int32Array at least `needed` long (new entries -1), grown by doubling. */
function grown(array: Int32Array, needed: number): Int32Array {
  if (array.length >= needed) return array;
  const larger = new Int32Array(Math.max(needed, array.length * 2, 64)).fill(-1);
  larger.set(array);
  return larger;
}
