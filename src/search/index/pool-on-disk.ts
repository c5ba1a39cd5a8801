/**
 * A kept-sentence pool (sentence-store.ts) left in a large snapshot file rather than read at start: 21 MB of
 * new memory at 100k passages, about a tenth of a start (memory a process touches for the first time is slow
 * on the VMs measured), for the ~20 entries an answer reads. Units are read through a window that stays warm:
 * an answer's entries one read each, a snapshot's writing walking them in order many at a time.
 */

/** Reads `into.length` bytes at `position` of the file (all of them, or throws). */
export type ReadAt = (into: Uint8Array, position: number) => void;

/** Units read at least at a time (8 KiB: an entry is ~90 units). */
const WINDOW_UNITS = 4_096;

export class PoolOnDisk {
  /** The units read last: pool units `start` up to `end`, from index 0 of `window`. */
  window = new Uint16Array(0);
  start = 0;
  end = 0;

  /**
   * `length` units (16-bit, little-endian) from byte `offset` of a file whose bytes were checked when it was
   * opened (its descriptor kept open: a file renamed over it later is not what this reads).
   */
  constructor(
    private readonly readAt: ReadAt,
    private readonly offset: number,
    readonly length: number,
  ) {}

  /** Makes the window hold units `at` up to `at + units` (fewer at the pool's end), reading them if it does not. */
  load(at: number, units: number): void {
    if (at >= this.start && Math.min(this.length, at + units) <= this.end) return;
    const count = Math.max(0, Math.min(this.length - at, Math.max(units, WINDOW_UNITS)));
    if (this.window.length < count) this.window = new Uint16Array(Math.max(count, this.window.length * 2));
    this.readAt(new Uint8Array(this.window.buffer, 0, count * 2), this.offset + at * 2);
    this.start = at;
    this.end = at + count;
  }

  /** Every unit, in memory (a snapshot whose index does not check is searched for the entry at fault). */
  readAll(): Uint16Array {
    const all = new Uint16Array(this.length);
    if (this.length > 0) this.readAt(new Uint8Array(all.buffer), this.offset);
    return all;
  }
}
