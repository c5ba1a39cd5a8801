/**
 * The postings that exact scoring and candidate selection walk, in flat typed arrays: per term and field, a
 * range of a pool of passage numbers (short ids) and a parallel pool of term frequencies, plus each passage's
 * field lengths and scope number. Walking a range is reading consecutive numbers; MiniSearch's nested Maps
 * (term -> field -> passage -> frequency) cost a hash lookup per posting, a third of an answer at 100k
 * passages. MiniSearch's term tree stays beside these arrays for what a tree serves: prefix and fuzzy matching,
 * autocomplete, "did you mean", and search while discarded passages are not yet vacuumed.
 *
 * A term's range lists its passages in the order its Map in the tree lists them (the order they were added,
 * or a snapshot's order), so walks meet passages in MiniSearch's order and ties rank the same. Ranges read
 * from a snapshot or made by a bulk build fit exactly; a range that outgrows its room on `append` grows in
 * place when it ends the pool, else moves to the end of the pool with half as much room again, and once
 * half the pool is left behind by moves the pool is repacked (each range with a quarter more room than it
 * holds). Arrays handed in (a snapshot's) are never written: growing or repacking makes new ones.
 */

import type { PostingsOnDisk } from './postings-on-disk.js';

/** A field's postings of one term: where they stand in the pools. */
export interface FieldRange {
  start: number;
  length: number;
}

type Frequencies = Uint8Array<ArrayBufferLike> | Uint16Array<ArrayBufferLike> | Uint32Array<ArrayBufferLike>;
type Int32s = Int32Array<ArrayBufferLike>;

/** The narrowest array holding frequencies up to `max`. */
function frequenciesFor(max: number, length: number): Frequencies {
  return max < 0x100
    ? new Uint8Array(length)
    : max < 0x10000
      ? new Uint16Array(length)
      : new Uint32Array(length);
}

/** A range's order (`FlatPostings.order`): not yet looked at, not ascending, ascending. */
const UNKNOWN = 0;
const UNORDERED = 1;
const ASCENDING = 2;

/** Per-passage and per-term tables grow by doubling. */
function grown(array: Int32s, needed: number): Int32s {
  if (array.length >= needed) return array;
  const larger = new Int32Array(Math.max(needed, array.length * 2, 64));
  larger.set(array);
  return larger;
}

export class FlatPostings {
  /** Pool entries left unused by moved ranges past which (and past half the pool) the pool is repacked. */
  static repackAbove = 1 << 16;
  /** Term -> term number. */
  private readonly numbers = new Map<string, number>();
  /** Term number -> term (the sentences the index keeps name their terms by number). */
  private terms: string[] = [];
  /** Per term number and field (`number * 2 + field`): where its range starts, its length, its room. */
  starts: Int32s = new Int32Array(0);
  lengths: Int32s = new Int32Array(0);
  private rooms: Int32s = new Int32Array(0);
  /**
   * Per term number and field: whether its range is in ascending passage order (see `isAscending`), found on
   * first asking (a snapshot's 60M postings at 1M passages are not all read at start) and kept up by `append`.
   */
  private order: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  /** The pools: passage numbers and, beside them, term frequencies. */
  docs: Int32s = new Int32Array(0);
  freqs: Frequencies = new Uint8Array(0);
  /** Pool entries in use (ranges and their room), and how many of them no range uses any more. */
  private used = 0;
  private wasted = 0;
  /** Whether `docs` and `freqs` are arrays handed in, not to be written. */
  private shared = false;
  /**
   * A large snapshot's postings left in its file (postings-on-disk.ts): `docs` and `freqs` are its arrays, a
   * term's ranges read in by `ready` the first time (1 in `termRead`). Gone once every posting is read.
   */
  private onDisk: PostingsOnDisk | undefined;
  private termRead: Uint8Array = new Uint8Array(0);
  /** Per passage (`shortId * 2 + field`): the field's length as MiniSearch counts it (distinct terms). */
  fieldLengths: Int32s = new Int32Array(0);
  /** Per passage: the number of its scope. */
  scopeOf: Int32s = new Int32Array(0);
  private readonly scopeNumbers = new Map<string, number>();
  /** Times the pools were repacked (a test checks it stays a few as postings grow). */
  repacks = 0;
  /** Set when passages are discarded; their postings go at the next `dropPassages`. */
  hasDiscarded = false;

