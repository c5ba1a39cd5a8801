/**
 * Word vectors keyed by search term (the analyzer's stems: "kill" for killed/killing/kills), so questions and
 * passages are compared in the terms the index already holds. Each term's vector is the frequency-weighted
 * mean of its words' vectors (the commonest form counts most). Derived once from the word table and kept
 * in its own file beside it; rebuilt when the word table or the analyzer changes.
 */
import { open } from 'node:fs/promises';
import { writeFileAtomic } from '../../corpus/folder.js';
import { termOf } from '../analyzer.js';
import { SharedTables } from '../built-file.js';
import { SETTINGS_KEY } from '../settings.js';
import { encodeVectorFile, joinWords, quantizeRow, VectorFileError } from './format.js';
import { bytesInWasmMemory } from './simd-dot.js';
import { findVectorSource, openWordVectors, type OpenVectorsOptions } from './store.js';
import { WordVectors } from './word-vectors.js';

/** Words the analyzer can turn into one term: letters and digits with inner apostrophes, no hyphens. */
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*$/u;
/** Rank offset in the frequency weight 1 / (rank + offset): the commonest form leads, rare forms still count. */
const RANK_OFFSET = 100;

/** The term table derived from a word table: rows are analyzer terms. */
export function termTableFrom(words: WordVectors): WordVectors {
  const dims = words.dimensions;
  const sums = new Map<string, Float32Array>();
  for (let id = 0; id < words.size; id++) {
    const word = words.wordOf(id)!;
    if (!PLAIN_WORD.test(word)) continue;
    const term = termOf(word);
    if (term === null) continue;
    const { values, inverseNorm } = words.row(id);
    if (inverseNorm === 0) continue;
    let sum = sums.get(term);
    if (!sum) {
      sum = new Float32Array(dims);
      sums.set(term, sum);
    }
    const weight = inverseNorm / (id + RANK_OFFSET);
    for (let i = 0; i < dims; i++) sum[i]! += values[i]! * weight;
  }
  const terms = [...sums.keys()];
  const vectors = new Int8Array(terms.length * dims);
  const inverseNorms = new Float32Array(terms.length);
  terms.forEach((term, row) => {
    inverseNorms[row] = quantizeRow(sums.get(term)!, dims, vectors, row * dims);
  });
  const table = {
    dimensions: dims,
    source: termSourceOf(words),
    inverseNorms,
    vectors,
    count: terms.length,
    vocab: joinWords(terms),
  };
  return WordVectors.fromBytes(joined(encodeVectorFile(table)));
}

/** The chunks of a file as one array of bytes, in WebAssembly memory (simd-dot.ts: the rows are read there). */
function joined(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = bytesInWasmMemory(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A file's bytes, read into WebAssembly memory (see `joined`). */
async function readIntoWasmMemory(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const bytes = bytesInWasmMemory(size);
    for (let at = 0; at < size;) {
      const { bytesRead } = await file.read(bytes, at, size - at, at);
      if (bytesRead === 0) throw new Error(`${path}: ended after ${at} of ${size} bytes`);
      at += bytesRead;
    }
    return bytes;
  } finally {
    await file.close();
  }
}

/** What a term table is built from: the word table and the analyzer settings (stop words, stemmer...). */
function termSourceOf(words: WordVectors): string {
  return `${words.source} terms ${SETTINGS_KEY}`;
}

/** Was a term table built by this analyzer from the installed package (any package, if none is installed)? */
function isCurrent(source: string, installed: string | undefined): boolean {
  const [from, key] = source.split(' terms ');
  return key === SETTINGS_KEY && (installed === undefined || from === installed);
}

const shared = new SharedTables<WordVectors>();

/** Forgets the term tables loaded in this process (as a restart would): for tests. */
export function forgetTermVectors(): void {
  shared.forget();
}

/**
 * The term table for the word table at `wordFile`: loaded from `<wordFile>.terms` when that is valid and
 * current, else derived (about a second) and written atomically. Shared within a process.
 */
export function openTermVectors(wordFile: string, options: OpenVectorsOptions = {}): Promise<WordVectors> {
  return shared.open(wordFile, () => loadOrDerive(wordFile, options));
}

async function loadOrDerive(wordFile: string, options: OpenVectorsOptions): Promise<WordVectors> {
  const termFile = `${wordFile}.terms`;
  const log = options.log ?? (() => {});
  let cached: WordVectors | undefined;
  try {
    cached = WordVectors.fromBytes(await readIntoWasmMemory(termFile));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof VectorFileError) && code !== 'ENOENT') throw error;
    if (error instanceof VectorFileError) log(`term vectors at ${termFile}: ${error.message}; rebuilding`);
  }
  // A current term table needs nothing else: the word table (38 MB) is read only to derive a new one.
  const installed = findVectorSource(options.source);
  if (cached && isCurrent(cached.source, installed?.id)) return cached;
  const words = await openWordVectors(wordFile, options);
  const started = performance.now();
  const terms = termTableFrom(words);
  await writeFileAtomic(termFile, Buffer.concat(encodeVectorFile(tableOf(terms))));
  log(`term vectors derived: ${terms.size} terms in ${Math.round(performance.now() - started)} ms`);
  return terms;
}

/** A WordVectors' sections again, for writing (the term table was built in memory). */
function tableOf(vectors: WordVectors) {
  const dims = vectors.dimensions;
  const inverseNorms = new Float32Array(vectors.size);
  const rows = new Int8Array(vectors.size * dims);
  const words: string[] = [];
  for (let id = 0; id < vectors.size; id++) {
    const { values, inverseNorm } = vectors.row(id);
    rows.set(values, id * dims);
    inverseNorms[id] = inverseNorm;
    words.push(vectors.wordOf(id)!);
  }
  return {
    dimensions: dims,
    source: vectors.source,
    inverseNorms,
    vectors: rows,
    count: vectors.size,
    vocab: joinWords(words),
  };
}
