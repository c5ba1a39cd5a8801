import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../src/corpus/types.js';
import { settledHeapBytes } from './memory.js';
import { buildPostingsFloor, type PostingsFloor } from './postings-floor.js';
import { type LatencySummary, median, summarise } from './stats.js';
import type { BenchInstance, BenchSystem, SnapshotWritten } from './systems.js';

export interface SystemFigures {
  system: string;
  passages: number;
  buildMs: number[];
  buildMedianMs: number;
  /** CPU time of the median build: less sensitive than wall time to other work on the machine. */
  buildCpuMs: number[];
  passagesPerSecond: number;
  heapBytes: number;
  heapBytesPerPassage: number;
  snapshot: SnapshotWritten;
  /** Start from the snapshot until the first answer is out. */
  snapshotOpenMs: number[];
  snapshotOpenMedianMs: number;
  /** Milliseconds per question on the answer path: wall time, and CPU time (which ignores waiting for a core). */
  latency: LatencySummary;
  cpuLatency: LatencySummary;
  /** The postings floor (see postings-floor.ts), its questions timed in turn with this system's answers. */
  floor?: FloorFigures;
  /** The questions asked again of the last start from the snapshot, with no warm-up (see `measureSystem`). */
  afterStart?: AfterStartFigures;
}

export interface AfterStartFigures {
  latency: LatencySummary;
  /** Memory in use (JS heap + array buffers, after a full collection) beyond what it was before the start. */
  heapBytesAfterStart: number;
  heapBytesAfterAnswers: number;
}

export interface FloorFigures {
  buildMs: number;
  passagesPerSecond: number;
  latency: LatencySummary;
  cpuLatency: LatencySummary;
}

const WARM_UP_QUESTIONS = 50;

function elapsed<T>(work: () => T): { result: T; ms: number; cpuMs: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { result, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

interface Latencies {
  wall: number[];
  cpu: number[];
}

/**
 * Answer latency per question; with a floor, the floor's search of each question is timed right before or
 * after the answer (in turn), so both see the same moments of a busy machine.
 */
function answerLatencies(
  instance: BenchInstance,
  questions: readonly string[],
  floor?: PostingsFloor,
): { answers: Latencies; floor: Latencies } {
  // Warm the JIT on other questions first, as a running bot would be.
  for (const q of questions.slice(0, WARM_UP_QUESTIONS)) {
    instance.answer(`${q} overview`);
    floor?.search(`${q} overview`);
  }
  const kept: unknown[] = [];
  const answers: Latencies = { wall: [], cpu: [] };
  const floors: Latencies = { wall: [], cpu: [] };
  const time = (into: Latencies, work: () => unknown) => {
    const timing = elapsed(work);
    kept.push(timing.result); // kept so nothing is optimised away
    into.wall.push(timing.ms);
    into.cpu.push(timing.cpuMs);
  };
  questions.forEach((q, i) => {
    if (floor && i % 2 === 1) time(floors, () => floor.search(q));
    time(answers, () => instance.answer(q));
    if (floor && i % 2 === 0) time(floors, () => floor.search(q));
  });
  return { answers, floor: floors };
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
  { withFloor = false, afterStart = false }: { withFloor?: boolean; afterStart?: boolean } = {},
): Promise<SystemFigures> {
  const passages = articles.reduce((n, a) => n + a.passages.length, 0);
  const heapBefore = settledHeapBytes();
  const first: { result?: BenchInstance; ms: number; cpuMs: number } = elapsed(() => system.build(articles));
  const heapBytes = settledHeapBytes() - heapBefore;
  let instance: BenchInstance | undefined = first.result;
  delete first.result;
  const buildMs = [first.ms];
  const buildCpuMs = [first.cpuMs];
  for (let i = 1; i < repeats; i++) {
    const again = elapsed(() => system.build(articles));
    buildMs.push(again.ms);
    buildCpuMs.push(again.cpuMs);
  }

  // The floor is built after the heap was measured, and timed beside the answers.
  const floorBuild: { result?: PostingsFloor; ms: number } | undefined = withFloor
    ? elapsed(() => buildPostingsFloor(articles))
    : undefined;
  const latencies = answerLatencies(instance!, questions, floorBuild?.result);
  if (floorBuild) delete floorBuild.result; // let it go before the snapshot is timed
  const floor: FloorFigures | undefined = floorBuild && {
    buildMs: floorBuild.ms,
    passagesPerSecond: passages / (floorBuild.ms / 1000),
    latency: summarise(latencies.floor.wall),
    cpuLatency: summarise(latencies.floor.cpu),
  };

  const dir = mkdtempSync(join(tmpdir(), 'citebot-bench-'));
  try {
    const snapshot = await system.writeSnapshot(instance!, articles, dir);
    instance = undefined; // let the built index go before timing a restart
    settledHeapBytes();
    const openMs: number[] = [];
    let heapBeforeStart = 0;
    let opened: BenchInstance | undefined;
    for (let i = 0; i < repeats; i++) {
      opened = undefined;
      if (afterStart && i === repeats - 1) heapBeforeStart = settledHeapBytes();
      const start = performance.now();
      opened = await system.openSnapshot(dir, articles);
      opened.answer(questions[0] ?? 'what is this about');
      openMs.push(performance.now() - start);
    }
    // The last start's answers, from the first question on (no warm-up): what a restarted bot gives.
    let after: AfterStartFigures | undefined;
    if (afterStart && opened) {
      const heapBytesAfterStart = settledHeapBytes() - heapBeforeStart;
      const wall: number[] = [];
      for (const q of questions) wall.push(elapsed(() => opened!.answer(q)).ms);
      after = {
        latency: summarise(wall),
        heapBytesAfterStart,
        heapBytesAfterAnswers: settledHeapBytes() - heapBeforeStart,
      };
    }
    const buildMedianMs = median(buildMs);
    return {
      system: system.label,
      passages,
      buildMs,
      buildMedianMs,
      buildCpuMs,
      passagesPerSecond: passages / (buildMedianMs / 1000),
      heapBytes,
      heapBytesPerPassage: heapBytes / passages,
      snapshot,
      snapshotOpenMs: openMs,
      snapshotOpenMedianMs: median(openMs),
      latency: summarise(latencies.answers.wall),
      cpuLatency: summarise(latencies.answers.cpu),
      ...(floor ? { floor } : {}),
      ...(after ? { afterStart: after } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
