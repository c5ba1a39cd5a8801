/**
 * Where a snapshot's passage texts come from when it is read: its text sections decoded at once (a small
 * file), or read from the file on demand (text-source.ts: a large one). Both check the text table (which run
 * each text is in, where it ends) against the runs first: a file whose texts do not add up is not used.
 */
import type { TextReader } from '../../corpus/article.js';
import type { OnDisk } from './container-file.js';
import type { OpenedFile } from './opened-file.js';
import { SnapshotProblem } from './container.js';
import { LATIN1, UTF16 } from './articles.js';
import { TextSource } from './text-source.js';

/** Characters decoded into one string at a time when texts are decoded at once (see `TextRun`). */
const CHUNK_CHARS = 1 << 20;

/** The texts of passages `first`..`first + count - 1` (snapshot order), as `passagesOf` takes them. */
export type TextsOf = (first: number, count: number) => readonly string[] | TextReader;

export interface PassageTexts {
  /**
   * What reads the texts of a snapshot of `total` passages, read in order from the first, and each text's
   * length (characters), known without reading it.
   */
  passages(total: number): { textsOf: TextsOf; lengths: Uint32Array };
}

/** Texts decoded from the sections, passage after passage. */
export function textsInMemory(sections: ReadonlyMap<string, Buffer>): PassageTexts {
  return {
    passages(total) {
      const { kinds, ends, lengths } = textTable(sections, total, [
        (sections.get('latin1Texts')?.length ?? 0) / 1,
        (sections.get('utf16Texts')?.length ?? 0) / 2,
      ]);
      const runs = [
        new TextRun(sections.get('latin1Texts') ?? Buffer.alloc(0), 'latin1'),
        new TextRun(sections.get('utf16Texts') ?? Buffer.alloc(0), 'utf16le'),
      ];
      const textsOf: TextsOf = (first, count) => {
        const texts: string[] = [];
        for (let n = first; n < first + count; n++) texts.push(runs[kinds[n]!]!.next(ends[n]!));
        return texts;
      };
      return { textsOf, lengths };
    },
  };
}

/** Texts read from `file` when asked for; `runs`: where its Latin-1 and UTF-16 runs lie. */
export function textsOnDisk(
  file: OpenedFile,
  sections: ReadonlyMap<string, Buffer>,
  runs: readonly [OnDisk, OnDisk],
): PassageTexts {
  return {
    passages(total) {
      if (runs[UTF16].length % 2 !== 0) throw new SnapshotProblem('snapshot is corrupt (odd text section)');
      const { kinds, ends, lengths } = textTable(sections, total, [
        runs[LATIN1].length,
        runs[UTF16].length / 2,
      ]);
      const source = new TextSource(file, kinds, ends, lengths, runs);
      const textsOf: TextsOf = (first, count) => ({ count, textOf: (i) => source.text(first + i) });
      return { textsOf, lengths };
    },
  };
}

/**
 * Which run each text is in, where it ends and its length (characters), checked: as many as the passages, each
 * run's ends ascending and its last one filling it.
 */
function textTable(
  sections: ReadonlyMap<string, Buffer>,
  total: number,
  runChars: readonly [number, number],
): { kinds: Uint8Array; ends: Uint32Array; lengths: Uint32Array } {
  const kinds = sections.get('textKinds') ?? Buffer.alloc(0);
  const ends = uint32s(sections.get('textEnds'));
  if (ends.length !== total || kinds.length !== total) {
    throw new SnapshotProblem(`snapshot holds ${ends.length} passage texts, its articles ${total} passages`);
  }
  if (!Number.isInteger(runChars[UTF16])) throw new SnapshotProblem('snapshot is corrupt (odd text section)');
  const reached = [0, 0];
  const lengths = new Uint32Array(total);
  for (let n = 0; n < total; n++) {
    const kind = kinds[n]!;
    if (kind !== LATIN1 && kind !== UTF16) throw new SnapshotProblem('snapshot is corrupt (bad text kind)');
    if (ends[n]! < reached[kind]! || ends[n]! > runChars[kind]!) {
      throw new SnapshotProblem('snapshot is corrupt (text offsets)');
    }
    lengths[n] = ends[n]! - reached[kind]!;
    reached[kind] = ends[n]!;
  }
  if (reached[LATIN1] !== runChars[LATIN1] || reached[UTF16] !== runChars[UTF16]) {
    throw new SnapshotProblem('snapshot is corrupt (passage texts do not fill their section)');
  }
  return { kinds, ends, lengths };
}

/** A section as u32s: a view where it is aligned (a section read into a buffer of its own), else a copy. */
function uint32s(section: Buffer | undefined): Uint32Array {
  if (!section || section.length % 4 !== 0) {
    throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
  }
  return section.byteOffset % 4 === 0
    ? new Uint32Array(section.buffer, section.byteOffset, section.length / 4)
    : new Uint32Array(section.buffer.slice(section.byteOffset, section.byteOffset + section.length));
}

/**
 * One run of passage texts, read passage by passage. Texts are cut from strings of about `CHUNK_CHARS`
 * (V8 then keeps each passage as a small slice of a large string): decoding 100k passage strings one by one
 * made every one of them a young object to copy at the next collection, and that copying was a third of a
 * restart.
 */
class TextRun {
  private readonly width: number;
  private readonly length: number;
  private chunk = '';
  private chunkStart = 0;
  private start = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly encoding: 'latin1' | 'utf16le',
  ) {
    this.width = encoding === 'latin1' ? 1 : 2;
    if (bytes.length % this.width !== 0) throw new SnapshotProblem('snapshot is corrupt (odd text section)');
    this.length = bytes.length / this.width;
  }

  /** The text from where the last one ended up to `end` (characters into this run). */
  next(end: number): string {
    if (end > this.chunkStart + this.chunk.length) {
      this.chunkStart = this.start;
      const chunkEnd = Math.min(this.length, Math.max(end, this.start + CHUNK_CHARS));
      this.chunk = this.bytes.toString(this.encoding, this.start * this.width, chunkEnd * this.width);
    }
    const text = this.chunk.slice(this.start - this.chunkStart, end - this.chunkStart);
    this.start = end;
    return text;
  }
}
