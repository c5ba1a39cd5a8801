/**
 * The bot's storage in one object: open it once at start (`openStore`), hand its repositories to the parts
 * that need them, close it at shutdown. Repositories take and return plain data (ids as strings, Dates,
 * arrays), nothing of discord.js. Importing this module loads no database driver; `openStore` does.
 */
import type { Config } from '../config.js';
import { type Logger, silentLogger } from '../logger.js';
import { CorpusFilesRepository } from './corpus-files.js';
import type { Database } from './database.js';
import { FeedbackRepository } from './feedback.js';
import { InsightsRepository } from './insights.js';
import { openDatabase } from './open.js';
import { PrivacyRepository, startDailyPurge } from './privacy.js';
import { QuestionLog } from './question-log.js';
import { ServerSettingsRepository, type SettingsDefaults } from './server-settings.js';
import { UploadsRepository } from './uploads.js';
import { UserHasher } from './user-hash.js';

export { type Database, DatabaseError, type Queryable } from './database.js';
export { describeDatabase, openDatabase } from './open.js';
export type { Vote, VoteResult, Tally } from './feedback.js';
export type { InsightsReport, NotHelpfulAnswer, CitedArticle } from './insights.js';
export type { PurgeResult } from './privacy.js';
export type { QuestionRecord, QuestionStatus } from './question-log.js';
export type { QuestionGroup } from './question-groups.js';
export {
  type ListSetting,
  type ResolvedSettings,
  type ServerSettings,
  type SettingsChange,
  SettingsError,
  resolveSettings,
} from './server-settings.js';
export type { UploadInput, UploadRecord } from './uploads.js';

export type StoreSettings = SettingsDefaults &
  Pick<Config, 'DATABASE_URL' | 'DATABASE_PATH' | 'QUESTION_LOG_RETENTION_DAYS'>;

export class Store {
  readonly settings: ServerSettingsRepository;
  readonly questions: QuestionLog;
  readonly feedback: FeedbackRepository;
  readonly uploads: UploadsRepository;
  /** Servers' own corpus files, shared by shard processes (src/discord/shared-corpus.ts). */
  readonly corpusFiles: CorpusFilesRepository;
  readonly insights: InsightsRepository;
  readonly privacy: PrivacyRepository;
  readonly hasher: UserHasher;
  private stopPurge: (() => void) | undefined;

  constructor(
    readonly database: Database,
    private readonly config: StoreSettings,
    private readonly logger: Logger = silentLogger,
  ) {
    this.hasher = new UserHasher(database);
    this.settings = new ServerSettingsRepository(database, config, { logger });
    this.questions = new QuestionLog(database, this.hasher, { logger });
    this.feedback = new FeedbackRepository(database, this.hasher);
    this.uploads = new UploadsRepository(database, this.hasher);
    this.corpusFiles = new CorpusFilesRepository(database);
    this.insights = new InsightsRepository(database);
    this.privacy = new PrivacyRepository(database);
  }

  /** Starts the daily purge of questions and votes older than QUESTION_LOG_RETENTION_DAYS (unref'd). */
  startDailyPurge(options: { firstDelayMs?: number; intervalMs?: number } = {}): void {
    this.stopPurge?.();
    this.stopPurge = startDailyPurge(this.privacy, {
      retentionDays: this.config.QUESTION_LOG_RETENTION_DAYS,
      logger: this.logger,
      ...options,
    });
  }

  /** Stops the purge timer, waits for question-log writes under way (up to 2 s), closes the database. */
  async close(): Promise<void> {
    this.stopPurge?.();
    this.stopPurge = undefined;
    const deadline = Date.now() + 2000;
    while (this.questions.inFlight > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.database.close();
  }
}

/** Opens (and migrates) the database the settings name, with every repository over it. */
export async function openStore(config: StoreSettings, options: { logger?: Logger } = {}): Promise<Store> {
  const logger = options.logger ?? silentLogger;
  const database = await openDatabase(config, { logger });
  return new Store(database, config, logger);
}
