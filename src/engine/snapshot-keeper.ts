/**
 * The snapshot keeper: the index snapshot (search/snapshot.ts) restored at start, so unchanged files are not
 * parsed and indexed again, and written back a little after the articles change (one write for a burst of
 * changes, through the change queue) and on close. A snapshot only saves time: one that cannot be read is
 * rebuilt from the folder, one that cannot be written is logged and the engine goes on.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../corpus/folder.js';
import type { Logger } from '../logger.js';
import { readSnapshot, serializeSnapshot } from '../search/snapshot.js';
import type { ChangeQueue } from './queue.js';
import type { ArticleStore } from './store.js';

/** How long after a change the snapshot is written: the changes of a burst share one write. */
const SNAPSHOT_DELAY_MS = 2_000;

export class SnapshotKeeper {
  private timer: NodeJS.Timeout | undefined;

  /** `path` '' or undefined: no snapshot is read or written. */
  constructor(
    private readonly path: string | undefined,
    private readonly store: ArticleStore,
    private readonly queue: ChangeQueue,
    private readonly logger: Logger,
  ) {}

  /** Fills the (empty) store from the snapshot, if there is one to trust; logs why not otherwise. */
  async restore(): Promise<void> {
    if (!this.path) return;
    const read = await readSnapshot(this.path);
    if ('snapshot' in read) {
      this.store.index = read.snapshot.index;
      for (const article of read.snapshot.articles) {
        this.store.track(article, read.snapshot.aliases.get(article.file));
      }
      this.logger.info({ articles: this.store.counts().articles }, 'index snapshot loaded');
    } else {
      this.logger.info({ reason: read.problem }, 'building the index from the corpus');
    }
  }

  /** Writes the snapshot a little later (through the queue), unless a write is already due. */
  schedule(): void {
    if (!this.path || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.queue.run(() => this.save());
    }, SNAPSHOT_DELAY_MS);
    this.timer.unref();
  }

  /** Writes the snapshot now (atomically); never throws. Call from inside the queue. */
  async save(): Promise<void> {
    const path = this.path;
    if (!path) return;
    try {
      await mkdir(dirname(path), { recursive: true });
      const snapshot = serializeSnapshot(this.store.articlesAsAdded(), this.store.index, (file) =>
        this.store.aliases.aliasesOf(file),
      );
      await writeFileAtomic(path, snapshot);
    } catch (error) {
      // A snapshot only saves time at the next start: failing to write one must not stop the bot.
      this.logger.warn({ path, error: (error as Error).message }, 'could not save the index snapshot');
    }
  }

  /** Writes a snapshot that is due now, rather than after the delay (before exit). */
  async flush(): Promise<void> {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.queue.run(() => this.save());
  }
}
