/**
 * One start from a snapshot, in a fresh process: to the first answer (wall and CPU time), heap after it and
 * after N answers, their p50/p99; and every answer written out, to compare a snapshot start with a build.
 *   tsx bench/snapshot-probe.ts prepare DIR SIZE           corpus folder, its snapshot, 2,000 questions
 *   tsx bench/snapshot-probe.ts start DIR SIZE [N]         (SIZE is not used; N questions, 2,000)
 *   tsx bench/snapshot-probe.ts dump|dump-built DIR SIZE OUT   answers from the snapshot, or built without it
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine.js';
import { citebotProduct } from './benchmark/citebot-product.js';
import { buildCorpus } from './benchmark/corpus.js';
import { settledHeapBytes } from './benchmark/memory.js';
import { chatQuestions } from './benchmark/questions.js';
import { summarise } from './benchmark/stats.js';
import { resolveEvalDir } from './datasets/index.js';

const [mode, dir, sizeArg, questionsArg] = process.argv.slice(2);
if (!dir || !mode) throw new Error('usage: snapshot-probe.ts prepare|start|dump|dump-built DIR SIZE [N|OUT]');
const size = Number(sizeArg);
const seed = 20261122;
if (mode === 'prepare') {
  const corpus = buildCorpus(resolveEvalDir(undefined), size, seed);
  const written = await citebotProduct.writeSnapshot({ answer: () => 0 }, corpus.articles, dir);
  writeFileSync(
    join(dir, 'questions.json'),
    JSON.stringify(chatQuestions(corpus.passages, 2000, seed + size)),
  );
  console.log(JSON.stringify(written));
} else if (mode === 'dump' || mode === 'dump-built') {
  // Every answer, one JSON line per question, of the folder opened from its snapshot or built without one.
  const engine = await Engine.open({
    corpusDir: join(dir, 'corpus'),
    indexPath: mode === 'dump' ? join(dir, 'index') : '',
  });
  const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as string[];
  const lines = questions.map((q) => JSON.stringify(engine.ask(q, { maxCitations: 3 })));
  writeFileSync(questionsArg!, `${lines.join('\n')}\n`);
} else {
  const heap0 = settledHeapBytes();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const instance = await citebotProduct.openSnapshot(dir, []);
  const opened = performance.now();
  const count = Number(questionsArg ?? 2000);
  instance.answer('what is the history of the university');
  const first = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const heapStart = settledHeapBytes() - heap0;
  const questions = (JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as string[]).slice(
    0,
    count,
  );
  const wall: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    instance.answer(q);
    wall.push(performance.now() - t);
  }
  const heapAfter = settledHeapBytes() - heap0;
  const lat = summarise(wall);
  console.log(
    JSON.stringify({
      openMs: Math.round(opened - start),
      firstAnswerMs: Math.round(first - start),
      firstAnswerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      heapBeforeMB: Math.round(heap0 / 1e6),
      heapAfterStartMB: Math.round(heapStart / 1e6),
      heapAfterAnswersMB: Math.round(heapAfter / 1e6),
      // The whole process (external strings, such as decoded passage texts, count here and not above).
      rssMB: Math.round(process.memoryUsage().rss / 1e6),
      p50: lat.p50.toFixed(2),
      p99: lat.p99.toFixed(2),
      max: lat.max.toFixed(1),
    }),
  );
}
