/**
 * Answer-quality evaluation on public data: MiniSearch defaults beside the product's own pipeline, one run,
 * one table. Usage: npm run eval -- [--datasets squad,scifact,nfcorpus,cranfield,cisi,wikiqa,squad-files]
 *                                    [--max-questions N] [--json FILE] [--data DIR] [--seed N]
 *                                    [--split even|odd|all] [--dump FILE]
 * `--split` picks the WikiQA questions asked (even = tune half, odd = check half); `--dump` writes WikiQA's
 * per-question outcomes (both systems) as JSON.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ALL_DATASETS,
  type DatasetName,
  datasetDir,
  evalDirExists,
  loadRankedDataset,
  loadSquad,
  loadWikiqa,
  resolveEvalDir,
} from './datasets/index.js';
import { runRanked } from './evaluation/ranked.js';
import { measureRows, renderMeasures, renderTimings } from './evaluation/report.js';
import { runSquad, squadSamples } from './evaluation/squad.js';
import { runSquadFiles } from './evaluation/squad-files.js';
import {
  runWikiqa,
  WIKIQA_SPLITS,
  type WikiqaRow,
  type WikiqaSplit,
  wikiqaQuestions,
} from './evaluation/wikiqa.js';
import { timed } from './evaluation/timer.js';
import type { SystemRun, Timing } from './evaluation/types.js';
import { sampleInOrder } from './prng.js';
import { citebot } from './systems/citebot.js';
import { miniSearchDefaults } from './systems/minisearch-defaults.js';
import type { SystemUnderTest } from './systems/types.js';
import { machineInfo } from './machine.js';

const DEFAULT_JSON = fileURLToPath(new URL('./results/eval.json', import.meta.url));

function parseOptions() {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string', default: ALL_DATASETS.join(',') },
      'max-questions': { type: 'string' },
      json: { type: 'string', default: DEFAULT_JSON },
      data: { type: 'string' },
      seed: { type: 'string', default: '20261122' },
      split: { type: 'string', default: 'all' },
      dump: { type: 'string' },
    },
  });
  const split = values.split as WikiqaSplit;
  if (!WIKIQA_SPLITS.includes(split)) throw new Error(`--split takes ${WIKIQA_SPLITS.join(', ')}`);
  const datasets = (values.datasets ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = datasets.filter((d) => !(ALL_DATASETS as string[]).includes(d));
  if (unknown.length > 0)
    throw new Error(`unknown data set(s): ${unknown.join(', ')}; known: ${ALL_DATASETS.join(', ')}`);
  const maxQuestions = values['max-questions'] === undefined ? undefined : Number(values['max-questions']);
  if (maxQuestions !== undefined && !(Number.isInteger(maxQuestions) && maxQuestions > 0)) {
    throw new Error('--max-questions takes a positive whole number');
  }
  return {
    datasets: datasets as DatasetName[],
    maxQuestions,
    json: resolve(values.json ?? DEFAULT_JSON),
    evalDir: resolveEvalDir(values.data),
    seed: Number(values.seed),
    split,
    dump: values.dump === undefined ? undefined : resolve(values.dump),
  };
}

interface DatasetResult {
  runs: Record<'baseline' | 'citebot', SystemRun>;
  counts: Record<string, number>;
  /** WikiQA's per-question outcomes, for --dump. */
  rows?: Record<'baseline' | 'citebot', WikiqaRow[]>;
}

const NO_RUN: SystemRun = { measures: {}, timings: [] };

