/**
 * Command-line flags, via Node's own parser (node:util parseArgs), shared by every entry point.
 * A mistake on the command line (an unknown flag, a flag without its value) is one line on stderr and exit
 * code 2, never a stack trace; `--help` prints the entry's usage and exits 0.
 */
import { parseArgs } from 'node:util';
import { isGuildId } from '../corpus/names.js';

const OPTIONS = {
  json: { type: 'boolean', default: false },
  corpus: { type: 'string' },
  guild: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  replace: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Option = keyof typeof OPTIONS;

/** Exit code for a usage mistake or a setting that cannot work (as sysexits' EX_USAGE family does). */
export const USAGE_EXIT = 2;

/** Ends the process with one line on stderr (no stack trace) and exit code 2. */
export function fail(message: string, code = USAGE_EXIT): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export interface FlagOptions {
  /** The entry's usage text: printed for `--help`, and named in error messages. */
  usage?: string;
  /** Flags this entry takes (default: all); any other is refused like an unknown one. */
  allowed?: readonly Option[];
  /** Whether the entry takes positional arguments (default true). */
  positionals?: boolean;
}

function valueHint(name: string): string {
  const hints: Record<string, string> = { corpus: 'DIR', guild: 'ID', title: 'TITLE', url: 'URL' };
  return hints[name] ?? 'VALUE';
}

/** One line saying what is wrong with the command line, from parseArgs' (long) error messages. */
export function describeFlagError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^' <]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `Unknown option ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.replace(/^-+/, '');
    if (/does not take an argument/.test(message)) return `${option} takes no value.`;
    return `${option} needs a value: ${option} ${valueHint(name)}.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `Unexpected argument: ${message.split("'")[1]}.`;
  return message.split('. ')[0]!.replace(/\.?$/, '.');
}

export function parseFlags(args: string[], options: FlagOptions = {}) {
  const usage = options.usage;
  const seeHelp = ' See --help.';
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: options.positionals ?? true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    fail(`${describeFlagError(error)}${seeHelp}`);
  }
  const { values } = parsed;
  if (values.help) {
    if (usage) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return parsed;
  }
  for (const [name, value] of Object.entries(values)) {
    const given = value !== undefined && value !== false;
    if (given && options.allowed && !options.allowed.includes(name as Option)) {
      fail(`Unknown option --${name}.${seeHelp}`);
    }
    if (typeof value === 'string' && value.trim() === '') {
      fail(`--${name} needs a value: --${name} ${valueHint(name)}.${seeHelp}`);
    }
  }
  // Every command reads --guild as a Discord server id: "abc" is refused alike by ask, list and add.
  if (values.guild !== undefined && !isGuildId(values.guild)) {
    fail(`--guild must be a Discord server id (digits only), not "${values.guild}".${seeHelp}`);
  }
  return parsed;
}
