/**
 * Parsing uploaded and watched files (`articleFromFile`), on a worker thread (engine/parse-worker.ts) or, for
 * callers with no event loop to keep free (the CLI, the chat, the eval), inline. Decoding, the format's
 * extraction, splitting into passages and learning the text's aliases are the CPU-heavy part of an upload
 * (about 0.1-0.3 s for a 2 MiB file), and the bot's event loop must keep answering other servers meanwhile. One
 * worker, started on first use and kept; it never keeps the process alive when idle. A crashed worker fails its
 * jobs (the upload is refused with the reason) and the next job starts a new one. Under tsx (tests, `npm run`
 * from source) the worker loads its TypeScript through tsx as well.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CorpusError } from '../corpus/errors.js';
import type { Alias } from '../search/aliases.js';
import type { ArticleOptions } from '../corpus/parse.js';
import type { Article } from '../corpus/types.js';

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
  options: ArticleOptions;
}

export type ParseReply =
  | { id: number; article: Article; aliases: Alias[] }
  | { id: number; error: { message: string; corpus: boolean } };

export interface Parsed {
  article: Article;
  /** The aliases the text teaches (search/aliases.ts learnAliases), learned on the worker too; inline, later. */
  aliases?: Alias[];
}

interface Pending {
  resolve: (parsed: Parsed) => void;
  reject: (error: Error) => void;
}

/**
 * `articleFromFile` (corpus/parse.ts), its module loaded with the first file parsed: with the format libraries
 * (YAML, HTML) it takes tens of milliseconds to load, and a start from an up-to-date snapshot parses nothing.
 */
export async function parseArticleFile(
  file: string,
  bytes: Uint8Array,
  options: ArticleOptions,
): Promise<Article> {
  const { articleFromFile } = await import('../corpus/parse.js');
  return articleFromFile(file, bytes, options);
}

export class ParsePool {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `inWorker` false: every file is parsed inline, on the caller's thread, and no worker is ever started. */
  constructor(private readonly inWorker = true) {}

  /** Parses one file (`articleFromFile`); rejects with CorpusError (a reason to show) when it is no article. */
  async parse(file: string, bytes: Uint8Array, options: ArticleOptions): Promise<Parsed> {
    if (!this.inWorker) return { article: await parseArticleFile(file, bytes, options) };
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Parsed>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref(); // a job under way keeps the process alive; an idle worker does not
      const job: ParseJob = { id, file, bytes, options: { ...options } };
      worker.postMessage(job);
    });
  }

  /** Stops the worker (jobs under way are refused). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.failAll(new Error('the parser was stopped'));
  }

  private start(): Worker {
    const worker = import.meta.url.endsWith('.ts')
      ? // From source (tests, tsx): the worker registers tsx's loader, then imports the TypeScript worker.
        new Worker(
          `import(${JSON.stringify(tsxLoaderUrl())})` +
            `.then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./parse-worker.ts', import.meta.url).href)}); })`,
          { eval: true },
        )
      : new Worker(new URL('./parse-worker.js', import.meta.url));
    worker.unref();
    worker.on('message', (reply: ParseReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) {
        job.reject(
          reply.error.corpus ? new CorpusError(reply.error.message) : new Error(reply.error.message),
        );
      } else {
        job.resolve({ article: reply.article, aliases: reply.aliases });
      }
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => lost(new Error(`the parser stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(error);
  }
}

/** tsx's ESM register API (its `import` export: the CommonJS one registers a path that does not resolve). */
function tsxLoaderUrl(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}
