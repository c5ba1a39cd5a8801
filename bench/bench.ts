/**
 * Speed and memory benchmark (not a test: nothing fails). The product's engine beside MiniSearch defaults,
 * same corpus, same questions, same run. Usage:
 *   npm run bench -- [--sizes 2000,10000,100000] [--questions N] [--json FILE] [--data DIR] [--seed N]
 *   npm run bench -- --sizes 1000000     (about 15 minutes; MiniSearch defaults not run past --baseline-max)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { measureBuildRates, renderBuildRates } from './benchmark/build-rates.js';
import { citebotProduct } from './benchmark/citebot-product.js';
import { buildCorpus } from './benchmark/corpus.js';
import { miniSearchBaseline } from './benchmark/minisearch-baseline.js';
import { chatQuestions } from './benchmark/questions.js';
import { renderSize, type SizeResult } from './benchmark/report.js';
import { measureSystem, type SystemFigures } from './benchmark/run.js';
import { evalDirExists, resolveEvalDir } from './datasets/index.js';
import { machineInfo } from './machine.js';

const DEFAULT_JSON = fileURLToPath(new URL('./results/bench.json', import.meta.url));
const USAGE = `npm run bench -- [options]   speed and memory: MiniSearch defaults, Citebot and the postings floor;
                            build rates beside SQLite FTS5 (fresh processes)

  --sizes 2000,10000,100000   corpus sizes (passages); 1000000 too takes about 15 minutes more
  --baseline-max 100000       MiniSearch defaults measured up to this size only (its 1M build and JSON
                              snapshot take longer than everything else)
  --questions 1000            chat-style questions per size
  --json FILE                 where the JSON goes (bench/results/bench.json)
  --data DIR                  the eval data (../shared/eval)
  --seed N                    corpus, question and sample seed

Two versions side by side (build, heap, answers, identical answers):
  npx tsx bench/benchmark/side-by-side.ts --help`;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '2000,10000,100000' },
      'baseline-max': { type: 'string', default: '100000' },
      questions: { type: 'string', default: '1000' },
      json: { type: 'string', default: DEFAULT_JSON },
      data: { type: 'string' },
      seed: { type: 'string', default: '20261122' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = (values.sizes ?? '').split(',').map((s) => Number(s.trim()));
  const questions = Number(values.questions);
  if (sizes.some((s) => !(Number.isInteger(s) && s > 0)) || !(Number.isInteger(questions) && questions > 0)) {
    throw new Error(
      '--sizes takes positive whole numbers separated by commas, --questions a positive whole number',
    );
  }
  return {
    sizes,
    baselineMax: Number(values['baseline-max']),
    questions,
    json: resolve(values.json ?? DEFAULT_JSON),
    evalDir: resolveEvalDir(values.data),
    seed: Number(values.seed),
  };
}

/** Heap a run of a million passages needs (its in-memory build and its folder's first open are both held). */
const LARGE_HEAP_MB = 12_288;

/**
 * Runs the bench again in a node with a larger heap when a size past 200k passages is asked for and this one's
 * is too small; true when it did.
 */
function rerunWithLargerHeap(sizes: readonly number[]): boolean {
  if (Math.max(...sizes) <= 200_000 || v8.getHeapStatistics().heap_size_limit >= LARGE_HEAP_MB * 2 ** 20) {
    return false;
  }
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${LARGE_HEAP_MB}`, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exitCode = child.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (rerunWithLargerHeap(options.sizes)) return;
  if (!evalDirExists(options.evalDir)) {
    console.log(
      `Eval data not found at ${options.evalDir}: the bench builds its corpora from it. Use --data DIR.`,
    );
    return;
  }
  const host = machineInfo();
  console.log(
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB, node ${host.node} (${host.platform}), ` +
      `load average ${host.loadAverage[0]!} at start\n`,
  );
  if (host.loadAverage[0]! > host.cores * 0.5)
    console.log('Warning: the machine is busy; timings are inflated.\n');
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const corpus = buildCorpus(options.evalDir, size, options.seed);
    const questions = chatQuestions(corpus.passages, options.questions, options.seed + size);
    const repeats = size <= 10_000 ? 3 : 1;
    let baseline: SystemFigures | undefined;
    if (size <= options.baselineMax) {
      console.error(`bench ${size} passages: MiniSearch defaults...`);
      baseline = await measureSystem(miniSearchBaseline, corpus.articles, questions, repeats);
    }
    console.error(`bench ${size} passages: Citebot...`);
    const citebot = await measureSystem(citebotProduct, corpus.articles, questions, repeats, {
      withFloor: true,
      afterStart: true,
    });
    console.error(`bench ${size} passages: builds in fresh processes, Citebot and SQLite FTS5...`);
    const builds = measureBuildRates({
      size,
      seed: options.seed,
      dataDir: options.evalDir,
      systems: [
        { label: 'Citebot', system: 'citebot' },
        { label: 'SQLite FTS5', system: 'fts5' },
      ],
      rounds: size <= 10_000 ? 3 : 2,
      buildsPerProcess: size <= 10_000 ? 3 : 2,
    });
    const result: SizeResult = {
      size,
      questions: questions.length,
      realPassages: corpus.realPassages,
      ...(baseline ? { baseline } : {}),
      citebot,
      builds,
    };
    results.push(result);
    console.log(`${renderSize(result)}\n\n${renderBuildRates(builds)}\n`);
  }
  mkdirSync(dirname(options.json), { recursive: true });
  const sampleQuestions = chatQuestions(
    buildCorpus(options.evalDir, 2_000, options.seed).passages,
    10,
    options.seed,
  );
  writeFileSync(
    options.json,
    `${JSON.stringify({ date: new Date().toISOString(), machine: host, options, sampleQuestions, results }, null, 2)}\n`,
  );
  console.log(`JSON written to ${options.json}`);
}

await main();
