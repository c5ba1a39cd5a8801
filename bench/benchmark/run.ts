import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/corpus/types.js';
import { settledHeapBytes } from './memory.js';
import { type LatencySummary, median, summarise } from './stats.js';
import type { BenchInstance, BenchSystem, SnapshotWritten } from './systems.js';

export interface SystemFigures {
  system: string;
  passages: number;
  buildMs: number[];
  buildMedianMs: number;
  passagesPerSecond: number;
  heapBytes: number;
  heapBytesPerPassage: number;
  snapshot: SnapshotWritten;
  /** Start from the snapshot until the first answer is out. */
  snapshotOpenMs: number[];
  snapshotOpenMedianMs: number;
  /** Milliseconds per question on the answer path. */
  latency: LatencySummary;
}

const WARM_UP_QUESTIONS = 50;

function elapsed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

function answerLatencies(instance: BenchInstance, questions: readonly string[]): number[] {
  // Warm the JIT on other questions first, as a running bot would be.
  for (const q of questions.slice(0, WARM_UP_QUESTIONS)) instance.answer(`${q} overview`);
  const answers: unknown[] = [];
  const latencies = questions.map((q) => {
    const { result, ms } = elapsed(() => instance.answer(q));
    answers.push(result); // kept so nothing is optimised away
    return ms;
  });
  return answers.length === latencies.length ? latencies : [];
}

/**
 * Build (heap measured on the first build), answer latency, snapshot write and open, for one system over one
 * corpus. `repeats` > 1 gives medians for the build and the open on small corpora.
 */
export async function measureSystem(
  system: BenchSystem,
  articles: Article[],
  questions: readonly string[],
  repeats: number,
): Promise<SystemFigures> {
  const passages = articles.reduce((n, a) => n + a.passages.length, 0);
  const heapBefore = settledHeapBytes();
  const first = elapsed(() => system.build(articles));
  const heapBytes = settledHeapBytes() - heapBefore;
  let instance: BenchInstance | undefined = first.result;
  const buildMs = [first.ms];
  for (let i = 1; i < repeats; i++) buildMs.push(elapsed(() => system.build(articles)).ms);

  const latencies = answerLatencies(instance, questions);

  const dir = mkdtempSync(join(tmpdir(), 'citebot-bench-'));
  try {
    const snapshot = await system.writeSnapshot(instance, articles, dir);
    instance = undefined; // let the built index go before timing a restart
    settledHeapBytes();
    const openMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      const opened = await system.openSnapshot(dir, articles);
      opened.answer(questions[0] ?? 'what is this about');
      openMs.push(performance.now() - start);
    }
    const buildMedianMs = median(buildMs);
    return {
      system: system.label,
      passages,
      buildMs,
      buildMedianMs,
      passagesPerSecond: passages / (buildMedianMs / 1000),
      heapBytes,
      heapBytesPerPassage: heapBytes / passages,
      snapshot,
      snapshotOpenMs: openMs,
      snapshotOpenMedianMs: median(openMs),
      latency: summarise(latencies),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
