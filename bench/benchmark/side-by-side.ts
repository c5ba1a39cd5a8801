/**
 * Two versions of the product side by side in one process, on the same corpus and questions: build time,
 * heap per passage and answer latency of each, and whether every answer is the same. The machines these
 * run on are shared and noisy: measured in one run, alternating which version goes first (builds in turn,
 * each question asked of both in turn), the ratio between the two holds where absolute figures do not.
 *
 *   git archive <rev> | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   npx tsx bench/benchmark/side-by-side.ts --before /tmp/before [--after .] [--sizes 2000,10000,100000]
 *     [--questions 1000] [--builds 3] [--seed N] [--data DIR]
 *
 * Word vectors and synonyms are loaded by each version from `.citebot/` in the current folder. Heap (JS heap and
 * typed arrays) is measured in a fresh process per version: in a shared one, each build's figure depends on
 * what the other left behind.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/corpus/types.js';
import { evalDirExists, resolveEvalDir } from '../datasets/index.js';
import { machineInfo } from '../machine.js';
import { buildCorpus } from './corpus.js';
import { settledHeapBytes } from './memory.js';
import { chatQuestions } from './questions.js';
import { cpuMs, treeEngineBuilder } from './tree-engine.js';
import { summarise } from './stats.js';

interface Version {
  label: string;
  /** Builds an engine over the articles, as the bench does (vectors and synonyms on). */
  build(articles: Article[]): { ask(question: string): unknown };
}

async function load(label: string, tree: string): Promise<Version> {
  const build = await treeEngineBuilder(tree);
  return {
    label,
    build: (articles) => {
      const engine = build(articles);
      return { ask: (question: string) => engine.ask(question, { maxCitations: 3 }) };
    },
  };
}

const fixed = (value: number, digits = 3) => value.toFixed(digits);

const USAGE = `npx tsx bench/benchmark/side-by-side.ts --before DIR [--after DIR] [--sizes 2000,10000,100000]
  [--questions 1000] [--builds 3] [--seed N] [--data DIR]

DIR is a source tree (git archive <rev> | tar -x -C DIR, with node_modules linked in). Prints, per size:
build CPU time and rate, heap per passage (fresh process each), answer latency (wall and CPU, each question
asked of both in turn) and how many answers differ.`;

interface Heap {
  /** Taken by the build (JS heap + typed arrays), and after the questions were answered too. */
  built: number;
  answered: number;
}

/** Child mode: one version's heap, on stdout. */
async function heapOf(tree: string, size: number, questions: number, seed: number, evalDir: string) {
  const version = await load('', tree);
  const corpus = buildCorpus(evalDir, size, seed);
  const asked = chatQuestions(corpus.passages, questions, seed + size);
  const before = settledHeapBytes();
  const engine = version.build(corpus.articles);
  const built = settledHeapBytes() - before;
  for (const question of asked) engine.ask(question);
  const heap: Heap = { built, answered: settledHeapBytes() - before };
  console.log(JSON.stringify(heap));
}

