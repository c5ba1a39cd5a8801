import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full garbage collection, whether or not node was started with --expose-gc: `npm run bench` runs plain
 * `tsx`, so the flag is switched on at run time and the gc function fetched from a fresh context.
 */
function obtainGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const gc = obtainGc();

/** Heap in use after collecting everything collectable (twice: weak references and finalisers settle). */
export function settledHeapBytes(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
