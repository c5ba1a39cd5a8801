/**
 * One Citebot under test, shared by the end-to-end and reliability suites: a temp copy of a corpus (the seeds by
 * default), the real Engine, LoopbackDiscord, the real discord.js client via startBot, commands registered,
 * guilds, and every log line captured through a pino stream.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { type Config, loadConfig } from '../../src/config.js';
import { type RunningBot, startBot } from '../../src/discord/bot.js';
import { registerCommands } from '../../src/discord/register-commands.js';
import { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import { LoopbackDiscord, type StartOptions } from '../loopback/discord.js';

export const SEED_CORPUS = join(import.meta.dirname, '..', '..', 'corpus');

export interface Guild {
  id: string;
  channelId: string;
}

export interface Bot {
  discord: LoopbackDiscord;
  bot: RunningBot;
  engine: Engine;
  config: Config;
  guilds: Guild[];
  corpusDir: string;
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export interface BotOptions {
  guilds?: number;
  env?: (guilds: Guild[], discord: LoopbackDiscord) => Record<string, string>;
  wrapEngine?: (engine: Engine) => EngineApi;
  loopback?: StartOptions;
  /** Start from this folder (copied) instead of the seed corpus. */
  corpusFrom?: string;
  /** Called with the fresh corpus folder before the engine opens it (to plant bad files). */
  prepare?: (corpusDir: string) => Promise<void>;
  /** Index snapshot path (default: none). */
  indexPath?: string;
  /** Name prefix of the temp corpus folder. */
  tempPrefix?: string;
  /**
   * Give the bot a database: its own PGlite folder (a copy of the machine's template, see test/db/backends.ts),
   * unless `env` names DATABASE_URL or DATABASE_PATH. Default: none (the bot runs without one).
   */
  database?: boolean;
}

export async function startBotUnderTest(options: BotOptions = {}): Promise<Bot> {
  const corpusDir = await mkdtemp(join(tmpdir(), options.tempPrefix ?? 'citebot-bot-'));
  await cp(options.corpusFrom ?? SEED_CORPUS, corpusDir, { recursive: true });
  await options.prepare?.(corpusDir);
  const discord = await LoopbackDiscord.start(options.loopback);
  const guilds = Array.from({ length: options.guilds ?? 1 }, (_, i) =>
    discord.addGuild({ name: `Server ${i + 1}` }),
  );
  const databaseEnv = options.database ? await botDatabase(corpusDir) : {};
  const config = loadConfig({
    ...databaseEnv,
    DISCORD_TOKEN: discord.botToken,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE_URL: discord.apiBase,
    CORPUS_DIR: corpusDir, // the bot deletes the files of servers it left from here
    COOLDOWN_SECONDS: '0',
    ...options.env?.(guilds, discord),
  });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const engine = await Engine.open({
    corpusDir,
    indexPath: options.indexPath ?? '',
    maxFileBytes: config.MAX_FILE_BYTES,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    maxAliasesPerServer: config.MAX_ALIASES_PER_SERVER,
    maxFilesPerServer: config.MAX_FILES_PER_SERVER,
    maxBytesPerServer: config.MAX_BYTES_PER_SERVER,
    parseInWorker: true, // as the bot runs (src/main.ts)
    logger,
  });
  await registerCommands(config);
  const bot = await startBot({
    config,
    engine: options.wrapEngine?.(engine) ?? engine,
    logger,
    database: options.database ?? false,
  });
  return {
    discord,
    bot,
    engine,
    config,
    guilds,
    corpusDir,
    logs,
    async stop() {
      await bot.stop();
      await engine.close();
      await discord.stop();
      await rm(corpusDir, { recursive: true, force: true });
      if (options.database) {
        await rm(`${corpusDir}-db`, { recursive: true, force: true });
        await rm(`${corpusDir}-db.lock`, { force: true });
      }
    },
  };
}

/** A PGlite folder of its own for one bot, inside its temp corpus folder's sibling (removed with it). */
async function botDatabase(corpusDir: string): Promise<Record<string, string>> {
  const { pgliteFolder } = await import('../db/backends.js');
  const path = `${corpusDir}-db`;
  await pgliteFolder(path);
  return { DATABASE_PATH: path };
}
