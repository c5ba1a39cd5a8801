/**
 * What an engine is opened with, and the limits it keeps. The limits' defaults are the settings' own
 * (config.ts, the one place they are written), so an engine a test or a benchmark opens without them keeps
 * the same limits as the bot.
 */
import { configSchema } from '../config.js';
import type { Logger } from '../logger.js';
import type { Synonyms } from '../search/synonyms/synonyms.js';
import type { WordVectors } from '../search/vectors/word-vectors.js';

export interface EngineOptions {
  /** The corpus folder. */
  corpusDir: string;
  /**
   * The index snapshot's folder (search/snapshot/: one file per scope, so a change in one server's articles
   * rewrites only that server's file); '' or undefined for none.
   */
  indexPath?: string;
  /** Largest file accepted, in bytes (default MAX_FILE_BYTES's, 2 MiB). */
  maxFileBytes?: number;
  /** Longest question accepted, in characters (default MAX_QUESTION_CHARS's, 500). */
  maxQuestionChars?: number;
  logger?: Logger;
  /** Called while indexing a large corpus: files read so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Word vectors keyed by search term (search/vectors/term-vectors.ts): questions then match words of the
   * same meaning ("died" ~ "killed"). Without them answers match exact words only.
   */
  termVectors?: WordVectors;
  /**
   * WordNet synonyms by search term (search/synonyms/), offered beside the vectors ("hurt" ~ "wound", which
   * the vectors place far apart). Used only with `termVectors`.
   */
  synonyms?: Synonyms;
  /**
   * Where `open` finds (or first builds) the word vectors when `termVectors` is not given, and the synonyms
   * (`<vectorsPath>.synonyms`) when `synonyms` is not given; '' for neither. Default `.citebot/vectors.bin`.
   */
  vectorsPath?: string;
  /** Most aliases a server may have in its alias file (default 200); the global file has no limit. */
  maxAliasesPerServer?: number;
  /** Most article files a server may upload (default 100); the global corpus has no limit. */
  maxFilesPerServer?: number;
  /** Most bytes a server's article files may take together (default 20 MiB); the global corpus has no limit. */
  maxBytesPerServer?: number;
  /**
   * Parse uploads and files the watcher sees on a worker thread (engine/parse-pool.ts), so the event loop keeps
   * answering meanwhile (the bot). Default false: the CLI, the chat and the eval parse inline.
   */
  parseInWorker?: boolean;
  /**
   * 'all' (default): every server's files are loaded at open and watched. 'held' (a shard process, which serves
   * only some servers): only the global files are loaded at open, each server's own files once `holdGuilds` names
   * it, and the folder watcher ignores the files of servers not held.
   */
  guildScopes?: 'all' | 'held';
}

export interface Limits {
  maxFileBytes: number;
  maxQuestionChars: number;
  maxAliasesPerServer: number;
  maxFilesPerServer: number;
  maxBytesPerServer: number;
}

/** The settings with nothing set: every default, as config.ts gives it. */
const DEFAULTS = configSchema.parse({});

export function limitsOf(options: Partial<EngineOptions>): Limits {
  return {
    maxFileBytes: options.maxFileBytes ?? DEFAULTS.MAX_FILE_BYTES,
    maxQuestionChars: options.maxQuestionChars ?? DEFAULTS.MAX_QUESTION_CHARS,
    maxAliasesPerServer: options.maxAliasesPerServer ?? DEFAULTS.MAX_ALIASES_PER_SERVER,
    maxFilesPerServer: options.maxFilesPerServer ?? DEFAULTS.MAX_FILES_PER_SERVER,
    maxBytesPerServer: options.maxBytesPerServer ?? DEFAULTS.MAX_BYTES_PER_SERVER,
  };
}