  /**
   * The postings of an encoded index (a snapshot's, or a bulk build's), whose arrays it reads but never writes
   * (`onDisk`: they are left in the snapshot's file, read a term at a time). Throws when a term is repeated.
   */
  static fromArrays(
    terms: readonly string[],
    counts: ArrayLike<number>,
    docs: Int32Array | Uint32Array,
    freqs: Frequencies,
    onDisk?: PostingsOnDisk,
  ): FlatPostings {
    const flat = new FlatPostings();
    flat.reserveTerms(terms.length);
    flat.terms = [...terms];
    let at = 0;
    terms.forEach((term, number) => {
      flat.numbers.set(term, number);
      for (let field = 0; field < 2; field++) {
        const slot = number * 2 + field;
        const count = counts[slot]!;
        flat.starts[slot] = at;
        flat.lengths[slot] = count;
        flat.rooms[slot] = count;
        at += count;
      }
    });
    if (flat.numbers.size !== terms.length) throw new Error('a term is empty or repeated');
    flat.docs = asInt32(docs);
    flat.freqs = freqs;
    flat.used = at;
    flat.shared = true;
    if (onDisk) {
      flat.onDisk = onDisk;
      flat.termRead = new Uint8Array(terms.length);
    }
    return flat;
  }

  /**
   * Whether a passage is in a term's postings (either field), found by binary search; undefined when that
   * would cost more: the term's postings are still in a snapshot's file (a disk read), or a range is not in
   * ascending order (a walk of the whole range).
   */
  holds(number: number, shortId: number): boolean | undefined {
    if (this.onDisk !== undefined && this.termRead[number] !== 1) return undefined;
    if (!this.isAscending(number * 2) || !this.isAscending(number * 2 + 1)) return undefined;
    return this.indexOf(number, 0, shortId) >= 0 || this.indexOf(number, 1, shortId) >= 0; // title, text
  }

  /**
   * Makes a term's postings readable in `docs` and `freqs`: every walk of a term's ranges calls it first. Only
   * postings left on disk need it; while they are, ranges lie as the snapshot laid them (a term's title range,
   * then its text range), so both are read in one go.
   */
  ready(number: number): void {
    if (this.onDisk === undefined || number < 0 || this.termRead[number] === 1) return;
    const from = this.starts[number * 2]!;
    this.onDisk.read(from, this.starts[number * 2 + 1]! + this.lengths[number * 2 + 1]!);
    this.termRead[number] = 1;
  }

  /** Every posting read in, before the pools are copied or changed (they are then arrays of their own). */
  private readAllFromDisk(): void {
    if (this.onDisk === undefined) return;
    this.onDisk.readAll();
    this.onDisk = undefined;
    this.termRead = new Uint8Array(0);
  }

  /** The number of a term, or -1 when no passage holds it. */
  termNumber(term: string): number {
    const number = this.numbers.get(term);
    if (number === undefined) return -1;
    return this.lengths[number * 2]! + this.lengths[number * 2 + 1]! > 0 ? number : -1;
  }

  /** The number a term was given, whether or not any passage still holds it (-1: none). */
  numberOf(term: string): number {
    return this.numbers.get(term) ?? -1;
  }

  /** The term a number was given to. */
  termOf(number: number): string | undefined {
    return this.terms[number];
  }

  /** How many terms have numbers. */
  get termCount(): number {
    return this.terms.length;
  }

  /** In how many passages a term occurs in a field (0 when it has no number). */
  countOf(number: number, field: number): number {
    return number < 0 ? 0 : this.lengths[number * 2 + field]!;
  }

  /**
   * Whether a range (`number * 2 + field`) lists its passages in ascending order: always, except in an index
   * read from a snapshot whose passage order is not the order they were added in (an article re-added keeps
   * its place among the articles, with new short ids).
   */
  isAscending(slot: number): boolean {
    if (this.order[slot] === UNKNOWN) {
      this.ready(slot >> 1);
      const { docs } = this;
      const start = this.starts[slot]!;
      let ascending = true;
      for (let i = start + 1; i < start + this.lengths[slot]! && ascending; i++)
        ascending = docs[i]! >= docs[i - 1]!;
      this.order[slot] = ascending ? ASCENDING : UNORDERED;
    }
    return this.order[slot] === ASCENDING;
  }

