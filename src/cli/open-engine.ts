/** Opens the engine for terminal commands: settings from the environment, a progress bar on a terminal. */
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import dotenv from 'dotenv';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { Engine } from '../engine.js';
import { createLogger, type Logger } from '../logger.js';

/** Reads `.env` (quietly: stdout may be JSON) and validates the settings; exits with the reason if bad. */
export function readSettings(): Config {
  dotenv.config({ quiet: true });
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
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
}

const PROGRESS_MIN_FILES = 50;

export async function openEngine(config: Config, options: OpenOptions = {}): Promise<Engine> {
  const corpusDir = options.corpusDir ?? config.CORPUS_DIR;
  const sameCorpus = resolve(corpusDir) === resolve(config.CORPUS_DIR);
  const bar =
    options.progress !== false && process.stderr.isTTY
      ? new SingleBar({
          format: 'Indexing {bar} {value}/{total} files',
          stream: process.stderr,
          clearOnComplete: true,
        })
      : undefined;
  let started = false;
  try {
    return await Engine.open({
      corpusDir,
      indexPath: sameCorpus ? config.INDEX_PATH : '',
      maxFileBytes: config.MAX_FILE_BYTES,
      maxQuestionChars: config.MAX_QUESTION_CHARS,
      logger: options.logger ?? createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn'),
      onProgress: (done, total) => {
        if (!bar || total < PROGRESS_MIN_FILES) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
  } finally {
    if (started) bar?.stop();
  }
}
