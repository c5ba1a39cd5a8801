/**
 * Structured logs (pino, JSON lines on stderr so stdout stays free for `--json` output).
 * Anything that looks like a token is redacted by path, and the config is logged via describeConfig.
 */
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level = 'info'): Logger {
  return pino(
    {
      level,
      base: { app: 'citebot' },
      redact: {
        paths: ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

/** A logger that drops everything: for tests and quiet CLI runs. */
export const silentLogger: Logger = pino({ level: 'silent' });
