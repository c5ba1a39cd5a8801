/**
 * The chat-style question set (test/answer/chat-set.ts) asked of the real Engine, scored as its test scores
 * it (test/answer/chat-score.ts): the totals and every wrong answer, to iterate on the pipeline fast.
 * Then how many of its right answers stay right when the question is dressed as people do in chat
 * (evaluation/chat-rewrites.ts). A benchmark, not a test: nothing fails. Usage:
 *   npx tsx bench/chat.ts [--corpus DIR] [--json FILE] [--verbose]
 * --corpus  the corpus folder (default: the repository's corpus/, read only; no index snapshot is written)
 * --json    also write the whole score (every question, what was asked, quoted or declined) to FILE
 * --verbose list every answer, right ones too, with the whole excerpt
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine.js';
import { CHAT_SET } from '../test/answer/chat-set.js';
import { formatResults, formatTotals, scoreChatSet } from '../test/answer/chat-score.js';
import { scoreChatRewrites } from './evaluation/chat-rewrites.js';

const DEFAULT_CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const corpusDir = resolve(values.corpus ?? DEFAULT_CORPUS);
  const engine = await Engine.open({ corpusDir });
  const started = performance.now();
  const score = scoreChatSet(engine, CHAT_SET);
  const ms = performance.now() - started;

  const listed = formatResults(score, { all: values.verbose, width: values.verbose ? 0 : 160 });
  if (listed) console.log(`${listed}\n`);
  console.log(formatTotals(score));
  console.log(`  corpus ${corpusDir}: ${CHAT_SET.length} questions in ${ms.toFixed(0)} ms`);
  console.log('\nright answers still right when the question is rewritten:');
  for (const { rewrite, asked, right } of scoreChatRewrites(engine, CHAT_SET))
    console.log(`  ${rewrite.padEnd(36)} ${right}/${asked} (${(right / Math.max(asked, 1)).toFixed(3)})`);

  if (values.json) {
    const file = resolve(values.json);
    mkdirSync(dirname(file), { recursive: true });
    const { results, ...totals } = score;
    writeFileSync(file, `${JSON.stringify({ corpusDir, ...totals, results }, null, 2)}\n`);
    console.log(`  written to ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
