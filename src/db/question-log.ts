/**
 * The question log: one row per question the bot answered or declined (what `/insights` counts and groups).
 * `logQuestion` is built so that logging can never hurt an answer: it returns at once (the caller need not
 * await it), never rejects, logs its errors as warnings (the first and every 100th), and drops records beyond
 * `maxPending` waiting writes (a database that hangs must not grow the bot's memory without bound). Call it
 * after the reply is sent, with the reply's message id, so votes on that message can be matched to the
 * question.
 */
import { type Logger, silentLogger } from '../logger.js';
import type { Database } from './database.js';
import type { UserHasher } from './user-hash.js';

export type QuestionStatus = 'answered' | 'no_answer';

export interface QuestionRecord {
  /** Null for a direct message. */
  serverId: string | null;
  channelId: string | null;
  /** The asker's Discord id; stored hashed. */
  userId: string;
  question: string;
  status: QuestionStatus;
  /** The cited passage (`<file>#<n>`) of an answer. */
  passageId?: string | null;
  /** The bot's reply, when known: votes on it are matched to this question. */
  answerMessageId?: string | null;
  /** When it was asked (default now; tests). */
  at?: Date;
}

/** Longest question text stored (the bot refuses longer ones anyway: MAX_QUESTION_CHARS <= 4000). */
export const MAX_STORED_QUESTION = 4000;

export interface QuestionLogOptions {
  logger?: Logger;
  /** Writes waiting at once beyond which new records are dropped (default 1,000). */
  maxPending?: number;
}

export class QuestionLog {
  private readonly logger: Logger;
  private readonly maxPending: number;
  private pending = 0;
  private dropped = 0;
  private failed = 0;

  constructor(
    private readonly db: Database,
    private readonly hasher: UserHasher,
    options: QuestionLogOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
    this.maxPending = options.maxPending ?? 1000;
  }

  /** Writes one record and resolves to its id. Throws on a database error: see logQuestion for the safe one. */
  async insert(record: QuestionRecord): Promise<string> {
    const userHash = await this.hasher.hash(record.userId);
    const [row] = await this.db.query<{ id: string }>(
      `insert into question_log
        (server_id, channel_id, user_hash, question, status, passage_id, answer_message_id, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()))
       returning id::text as id`,
      [
        record.serverId,
        record.channelId,
        userHash,
        record.question.slice(0, MAX_STORED_QUESTION),
        record.status,
        record.status === 'answered' ? (record.passageId ?? null) : null,
        record.answerMessageId ?? null,
        record.at ?? null,
      ],
    );
    return row!.id;
  }

  /**
   * Logs a question without ever failing or delaying the answer: returns a promise that always resolves
   * (true when stored), which the caller may ignore.
   */
  logQuestion(record: QuestionRecord): Promise<boolean> {
    if (this.pending >= this.maxPending) {
      this.dropped++;
      if (this.dropped === 1 || this.dropped % 100 === 0) {
        this.logger.warn({ dropped: this.dropped }, 'question log behind: records dropped');
      }
      return Promise.resolve(false);
    }
    this.pending++;
    return this.insert(record)
      .then(
        () => true,
        (error: unknown) => {
          this.logger.warn({ err: error }, 'question not logged');
          return false;
        },
      )
      .finally(() => {
        this.pending--;
      });
  }

  /** Records written, in flight right now (tests, shutdown). */
  get inFlight(): number {
    return this.pending;
  }
}
