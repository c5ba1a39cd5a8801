/**
 * The engine's one queue of changes: uploads, removals, taught aliases, reloads, the folder watcher's changes
 * and snapshot writes run one at a time, in order, so the files on disk, the article store and the index
 * always agree (a change never sees another half done). A failed change fails its own caller only; the next
 * one still runs.
 */
export class ChangeQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Settles once every change queued so far has run. */
  idle(): Promise<unknown> {
    return this.tail;
  }
}
