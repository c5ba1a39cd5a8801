import type { Article } from '../../src/corpus/types.js';

/** A built index the bench can ask questions of. */
export interface BenchInstance {
  /** The answer path a user waits on (the result is only kept alive, not checked). */
  answer(question: string): unknown;
}

export interface SnapshotWritten {
  bytes: number;
  /** Time to produce the snapshot, and what that time covers (it differs by system). */
  ms: number;
  what: string;
  /** Passages in the snapshot, when the system re-parses the corpus its own way. */
  passages?: number;
}

export interface BenchSystem {
  label: string;
  build(articles: Article[]): BenchInstance;
  /** Writes the system's own kind of snapshot under `dir` (an empty temp folder). */
  writeSnapshot(instance: BenchInstance, articles: Article[], dir: string): Promise<SnapshotWritten>;
  /** Starts from the snapshot in `dir`, ready to answer: what a restart costs. */
  openSnapshot(dir: string, articles: Article[]): Promise<BenchInstance>;
}