function heapInChild(tree: string, size: number, questions: number, seed: number, evalDir: string): Heap {
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--heap-of', tree, '--sizes', String(size)];
  const more = ['--questions', String(questions), '--seed', String(seed), '--data', evalDir];
  const out = execFileSync(process.execPath, [...args, ...more], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Heap;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', default: false },
      'heap-of': { type: 'string' },
      before: { type: 'string' },
      after: { type: 'string', default: '.' },
      sizes: { type: 'string', default: '2000,10000,100000' },
      questions: { type: 'string', default: '1000' },
      builds: { type: 'string', default: '3' },
      seed: { type: 'string', default: '20261122' },
      data: { type: 'string' },
    },
  });
  if (values.help) return console.log(USAGE);
  const evalDir = resolveEvalDir(values.data);
  if (values['heap-of']) {
    const [tree, size, count] = [values['heap-of'], Number(values.sizes), Number(values.questions)];
    return heapOf(tree, size, count, Number(values.seed), evalDir);
  }
  if (!values.before)
    throw new Error('--before DIR (a source tree of the version to compare with) is needed');
  if (!evalDirExists(evalDir)) {
    console.log(`Eval data not found at ${evalDir}: the bench builds its corpora from it. Use --data DIR.`);
    return;
  }
  const seed = Number(values.seed);
  const builds = Number(values.builds);
  const versions = [await load('before', values.before), await load('after', values.after!)];
  const host = machineInfo();
  console.log(
    `${host.cpu}, ${host.cores} cores, node ${host.node}; load average ${host.loadAverage.join(' ')} at start`,
  );
  for (const size of values.sizes!.split(',').map(Number)) {
    const corpus = buildCorpus(evalDir, size, seed);
    const questions = chatQuestions(corpus.passages, Number(values.questions), seed + size);
    const passages = corpus.passages.length;
    const count = Number(values.questions);
    const heap = [values.before, values.after!].map((tree) => heapInChild(tree, size, count, seed, evalDir));
    // Builds in turn, alternating which goes first.
    const engines: Array<{ ask(question: string): unknown }> = [];
    const buildCpu: number[][] = [[], []];
    for (let round = 0; round < builds; round++) {
      for (const v of round % 2 === 0 ? [0, 1] : [1, 0]) {
        const cpu = cpuMs();
        const engine = versions[v]!.build(corpus.articles);
        buildCpu[v]!.push(cpuMs() - cpu);
        if (round === 0) engines[v] = engine;
      }
    }
    // Warm up both, then ask each question of both in turn (who goes first alternates).
    for (const question of questions.slice(0, 50))
      for (const engine of engines) engine.ask(`${question} overview`);
    const wall: number[][] = [[], []];
    const cpu: number[][] = [[], []];
    let different = 0;
    const examples: string[] = [];
    questions.forEach((question, i) => {
      const answers: string[] = [];
      for (const v of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const cpuStart = cpuMs();
        const start = performance.now();
        const answer = engines[v]!.ask(question);
        wall[v]!.push(performance.now() - start);
        cpu[v]!.push(cpuMs() - cpuStart);
        answers[v] = JSON.stringify(answer);
      }
      if (answers[0] !== answers[1]) {
        different++;
        if (examples.length < 3) examples.push(question);
      }
    });
    const median = (xs: number[]) => summarise(xs).p50;
    console.log(
      `\n${size.toLocaleString('en-US')} passages (${passages}), ${questions.length} questions; load average ` +
        `${machineInfo().loadAverage.join(' ')}`,
    );
    console.log('| measure | before | after | after / before |');
    console.log('| --- | --- | --- | --- |');
    const row = (label: string, b: number, a: number, digits = 3) =>
      console.log(`| ${label} | ${fixed(b, digits)} | ${fixed(a, digits)} | ${fixed(a / b, 2)}x |`);
    row('build CPU ms (median)', median(buildCpu[0]!), median(buildCpu[1]!), 0);
    row(
      'build rate /s (CPU)',
      passages / (median(buildCpu[0]!) / 1000),
      passages / (median(buildCpu[1]!) / 1000),
      0,
    );
    const kb = (bytes: number) => bytes / passages / 1024;
    row('heap per passage KB, built (fresh process)', kb(heap[0]!.built), kb(heap[1]!.built), 2);
    row('... and after the questions', kb(heap[0]!.answered), kb(heap[1]!.answered), 2);
    const [b, a] = [summarise(wall[0]!), summarise(wall[1]!)];
    const [bc, ac] = [summarise(cpu[0]!), summarise(cpu[1]!)];
    row('answer p50 ms', b.p50, a.p50);
    row('answer p99 ms', b.p99, a.p99);
    row('answer mean ms', b.mean, a.mean);
    row('answer p50 ms CPU', bc.p50, ac.p50);
    row('answer p99 ms CPU', bc.p99, ac.p99);
    console.log(
      `answers that differ: ${different} of ${questions.length}${examples.length ? ` (e.g. ${JSON.stringify(examples)})` : ''}`,
    );
  }
}

await main();
