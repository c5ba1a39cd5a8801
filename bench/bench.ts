/**
 * Speed and memory benchmark (not a test: nothing fails). The product's engine beside MiniSearch defaults,
 * same corpus, same questions, same run. Usage:
 *   npm run bench -- [--sizes 2000,10000,100000] [--questions N] [--json FILE] [--data DIR] [--seed N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBuildRates, renderBuildRates } from './benchmark/build-rates.js';
import { citebotProduct } from './benchmark/citebot-product.js';
import { buildCorpus } from './benchmark/corpus.js';
import { miniSearchBaseline } from './benchmark/minisearch-baseline.js';
import { chatQuestions } from './benchmark/questions.js';
import { renderSize, type SizeResult } from './benchmark/report.js';
import { measureSystem } from './benchmark/run.js';
import { evalDirExists, resolveEvalDir } from './datasets/index.js';
import { machineInfo } from './machine.js';

const DEFAULT_JSON = fileURLToPath(new URL('./results/bench.json', import.meta.url));
const USAGE = `npm run bench -- [options]   speed and memory: MiniSearch defaults, Citebot and the postings floor;
                            build rates beside SQLite FTS5 (fresh processes)

  --sizes 2000,10000,100000   corpus sizes (passages)
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
    questions,
    json: resolve(values.json ?? DEFAULT_JSON),
    evalDir: resolveEvalDir(values.data),
    seed: Number(values.seed),
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
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
    console.error(`bench ${size} passages: MiniSearch defaults...`);
    const baseline = await measureSystem(miniSearchBaseline, corpus.articles, questions, repeats);
    console.error(`bench ${size} passages: Citebot...`);
    const citebot = await measureSystem(citebotProduct, corpus.articles, questions, repeats, {
      withFloor: true,
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
      baseline,
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
