/**
 * The analyzer's memory of the words it has seen: folded word -> term id (-1 for a stop word), so each
 * distinct word is stemmed once. Looked up by the word's characters where they stand in the text being
 * analysed, its code units (corpus/code-units.ts), in an open-addressing table of FNV-1a hashes, the words'
 * characters in one array, so a word already seen costs no string of its own: slicing one per token and
 * looking it up in a Map was a quarter of indexing time and much of its garbage. Holds up to `limit` words, then forgets them all at once.
 */

/** FNV-1a's start and multiplier; a word's hash is folded in code unit by code unit (see `hashRange`). */
export const HASH_START = 0x811c9dc5 | 0;
export const HASH_STEP = 0x01000193;

/** FNV-1a over the code units `units[start .. end)` (a text's, see corpus/code-units.ts). */
export function hashRange(units: Uint16Array, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i]!, HASH_STEP);
  return hash;
}

/** Slots a new cache starts with. */
const INITIAL_SLOTS = 1 << 12;

/** What `WordCache.get` gives for a word it does not hold. */
export const NOT_CACHED = -2;

/** Entries of the front table (see `WordCache.front`), and the longest word it holds. */
const FRONT_SLOTS = 1 << 13;
const FRONT_LONGEST = 8;

export class WordCache {
  /** Per slot, three numbers: the word's hash, its id, and 1 + where it starts in `chars` (0: empty). */
  private slots: Int32Array;
  private mask: number;
  /** The words held, each as its length then its code units. */
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;
  private words = 0;
  /**
   * In front of the table, for the words read most: per entry a word of up to 8 code units packed into two
   * numbers (`pack`) and its length | (id + 2) << 4 (0: empty), at its hash's place, the last one looked up
   * there. 96 KB stay in a core's cache, where the table (megabytes for a large corpus) does not: a word found
   * here costs no read of the table or of its characters.
   */
  private readonly front = new Int32Array(FRONT_SLOTS * 3);

  /** The table starts small and doubles while under half full, up to twice `limit` slots. */
  constructor(private readonly limit: number) {
    this.slots = new Int32Array(INITIAL_SLOTS * 3);
    this.mask = INITIAL_SLOTS - 1;
  }

  /** The id of the word `units[start .. end)` (whose `hashRange` is `hash`), or `NOT_CACHED`. */
  get(units: Uint16Array, start: number, end: number, hash: number): number {
    const length = end - start;
    // A word of up to 8 code units below 0x100 packs into two numbers of 4 units each (0 past its end). Only
    // letters and digits reach here, never a code unit 0, so a shorter word never packs like a longer one.
    // (Packed in locals: numbers past 2^30 kept in module variables were boxed at every word.)
    let low = 0;
    let high = 0;
    let any = 0x100;
    if (length <= FRONT_LONGEST) {
      any = 0;
      for (let i = 0; i < length; i++) {
        const code = units[start + i]!;
        any |= code;
        if (i < 4) low |= code << (i * 8);
        else high |= code << ((i - 4) * 8);
      }
    }
    const inFront = any < 0x100;
    const place = (hash & (FRONT_SLOTS - 1)) * 3;
    const { front } = this;
    if (inFront) {
      const entry = front[place + 2]!;
      if (entry !== 0 && (entry & 15) === length && front[place] === low && front[place + 1] === high)
        return (entry >> 4) - 2;
    }
    const id = this.find(units, start, length, hash);
    if (inFront && id !== NOT_CACHED && id >= -1 && id < 1 << 26) {
      front[place] = low;
      front[place + 1] = high;
      front[place + 2] = length | ((id + 2) << 4);
    }
    return id;
  }

  /** `get` from the table. */
  private find(units: Uint16Array, start: number, length: number, hash: number): number {
    const { slots, chars, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot * 3 + 2]! - 1;
      if (at < 0) return NOT_CACHED;
      if (slots[slot * 3] !== hash || chars[at] !== length) continue;
      let i = 0;
      while (i < length && chars[at + 1 + i] === units[start + i]) i++;
      if (i === length) return slots[slot * 3 + 1]!;
    }
  }

  /** Remembers a word's id (forgetting every word first when full; a word too long is not kept). */
  set(units: Uint16Array, start: number, end: number, hash: number, id: number): void {
    const length = end - start;
    if (length >= 0xffff) return;
    if (this.words >= this.limit) this.clear();
    if ((this.words + 1) * 2 > this.mask + 1) this.grow();
    if (this.charsUsed + length + 1 > this.chars.length) {
      const larger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length + 1));
      larger.set(this.chars.subarray(0, this.charsUsed));
      this.chars = larger;
    }
    const at = this.charsUsed;
    this.chars[at] = length;
    this.chars.set(units.subarray(start, end), at + 1);
    this.charsUsed += length + 1;
    this.words++;
    this.place(hash, id, at + 1);
  }

  private place(hash: number, id: number, where: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 3] = hash;
    this.slots[slot * 3 + 1] = id;
    this.slots[slot * 3 + 2] = where;
  }

  /** Twice the slots, every word placed again. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let slot = 0; slot < old.length; slot += 3) {
      if (old[slot + 2] !== 0) this.place(old[slot]!, old[slot + 1]!, old[slot + 2]!);
    }
  }

  clear(): void {
    this.slots.fill(0);
    this.front.fill(0);
    this.charsUsed = 0;
    this.words = 0;
  }
}
