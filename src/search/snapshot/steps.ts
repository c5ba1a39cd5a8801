/**
 * Long work done a step at a time. A generator yields wherever it may stop; `runSteps` runs one straight
 * through, `runInSlices` gives the event loop a turn every few milliseconds, so writing a large snapshot never
 * holds up the questions of other servers for long.
 */
import { performance } from 'node:perf_hooks';

/** Work that yields (nothing) wherever it may pause, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Work between two turns of the event loop in `runInSlices`. */
const SLICE_MS = 8;

/** Runs the steps straight through. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, with a turn of the event loop after about `sliceMs` of work. */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= sliceEnd) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
