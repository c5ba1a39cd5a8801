/**
 * A large snapshot's flat postings (passage numbers and frequencies) left in its file rather than read at
 * start: 24 + 6 MB of new memory at 100k passages and ten times that at 1M, most of what a start read into
 * memory it had never touched (slow on the VMs measured, ~3.5 ms a megabyte), for the few dozen terms the first
 * answers walk. A term's range is read the first time it is walked (`FlatPostings.ready`), into arrays of the
 * whole pools' size whose unread pages are never touched (they cost no memory until read). The file was
 * checked whole at start, the postings' range check done as they passed through the checksum
 * (`PostingsScan`), and is read through the descriptor then checked (a file renamed over it is not read).
 */
import type { FileReader } from './pool-on-disk.js';

type Frequencies = Uint8Array | Uint16Array | Uint32Array;

/** What a pass over every posting found: what `checkEncodedIndex` would otherwise read them all for. */
export interface PostingsChecked {
  /** The largest passage number, -1 for none. */
  largest: number;
  /** Whether a frequency is 0. */
  zero: boolean;
}

export class PostingsOnDisk {
  /** The passage numbers, those of ranges not read yet 0. */
  readonly docs: Uint32Array;
  /** The frequencies beside them, likewise. */
  readonly freqs: Frequencies;
  private whole = false;

  /**
   * `count` postings: passage numbers (32-bit) from byte `docsAt` of the file, frequencies of `freqBytes`
   * each from `freqsAt`, all little-endian; `checked` what the pass at start found in them.
   */
  constructor(
    private readonly file: FileReader,
    private readonly docsAt: number,
    private readonly freqsAt: number,
    count: number,
    freqBytes: 1 | 2 | 4,
    readonly checked: PostingsChecked,
  ) {
    this.docs = new Uint32Array(count);
    this.freqs =
      freqBytes === 1
        ? new Uint8Array(count)
        : freqBytes === 2
          ? new Uint16Array(count)
          : new Uint32Array(count);
  }

  /** Reads the postings `from` up to `to` into `docs` and `freqs` (again, if read before: the same bytes). */
  read(from: number, to: number): void {
    if (this.whole || to <= from) return;
    const { docs, freqs } = this;
    const width = freqs.BYTES_PER_ELEMENT;
    this.file.read(new Uint8Array(docs.buffer, from * 4, (to - from) * 4), this.docsAt + from * 4);
    this.file.read(
      new Uint8Array(freqs.buffer, from * width, (to - from) * width),
      this.freqsAt + from * width,
    );
  }

  /** Reads every posting (a join of scopes, or a change to the postings, copies them all). */
  readAll(): void {
    this.read(0, this.docs.length);
    this.whole = true;
  }
}
