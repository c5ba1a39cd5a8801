/**
 * Word -> row lookups straight over the file's vocabulary bytes ('\n'-joined UTF-8), without making a
 * string per word: an open-addressing hash table (FNV-1a over the UTF-8 bytes, linear probing, load <= 0.5)
 * built in one pass at load. For the 341k-word table that is ~20-30 ms of CPU where `split` + a Map took
 * ~160 ms (and ~30 MB of heap for the strings and the Map), and a lookup costs about as much as a Map's.
 */
import { VectorFileError } from './format.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 0x0a;

export class Vocabulary {
  /** Byte offset of each word's start; `starts[count]` is one past the end (as if a '\n' followed). */
  private readonly starts: Int32Array;
  /** Row + 1 per slot, 0 for an empty slot; its length is a power of two. */
  private readonly slots: Int32Array;

  private constructor(
    private readonly bytes: Buffer,
    readonly size: number,
  ) {
    this.starts = new Int32Array(size + 1);
    let capacity = 16;
    while (capacity < size * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
  }

  /** Indexes `count` words in `bytes`; throws `VectorFileError` when the bytes hold another number of words. */
  static fromBytes(bytes: Uint8Array, count: number): Vocabulary {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const vocab = new Vocabulary(buf, count);
    const { starts, slots } = vocab;
    if (count === 0 && buf.length === 0) return vocab; // no bytes is no words here, not one empty word
    const mask = slots.length - 1;
    let id = 0;
    let h = FNV_OFFSET;
    let start = 0;
    for (let i = 0; i <= buf.length; i++) {
      const c = i < buf.length ? buf[i]! : NEWLINE;
      if (c !== NEWLINE) {
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (id >= count) throw new VectorFileError(`more than ${count} words in the vocabulary`);
      starts[id] = start;
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = ++id;
      h = FNV_OFFSET;
      start = i + 1;
    }
    if (id !== count) throw new VectorFileError(`${id} words in the vocabulary, header says ${count}`);
    starts[count] = buf.length + 1;
    return vocab;
  }

  /** The word's row, -1 if unknown. */
  idOf(word: string): number {
    // Hash the UTF-8 bytes: for ASCII those are the char codes; anything else is encoded first (rare).
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 0x80) return this.idOfBytes(Buffer.from(word, 'utf8'));
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    const { bytes, starts, slots } = this;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const id = entry - 1;
      const start = starts[id]!;
      if (starts[id + 1]! - 1 - start !== word.length) continue;
      let i = 0;
      while (i < word.length && bytes[start + i] === word.charCodeAt(i)) i++;
      if (i === word.length) return id;
    }
  }

  private idOfBytes(key: Buffer): number {
    let h = FNV_OFFSET;
    for (const c of key) h = Math.imul(h ^ c, FNV_PRIME);
    const { bytes, starts, slots } = this;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const start = starts[entry - 1]!;
      const end = starts[entry]! - 1;
      if (end - start === key.length && bytes.compare(key, 0, key.length, start, end) === 0) return entry - 1;
    }
  }

  /** The word at a row (a new string each time), undefined out of range. */
  wordOf(id: number): string | undefined {
    if (!(id >= 0 && id < this.size)) return undefined;
    return this.bytes.toString('utf8', this.starts[id]!, this.starts[id + 1]! - 1);
  }
}
