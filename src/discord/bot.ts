/**
 * The Discord bot: a real discord.js Client wired to the engine. `startBot` connects and resolves once the
 * gateway session is ready; `stop` disconnects. The token is only ever handed to discord.js, never logged.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { DAY_MS, GuildRetention } from '../corpus/guild-retention.js';
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
}

export interface RunningBot {
  client: Client;
  /** Disconnect from Discord and stop listening for process-level errors. Safe to call twice. */
  stop(): Promise<void>;
}

/** Message Content is privileged: ask for it only when answering every question in ANSWER_CHANNELS needs it. */
export function botIntents(config: Pick<Config, 'ANSWER_CHANNELS'>): GatewayIntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (config.ANSWER_CHANNELS.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createClient(config: Config): Client {
  return new Client({
    intents: botIntents(config),
    // DM channels are never cached up front: without this partial, DMs would be dropped.
    partials: [Partials.Channel],
    allowedMentions: noPings(),
    rest: { api: config.DISCORD_API_BASE_URL },
  });
}

export async function startBot({ config, engine, logger }: StartBotOptions): Promise<RunningBot> {
  if (!config.DISCORD_TOKEN) throw new Error('DISCORD_TOKEN is not set: the bot cannot connect to Discord.');
  const log = logger.child({ component: 'discord' });
  const client = createClient(config);
  const ctx: BotContext = {
    engine,
    config,
    logger: log,
    limiter: new QuestionLimiter({
      cooldownSeconds: config.COOLDOWN_SECONDS,
      burst: config.COOLDOWN_BURST,
      maxInFlight: config.MAX_IN_FLIGHT,
    }),
    uploads: new Set(),
    // A server's own files are deleted GUILD_RETENTION_DAYS after the bot leaves it (then dropped from the index).
    retention: new GuildRetention({
      corpusDir: config.CORPUS_DIR,
      retentionDays: config.GUILD_RETENTION_DAYS,
      logger: log,
      onDeleted: async (guildId) => void (await engine.reload({ guildId })),
    }),
  };
  registerEvents(client, ctx);
  // Checked once connected (events/ready.ts), then daily.
  const retentionTimer = setInterval(() => void sweepLeftGuilds(client, ctx), DAY_MS);
  retentionTimer.unref();

  const onUnhandledRejection = (reason: unknown) => log.error({ err: reason }, 'unhandled promise rejection');
  process.on('unhandledRejection', onUnhandledRejection);

  let stopped = false;
  const stop = async () => {
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
    await stop();
    throw error;
  }
  return { client, stop };
}
