/** Gateway connection health, for the logs. discord.js reconnects by itself; these only say what happened. */
import { type ClientEvents, Events } from 'discord.js';
import type { BotEvent } from './event.js';

/** An event that only writes a log line: at `level`, saying `message`, with `fields` taken from its arguments. */
function logLine<Name extends keyof ClientEvents>(
  name: Name,
  level: 'info' | 'warn' | 'error',
  message: string,
  fields: (...args: ClientEvents[Name]) => object,
): BotEvent<Name> {
  return {
    name,
    execute(ctx, ...args) {
      ctx.logger[level](fields(...args), message);
    },
  };
}

export const shardDisconnected = logLine(
  Events.ShardDisconnect,
  'warn',
  'gateway connection closed',
  (closeEvent, shardId) => ({ shardId, code: closeEvent.code }),
);

export const shardReconnecting = logLine(
  Events.ShardReconnecting,
  'info',
  'reconnecting to the gateway',
  (shardId) => ({ shardId }),
);

export const shardResumed = logLine(
  Events.ShardResume,
  'info',
  'gateway session resumed',
  (shardId, replayedEvents) => ({ shardId, replayedEvents }),
);

export const shardReady = logLine(Events.ShardReady, 'info', 'gateway session ready', (shardId) => ({
  shardId,
}));

/** Without an 'error' listener, an emitted error would crash the process. */
export const clientError = logLine(Events.Error, 'error', 'discord client error', (error) => ({
  err: error,
}));

export const clientWarning = logLine(Events.Warn, 'warn', 'discord client warning', (detail) => ({ detail }));
