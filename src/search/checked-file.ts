/**
 * The frame of the compact files the search builds beside the word vectors (synonyms/format.ts,
 * vectors/format.ts): what says which kind of file it is, which layout, and that no byte changed.
 *
 * Layout (integers u32 LE):
 *   magic (16 bytes) | format | CRC-32 of every byte after this field | the kind's own header fields | body
 *
 * A reader checks the magic and the format first (another kind of file, or an older layout, is refused before
 * its numbers are trusted), then, once its header fields give the size, the size and the checksum.
 */
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';

const LITTLE_ENDIAN_HOST = endianness() === 'LE';

/** Why a checked file was refused: its store logs it and rebuilds. Each kind of file throws its own subclass. */
export class CheckedFileError extends Error {
  override name = 'CheckedFileError';
}

/** One kind of checked file: writes and reads its frame. */
export class CheckedFile<Field extends string> {
  /** The first 16 bytes of every such file. */
  readonly magic: Buffer;
  /** Magic, format, checksum and the header fields: where the body starts (and the shortest possible file). */
  readonly headerBytes: number;
  /** Where the format field is; the checksum follows it. */
  private readonly formatAt: number;
  /** Bytes before which the checksum starts (magic, format, the checksum itself). */
  private readonly crcStart: number;

  /**
   * @param magic the 16 characters (latin1) every such file starts with
   * @param format the layout's number: bumped when it changes, so that older files are rebuilt, never misread
   * @param fields the names of the u32 header fields after the checksum, in order
   * @param error what this kind of file throws when it refuses one
   * @param what the file in the bad-magic message: `not ${what} (bad magic)`
   */
  constructor(
    magic: string,
    readonly format: number,
    private readonly fields: readonly Field[],
    private readonly error: new (message: string) => CheckedFileError,
    private readonly what: string,
  ) {
    this.magic = Buffer.from(magic, 'latin1');
    this.formatAt = this.magic.length;
    this.crcStart = this.formatAt + 8;
    this.headerBytes = this.crcStart + fields.length * 4;
  }

  /** A header holding `fields`, with `extra` zero bytes after it for the caller to fill; checksum still 0. */
  header(fields: Readonly<Record<Field, number>>, extra = 0): Buffer {
    const head = Buffer.alloc(this.headerBytes + extra);
    this.magic.copy(head, 0);
    let at = this.formatAt;
    for (const n of [this.format, 0, ...this.fields.map((name) => fields[name])]) {
      at = head.writeUInt32LE(n, at);
    }
    return head;
  }

  /** Writes into `head` the checksum of what follows its checksum field in `head`, then the `body` pieces. */
  seal(head: Buffer, body: readonly Uint8Array[]): void {
    let crc = crc32(head.subarray(this.crcStart));
    for (const part of body) crc = crc32(part, crc);
    head.writeUInt32LE(crc, this.formatAt + 4);
  }

  /** A file's bytes (viewed, not copied) and its header fields, once the magic and the format are right. */
  open(bytes: Uint8Array): { buf: Buffer; fields: Record<Field, number> } {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { magic, format } = this;
    if (buf.length < this.headerBytes || !buf.subarray(0, magic.length).equals(magic)) {
      throw new this.error(`not ${this.what} (bad magic)`);
    }
    const found = buf.readUInt32LE(this.formatAt);
    if (found !== format) throw new this.error(`format ${found}, this code reads ${format}`);
    const fields = {} as Record<Field, number>;
    this.fields.forEach((name, i) => (fields[name] = buf.readUInt32LE(this.crcStart + i * 4)));
    return { buf, fields };
  }

  /** Checks an opened file's size (`size`, from its header fields) and checksum. */
  verify(buf: Buffer, size: number): void {
    if (buf.length !== size) {
      throw new this.error(`size ${buf.length} bytes, header says ${size} (truncated?)`);
    }
    if (crc32(buf.subarray(this.crcStart)) !== buf.readUInt32LE(this.formatAt + 4)) {
      throw new this.error('checksum mismatch (corrupt file)');
    }
  }
}

type NumberArray = Uint16Array | Uint32Array | Float32Array;
interface NumberArrayType<T extends NumberArray> {
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/**
 * `count` little-endian numbers at `at` in `buf`: a zero-copy view when aligned on a little-endian host, else
 * a copy (a pooled small buffer at an odd offset, or a big-endian host).
 */
export function littleEndianView<T extends NumberArray>(
  type: NumberArrayType<T>,
  buf: Buffer,
  at: number,
  count: number,
): T {
  const width = type.BYTES_PER_ELEMENT;
  const start = buf.byteOffset + at;
  if (LITTLE_ENDIAN_HOST && start % width === 0) return new type(buf.buffer, start, count);
  const copy = new type(count);
  const bytes = new Uint8Array(copy.buffer);
  bytes.set(buf.subarray(at, at + count * width));
  if (!LITTLE_ENDIAN_HOST) {
    const swap = Buffer.from(copy.buffer);
    if (width === 2) swap.swap16();
    else swap.swap32();
  }
  return copy;
}
