import { performance } from 'node:perf_hooks';

/** Runs `work` and returns its result with the elapsed wall time in milliseconds. */
export function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}
