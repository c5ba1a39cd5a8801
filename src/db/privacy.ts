/**
 * Keeping personal data no longer than needed (PRIVACY.md). Questions and votes older than the retention
 * (QUESTION_LOG_RETENTION_DAYS, 90 by default) are deleted by `purgeExpired`, which `startDailyPurge` runs at
 * start and once a day (an unref'd timer: it never keeps the process alive). `purgeServer` deletes a server's
 * questions and votes at once (`/insights purge`); `forgetServer` deletes everything the database holds about a
 * server (also its settings, upload records and shared files), for when its files are deleted after the bot left it.
 */
import { type Logger, silentLogger } from '../logger.js';
import type { Database } from './database.js';
import { DAY_MS } from './insights.js';

export interface PurgeResult {
  questions: number;
  votes: number;
}

export class PrivacyRepository {
  constructor(private readonly db: Database) {}

  /** Deletes questions and votes older than `retentionDays` before `now`. */
  async purgeExpired(retentionDays: number, now: Date = new Date()): Promise<PurgeResult> {
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
    return this.db.transaction(async (tx) => {
      const questions = await tx.query('delete from question_log where created_at < $1 returning 1', [
        cutoff,
      ]);
      const votes = await tx.query('delete from feedback_votes where updated_at < $1 returning 1', [cutoff]);
      return { questions: questions.length, votes: votes.length };
    });
  }

  /** Deletes every question and vote of one server (`/insights purge`). */
  async purgeServer(serverId: string): Promise<PurgeResult> {
    return this.db.transaction(async (tx) => {
      const questions = await tx.query('delete from question_log where server_id = $1 returning 1', [
        serverId,
      ]);
      const votes = await tx.query('delete from feedback_votes where server_id = $1 returning 1', [serverId]);
      return { questions: questions.length, votes: votes.length };
    });
  }

  /** Deletes all the database holds about a server: questions, votes, settings, upload records. */
  async forgetServer(serverId: string): Promise<PurgeResult & { settings: number; uploads: number }> {
    return this.db.transaction(async (tx) => {
      const questions = await tx.query('delete from question_log where server_id = $1 returning 1', [
        serverId,
      ]);
      const votes = await tx.query('delete from feedback_votes where server_id = $1 returning 1', [serverId]);
      const settings = await tx.query('delete from server_settings where server_id = $1 returning 1', [
        serverId,
      ]);
      const uploads = await tx.query('delete from uploads where server_id = $1 returning 1', [serverId]);
      // Its own files shared by shard processes (src/db/corpus-files.ts) go with its folder.
      await tx.query('delete from corpus_files where server_id = $1', [serverId]);
      await tx.query('delete from corpus_versions where server_id = $1', [serverId]);
      return {
        questions: questions.length,
        votes: votes.length,
        settings: settings.length,
        uploads: uploads.length,
      };
    });
  }
}

export interface DailyPurgeOptions {
  retentionDays: number;
  logger?: Logger;
  /** Between purges (default a day). */
  intervalMs?: number;
  /** Before the first purge (default 1 minute: not in the way of the start). */
  firstDelayMs?: number;
  now?: () => Date;
}

/** Runs `purgeExpired` soon after start and then every `intervalMs`. Returns a function that stops it. */
export function startDailyPurge(privacy: PrivacyRepository, options: DailyPurgeOptions): () => void {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await privacy.purgeExpired(options.retentionDays, now());
      logger.info({ ...result, retentionDays: options.retentionDays }, 'question log purged');
    } catch (error) {
      logger.warn({ err: error }, 'question log purge failed (tried again tomorrow)');
    } finally {
      running = false;
    }
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void run();
    interval = setInterval(() => void run(), options.intervalMs ?? DAY_MS);
    interval.unref();
  }, options.firstDelayMs ?? 60_000);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}
