/**
 * `npm run corpus -- alias add NAME "meaning" | alias list | alias remove NAME`, each with `[--guild ID]`:
 * the names people use for things the articles call otherwise, kept in `aliases.txt` (global) or
 * `guilds/<id>/aliases.txt`, through the engine (so the checks of /corpus alias apply here too).
 */
import type { Engine } from '../engine.js';
import { type AliasEntry, CorpusError, type ScopeOptions } from '../engine-api.js';

export const ALIAS_USAGE = `  alias add NAME "meaning" [--guild ID]   teach a name (one word) for what the articles call otherwise
  alias list [--guild ID]                every alias (with --guild: that server's own)
  alias remove NAME [--guild ID]         forget an alias`;

/** What an alias subcommand lacks (`add` without its name or meaning, `remove` without its name), or undefined. */
export function missingAliasArgument([sub, name, ...meaning]: readonly string[]): string | undefined {
  if ((sub === 'add' || sub === 'remove') && !name)
    return `Which alias? usage: npm run corpus -- alias ${sub} NAME${sub === 'add' ? ' "meaning"' : ''}`;
  if (sub === 'add' && !meaning.join(' ').trim())
    return `What does ${name} stand for? usage: npm run corpus -- alias add ${name} "meaning"`;
  return undefined;
}

/**
 * Runs one alias subcommand (its arguments checked first by missingAliasArgument); returns the exit code.
 * Throws CorpusError for a person's mistake.
 */
export async function aliasCommand(
  engine: Engine,
  args: readonly string[],
  scope: ScopeOptions,
  print: (data: unknown, text: string) => void,
): Promise<number> {
  const [sub, name, ...rest] = args;
  const shown = (entry: AliasEntry) => `${entry.name} = ${entry.meaning}`;
  const data = (entry: AliasEntry) => ({
    name: entry.name,
    meaning: entry.meaning,
    file: entry.file,
    line: entry.line,
    scope: entry.scope,
  });
  switch (sub) {
    case 'add': {
      // missingAliasArgument has refused a missing name or meaning before the engine was opened.
      const entry = await engine.addAlias(name!, rest.join(' '), scope);
      print(data(entry), `Added the alias ${shown(entry)} (${entry.file}).`);
      return 0;
    }
    case 'remove': {
      const entry = await engine.removeAlias(name!, scope);
      print(data(entry), `Removed the alias ${shown(entry)} (${entry.file}).`);
      return 0;
    }
    case 'list': {
      const entries = scope.guildId ? engine.listAliases({ ...scope, ownOnly: true }) : engine.allAliases();
      print(
        { aliases: entries.map(data) },
        entries.map((entry) => `${shown(entry)}\t${entry.file}:${entry.line}`).join('\n') || 'No aliases.',
      );
      return 0;
    }
    default:
      throw new CorpusError(`Unknown alias command "${sub ?? ''}". usage:\n${ALIAS_USAGE}`);
  }
}
