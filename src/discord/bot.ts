/**
 * The Discord bot: a real discord.js Client wired to the engine and the database. `startBot` opens the database
 * (a database that cannot open is logged and the bot answers without it), connects, and resolves once the
 * gateway session is ready; `stop` disconnects and closes the database. The token is only ever handed to
 * discord.js, never logged.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { DAY_MS, GuildRetention } from '../corpus/guild-retention.js';
import { describeDatabase, openStore, type Store } from '../db/index.js';
import type { EngineApi } from '../engine-api.js';
import type { Logger } from '../logger.js';
import type { BotContext } from './context.js';
import { sweepLeftGuilds } from './events/guilds.js';
import { registerEvents } from './events/index.js';
import { QuestionLimiter } from './limiter.js';
import { noPings } from './render/payload.js';

export interface StartBotOptions {
  config: Config;
  engine: EngineApi;
  logger: Logger;
  /** Open the database the settings name (DATABASE_URL, else DATABASE_PATH) at start. Default true. */
  database?: boolean;
}

export interface RunningBot {
  client: Client;
  /** The database, when it opened. */
  store?: Store;
  /** Disconnect from Discord and stop listening for process-level errors. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Message Content is privileged: asked for only when answer channels may be used, from ANSWER_CHANNELS or (with a
 * database) from `/settings answer-channels`, or forum posts answered (FORUM_CHANNEL_IDS: a post's first message).
 */
export function botIntents(
  config: ContentSettings,
  options: { messageContent?: boolean } = {},
): GatewayIntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (needsMessageContent(config) || options.messageContent) {
    intents.push(GatewayIntentBits.MessageContent);
  }
  return intents;
}

type ContentSettings = Pick<Config, 'ANSWER_CHANNELS'> & Partial<Pick<Config, 'FORUM_CHANNEL_IDS'>>;

/** The environment's settings that cannot work without message text: answer channels, forum posts. */
function needsMessageContent(config: ContentSettings): boolean {
  return config.ANSWER_CHANNELS.length > 0 || (config.FORUM_CHANNEL_IDS?.length ?? 0) > 0;
}

export function createClient(config: Config, options: { messageContent?: boolean } = {}): Client {
  return new Client({
    intents: botIntents(config, options),
    // DM channels are never cached up front: without this partial, DMs would be dropped.
    partials: [Partials.Channel],
    allowedMentions: noPings(),
    rest: { api: config.DISCORD_API_BASE_URL },
  });
}

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set: the bot cannot connect to Discord.');
  const log = logger.child({ component: 'discord' });
  const store = options.database === false ? undefined : await openStoreOrNone(config, log);
  // With a database, answer channels can be set per server: ask for message text unless Discord refuses it.
  const optionalContent = store !== undefined && !needsMessageContent(config);
  try {
    return await connect(options, log, store, store !== undefined);
  } catch (error) {
    if (!optionalContent || !isDisallowedIntents(error)) {
      await store?.close();
      throw error;
    }
    log.warn(
      'the Message Content intent is not enabled for this bot: answer channels set with /settings stay ' +
        'unanswered until it is (Developer Portal > Bot > Privileged Gateway Intents); everything else works',
    );
    try {
      return await connect(options, log, store, false);
    } catch (retryError) {
      await store?.close();
      throw retryError;
    }
  }
}

/**
 * Discord refused a privileged intent the application was not granted (close code 4014). discord.js reports it
 * as an Error "Used disallowed intents" from its gateway (older versions: code DisallowedIntents).
 */
export function isDisallowedIntents(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'DisallowedIntents' || /disallowed intents/i.test(String(message ?? ''));
}

/** The database, with its daily purge started; undefined (one error line logged) when it cannot be opened. */
async function openStoreOrNone(config: Config, log: Logger): Promise<Store | undefined> {
  try {
    const store = await openStore(config, { logger: log.child({ component: 'database' }) });
    store.startDailyPurge();
    return store;
  } catch (error) {
    log.error(
      { database: describeDatabase(config), reason: error instanceof Error ? error.message : String(error) },
      'database unavailable: answering questions without it (feedback, /insights and /settings are off)',
    );
    return undefined;
  }
}

async function connect(
  { config, engine }: StartBotOptions,
  log: Logger,
  store: Store | undefined,
  messageContent: boolean,
): Promise<RunningBot> {
  const client = createClient(config, { messageContent });
  const ctx: BotContext = {
    engine,
    config,
    logger: log,
    store,
    messageContent: messageContent || needsMessageContent(config),
    limiter: new QuestionLimiter({
      cooldownSeconds: config.COOLDOWN_SECONDS,
      burst: config.COOLDOWN_BURST,
      maxInFlight: config.MAX_IN_FLIGHT,
    }),
    uploads: new Set(),
    // A server's own files are deleted GUILD_RETENTION_DAYS after the bot leaves it (then dropped from the
    // index), and everything the database holds about it with them.
    retention: new GuildRetention({
      corpusDir: config.CORPUS_DIR,
      retentionDays: config.GUILD_RETENTION_DAYS,
      logger: log,
      onDeleted: async (guildId) => {
        await engine.reload({ guildId });
        await forgetServer(store, guildId, log);
      },
    }),
  };
  registerEvents(client, ctx);
  // Checked once connected (events/ready.ts), then daily.
  const retentionTimer = setInterval(() => void sweepLeftGuilds(client, ctx), DAY_MS);
  retentionTimer.unref();

  const onUnhandledRejection = (reason: unknown) => log.error({ err: reason }, 'unhandled promise rejection');
  process.on('unhandledRejection', onUnhandledRejection);

  let stopped = false;
  const disconnect = async () => {
    if (stopped) return;
    stopped = true;
    clearInterval(retentionTimer);
    process.off('unhandledRejection', onUnhandledRejection);
    await client.destroy();
    log.info('disconnected from Discord');
  };

  try {
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await disconnect();
    throw error;
  }
  let closed = false;
  const stop = async () => {
    await disconnect();
    if (closed) return;
    closed = true;
    await store?.close();
  };
  return { client, store, stop };
}

async function forgetServer(store: Store | undefined, guildId: string, log: Logger): Promise<void> {
  if (!store) return;
  try {
    const forgotten = await store.privacy.forgetServer(guildId);
    log.info({ guildId, ...forgotten }, "a left server's records deleted from the database");
  } catch (error) {
    log.warn({ err: error, guildId }, "could not delete a left server's records from the database");
  }
}
