/**
 * `npm run corpus -- list | add FILE [--title T] [--url U] [--replace] [--guild ID] | remove NAME [--guild ID] | check
 *   | alias add NAME "meaning" | alias list | alias remove NAME` (aliases: see corpus-alias.ts)
 * Manages the corpus folder through the engine, so every check an upload gets applies here too.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { tooLargeReason } from '../corpus/decode.js';
import { safeUrl } from '../corpus/meta.js';
import { listedPath } from '../corpus/names.js';
import { CorpusError } from '../engine-api.js';
import { silentLogger } from '../logger.js';
import { fail, parseFlags } from './args.js';
import { plural } from './format.js';
import { ALIAS_USAGE, aliasCommand, missingAliasArgument } from './corpus-alias.js';
import { openEngine, readSettings } from './open-engine.js';

const USAGE = `usage: npm run corpus -- <command>
  list [--guild ID]                      every article: file, passages, title (with --guild: what that
                                         server sees, the global files and its own)
  add FILE [--title T] [--url U] [--replace] [--guild ID]
                                         copy a file into the corpus and index it; --replace: in place of
                                         the file of that name (atomically)
  remove NAME [--guild ID]               remove a file from the corpus (an article, or a file check skips)
  check                                  validate every file; say what each yields or why it is skipped
${ALIAS_USAGE}
options: --corpus DIR (another corpus folder), --json`;

async function main(): Promise<number> {
  const { values, positionals } = parseFlags(process.argv.slice(2));
  // An empty target only where missingArgument has already refused the command.
  const [command, target = ''] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  // A missing argument is a command-line mistake like any other: one line, exit 2, before anything is opened.
  const missing = missingArgument(positionals);
  if (missing) fail(`${missing} See --help.`);
  // One file per add or remove: a second name would be silently ignored ("remove a.txt b.txt" removed a.txt only).
  const takesOne = command === 'add' || command === 'remove';
  if (takesOne && positionals.length > 2) {
    fail(
      `${command} takes one file at a time (got ${positionals.length - 1}: ${positionals.slice(1).join(', ')}). See --help.`,
    );
  }
  // The check an upload's url gets in Discord (/corpus add url:), before anything is opened or written.
  const url = values.url === undefined ? undefined : safeUrl(values.url);
  if (values.url !== undefined && !url) {
    fail(`--url must be a web address starting with http:// or https:// (not "${values.url}"). See --help.`);
  }
  const config = readSettings();
  const engine = await openEngine(config, {
    corpusDir: values.corpus,
    progress: !values.json,
    logger: silentLogger,
  });
  const print = (data: unknown, text: string) =>
    process.stdout.write(`${values.json ? JSON.stringify(data) : text}\n`);
  const scope = values.guild ? { guildId: values.guild } : {};
  try {
    switch (command) {
      case 'list':
      case 'check': {
        // With --guild, what that server sees; without, every file of every server.
        const articles = values.guild ? engine.listArticles(scope) : engine.allArticles();
        const stats = engine.stats(scope);
        const { skipped } = stats;
        const rows = articles.map((a) => ({
          file: a.file,
          title: a.title,
          url: a.url ?? null,
          passages: a.passages.length,
        }));
        const lines = rows.map(
          (r) => `${r.file}\t${plural(r.passages, 'passage')}\t${r.title}${r.url ? `\t${r.url}` : ''}`,
        );
        if (command === 'check') {
          lines.push(...skipped.map((s) => `${s.file}\tSKIPPED: ${s.reason}`));
          lines.push(
            `${plural(articles.length, 'article')}, ${plural(stats.passages, 'passage')}, ${skipped.length} skipped`,
          );
        }
        print({ articles: rows, skipped }, lines.join('\n') || 'The corpus is empty.');
        return command === 'check' && skipped.length > 0 ? 1 : 0;
      }
      case 'add': {
        const bytes = await readSourceFile(target, config.MAX_FILE_BYTES);
        const before = new Set(engine.allArticles().map((known) => known.file));
        const article = await engine
          .addFile(basename(target), bytes, {
            ...scope,
            ...(values.title ? { title: values.title } : {}),
            ...(url ? { url } : {}),
            ...(values.replace ? { replace: true } : {}),
          })
          .catch((error: unknown) => {
            if (!(error instanceof CorpusError)) throw error;
            // Name the file, and the setting behind a size limit, so the fix is plain.
            const setting = /too large/.test(error.message)
              ? ` (MAX_FILE_BYTES=${config.MAX_FILE_BYTES})`
              : '';
            const message = error.message.replace(/, or add it again with replace\.$/, ', or use --replace.');
            throw new CorpusError(`Cannot add ${target}: ${message}${setting}`.replace(/\.?$/, '.'));
          });
        print(
          { file: article.file, title: article.title, passages: article.passages.length },
          `${before.has(article.file) ? 'Replaced' : 'Added'} ${article.file}: "${article.title}", ${plural(article.passages.length, 'passage')}.`,
        );
        return 0;
      }
      case 'remove': {
        // An article, or else a file `check` reports as skipped (empty, a PDF...): neither is left behind.
        const skipped = engine.stats().skipped.some((skip) => skip.file === listedPath(target, values.guild));
        const removed = skipped
          ? await engine.removeSkippedFile(target, scope)
          : await engine.removeFile(target, scope);
        print({ removed: removed.file }, `Removed ${removed.file}.`);
        return 0;
      }
      case 'alias':
        return await aliasCommand(engine, positionals.slice(1), scope, print);
      default:
        process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await engine.close();
  }
}

process.exitCode = await main();

/**
 * The file to add, read only when it is a regular file within the size limit: a device or a pipe
 * ("/dev/zero", a FIFO) would be read forever, and a huge file would be read whole before being refused.
 */
async function readSourceFile(target: string, maxBytes: number): Promise<Buffer> {
  const cannotRead = () => {
    throw new CorpusError(`Cannot read ${target}.`);
  };
  const info = await stat(target).catch(cannotRead);
  if (!info.isFile())
    throw new CorpusError(`Cannot add ${target}: it is not a regular file (a folder, pipe or device).`);
  if (info.size > maxBytes)
    throw new CorpusError(
      `Cannot add ${target}: ${tooLargeReason(info.size, maxBytes)} (MAX_FILE_BYTES=${maxBytes}).`,
    );
  return readFile(target).catch(cannotRead);
}

/** What a command lacks ("add" without its file, "alias add NAME" without its meaning), or undefined. */
function missingArgument([command, target, ...rest]: string[]): string | undefined {
  if (command === 'add' && !target) return 'Which file? usage: npm run corpus -- add FILE';
  if (command === 'remove' && !target) return 'Which file? usage: npm run corpus -- remove NAME';
  return command === 'alias' ? missingAliasArgument([target ?? '', ...rest]) : undefined;
}
