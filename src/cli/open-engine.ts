/** Opens the engine for terminal commands: settings from the environment, a progress bar on a terminal. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { SingleBar } from 'cli-progress';
import dotenv from 'dotenv';
import { type Config, ConfigError, loadConfig } from '../config.js';
import type { Engine } from '../engine.js';
import { createLogger, type Logger, skippedSummary, terminalLogOf } from '../logger.js';
import { fail } from './args.js';

/** Reads `.env` (quietly: stdout may be JSON) and validates the settings; exits with the reason if bad. */
export function readSettings(): Config {
  dotenv.config({ quiet: true });
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      fail(error.message);
    }
    throw error;
  }
}

export interface OpenOptions {
  /** Another corpus folder than CORPUS_DIR (its index is then not snapshotted, to keep the main one). */
  corpusDir?: string | undefined;
  /** Show a progress bar (only on a terminal, and only for a corpus large enough to wait for). */
  progress?: boolean;
  logger?: Logger;
  /**
   * On a terminal, say in one line how many files were skipped (default true; the chat puts it in its
   * banner instead). Each file's reason is left to `npm run corpus -- check`.
   */
  summary?: boolean;
  /** Parse uploads and watched files on a worker thread (the bot: its event loop keeps answering). */
  parseInWorker?: boolean;
  /** Another snapshot folder than INDEX_PATH (a shard process keeps its own). */
  indexPath?: string;
  /** 'held': only the servers named by `holdGuilds` (a shard process); default every server. */
  guildScopes?: 'all' | 'held';
}

const PROGRESS_MIN_FILES = 50;

export async function openEngine(config: Config, options: OpenOptions = {}): Promise<Engine> {
  if (options.corpusDir !== undefined) {
    // Never create a folder named on the command line: a typo would silently give an empty corpus.
    const found = await stat(options.corpusDir).catch(() => undefined);
    if (!found) fail(`No corpus folder at ${options.corpusDir} (--corpus): give an existing folder.`);
    if (!found.isDirectory()) fail(`--corpus ${options.corpusDir} is not a folder.`);
  }
  const corpusDir = options.corpusDir ?? config.CORPUS_DIR;
  const sameCorpus = resolve(corpusDir) === resolve(config.CORPUS_DIR);
  // The progress bar is loaded only when it may be shown: most starts never need it.
  const { SingleBar: Bar } =
    options.progress !== false && process.stderr.isTTY
      ? await import('cli-progress')
      : { SingleBar: undefined };
  const bar: SingleBar | undefined = Bar
    ? new Bar({
        format: 'Indexing {bar} {value}/{total} files',
        stream: process.stderr,
        clearOnComplete: true,
      })
    : undefined;
  let started = false;
  const logger = options.logger ?? createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
  try {
    // Loaded here, not at the top: compiling the engine's modules takes ~0.5 s, which `--help` and a
    // mistyped flag should not wait for.
    const { Engine } = await import('../engine.js');
    const engine = await Engine.open({
      corpusDir,
      indexPath: sameCorpus ? (options.indexPath ?? config.INDEX_PATH) : '',
      vectorsPath: config.VECTORS_PATH,
      maxFileBytes: config.MAX_FILE_BYTES,
      maxQuestionChars: config.MAX_QUESTION_CHARS,
      maxAliasesPerServer: config.MAX_ALIASES_PER_SERVER,
      maxFilesPerServer: config.MAX_FILES_PER_SERVER,
      maxBytesPerServer: config.MAX_BYTES_PER_SERVER,
      ...(options.parseInWorker ? { parseInWorker: true } : {}),
      ...(options.guildScopes ? { guildScopes: options.guildScopes } : {}),
      logger,
      onProgress: (done, total) => {
        if (!bar || total < PROGRESS_MIN_FILES) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    const terminal = terminalLogOf(logger);
    if (terminal) {
      if (started) bar?.stop();
      started = false;
      const summary = skippedSummary(engine.stats().skipped.length);
      if (summary && options.summary !== false) process.stderr.write(`${summary}\n`);
      terminal.settle();
    }
    return engine;
  } finally {
    if (started) bar?.stop();
  }
}
