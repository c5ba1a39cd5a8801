/**
 * The snapshot keeper: the index snapshot (search/snapshot/: a folder of one file per scope) restored at start,
 * so unchanged files are not parsed and indexed again, and written back a little after the articles change
 * (one write for a burst of changes, through the change queue) and on close. Only the scopes whose articles
 * changed are written: each file is made a few milliseconds at a time between questions, inside the queue
 * (the index must hold still), and reaches the disk outside it, so one server's uploads neither rewrite nor hold
 * up the others. A snapshot only saves time: a scope whose file cannot be read is rebuilt from its folder, one
 * that cannot be written is logged and the engine goes on.
 */
import { createHash } from 'node:crypto';
import { passageCountOf } from '../corpus/lazy-article.js';
import type { FileSeen } from '../corpus/file-seen.js';
import type { Article } from '../corpus/types.js';
import type { Logger } from '../logger.js';
import {
  encodeScope,
  readSnapshotFolder,
  removeScopeFile,
  runInSlices,
  scopeFilePath,
  writeScopeFile,
} from '../search/snapshot/index.js';
import type { ChangeQueue } from './queue.js';
import type { ArticleStore } from './store.js';

/** How long after a change the snapshot is written: the changes of a burst share one write. */
const SNAPSHOT_DELAY_MS = 2_000;
/** A scope's articles as read from its file at start, and their metadata then. */
interface Restored {
  articles: readonly Article[];
  seen: ReadonlyArray<FileSeen | undefined>;
}

/** A fingerprint's numbers per article: its passage count, whether its metadata is known, and that metadata. */
const NUMBERS_PER_ARTICLE = 6;

export class SnapshotKeeper {
  private timer: NodeJS.Timeout | undefined;
  /**
   * Per scope with a file in the folder: a fingerprint of the articles that file holds ('' if unknown), or, for a
   * file read at start, the articles read from it and their metadata then (`Restored`), made into a fingerprint
   * only when a save needs it: a start that changes nothing never does (30 ms of a 100k start).
   */
  private readonly written = new Map<string, string | Restored>();
  /** Per scope, the write (or removal) of its file under way. */
  private readonly writes = new Map<string, Promise<void>>();

  /** `dir`: the snapshot folder; '' or undefined: no snapshot is read or written. */
  constructor(
    private readonly dir: string | undefined,
    private readonly store: ArticleStore,
    private readonly queue: ChangeQueue,
    private readonly logger: Logger,
  ) {}

  /** Fills the (empty) store from the scopes' files it can trust; logs why not for the others. */
  async restore(): Promise<void> {
    if (!this.dir) return;
    const read = await readSnapshotFolder(this.dir);
    for (const { scope, reason } of read.problems) {
      this.logger.info({ ...(scope ? { scope } : {}), reason }, 'building the index from the corpus');
    }
    if (!read.snapshot) return;
    const { articles, aliases, index, scopes } = read.snapshot;
    this.store.index = index;
    for (const article of articles) this.store.track(article, aliases.get(article.file));
    const byScope = this.articlesByScope();
    for (const scope of scopes) {
      // Articles never change in place but for their metadata (`seen`, set when a touched file is read again):
      // the objects and their metadata as read make the file's fingerprint later, exactly as it would be now.
      const restored = byScope.get(scope) ?? [];
      this.written.set(scope, { articles: restored, seen: restored.map((article) => article.seen) });
    }
    this.logger.info({ articles: articles.length, scopes: scopes.length }, 'index snapshot loaded');
  }

