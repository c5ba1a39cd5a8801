/**
 * One fresh process of the build-rate bench (build-rates.ts): builds one system over one bench corpus a few
 * times and prints each build's wall and CPU time as JSON on its last line. The first build is cold (nothing
 * compiled yet), as after a start.
 *   node --import tsx bench/benchmark/build-child.ts SYSTEM SIZE SEED BUILDS DATA_DIR [TREE]
 * SYSTEM is citebot (the product in TREE, by default this one) or fts5.
 */
import { performance } from 'node:perf_hooks';
import type { Passage } from '../../src/corpus/types.js';
import { buildCorpus } from './corpus.js';
import { loadFts5 } from './fts5.js';
import { cpuMs, treeEngineBuilder } from './tree-engine.js';

export interface ChildBuilds {
  wallMs: number[];
  cpuMs: number[];
  passages: number;
  unavailable?: string;
}

const [system, size, seed, builds, dataDir, tree = '.'] = process.argv.slice(2);
const corpus = buildCorpus(dataDir!, Number(size), Number(seed));
let build: ((passages: readonly Passage[]) => unknown) | undefined;
let unavailable: string | undefined;
if (system === 'fts5') {
  const fts5 = await loadFts5();
  if ('unavailable' in fts5) unavailable = fts5.unavailable;
  else build = (passages) => fts5.build(passages);
} else {
  const engine = await treeEngineBuilder(tree);
  build = () => engine(corpus.articles);
}
const result: ChildBuilds = { wallMs: [], cpuMs: [], passages: corpus.passages.length };
if (unavailable) result.unavailable = unavailable;
for (let i = 0; build && i < Number(builds); i++) {
  const cpu = cpuMs();
  const start = performance.now();
  build(corpus.passages);
  result.wallMs.push(performance.now() - start);
  result.cpuMs.push(cpuMs() - cpu);
}
console.log(JSON.stringify(result));
