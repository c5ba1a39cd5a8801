/**
 * The bot under benchmark, in its own process: the same `Engine.open` + `startBot` that `npm start` runs,
 * with settings from the environment (the parent points DISCORD_API_BASE_URL at the loopback Discord).
 * Talks to the parent over the IPC channel: 'ready' once connected, 'stats' on request (CPU, event loop
 * utilisation and delay, memory), and a clean stop (so `--cpu-prof` writes its profile).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import { Engine } from '../../src/engine.js';
import { createLogger } from '../../src/logger.js';
import type { ChildStats, FromChild, ToChild } from './protocol.js';

function send(message: FromChild): void {
  process.send?.(message);
}

const started = performance.now();
const config = loadConfig(process.env);
const logger = createLogger(config.LOG_LEVEL);
const engine = await Engine.open({
  corpusDir: config.CORPUS_DIR,
  indexPath: config.INDEX_PATH,
  maxFileBytes: config.MAX_FILE_BYTES,
  maxQuestionChars: config.MAX_QUESTION_CHARS,
  maxAliasesPerServer: config.MAX_ALIASES_PER_SERVER,
  maxFilesPerServer: config.MAX_FILES_PER_SERVER,
  maxBytesPerServer: config.MAX_BYTES_PER_SERVER,
  parseInWorker: true, // as src/main.ts opens it for the bot
  logger,
});
const bot = await startBot({ config, engine, logger });

const delay = monitorEventLoopDelay({ resolution: 20 });
delay.enable();
let elu = performance.eventLoopUtilization();

function stats(): ChildStats {
  const now = performance.eventLoopUtilization();
  const window = performance.eventLoopUtilization(now, elu);
  elu = now;
  const result: ChildStats = {
    cpu: process.cpuUsage(),
    at: performance.timeOrigin + performance.now(),
    eventLoopUtilization: window.utilization,
    eventLoopDelayMs: {
      p50: delay.percentile(50) / 1e6,
      p99: delay.percentile(99) / 1e6,
      max: delay.max / 1e6,
    },
    rssBytes: process.memoryUsage().rss,
    heapUsedBytes: process.memoryUsage().heapUsed,
  };
  delay.reset();
  return result;
}

process.on('message', (message: ToChild) => {
  if (message.type === 'stats') send({ type: 'stats', id: message.id, stats: stats() });
  if (message.type === 'stop') {
    void (async () => {
      await bot.stop();
      await engine.close();
      send({ type: 'stopped' });
      process.disconnect();
      process.exit(0); // a normal exit, so --cpu-prof writes its file
    })();
  }
});

send({
  type: 'ready',
  pid: process.pid,
  passages: engine.stats().passages,
  articles: engine.stats().articles,
  startMs: performance.now() - started,
});
