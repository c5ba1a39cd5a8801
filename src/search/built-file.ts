/**
 * The files built from an installed package and kept beside the word vectors (the word vectors themselves,
 * the synonyms): each loaded when valid and current, else rebuilt from the package; a bad file is never used.
 * And one table per file shared by the whole process, however many engines open it.
 */
import { readFile } from 'node:fs/promises';
import { CheckedFileError } from './checked-file.js';

/** One kind of built file, as `checkBuiltFile` and `loadOrBuild` see it. */
export interface BuiltFileKind<T> {
  /** A file's contents; throws a `CheckedFileError` when the bytes are not a valid file. */
  decode(bytes: Uint8Array): T;
  /** Why a valid file is not current (built from another package version or other settings); undefined if it is. */
  staleness(value: T): string | undefined;
}

/** What `loadOrBuild` needs for one file. */
export interface BuiltFile<T, Source extends { id: string }> extends BuiltFileKind<T> {
  /** What the log lines and errors call it: 'synonyms', 'word vectors'. */
  what: string;
  file: string;
  /** The package it is built from: the installed one, undefined when it is not installed. */
  installed: Source | undefined;
  /** The package's name, for the error when it is not installed. */
  packageName: string;
  /** How long a build takes, for the log line: 'a few seconds'. */
  buildTime: string;
  /** Builds and writes the file from `installed`; what was written, as a restart would read it. */
  build(installed: Source): Promise<T>;
  /** Told when the file is (re)built and why. Default: silent. */
  log?: ((message: string) => void) | undefined;
}

/** A file's contents when they are valid and current; else why not. */
export function checkBuiltFile<T>(kind: BuiltFileKind<T>, bytes: Uint8Array): T | string {
  let value: T;
  try {
    value = kind.decode(bytes);
  } catch (error) {
    if (error instanceof CheckedFileError) return error.message;
    throw error;
  }
  return kind.staleness(value) ?? value;
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * The file's contents when it is valid and current; else built from the installed package (saying why).
 * Rejects when there is no valid current file and the package is not installed, or the build fails.
 */
export async function loadOrBuild<T, Source extends { id: string }>(built: BuiltFile<T, Source>): Promise<T> {
  const { what, file, installed } = built;
  let why: string;
  try {
    const result = checkBuiltFile(built, await readFile(file));
    if (typeof result !== 'string') return result;
    why = result;
  } catch (error) {
    if (!isMissing(error)) throw error;
    why = 'missing';
  }
  if (!installed) {
    throw new Error(`${what} at ${file}: ${why}, and ${built.packageName} is not installed to build them`);
  }
  built.log?.(`${what} at ${file}: ${why}; building from ${installed.id} (${built.buildTime})`);
  return built.build(installed);
}

/**
 * Tables shared by the whole process, by key (a file's absolute path): each loaded once, concurrent callers
 * sharing the load under way; a failed load is not kept, so the next call tries again.
 */
export class SharedTables<T> {
  private readonly loaded = new Map<string, T>();
  private readonly pending = new Map<string, Promise<T>>();

  /** The table for `key`: the one loaded, the load under way, or a new `load()` (kept once it succeeds). */
  open(key: string, load: () => Promise<T>): Promise<T> {
    const ready = this.loaded.get(key);
    if (ready !== undefined) return Promise.resolve(ready);
    const underWay = this.pending.get(key);
    if (underWay) return underWay;
    // A load forgotten while under way is not kept.
    const current = (): boolean => this.pending.get(key) === loading;
    const loading: Promise<T> = load().then(
      (table) => {
        if (current()) {
          this.pending.delete(key);
          this.loaded.set(key, table);
        }
        return table;
      },
      (error: unknown) => {
        if (current()) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, loading);
    return loading;
  }

  /** The table loaded for `key`, if any (not one under way). */
  get(key: string): T | undefined {
    return this.loaded.get(key);
  }

  /** Keeps `table` for `key`, loaded by other means (synchronously). */
  set(key: string, table: T): void {
    this.loaded.set(key, table);
  }

  /** Forgets the tables (all, or one key's), loaded or under way, as a restart would: for tests. */
  forget(key?: string): void {
    if (key === undefined) {
      this.loaded.clear();
      this.pending.clear();
    } else {
      this.loaded.delete(key);
      this.pending.delete(key);
    }
  }
}
