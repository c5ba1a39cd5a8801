/**
 * Index build rates beside SQLite FTS5 (see benchmark/build-rates.ts), without the rest of `npm run bench`:
 *   npm run bench:build -- [--sizes 2000,10000,100000] [--rounds 3] [--builds 3] [--before DIR] [--data DIR]
 * `--before DIR` adds another version of the product (a tree with its own node_modules link), so a change's
 * build rate is measured beside the version before it and FTS5 in one run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BuildSystem, measureBuildRates, renderBuildRates } from './benchmark/build-rates.js';
import { evalDirExists, resolveEvalDir } from './datasets/index.js';
import { machineInfo } from './machine.js';

const DEFAULT_JSON = fileURLToPath(new URL('./results/build.json', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,10000,100000' },
    rounds: { type: 'string', default: '3' },
    builds: { type: 'string', default: '3' },
    before: { type: 'string' },
    data: { type: 'string' },
    seed: { type: 'string', default: '20261122' },
    json: { type: 'string', default: DEFAULT_JSON },
  },
});
const dataDir = resolveEvalDir(values.data);
if (!evalDirExists(dataDir)) {
  console.log(`Eval data not found at ${dataDir}: the bench builds its corpora from it. Use --data DIR.`);
  process.exit(0);
}
const systems: BuildSystem[] = [
  { label: 'Citebot', system: 'citebot' },
  ...(values.before
    ? [{ label: 'Citebot before', system: 'citebot' as const, tree: resolve(values.before) }]
    : []),
  { label: 'SQLite FTS5', system: 'fts5' },
];
const host = machineInfo();
console.log(
  `Machine: ${host.cpu}, ${host.cores} cores, node ${host.node}, load average ${host.loadAverage[0]!} at start\n`,
);
const results = [];
for (const size of (values.sizes ?? '').split(',').map(Number)) {
  const result = measureBuildRates({
    size,
    seed: Number(values.seed),
    dataDir,
    systems,
    rounds: Number(values.rounds),
    buildsPerProcess: Number(values.builds),
  });
  results.push(result);
  console.log(`${renderBuildRates(result)}\n`);
}
console.log(`load average ${machineInfo().loadAverage[0]!} at the end`);
const json = resolve(values.json ?? DEFAULT_JSON);
mkdirSync(dirname(json), { recursive: true });
writeFileSync(
  json,
  `${JSON.stringify({ date: new Date().toISOString(), machine: host, results }, null, 2)}\n`,
);
