import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/corpus/types.js';
import { settledHeapBytes } from './memory.js';
import { type LatencySummary, median, summarise } from './stats.js';
import type { BenchInstance, BenchSystem } from './systems.js';

export interface SystemFigures {
  system: string;
  passages: number;
  buildMs: number[];
  buildMedianMs: number;
  passagesPerSecond: number;
  heapBytes: number;
  heapBytesPerPassage: number;
  snapshotBytes: number;
  snapshotSaveMs: number;
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

async function elapsedAsync<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

function answerLatencies(instance: BenchInstance, questions: readonly string[]): number[] {
  // Warm the JIT and any caches on other questions first, as a running bot would be.
  for (const q of questions.slice(0, WARM_UP_QUESTIONS)) instance.answer(`${q} overview`);
  let sink = 0;
  const latencies = questions.map((q) => {
    const { result, ms } = elapsed(() => instance.answer(q));
    if (result) sink++;
    return ms;
  });
  if (sink < 0) console.log(sink); // keeps the answers observable so nothing is optimised away
  return latencies;
}

/**
 * Build (heap measured on the first build), answer latency, snapshot save/open for one system over one corpus.
 * `buildRepeats` extra builds give a median on small corpora.
 */
export async function measureSystem(
  system: BenchSystem,
  articles: Article[],
  questions: readonly string[],
  buildRepeats: number,
): Promise<SystemFigures> {
  const passages = articles.reduce((n, a) => n + a.passages.length, 0);
  const heapBefore = settledHeapBytes();
  const first = elapsed(() => system.build(articles));
  const heapBytes = settledHeapBytes() - heapBefore;
  let instance: BenchInstance | undefined = first.result;
  const buildMs = [first.ms];
  for (let i = 1; i < buildRepeats; i++) buildMs.push(elapsed(() => system.build(articles)).ms);

  const latencies = answerLatencies(instance, questions);

  const dir = mkdtempSync(join(tmpdir(), 'citebot-bench-'));
  try {
    const saved = await elapsedAsync(() => instance!.saveSnapshot(dir));
    instance = undefined; // let the built index go before timing a cold start
    settledHeapBytes();
    const openMs: number[] = [];
    for (let i = 0; i < Math.max(buildRepeats, 1); i++) {
      const opened = await elapsedAsync(() => system.openSnapshot(dir, articles));
      // One question proves the opened index works (and is part of a real start).
      opened.result.answer(questions[0] ?? 'test');
      openMs.push(opened.ms);
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
      snapshotBytes: saved.result,
      snapshotSaveMs: saved.ms,
      snapshotOpenMs: openMs,
      snapshotOpenMedianMs: median(openMs),
      latency: summarise(latencies),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
