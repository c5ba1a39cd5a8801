/**
 * `npm run ask -- "question"`: one answer with its citations.
 * `--json` prints one JSON object; with no question, questions are read from stdin, one per line, and each
 * line gets exactly one JSON line (a blank line an invalid-question one), so answers line up with questions.
 * `--corpus DIR` picks another corpus folder.
 */
import { createInterface } from 'node:readline';
import { fail, parseFlags } from './args.js';
import { answerJson, formatAnswer } from './format.js';
import { openEngine, readSettings } from './open-engine.js';

const USAGE = `usage: npm run ask -- [--json] [--corpus DIR] [--guild ID] "question"
  "question"      answer it: the quoted excerpt, then its numbered sources
  (no question)   read questions from stdin, one per line: one JSON line each
  --json          JSON on stdout: {"question","status","answer","citations":[...]} (see README)
  --corpus DIR    another corpus folder (must exist)
  --guild ID      include that server's own articles`;

async function main(): Promise<void> {
  const { values, positionals } = parseFlags(process.argv.slice(2), {
    usage: USAGE,
    allowed: ['json', 'corpus', 'guild', 'help'],
  });
  // Nothing to read: a person at a terminal who typed no question gets the usage, not a silent wait.
  if (positionals.length === 0 && process.stdin.isTTY) fail(`Which question?\n${USAGE}`);
  const config = readSettings();
  const engine = await openEngine(config, { corpusDir: values.corpus, progress: !values.json });
  const ask = (question: string) => engine.ask(question, values.guild ? { guildId: values.guild } : {});
  if (positionals.length > 0) {
    const answer = ask(positionals.join(' '));
    const text = values.json
      ? JSON.stringify(answerJson(answer))
      : formatAnswer(answer, process.stdout.isTTY);
    process.stdout.write(`${text}\n`);
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      process.stdout.write(`${JSON.stringify(answerJson(ask(line)))}\n`);
    }
  }
  await engine.close();
}

await main();
