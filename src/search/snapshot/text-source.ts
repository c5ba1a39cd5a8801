/**
 * Passage texts read from the snapshot file when asked for, not at start: at 1M passages the texts are 780 MB
 * of the 1.3 GB file, and decoding them all was a third of a start and most of the heap. The file was checked
 * whole when it was opened (container-file.ts) and is read through the descriptor then checked (opened-file.ts).
 */
import type { OnDisk } from './container-file.js';
import type { OpenedFile } from './opened-file.js';
import { FifoMap } from '../fifo-map.js';

/** Texts read last, kept decoded: answering reads a few passages' texts many times over. */
const KEPT_TEXTS = 4_096;

/** The texts of one snapshot file's passages (in snapshot order), read on demand. */
export class TextSource {
  private readonly kept = new FifoMap<number, string>(KEPT_TEXTS);
  private scratch = Buffer.alloc(4_096);

  /**
   * `kinds`, `ends` and `lengths` as passage-texts.ts checked them (each run's ends ascend and the last fills
   * it); `runs` where the Latin-1 and the UTF-16 runs lie in the file.
   */
  constructor(
    private readonly file: OpenedFile,
    private readonly kinds: Uint8Array,
    private readonly ends: Uint32Array,
    private readonly lengths: Uint32Array,
    private readonly runs: readonly [OnDisk, OnDisk],
  ) {}

  /** The text of the passage at `n` in snapshot order. */
  text(n: number): string {
    const kept = this.kept.get(n);
    if (kept !== undefined) return kept;
    const kind = this.kinds[n]!;
    const width = kind === 0 ? 1 : 2;
    const bytes = this.lengths[n]! * width;
    if (this.scratch.length < bytes) this.scratch = Buffer.alloc(Math.max(bytes, this.scratch.length * 2));
    const run = this.runs[kind]!;
    const position = run.offset + (this.ends[n]! - this.lengths[n]!) * width;
    this.file.read(this.scratch.subarray(0, bytes), position);
    const text = this.scratch.toString(kind === 0 ? 'latin1' : 'utf16le', 0, bytes);
    this.kept.set(n, text);
    return text;
  }
}
