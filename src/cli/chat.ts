/**
 * The terminal chat: `npm start` without a Discord token. The same engine and answers as the bot, over the
 * corpus folder, which is watched for changes while the chat runs. Log lines (a file changed, one skipped)
 * are printed above the prompt, which is then drawn again with what was being typed.
 */
import { clearLine, cursorTo } from 'node:readline';
import { createInterface } from 'node:readline/promises';
import type { Answer } from '../answer/types.js';
import type { Config } from '../config.js';
import type { Article } from '../corpus/types.js';
import type { Engine } from '../engine.js';
import { type Logger, skippedSummary, terminalLogOf } from '../logger.js';
import { formatAnswer, formatPassage, formatSources, plural } from './format.js';

const HELP = `Ask a question about the articles; I answer with a quote and its numbered sources, or tell you I can't.
Commands: /passage ID (read a whole passage, e.g. /passage 1 for source [1] or /passage file.txt#2),
/sources (the closest passages for the last question), /list (articles), /help, /quit (or Ctrl-D).`;

/** How many passages /sources shows. */
const SOURCES = 8;

export interface ChatOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  /** The engine's logger: on a terminal its lines are printed above the prompt. */
  logger?: Logger;
}

/** The chat's corpus: the articles every chat question is answered from (the global ones, as /list shows). */
function corpusLine(engine: Engine): string {
  const skipped = skippedSummary(engine.stats().skipped.length);
  return `${countsOf(engine.listArticles())}${skipped ? `; ${skipped}` : ''}`;
}

/** "2 articles, 14 passages". */
function countsOf(articles: readonly Article[]): string {
  const passages = articles.reduce((sum, article) => sum + article.passages.length, 0);
  return `${plural(articles.length, 'article')}, ${plural(passages, 'passage')}`;
}

/** `/list`: the articles, then the skipped files' count (after the list, so it is not read as its title). */
function articleList(engine: Engine): string {
  const articles = engine.listArticles();
  if (articles.length === 0)
    return 'No articles yet: add files to the corpus folder (npm run corpus -- add FILE), then ask.';
  const skipped = skippedSummary(engine.stats().skipped.length);
  return [
    `${countsOf(articles)}:`,
    ...articles.map(
      (article) => `- ${article.title} (${article.file}, ${plural(article.passages.length, 'passage')})`,
    ),
    ...(skipped ? [`(${skipped}.)`] : []),
  ].join('\n');
}

export async function runChat(engine: Engine, config: Config, options: ChatOptions = {}) {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const colour = Boolean(output.isTTY);
  const stopWatching = config.WATCH_CORPUS ? engine.watch() : async () => {};
  output.write(`Citebot (terminal chat, no DISCORD_TOKEN set) — ${corpusLine(engine)}.\n${HELP}\n`);
  const lines = createInterface({ input, output, terminal: colour });
  lines.setPrompt('\nyou> ');
  const terminal = options.logger ? terminalLogOf(options.logger) : undefined;
  if (terminal && colour) {
    // A log line while the prompt waits: clear the prompt line, print the log, draw the prompt again.
    terminal.around = (write) => {
      clearLine(output, 0);
      cursorTo(output, 0);
      write();
      lines.prompt(true);
    };
  }
  let last: Answer | undefined;
  const say = (text: string) => output.write(`${text}\n`);
  lines.prompt();
  try {
    for await (const line of lines) {
      const text = line.trim();
      const [first, ...rest] = text.split(/\s+/);
      // Commands in any letter case ("/Help", "/QUIT"); a bare "quit" or "exit" ends the chat as in most shells.
      const command = first?.startsWith('/') ? first.toLowerCase() : first;
      const argument = rest.join(' ');
      if (command === '/quit' || command === '/exit' || /^(?:quit|exit)$/i.test(text)) break;
      if (command === '/help') say(HELP);
      else if (command === '/list') say(articleList(engine));
      else if (command === '/passage') say(showPassage(engine, argument, last));
      else if (command === '/sources') say(showSources(engine, last));
      else if (command?.startsWith('/') && !command.includes(' ') && /^\/[a-z]+$/.test(command)) {
        say(`Unknown command ${command}. ${HELP.split('\n').slice(1).join(' ')}`);
      } else if (text) {
        last = engine.ask(text);
        say(`\n${formatAnswer(last, colour)}`);
      }
      lines.prompt();
    }
  } finally {
    if (terminal) terminal.around = undefined;
    lines.close();
    await stopWatching();
  }
}

/** `/passage 2` (source [2] of the last answer) or `/passage file.txt#4`. */
function showPassage(engine: Engine, argument: string, last: Answer | undefined): string {
  if (!argument) return 'Which passage? /passage 1 (source [1] of the last answer) or /passage file.txt#2';
  const byNumber = /^\[?(\d+)\]?$/.exec(argument);
  const id = byNumber ? last?.citations.find((c) => c.n === Number(byNumber[1]))?.passageId : argument;
  if (byNumber && !id) {
    if (!last) return 'Ask a question first: /passage N shows source [N] of the last answer.';
    if (last.citations.length === 0)
      return 'The last message got no answer and has no sources: ask a question, or try /sources.';
    return `The last answer has no source [${byNumber[1]}] (it has ${plural(last.citations.length, 'source')}).`;
  }
  const passage = id ? engine.getPassage(id) : undefined;
  return passage
    ? formatPassage(passage)
    : `No passage ${argument}. Ids look like file.txt#2 (see the sources).`;
}

/** The closest passages for the last question, beyond the sources shown with its answer. */
function showSources(engine: Engine, last: Answer | undefined): string {
  if (!last) return 'Ask a question first: /sources lists the closest passages for it.';
  const hits = engine.search(last.question, { limit: SOURCES });
  if (hits.length === 0) return 'No passage comes close to that question.';
  return `Closest passages for "${last.question}":\n${formatSources(hits)}`;
}
