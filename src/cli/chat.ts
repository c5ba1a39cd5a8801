/**
 * The terminal chat: `npm start` without a Discord token. The same engine and answers as the bot, over the
 * corpus folder, which is watched for changes while the chat runs.
 */
import { createInterface } from 'node:readline/promises';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { formatAnswer } from './format.js';

const HELP = `Ask a question about the articles; I answer with a quote and its source, or tell you I can't.
Commands: /list (articles), /help, /quit (or Ctrl-D).`;

export async function runChat(
  engine: Engine,
  config: Config,
  input = process.stdin,
  output = process.stdout,
) {
  const stopWatching = config.WATCH_CORPUS ? engine.watch() : async () => {};
  const stats = engine.stats();
  output.write(
    `Citebot (terminal chat, no DISCORD_TOKEN set) — ${stats.articles} articles, ${stats.passages} passages` +
      `${stats.skipped.length ? `, ${stats.skipped.length} files skipped` : ''}.\n${HELP}\n`,
  );
  const lines = createInterface({ input, output, terminal: Boolean(output.isTTY) });
  lines.setPrompt('\nyou> ');
  lines.prompt();
  try {
    for await (const line of lines) {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') break;
      if (text === '/help') output.write(`${HELP}\n`);
      else if (text === '/list') {
        for (const article of engine.listArticles()) {
          output.write(`- ${article.title} (${article.file}, ${article.passages.length} passages)\n`);
        }
      } else if (text) output.write(`\n${formatAnswer(engine.ask(text), Boolean(output.isTTY))}\n`);
      lines.prompt();
    }
  } finally {
    lines.close();
    await stopWatching();
  }
}