function evaluateDataset(
  name: DatasetName,
  evalDir: string,
  systems: { baseline: SystemUnderTest; citebot: SystemUnderTest },
  maxQuestions: number | undefined,
  seed: number,
  split: WikiqaSplit,
): DatasetResult {
  const runBoth = (run: (system: SystemUnderTest) => SystemRun) => ({
    baseline: run(systems.baseline),
    citebot: run(systems.citebot),
  });
  if (name === 'squad') {
    const dataset = loadSquad(datasetDir(evalDir, name));
    const samples = squadSamples(dataset, maxQuestions, seed);
    const runs = runBoth((system) => runSquad(dataset, system, samples));
    const counts: Record<string, number> = {};
    for (const id of Object.keys(runs.citebot.measures)) {
      counts[id] = id.startsWith('squad.abstention')
        ? samples.abstentionQuestions.length
        : samples.questions.length;
    }
    return { runs, counts };
  }
  if (name === 'wikiqa') {
    const dataset = loadWikiqa(datasetDir(evalDir, name));
    const questions = sampleInOrder(wikiqaQuestions(dataset, split), maxQuestions, seed);
    const baseline = runWikiqa(dataset, systems.baseline, questions);
    const product = runWikiqa(dataset, systems.citebot, questions);
    return {
      runs: { baseline, citebot: product },
      counts: product.counts,
      rows: { baseline: baseline.rows, citebot: product.rows },
    };
  }
  if (name === 'squad-files') {
    // The product only: the same pipeline through files and the CLI, beside itself in memory.
    const run = runSquadFiles(loadSquad(datasetDir(evalDir, name)), systems.citebot, maxQuestions);
    return { runs: { baseline: NO_RUN, citebot: run }, counts: run.counts };
  }
  const dataset = loadRankedDataset(evalDir, name);
  const queries = sampleInOrder(dataset.queries, maxQuestions, seed);
  const runs = runBoth((system) => runRanked(dataset, system, queries));
  const counts = Object.fromEntries(Object.keys(runs.citebot.measures).map((id) => [id, queries.length]));
  return { runs, counts };
}

function main(): void {
  const options = parseOptions();
  if (!evalDirExists(options.evalDir)) {
    console.log(
      `Eval data not found at ${options.evalDir}: nothing to evaluate.\n` +
        'Point --data DIR or CITEBOT_EVAL_DIR at the shared eval folder (the one holding squad-v1.1-dev/).',
    );
    return;
  }
  const systems = { baseline: miniSearchDefaults, citebot };
  const baseline: Record<string, number> = {};
  const product: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const timings: Timing[] = [];
  const details: Record<string, unknown> = {};
  let dumped: Record<'baseline' | 'citebot', WikiqaRow[]> | undefined;
  const started = timed(() => {
    for (const name of options.datasets) {
      if (!existsSync(datasetDir(options.evalDir, name))) {
        console.log(`skipping ${name}: ${datasetDir(options.evalDir, name)} is missing`);
        continue;
      }
      console.error(`evaluating ${name}...`);
      const {
        runs,
        counts: datasetCounts,
        rows,
      } = evaluateDataset(name, options.evalDir, systems, options.maxQuestions, options.seed, options.split);
      if (rows) dumped = rows;
      Object.assign(baseline, runs.baseline.measures);
      Object.assign(product, runs.citebot.measures);
      Object.assign(counts, datasetCounts);
      timings.push(...runs.baseline.timings, ...runs.citebot.timings);
      if (runs.citebot.details) details[`${name} (${citebot.label})`] = runs.citebot.details;
      if (runs.baseline.details) details[`${name} (${miniSearchDefaults.label})`] = runs.baseline.details;
    }
  });

  const rows = measureRows(baseline, product, counts);
  const sampleNote = options.maxQuestions
    ? ` (sample: at most ${options.maxQuestions} questions per data set)`
    : '';
  console.log(`\nCitebot eval${sampleNote}, data from ${options.evalDir}\n`);
  console.log(renderMeasures(rows, { baseline: systems.baseline.label, citebot: systems.citebot.label }));
  console.log(`\nTimings\n${renderTimings(timings)}`);
  console.log(`\nTotal ${(started.ms / 1000).toFixed(1)} s on ${machineInfo().cpu}, node ${process.version}`);

  mkdirSync(dirname(options.json), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    options: { ...options, evalDir: options.evalDir },
    columns: { baseline: systems.baseline.label, citebot: systems.citebot.label },
    measures: rows,
    timings,
    totalMs: started.ms,
    details,
  };
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`JSON written to ${options.json}`);
  if (options.dump) {
    if (!dumped) console.log('--dump: no WikiQA run, nothing written');
    else {
      mkdirSync(dirname(options.dump), { recursive: true });
      const dump = {
        date: report.date,
        split: options.split,
        columns: report.columns,
        citebot: dumped.citebot,
        baseline: dumped.baseline,
      };
      writeFileSync(options.dump, `${JSON.stringify(dump, null, 2)}\n`);
      console.log(`WikiQA per-question dump written to ${options.dump}`);
    }
  }
}

main();
