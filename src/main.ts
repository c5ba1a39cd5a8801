/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat over the same corpus.
 * discord.js is loaded only for the bot. A token Discord refuses is one line and exit code 2; Discord out of
 * reach is retried with a growing wait (1 s, 2 s, 4 s ... 60 s) instead of ending the process.
 */
import { fail, parseFlags } from './cli/args.js';
import { runChat } from './cli/chat.js';
import { openEngine, readSettings } from './cli/open-engine.js';
import { describeConfig } from './config.js';
import { createLogger } from './logger.js';

const USAGE = `usage: npm start            (settings from the environment or .env; see .env.example)
  with DISCORD_TOKEN set: the Discord bot (Ctrl-C or SIGTERM stops it)
  without it: a terminal chat over the corpus folder (CORPUS_DIR); /help inside it lists its commands`;

parseFlags(process.argv.slice(2), { usage: USAGE, allowed: ['help'], positionals: false });
const config = readSettings();
const logger = createLogger(config.DISCORD_TOKEN ? config.LOG_LEVEL : 'warn');
logger.info({ config: describeConfig(config) }, 'starting');
if (config.DISCORD_TOKEN && config.SHARD_COUNT !== undefined && !process.env.SHARDING_MANAGER) {
  // SHARD_COUNT: this process only starts and watches one process per shard (src/discord/shards.ts).
  await (await import('./discord/shards.js')).runShardManager(config, logger);
}
const engine = await openEngine(config, {
  logger,
  summary: Boolean(config.DISCORD_TOKEN),
  // The bot parses uploads on a worker thread: other servers' questions are answered meanwhile.
  parseInWorker: Boolean(config.DISCORD_TOKEN),
});

const PORTAL = 'https://discord.com/developers/applications';
const MAX_RETRY_WAIT_MS = 60_000;

/** Why a connection attempt failed, as the action it calls for. */
function connectFailure(error: unknown): 'token' | 'intents' | 'unreachable' | 'other' {
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  if (code === 'TokenInvalid' || status === 401) return 'token';
  if (code === 'DisallowedIntents' || /disallowed intents/i.test(String((error as Error)?.message))) {
    return 'intents';
  }
  if (typeof status === 'number') return status >= 500 || status === 429 ? 'unreachable' : 'other';
  // Network failures: refused, unknown host, reset, timed out (fetch wraps the system error as its cause).
  return 'unreachable';
}

function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.code ?? cause?.message ?? message;
}

async function runBot(): Promise<void> {
  const { startBot } = await import('./discord/bot.js');
  const stopWatching = config.WATCH_CORPUS ? engine.watch() : async () => {};
  let bot: Awaited<ReturnType<typeof startBot>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await bot?.stop();
    await stopWatching();
    await engine.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  for (let attempt = 0; !stopping; attempt++) {
    try {
      bot = await startBot({ config, engine, logger });
      return;
    } catch (error) {
      const failure = connectFailure(error);
      if (failure === 'token') {
        fail(
          `Discord refused the bot token in DISCORD_TOKEN (401 Unauthorized). Get a new one at ${PORTAL} ` +
            '> your application > Bot > Reset Token, and put it in DISCORD_TOKEN (.env).',
        );
      }
      if (failure === 'intents') {
        fail(
          `Discord refused the Message Content intent, which ANSWER_CHANNELS needs: enable it at ${PORTAL} ` +
            '> your application > Bot > Privileged Gateway Intents, or leave ANSWER_CHANNELS empty.',
        );
      }
      if (failure === 'other') fail(`Could not connect to Discord: ${reasonOf(error)}.`, 1);
      const waitMs = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** attempt);
      logger.warn(
        { api: config.DISCORD_API_BASE_URL, reason: reasonOf(error), retryInSeconds: waitMs / 1000 },
        'cannot reach Discord: retrying',
      );
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

if (config.DISCORD_TOKEN) {
  await runBot();
} else {
  await runChat(engine, config, { logger });
  await engine.close();
}
