/**
 * A Bloom filter of strings: `mayHave` is never false for a string added, and rarely true for another (about
 * 1% at 8 bits a string). For skipping exact checks that almost always fail: the dictionary's "is any word one
 * edit away" tries ~450 edits of a word, each costing several binary searches, and almost none is a word.
 */
export class StringFilter {
  private readonly bits: Int32Array;
  private readonly mask: number;

  constructor(expected: number) {
    let size = 1 << 10;
    while (size < expected * 8) size *= 2;
    this.bits = new Int32Array(size >>> 5);
    this.mask = size - 1;
  }

  add(text: string): void {
    hash(text);
    for (let i = 0; i < PROBES; i++) {
      const bit = (first + Math.imul(i, second)) & this.mask;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mayHave(text: string): boolean {
    hash(text);
    return this.probed();
  }

  /** `mayHave` of the string of `units[0..length)` (no string made: see edit-scan.ts). */
  mayHaveUnits(units: Uint16Array, length: number): boolean {
    hashUnits(units, length);
    return this.probed();
  }

  /** Whether the last hashed string's bits are all set. */
  private probed(): boolean {
    for (let i = 0; i < PROBES; i++) {
      const bit = (first + Math.imul(i, second)) & this.mask;
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Bits set per string (5 is near the best for 8 bits a string). */
const PROBES = 5;

// The last string's two hashes (module state, not an array per call), as signed 32-bit numbers: kept
// unsigned, most did not fit a small integer, and each call boxed two numbers (~100 -> ~40 ns a lookup). The
// bits they pick are the same either way (only their low 32 bits are read).
let first = 0;
let second = 0;

/** Two independent 32-bit hashes of the UTF-16 code units (FNV-1a and a multiplicative one), the second odd. */
function hash(text: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b + code, 0x5bd1e995) ^ (b >>> 15);
  }
  first = a | 0;
  second = b | 1;
}

/** `hash` of the string of `units[0..length)`. */
function hashUnits(units: Uint16Array, length: number): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < length; i++) {
    const code = units[i]!;
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b + code, 0x5bd1e995) ^ (b >>> 15);
  }
  first = a | 0;
  second = b | 1;
}
