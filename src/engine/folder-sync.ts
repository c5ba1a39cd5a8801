/**
 * Folder sync: keeps the article store in step with the corpus folder. A load reads the whole folder (at start,
 * and on reload: all of it, or only some servers' files), keeping unchanged files' articles as they are; the
 * watcher applies one file's change at a time as it happens. Both read through the one corpus reader
 * (corpus/folder.ts) and make articles the one way (corpus/parse.ts `articleFromFile`); the watcher's
 * changes run through the change queue like every other change.
 */
import { realpathSync } from 'node:fs';
import type { WatchEvent } from '../engine-api.js';
import { CorpusError, reasonOf } from '../corpus/errors.js';
import type { FileSeen } from '../corpus/file-seen.js';
import {
  isUnchangedCorpusFile,
  readCorpusFile,
  readCorpusFileSeen,
  removeLeftoverTemps,
  scanCorpusFolder,
} from '../corpus/folder.js';
import { isAliasFile } from '../corpus/names.js';
import { readOverrides } from '../corpus/overrides.js';
import { sha256Hex, showsOverride } from '../corpus/article.js';
import { type ParsePool, parseArticleFile } from './parse-pool.js';
import type { Article, SkippedFile } from '../corpus/types.js';
import type { Logger } from '../logger.js';
import type { ChangeQueue } from './queue.js';
import type { SnapshotKeeper } from './snapshot-keeper.js';
import { type ArticleStore, skippedScope } from './store.js';

/** Corpus files read between turns of the event loop when a folder is loaded. */
const FILES_PER_TURN = 64;
/** A temp file of an atomic write this old is from a killed process, not a write under way: removed at load. */
const LEFTOVER_TEMP_AGE_MS = 10 * 60_000;

export interface FolderSyncOptions {
  corpusDir: string;
  maxFileBytes: number;
  /** Called while a folder loads: files read so far and in all. */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Whether this engine holds a scope's files (a shard process: the global scope and its own servers'). */
  holds?: (scope: string) => boolean;
}

export class FolderSync {
  constructor(
    private readonly options: FolderSyncOptions,
    private readonly store: ArticleStore,
    private readonly snapshots: SnapshotKeeper,
    private readonly parser: ParsePool,
    private readonly queue: ChangeQueue,
    private readonly logger: Logger,
  ) {}

