/**
 * Structured logs on stderr, so stdout stays free for `--json` output. JSON lines (pino) when stderr is not a
 * terminal (the bot under a service manager, tests, pipes); short human lines when it is (the chat, the CLI,
 * a developer running the bot by hand), with the files skipped at start-up left to one summary line.
 * Anything that looks like a token is redacted by path, and the config is logged via describeConfig.
 */
import { pino } from 'pino';

export type Logger = pino.Logger;

/** The message the engine logs for each corpus file it cannot read. */
export const SKIPPED_FILE_MESSAGE = 'corpus file skipped';

const LEVEL_TAGS: Record<number, string> = {
  10: 'trace: ',
  20: 'debug: ',
  30: '',
  40: 'warning: ',
  50: 'error: ',
  60: 'fatal: ',
};
const HIDDEN_FIELDS = new Set(['level', 'time', 'app', 'msg', 'pid', 'hostname', 'component']);

function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'message' in value) return String(value.message);
  return JSON.stringify(value);
}

/** One JSON log line as a short line a person reads: "warning: corpus file skipped (file: x, reason: y)". */
export function humanLine(json: string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const tag = LEVEL_TAGS[Number(record.level)] ?? '';
  const details = Object.entries(record)
    .filter(([key]) => !HIDDEN_FIELDS.has(key))
    .map(([key, value]) => `${key === 'err' ? 'error' : key}: ${showValue(value)}`);
  return `${tag}${String(record.msg ?? '')}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/**
 * Where log lines go on a terminal. Skipped corpus files are held back (a caller summarises them once, see
 * `skippedSummary`); one skipped later (the folder watcher) is shown once. `around` lets the chat clear its
 * prompt before a line and redraw it after, so a log line never swallows what is being typed.
 */
export class TerminalLog {
  around: ((write: () => void) => void) | undefined;
  private readonly reported = new Set<string>();
  private holding = true;

  constructor(private readonly out: NodeJS.WritableStream = process.stderr) {}

  write(json: string): void {
    let record: { msg?: string; file?: string } = {};
    try {
      record = JSON.parse(json) as typeof record;
    } catch {
      // not JSON: shown as is
    }
    if (record.msg === SKIPPED_FILE_MESSAGE) {
      const key = String(record.file);
      const seen = this.reported.has(key);
      this.reported.add(key);
      if (this.holding || seen) return;
    }
    const line = `${humanLine(json)}\n`;
    if (this.around) this.around(() => this.out.write(line));
    else this.out.write(line);
  }

  /** Start-up is over: the files skipped so far were summarised; later ones are shown as they come. */
  settle(): void {
    this.holding = false;
  }
}

const terminals = new WeakMap<Logger, TerminalLog>();

/** The terminal sink behind a logger made by `createLogger` on a terminal, if any. */
export function terminalLogOf(logger: Logger): TerminalLog | undefined {
  return terminals.get(logger);
}

export interface LoggerOptions {
  /** Human lines instead of JSON (default: whether stderr is a terminal). */
  human?: boolean;
}

export function createLogger(level = 'info', options: LoggerOptions = {}): Logger {
  const human = options.human ?? Boolean(process.stderr.isTTY);
  const terminal = human ? new TerminalLog() : undefined;
  const logger = pino(
    {
      level,
      base: { app: 'citebot' },
      redact: {
        paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    terminal ?? pino.destination({ fd: 2, sync: true }),
  );
  if (terminal) terminals.set(logger, terminal);
  return logger;
}

/** One line for the files a corpus folder could not use, or '' when there are none. */
export function skippedSummary(count: number): string {
  if (count === 0) return '';
  return `${count} ${count === 1 ? 'file' : 'files'} skipped: \`npm run corpus -- check\` says why`;
}

/** A logger that drops everything: for tests and quiet CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
