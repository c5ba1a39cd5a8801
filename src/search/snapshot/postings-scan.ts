/**
 * The range check of a scope's postings left on disk (search/index/postings-on-disk.ts), made as they pass
 * through the checksum at start, a chunk at a time in a buffer already in memory: the largest passage number
 * and whether a frequency is 0, which `checkEncodedIndex` checks against the passages as it would on the
 * arrays (a file whose postings reach past its passages is still found corrupt at start, and rebuilt).
 */
import { largest } from '../index/encoded-index.js';
import type { PostingsChecked } from '../index/postings-on-disk.js';
import type { SectionWatch } from './container-file.js';

export class PostingsScan implements PostingsChecked {
  largest = -1;
  zero = false;

  /** `freqBytes`: the width of a frequency, as the header gives it (another width finds nothing to check). */
  constructor(private readonly freqBytes: number) {}

  /** What watches the section `name` as it passes (container-file.ts), if it is the postings'. */
  watch(name: string): SectionWatch | undefined {
    if (name === 'docs') {
      return (chunk) => {
        const [buffer, offset] = aligned(chunk);
        this.largest = Math.max(this.largest, largest(new Uint32Array(buffer, offset, chunk.length >> 2)));
      };
    }
    const width = this.freqBytes;
    if (name !== 'freqs' || (width !== 1 && width !== 2 && width !== 4)) return undefined;
    return (chunk) => {
      const [buffer, offset] = aligned(chunk);
      const length = Math.floor(chunk.length / width);
      const freqs =
        width === 1
          ? new Uint8Array(buffer, offset, length)
          : width === 2
            ? new Uint16Array(buffer, offset, length)
            : new Uint32Array(buffer, offset, length);
      this.zero ||= freqs.indexOf(0) !== -1;
    };
  }
}

/** Where the chunk's bytes lie, at an offset a multiple of 4 (copied when they do not). */
function aligned(chunk: Buffer): [ArrayBuffer, number] {
  if (chunk.byteOffset % 4 === 0) return [chunk.buffer as ArrayBuffer, chunk.byteOffset];
  return [new Uint8Array(chunk).buffer, 0];
}
