/** Gateway connection health, for the logs. discord.js reconnects by itself; these only say what happened. */
import { Events } from 'discord.js';
import type { BotEvent } from './event.js';

export const shardDisconnected: BotEvent<typeof Events.ShardDisconnect> = {
  name: Events.ShardDisconnect,
  execute(ctx, closeEvent, shardId) {
    ctx.logger.warn({ shardId, code: closeEvent.code }, 'gateway connection closed');
  },
};

export const shardReconnecting: BotEvent<typeof Events.ShardReconnecting> = {
  name: Events.ShardReconnecting,
  execute(ctx, shardId) {
    ctx.logger.info({ shardId }, 'reconnecting to the gateway');
  },
};

export const shardResumed: BotEvent<typeof Events.ShardResume> = {
  name: Events.ShardResume,
  execute(ctx, shardId, replayedEvents) {
    ctx.logger.info({ shardId, replayedEvents }, 'gateway session resumed');
  },
};

export const shardReady: BotEvent<typeof Events.ShardReady> = {
  name: Events.ShardReady,
  execute(ctx, shardId) {
    ctx.logger.info({ shardId }, 'gateway session ready');
  },
};

/** Without an 'error' listener, an emitted error would crash the process. */
export const clientError: BotEvent<typeof Events.Error> = {
  name: Events.Error,
  execute(ctx, error) {
    ctx.logger.error({ err: error }, 'discord client error');
  },
};

export const clientWarning: BotEvent<typeof Events.Warn> = {
  name: Events.Warn,
  execute(ctx, message) {
    ctx.logger.warn({ detail: message }, 'discord client warning');
  },
};
