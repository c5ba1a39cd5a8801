/**
 * Passage texts read from the snapshot file when asked for, not at start: at 1M passages the texts are 780 MB
 * of the 1.3 GB file, and decoding them all was a third of a start and most of the heap. The file was checked
 * whole when it was opened (container-file.ts); its descriptor stays open, so a later snapshot written in its
 * place (a new file renamed over it) or its removal leaves what this reads as it was. The descriptor is closed
 * once no passage can read through it any more.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { OnDisk } from './container-file.js';
import { FifoMap } from '../fifo-map.js';

/** Texts read last, kept decoded: answering reads a few passages' texts many times over. */
const KEPT_TEXTS = 4_096;

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to do.
  }
});

/** The texts of one snapshot file's passages (in snapshot order), read on demand. */
export class TextSource {
  private readonly fd: number;
  private readonly kept = new FifoMap<number, string>(KEPT_TEXTS);
  private scratch = Buffer.alloc(4_096);

  /**
   * `kinds`, `ends` and `lengths` as passage-texts.ts checked them (each run's ends ascend and the last fills
   * it); `runs` where the Latin-1 and the UTF-16 runs lie in the file.
   */
  constructor(
    path: string,
    private readonly kinds: Uint8Array,
    private readonly ends: Uint32Array,
    private readonly lengths: Uint32Array,
    private readonly runs: readonly [OnDisk, OnDisk],
  ) {
    this.fd = openSync(path, 'r');
    closer.register(this, this.fd);
  }

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
    for (let done = 0; done < bytes;) {
      const read = readSync(this.fd, this.scratch, done, bytes - done, position + done);
      if (read === 0) throw new Error('snapshot file shorter than when it was opened');
      done += read;
    }
    const text = this.scratch.toString(kind === 0 ? 'latin1' : 'utf16le', 0, bytes);
    this.kept.set(n, text);
    return text;
  }
}