  /**
   * Reads the whole folder (the scopes held), or only the files of `scopes`; unchanged files (same hash, same override) keep
   * their indexed passages, and articles and skipped files of other scopes are left as they are. Call from
   * inside the queue, or before the engine is handed out.
   */
  async load(scopes?: readonly string[]): Promise<void> {
    const holds = this.options.holds ?? (() => true);
    const inScope = (file: string) =>
      scopes ? scopes.includes(skippedScope(file)) : holds(skippedScope(file));
    const { corpusDir, maxFileBytes, onProgress } = this.options;
    const scan = await scanCorpusFolder(corpusDir);
    const swept = await removeLeftoverTemps(scan.leftoverTemps, LEFTOVER_TEMP_AGE_MS);
    if (swept > 0) this.logger.info({ files: swept }, 'removed temp files left by interrupted writes');
    const files = scan.files.filter(inScope);
    const overrides = await readOverrides(corpusDir);
    const seen = new Set(files);
    const skipped: SkippedFile[] = scan.skipped.filter((skip) => inScope(skip.file));
    const added: Article[] = [];
    let changed = false;
    // The folder's real path, found once for the whole load (each file's real path is checked to lie inside).
    const realDir = realpathSync.native(corpusDir);
    for (const [i, file] of files.entries()) {
      // Files are read synchronously (see readCorpusFile), a batch between turns of the event loop.
      if (i > 0 && i % FILES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
      onProgress?.(i, files.length);
      try {
        const known = this.store.article(file);
        const override = overrides.get(file);
        const kept = known && showsOverride(known, override);
        // A file whose metadata is as when it was read is not read again (see corpus/file-seen.ts).
        if (kept && isUnchangedCorpusFile(corpusDir, file, maxFileBytes, known.seen)) continue;
        const { bytes, seen } = readCorpusFileSeen(corpusDir, file, maxFileBytes, realDir);
        if (kept && known.hash === sha256Hex(bytes)) {
          // Touched, not changed (or read too soon after a write): its metadata now, for the next start.
          if (seen) {
            known.seen = seen;
            this.snapshots.schedule();
          }
          continue;
        }
        const article = await parseArticleFile(file, bytes, { maxBytes: maxFileBytes, override });
        if (seen) article.seen = seen;
        this.store.untrack(file);
        this.store.track(article);
        added.push(article);
        changed = true;
      } catch (error) {
        this.store.untrack(file);
        skipped.push({ file, reason: reasonOf(error) });
        changed = true;
      }
    }
    onProgress?.(files.length, files.length);
    for (const file of this.store.files()) {
      if (!seen.has(file) && inScope(file)) {
        this.store.untrack(file);
        changed = true;
      }
    }
    this.store.index.add(added.flatMap((article) => article.passages));
    this.loadAliasFiles(scan.aliasFiles.filter(inScope), inScope);
    this.store.replaceSkipped(inScope, skipped);
    for (const skip of skipped) this.logger.warn(skip, 'corpus file skipped');
    this.logger.info({ ...this.store.counts(), ...(scopes ? { scopes } : {}) }, 'corpus loaded');
    if (changed) await this.snapshots.save();
  }

  /**
   * Forgets the articles, aliases and skipped files of every scope `keep` refuses (servers a shard no longer
   * holds); true when an article was dropped. Call from inside the queue.
   */
  forget(keep: (scope: string) => boolean): boolean {
    const dropped = this.store.files().filter((file) => !keep(skippedScope(file)));
    for (const file of dropped) this.store.untrack(file);
    for (const file of this.store.aliasSources()) {
      if (!keep(skippedScope(file))) this.store.dropAliasFile(file);
    }
    this.store.replaceSkipped((file) => !keep(skippedScope(file)), []);
    return dropped.length > 0;
  }

  /**
   * Watches the folder and applies each change through the queue; returns a stop function. `onReady` runs
   * once the watcher's first scan is done (changes before it are not reported).
   */
  watch(onChange?: (event: WatchEvent) => void, onReady?: () => void): () => Promise<void> {
    const holds = this.options.holds ?? (() => true);
    // The watcher's library (chokidar) is loaded here, not at start: a one-off answer never watches, and the
    // chat shows its prompt first. Nothing is missed meanwhile: changes count from the first scan (`onReady`).
    const started = import('../corpus/watch.js').then(({ startWatcher }) =>
      startWatcher(
        this.options.corpusDir,
        (file) =>
          this.queue.run(async () => {
            if (!holds(skippedScope(file))) return; // another shard's server
            const event = isAliasFile(file) ? this.refreshAliasFile(file) : await this.refreshFile(file);
            if (event) {
              this.logger.info(event, 'corpus folder changed');
              onChange?.(event);
            }
          }),
        onReady,
      ),
    );
    return async () => (await started)();
  }

  /** Reads the alias files (small, and not in the snapshot); forgets gone ones of the scopes read. */
  private loadAliasFiles(files: readonly string[], inScope: (file: string) => boolean): void {
    const seen = new Set(files);
    for (const file of this.store.aliasSources()) {
      if (isAliasFile(file) && !seen.has(file) && inScope(file)) this.store.dropAliasFile(file);
    }
    for (const file of files) {
      try {
        this.applyAliasFile(file, this.read(file));
      } catch (error) {
        this.refuseAliasFile(file, error);
      }
    }
  }

  /** An alias file's change from the folder watcher; what happened, or nothing if no change. */
  private refreshAliasFile(file: string): WatchEvent | undefined {
    const had = this.store.aliasFileHash(file) !== undefined;
    let bytes: Uint8Array;
    try {
      bytes = this.read(file);
    } catch (error) {
      const known = this.store.knowsAliasFile(file);
      if (error instanceof CorpusError) return this.refuseAliasFile(file, error);
      this.store.dropAliasFile(file);
      return known ? { file, kind: 'removed' } : undefined;
    }
    try {
      if (!this.applyAliasFile(file, bytes)) return undefined; // our own write, or a touch
    } catch (error) {
      return this.refuseAliasFile(file, error);
    }
    const bad = this.store.aliasProblemCount(file);
    return {
      file,
      kind: had ? 'changed' : 'added',
      ...(bad > 0 ? { reason: `${bad} line${bad === 1 ? '' : 's'} of it skipped` } : {}),
    };
  }

  /** Applies an alias file's bytes unless they are those applied last; false when they were. */
  private applyAliasFile(file: string, bytes: Uint8Array): boolean {
    if (this.store.aliasFileHash(file) === sha256Hex(bytes)) return false;
    this.store.applyAliasFile(file, bytes);
    return true;
  }

  /** An alias file that cannot be read or decoded: what it taught is forgotten, and it is reported as skipped. */
  private refuseAliasFile(file: string, error: unknown): WatchEvent {
    const reason = reasonOf(error);
    this.store.dropAliasFile(file);
    this.store.reportAliasProblems(file, [], reason);
    return { file, kind: 'skipped', reason };
  }

  /** An article file's change from the folder watcher; what happened, or nothing if no change. */
  private async refreshFile(file: string): Promise<WatchEvent | undefined> {
    let bytes: Uint8Array;
    let seen: FileSeen | undefined;
    try {
      ({ bytes, seen } = readCorpusFileSeen(this.options.corpusDir, file, this.options.maxFileBytes));
    } catch (error) {
      if (error instanceof CorpusError) {
        this.store.replaceArticle(file, undefined);
        this.store.addSkipped({ file, reason: error.message });
        return { file, kind: 'skipped', reason: error.message };
      }
      if (!this.store.article(file)) return undefined;
      this.store.replaceArticle(file, undefined);
      return { file, kind: 'removed' };
    }
    const known = this.store.article(file);
    if (known?.hash === sha256Hex(bytes)) return undefined; // our own write, or a touch
    try {
      const override = (await readOverrides(this.options.corpusDir)).get(file);
      const parsed = await this.parser.parse(file, bytes, { maxBytes: this.options.maxFileBytes, override });
      if (seen) parsed.article.seen = seen;
      this.store.replaceArticle(file, parsed.article, parsed.aliases);
      return { file, kind: known ? 'changed' : 'added' };
    } catch (error) {
      this.store.replaceArticle(file, undefined);
      const skip = { file, reason: reasonOf(error) };
      this.store.addSkipped(skip);
      this.logger.warn(skip, 'corpus file skipped');
      return { file, kind: 'skipped', reason: skip.reason };
    }
  }

  private read(file: string): Uint8Array {
    return readCorpusFile(this.options.corpusDir, file, this.options.maxFileBytes);
  }
}