  /** Writes the snapshot a little later (through the queue), unless a write is already due. */
  schedule(): void {
    if (!this.dir || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.queue.run(() => this.save({ inBackground: true }));
    }, SNAPSHOT_DELAY_MS);
    this.timer.unref();
  }

  /**
   * Makes the file of every scope whose articles changed since it was written and writes it (atomically), and
   * removes the files of scopes left without articles; never throws. Call from inside the queue: the index must
   * not change while a file is made. `inBackground` (the writes after changes) returns once the files are made
   * and lets them reach the disk outside the queue, so uploads need not wait for a large file's write; `flush`
   * waits for them.
   */
  async save({ inBackground = false }: { inBackground?: boolean } = {}): Promise<void> {
    const dir = this.dir;
    if (!dir) return;
    const byScope = this.articlesByScope();
    for (const [scope, articles] of byScope) {
      const fingerprint = this.fingerprint(articles);
      if (this.writtenFingerprint(scope) === fingerprint) continue;
      // One file of a scope at a time: the last one is written before the next is made.
      await this.writes.get(scope);
      let chunks: Buffer[];
      try {
        const aliasesOf = (file: string) => this.store.aliases.aliasesOf(file);
        chunks = await runInSlices(encodeScope(scope, articles, this.store.index, aliasesOf));
      } catch (error) {
        this.failed(dir, scope, error);
        continue;
      }
      this.written.set(scope, fingerprint);
      this.writing(
        scope,
        writeScopeFile(dir, scope, chunks).catch((error: unknown) => this.failed(dir, scope, error)),
      );
    }
    for (const scope of [...this.written.keys()]) {
      if (byScope.has(scope)) continue;
      this.written.delete(scope);
      const before = this.writes.get(scope) ?? Promise.resolve();
      this.writing(
        scope,
        before.then(() => removeScopeFile(dir, scope)).catch(() => {}),
      );
    }
    if (!inBackground) await Promise.all(this.writes.values());
  }

  /** Writes a snapshot that is due now, rather than after the delay, and waits for every write (before exit). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await this.queue.run(() => this.save());
    }
    await this.queue.idle();
    await Promise.all(this.writes.values());
  }

  /** Keeps a scope's write under way (a promise that never rejects) until it is done. */
  private writing(scope: string, write: Promise<void>): void {
    const done: Promise<void> = write.finally(() => {
      if (this.writes.get(scope) === done) this.writes.delete(scope);
    });
    this.writes.set(scope, done);
  }

  /** A scope's file that could not be made or written: logged, and made again at the next save. */
  private failed(dir: string, scope: string, error: unknown): void {
    // A snapshot only saves time at the next start: failing to write one must not stop the bot.
    this.written.set(scope, '');
    this.logger.warn(
      { path: dir, file: scopeFilePath(dir, scope), error: (error as Error).message },
      'could not save the index snapshot',
    );
  }

  /** The store's articles by scope, each in the order they were added. */
  private articlesByScope(): Map<string, Article[]> {
    const byScope = new Map<string, Article[]>();
    for (const article of this.store.articlesAsAdded()) {
      let list = byScope.get(article.scope);
      if (!list) byScope.set(article.scope, (list = []));
      list.push(article);
    }
    return byScope;
  }

  /** The fingerprint of what a scope's file holds (made now for a file read at start), if it has one. */
  private writtenFingerprint(scope: string): string | undefined {
    const written = this.written.get(scope);
    if (written === undefined || typeof written === 'string') return written;
    const fingerprint = this.fingerprint(written.articles, written.seen);
    this.written.set(scope, fingerprint);
    return fingerprint;
  }

  /**
   * What a scope's file says of its articles, as one hash: equal when the file needs no rewrite. `seen`: the
   * articles' metadata when it is not theirs now (as read at start).
   */
  private fingerprint(articles: readonly Article[], seenThen?: ReadonlyArray<FileSeen | undefined>): string {
    const fields: unknown[] = [];
    // Numbers go in as their bytes: writing each file's times as decimals was most of this at a 1M start.
    const numbers = new Float64Array(articles.length * NUMBERS_PER_ARTICLE);
    let at = 0;
    for (const [i, article] of articles.entries()) {
      const { file, hash, title, url, author, date, aliasLines } = article;
      const seen = seenThen ? seenThen[i] : article.seen;
      fields.push(file, hash, title, url, author, date);
      if (aliasLines) fields.push(JSON.stringify(aliasLines));
      numbers[at++] = passageCountOf(article);
      numbers[at++] = seen ? 1 : 0;
      for (let i = 0; i < 4; i++) numbers[at++] = seen?.[i] ?? 0;
    }
    return createHash('sha256')
      .update(fields.join('\0'))
      .update(new Uint8Array(numbers.buffer))
      .digest('hex');
  }
}
