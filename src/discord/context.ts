/** What every handler gets: the engine, settings, logger, the shared question limiter and the database. */
import type { Config } from '../config.js';
import type { GuildRetention } from '../corpus/guild-retention.js';
import type { Store } from '../db/index.js';
import type { EngineApi } from '../engine-api.js';
import type { Logger } from '../logger.js';
import type { QuestionLimiter } from './limiter.js';

export interface BotContext {
  engine: EngineApi;
  config: Config;
  logger: Logger;
  limiter: QuestionLimiter;
  /**
   * The database (per-server settings, question log, feedback, upload records), opened at start. Absent when
   * it could not be opened (or the bot runs without one): questions are still answered, with the environment's
   * settings, and what needs it (votes, /insights, /settings) says politely that it is unavailable.
   */
  store?: Store;
  /** Whether the gateway sends message text (the Message Content intent): answer channels need it. */
  messageContent?: boolean;
  /** Deletes a left server's own files after GUILD_RETENTION_DAYS (absent: nothing is deleted). */
  retention?: GuildRetention;
  /** Servers with a `/corpus add` being downloaded, parsed and indexed: one upload at a time per server. */
  uploads?: Set<string>;
}
