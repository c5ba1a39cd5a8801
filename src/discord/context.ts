/** What every handler gets: the engine, settings, logger and the shared question limiter. */
import type { Config } from '../config.js';
import type { GuildRetention } from '../corpus/guild-retention.js';
import type { EngineApi } from '../engine-api.js';
import type { Logger } from '../logger.js';
import type { QuestionLimiter } from './limiter.js';

export interface BotContext {
  engine: EngineApi;
  config: Config;
  logger: Logger;
  limiter: QuestionLimiter;
  /** Deletes a left server's own files after GUILD_RETENTION_DAYS (absent: nothing is deleted). */
  retention?: GuildRetention;
  /** Servers with a `/corpus add` being downloaded, parsed and indexed: one upload at a time per server. */
  uploads?: Set<string>;
}
