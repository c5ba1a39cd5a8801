/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat over the same corpus.
 */
import { runChat } from './cli/chat.js';
import { openEngine, readSettings } from './cli/open-engine.js';
import { describeConfig } from './config.js';
import { createLogger } from './logger.js';

const config = readSettings();
const logger = createLogger(config.DISCORD_TOKEN ? config.LOG_LEVEL : 'warn');
logger.info({ config: describeConfig(config) }, 'starting');
const engine = await openEngine(config, { logger });

if (config.DISCORD_TOKEN) {
  const { startBot } = await import('./discord/bot.js');
  const stopWatching = config.WATCH_CORPUS ? engine.watch() : async () => {};
  const bot = await startBot({ config, engine, logger });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await bot.stop();
    await stopWatching();
    await engine.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} else {
  await runChat(engine, config);
  await engine.close();
}
