/**
 * A kept-sentence pool (sentence-store.ts) left in a large snapshot file rather than read at start: 21 MB of
 * new memory at 100k passages, about a tenth of a start (memory a process touches for the first time is slow
 * on the VMs measured), for the ~20 entries the first answer reads. Its units are read a block at a time, the
 * first time an entry in the block is asked for, into one array of the pool's size whose other pages are never
 * touched (they cost no memory until read): answers soon read as from memory (one read a block, where a read
 * for each entry added ~3 µs each, ~60 µs an answer), and a snapshot's writing reads the blocks left in order.
 */

/** The file: `read` fills `into` from byte `position` (all of it, or throws). */
export interface FileReader {
  read(into: Uint8Array, position: number): void;
}

/** Units read together (16 KiB: ~90 entries of ~180 bytes). */
const BLOCK_UNITS = 8_192;

export class PoolOnDisk {
  /** Every unit, those of blocks not read yet 0 (made at the first read, not at start). */
  private all: Uint16Array | undefined;
  /** 1 for each block read. */
  private readonly read: Uint8Array;

  /**
   * `length` units (16-bit, little-endian) from byte `offset` of a file whose bytes were checked when it was
   * opened (its descriptor kept open: a file renamed over it later is not what this reads).
   */
  constructor(
    private readonly file: FileReader,
    private readonly offset: number,
    readonly length: number,
  ) {
    this.read = new Uint8Array(Math.ceil(length / BLOCK_UNITS));
  }

  /** The pool's units, with `at` up to `at + count` (fewer at the pool's end) read. */
  units(at: number, count: number): Uint16Array {
    const all = (this.all ??= new Uint16Array(this.length));
    const last = Math.min(this.length, at + count);
    for (let block = Math.floor(at / BLOCK_UNITS); block * BLOCK_UNITS < last; block++) {
      if (this.read[block]) continue;
      // Blocks not read yet that follow are read with it, in one read.
      let end = block + 1;
      while (end * BLOCK_UNITS < last && !this.read[end]) end++;
      const from = block * BLOCK_UNITS;
      const to = Math.min(this.length, end * BLOCK_UNITS);
      this.file.read(new Uint8Array(all.buffer, from * 2, (to - from) * 2), this.offset + from * 2);
      this.read.fill(1, block, end);
      block = end - 1;
    }
    return all;
  }

  /** Every unit, in memory (writing or repacking the pool, or searching it for the entry at fault). */
  readAll(): Uint16Array {
    return this.units(0, this.length);
  }
}
