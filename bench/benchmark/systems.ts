import type { Article } from '../../src/corpus/types.js';

/** A built index the bench can ask questions of and snapshot. */
export interface BenchInstance {
  /** The answer path a user waits on (the result is only kept alive, not checked). */
  answer(question: string): unknown;
  /** Writes a snapshot under `dir`; returns its size on disk in bytes. */
  saveSnapshot(dir: string): Promise<number>;
}

export interface BenchSystem {
  label: string;
  build(articles: Article[]): BenchInstance;
  /** Starts from the snapshot written into `dir` by saveSnapshot, ready to answer. */
  openSnapshot(dir: string, articles: Article[]): Promise<BenchInstance>;
}
