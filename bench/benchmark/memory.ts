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

/**
 * Memory in use after collecting everything collectable (twice: weak references and finalisers settle): the JS
 * heap and the array buffers (typed arrays' contents live outside the heap, and the index keeps its postings
 * in typed arrays).
 */
export function settledHeapBytes(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
