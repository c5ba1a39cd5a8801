/**
 * One shard's process, started by the ShardingManager of src/discord/shards.ts with SHARDS (its id) and
 * SHARD_COUNT in its environment: the discord.js Client reads them and connects as that shard only, so Discord
 * sends it its own servers' events ((guild_id >> 22) % SHARD_COUNT) and, on shard 0, the DMs. The engine holds
 * the global articles and only the files of the servers this shard is in (`guildScopes: 'held'`): loaded once
 * connected, and for each server joined later. Its index snapshot is its own folder, INDEX_PATH/shard-<id>.
 * With DATABASE_URL, servers' own files are shared through PostgreSQL (shared-corpus.ts).
 * SIGINT/SIGTERM close it cleanly; a token refused exits 2 (the manager then stops every shard), any other
 * failure to connect exits 1 after a pause, and the manager starts it again.
 */
import { join } from 'node:path';
import { Events } from 'discord.js';
import { openEngine, readSettings } from '../cli/open-engine.js';
import { describeConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { type RunningBot, startBot } from './bot.js';
import { SharedCorpus } from './shared-corpus.js';

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
// With a PostgreSQL server, servers' own files are stored there too, so any process that takes a server (on any
// machine) gets its files, and a change made elsewhere reaches the process holding it (src/discord/shared-corpus.ts).
const shared = config.DATABASE_URL
  ? new SharedCorpus(() => bot?.store?.corpusFiles, engine, config.CORPUS_DIR, logger)
  : undefined;
const shutdown = async (signal: string, code = 0) => {
  logger.info({ signal }, 'shutting down');
  await shared?.close();
  await bot?.stop();
  await stopWatching();
  await engine.close();
  process.exit(code);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

try {
  bot = await startBot({ config, engine: shared?.sharing() ?? engine, logger });
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
if (bot) {
  if (shared && bot.store) await shared.listen(config.DATABASE_URL!);
  await holdOwnServers(bot, logger);
}

/** Loads the files of the servers this shard is in now (dropping any other), and of each one joined later. */
async function holdOwnServers({ client, store }: RunningBot, log: Logger): Promise<void> {
  const sharing = store ? shared : undefined;
  client.on(Events.GuildCreate, (guild) => {
    const held = engine.holdGuilds([guild.id]).then(() => sharing?.hold([guild.id]));
    held.catch((error: unknown) => {
      log.error({ err: error, guildId: guild.id }, "could not load a new server's files");
    });
  });
  const started = Date.now();
  await engine.holdGuilds(client.guilds.cache.keys(), { exclusive: true });
  await sharing?.hold(client.guilds.cache.keys());
  const stats = engine.stats();
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
