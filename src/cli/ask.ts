/**
 * `npm run ask -- "question"`: one answer with its citations.
 * `--json` prints one JSON object; with no question, questions are read from stdin, one per line, and each
 * gets one JSON line (batch use). `--corpus DIR` picks another corpus folder.
 */
import { createInterface } from 'node:readline';
import { parseFlags } from './args.js';
import { answerJson, formatAnswer } from './format.js';
import { openEngine, readSettings } from './open-engine.js';

const USAGE =
  'usage: npm run ask -- [--json] [--corpus DIR] [--guild ID] "question"   (no question: read stdin)';

async function main(): Promise<void> {
  const { values, positionals } = parseFlags(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
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
      if (line.trim() === '') continue;
      process.stdout.write(`${JSON.stringify(answerJson(ask(line)))}\n`);
    }
  }
  await engine.close();
}

await main();