  /** Where a passage stands in a term's range for a field, or -1. */
  indexOf(number: number, field: number, shortId: number): number {
    const slot = number * 2 + field;
    this.ready(number);
    const start = this.starts[slot]!;
    const end = start + this.lengths[slot]!;
    const docs = this.docs;
    if (!this.isAscending(slot)) {
      for (let i = start; i < end; i++) if (docs[i] === shortId) return i;
      return -1;
    }
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = docs[middle]!;
      if (id === shortId) return middle;
      if (id < shortId) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The number of a scope, given on first sight. */
  scopeNumber(scope: string): number {
    let number = this.scopeNumbers.get(scope);
    if (number === undefined) this.scopeNumbers.set(scope, (number = this.scopeNumbers.size));
    return number;
  }

  /** Per scope number, 1 where a scope is among those given (a filter on `scopeOf`). */
  scopeFilter(scopes: readonly string[]): Uint8Array {
    const filter = new Uint8Array(this.scopeNumbers.size);
    for (const scope of scopes) {
      const number = this.scopeNumbers.get(scope);
      if (number !== undefined) filter[number] = 1;
    }
    return filter;
  }

  /** Sets every passage's field lengths (`shortId * 2 + field`) and scope, `count` of them numbered 0..n-1. */
  setPassages(
    fieldLengths: Int32Array | Uint32Array,
    count: number,
    scopeOf: (shortId: number) => string,
  ): void {
    // A snapshot's viewed as they lie, not copied (as signed, the numbers a copy would hold).
    this.fieldLengths = asInt32(fieldLengths);
    this.scopeOf = new Int32Array(count);
    // Neighbours mostly share a scope: its number is looked up again only when it changes.
    let last: string | undefined;
    let number = 0;
    for (let shortId = 0; shortId < count; shortId++) {
      const scope = scopeOf(shortId);
      if (scope !== last) number = this.scopeNumber((last = scope));
      this.scopeOf[shortId] = number;
    }
  }

  /**
   * `setPassages` for passages given as runs (a snapshot's: one per article, numbered in order): each run's
   * scope numbered once and filled in, not looked up passage by passage (scopes get their numbers in the same
   * order: the order passages first show them).
   */
  setPassageRuns(
    fieldLengths: Int32Array | Uint32Array,
    count: number,
    forEachRun: (visit: (file: string, scope: string, passages: number, first: number) => void) => void,
  ): void {
    this.fieldLengths = asInt32(fieldLengths);
    const scopeOf = (this.scopeOf = new Int32Array(count));
    forEachRun((_file, scope, passages, first) => {
      if (passages > 0) scopeOf.fill(this.scopeNumber(scope), first, first + passages);
    });
  }

  /** Records a passage's field lengths and scope (before its postings are appended). */
  setPassage(shortId: number, titleLength: number, textLength: number, scope: string): void {
    this.fieldLengths = grown(this.fieldLengths, shortId * 2 + 2);
    this.scopeOf = grown(this.scopeOf, shortId + 1);
    this.fieldLengths[shortId * 2] = titleLength;
    this.fieldLengths[shortId * 2 + 1] = textLength;
    this.scopeOf[shortId] = this.scopeNumber(scope);
  }

  /** The number of a term, given a new one (with empty ranges) on first sight. */
  numberFor(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.terms.length;
      this.terms.push(term);
      this.reserveTerms(this.terms.length);
      this.numbers.set(term, number);
    }
    return number;
  }

  /** Adds a posting at the end of a term's range in a field. */
  append(number: number, field: number, shortId: number, frequency: number): void {
    this.readAllFromDisk();
    const slot = number * 2 + field;
    const length = this.lengths[slot]!;
    if (length === this.rooms[slot]) this.makeRoom(slot, length + Math.max(4, length >> 1));
    if (frequency > this.maxFrequency()) this.widenFrequencies(frequency);
    const at = this.starts[slot]! + length;
    if (length > 0 && this.docs[at - 1]! > shortId) this.order[slot] = UNORDERED;
    this.docs[at] = shortId;
    this.freqs[at] = frequency;
    this.lengths[slot] = length + 1;
  }

  /**
   * Leaves out the postings of passages that are no longer indexed (after MiniSearch's vacuum has dropped them
   * from its tree), keeping the order of the rest.
   */
  dropPassages(isIndexed: (shortId: number) => boolean): void {
    this.readAllFromDisk();
    this.repack((docs, freqs, from, to, length) => {
      let kept = 0;
      for (let i = from; i < from + length; i++) {
        if (!isIndexed(docs[i]!)) continue;
        this.docs[to + kept] = docs[i]!;
        this.freqs[to + kept] = freqs[i]!;
        kept++;
      }
      return kept;
    });
    this.hasDiscarded = false;
  }

