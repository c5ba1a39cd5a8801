/**
 * One shard's process, started by the ShardingManager of src/discord/shards.ts with SHARDS (its id) and
 * SHARD_COUNT in its environment: the discord.js Client reads them and connects as that shard only, so Discord
 * sends it its own servers' events ((guild_id >> 22) % SHARD_COUNT) and, on shard 0, the DMs. The engine holds
 * the global articles and only the files of the servers this shard is in (`guildScopes: 'held'`): loaded once
 * connected, and for each server joined later. Its index snapshot is its own folder, INDEX_PATH/shard-<id>.
 * SIGINT/SIGTERM close it cleanly; a token refused exits 2 (the manager then stops every shard), any other
 * failure to connect exits 1 after a pause, and the manager starts it again.
 */
import { join } from 'node:path';
import { Events } from 'discord.js';
import { openEngine, readSettings } from '../cli/open-engine.js';
import { describeConfig } from '../config.js';
import type { Engine } from '../engine.js';
import { createLogger, type Logger } from '../logger.js';
import { type RunningBot, startBot } from './bot.js';

/** Pause before a shard that could not connect ends (and is started again): no reconnect storm. */
const RETRY_PAUSE_MS = 5_000;

const shardId = Number(process.env.SHARDS ?? 0);
const config = readSettings();
const logger = createLogger(config.LOG_LEVEL).child({ shard: shardId });
logger.info(
  { config: describeConfig(config), shardCount: config.SHARD_COUNT, processId: process.pid },
  'starting shard',
);
const engine = await openEngine(config, {
  logger,
  summary: false,
  parseInWorker: true,
  indexPath: config.INDEX_PATH ? join(config.INDEX_PATH, `shard-${shardId}`) : '',
  guildScopes: 'held',
});
const stopWatching = config.WATCH_CORPUS ? engine.watch() : async () => {};

let bot: RunningBot | undefined;
const shutdown = async (signal: string, code = 0) => {
  logger.info({ signal }, 'shutting down');
  await bot?.stop();
  await stopWatching();
  await engine.close();
  process.exit(code);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  bot = await startBot({ config, engine, logger });
} catch (error) {
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  const refused = code === 'TokenInvalid' || status === 401 || code === 'DisallowedIntents';
  logger.error(
    { reason: error instanceof Error ? error.message : String(error) },
    refused ? 'Discord refused this bot: check DISCORD_TOKEN' : 'could not connect: trying again shortly',
  );
  if (!refused) await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
  await shutdown('connect failed', refused ? 2 : 1);
}
if (bot) await holdOwnServers(bot, engine, logger);

/** Loads the files of the servers this shard is in now (dropping any other), and of each one joined later. */
async function holdOwnServers({ client }: RunningBot, engine: Engine, log: Logger): Promise<void> {
  client.on(Events.GuildCreate, (guild) => {
    engine.holdGuilds([guild.id]).catch((error: unknown) => {
      log.error({ err: error, guildId: guild.id }, "could not load a new server's files");
    });
  });
  const started = Date.now();
  const stats = await engine.holdGuilds(client.guilds.cache.keys(), { exclusive: true });
  log.info(
    {
      guildCount: client.guilds.cache.size,
      articles: stats.articles,
      passages: stats.passages,
      ms: Date.now() - started,
    },
    "shard holds its servers' files",
  );
}