  private maxFrequency(): number {
    return this.freqs instanceof Uint8Array ? 0xff : this.freqs instanceof Uint16Array ? 0xffff : 0xffffffff;
  }

  private widenFrequencies(frequency: number): void {
    const wider = frequenciesFor(frequency, this.docs.length);
    wider.set(this.freqs.subarray(0, this.used));
    this.freqs = wider;
  }

  private reserveTerms(count: number): void {
    this.starts = grown(this.starts, count * 2);
    this.lengths = grown(this.lengths, count * 2);
    this.rooms = grown(this.rooms, count * 2);
    if (this.order.length < count * 2) {
      const larger = new Uint8Array(this.starts.length);
      larger.set(this.order);
      this.order = larger;
    }
  }

  /** Gives a range `room` entries: in place when it ends the pool, else moved to the end of the pool. */
  private makeRoom(slot: number, room: number): void {
    const start = this.starts[slot]!;
    const length = this.lengths[slot]!;
    const oldRoom = this.rooms[slot]!;
    if (this.wasted > FlatPostings.repackAbove && this.wasted * 2 > this.used) {
      this.repack((docs, freqs, from, to, count) => {
        this.docs.set(docs.subarray(from, from + count), to);
        this.freqs.set(freqs.subarray(from, from + count), to);
        return count;
      });
      return this.makeRoom(slot, room);
    }
    const atEnd = start + oldRoom === this.used;
    this.reservePool(this.used + room - (atEnd ? oldRoom : 0));
    if (atEnd) {
      this.used += room - oldRoom;
    } else {
      this.docs.copyWithin(this.used, start, start + length);
      this.freqs.copyWithin(this.used, start, start + length);
      this.starts[slot] = this.used;
      this.used += room;
      this.wasted += oldRoom;
    }
    this.rooms[slot] = room;
  }

  /** Makes the pools at least `size` long, in arrays of their own. */
  private reservePool(size: number): void {
    if (size <= this.docs.length && !this.shared) return;
    const capacity = Math.max(size, this.shared ? size : Math.floor(this.docs.length * 1.5), 1024);
    const docs = new Int32Array(capacity);
    docs.set(this.docs.subarray(0, this.used));
    const freqs = frequenciesFor(this.maxFrequency(), capacity);
    freqs.set(this.freqs.subarray(0, this.used));
    this.docs = docs;
    this.freqs = freqs;
    this.shared = false;
  }

  /**
   * Copies every range into new pools with `copy` (from the old pools at `from`, `length` entries, to the new
   * at `to`; it returns how many it wrote), each given a quarter more room than it holds: repacked exactly,
   * every range would move again at its next posting, and the moves would soon call for another repack.
   */
  private repack(
    copy: (docs: Int32s, freqs: Frequencies, from: number, to: number, length: number) => number,
  ): void {
    const { docs, freqs } = this;
    let total = 0;
    for (let slot = 0; slot < this.terms.length * 2; slot++)
      total += this.lengths[slot]! + (this.lengths[slot]! >> 2);
    this.docs = new Int32Array(total);
    this.freqs = frequenciesFor(this.maxFrequencyOf(freqs), total);
    let at = 0;
    for (let slot = 0; slot < this.terms.length * 2; slot++) {
      const written = copy(docs, freqs, this.starts[slot]!, at, this.lengths[slot]!);
      this.starts[slot] = at;
      this.lengths[slot] = written;
      this.rooms[slot] = written + (written >> 2);
      at += written + (written >> 2);
    }
    this.used = at;
    this.wasted = 0;
    this.shared = false;
    this.repacks++;
  }

  private maxFrequencyOf(freqs: Frequencies): number {
    return freqs instanceof Uint8Array ? 0xff : freqs instanceof Uint16Array ? 0xffff : 0xffffffff;
  }
}

/** The numbers as signed 32-bit ones: viewed in place where aligned, else copied. */
function asInt32(numbers: Int32Array | Uint32Array): Int32Array {
  if (numbers instanceof Int32Array) return numbers;
  return numbers.byteOffset % 4 === 0
    ? new Int32Array(numbers.buffer, numbers.byteOffset, numbers.length)
    : Int32Array.from(numbers);
}
