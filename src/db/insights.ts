/**
 * What `/insights` shows an admin about one server over the last N days (7 or 30): how many questions, the
 * share answered, the unanswered questions grouped by meaning (what article to write next), the answers
 * voted not helpful with their passages, the most cited articles; and the same window as CSV rows.
 * Counting is SQL; grouping questions by meaning is TypeScript (`question-groups.ts`) over the window's
 * unanswered texts, capped at `MAX_GROUPED` most recent.
 */
import { toCsv } from './csv.js';
import type { Database } from './database.js';
import { groupQuestions, type QuestionGroup } from './question-groups.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Most recent unanswered questions read for grouping. */
export const MAX_GROUPED = 5000;
/** Most rows in one CSV export. */
export const MAX_CSV_ROWS = 50_000;

export interface NotHelpfulAnswer {
  messageId: string;
  question: string;
  passageId: string | null;
  notHelpful: number;
  helpful: number;
}

export interface CitedArticle {
  /** The article's file (a passage id without its `#<n>`). */
  article: string;
  citations: number;
}

export interface InsightsReport {
  serverId: string;
  days: number;
  since: Date;
  until: Date;
  questions: number;
  answered: number;
  /** answered / questions (0 when there were none). */
  answeredShare: number;
  unanswered: number;
  topUnanswered: QuestionGroup[];
  notHelpful: NotHelpfulAnswer[];
  topArticles: CitedArticle[];
}

export interface WindowOptions {
  /** The end of the window (default now). */
  now?: Date;
  /** Lines per list (default 10). */
  limit?: number;
}

/** The SQL expression for a passage id's article: `<file>#<n>` without `#<n>`. */
const ARTICLE = `regexp_replace(passage_id, '#[0-9]+$', '')`;

export class InsightsRepository {
  constructor(private readonly db: Database) {}

  async report(serverId: string, days: number, options: WindowOptions = {}): Promise<InsightsReport> {
    const until = options.now ?? new Date();
    const since = new Date(until.getTime() - days * DAY_MS);
    const limit = options.limit ?? 10;
    const window = [serverId, since, until];
    const [counts] = await this.db.query<{ questions: number; answered: number }>(
      `select count(*)::int as questions, count(*) filter (where status = 'answered')::int as answered
         from question_log where server_id = $1 and created_at >= $2 and created_at <= $3`,
      window,
    );
    const unansweredRows = await this.db.query<{ question: string }>(
      `select question from question_log
        where server_id = $1 and created_at >= $2 and created_at <= $3 and status = 'no_answer'
        order by created_at desc limit ${MAX_GROUPED}`,
      window,
    );
    const notHelpful = await this.db.query<NotHelpfulAnswer>(
      `select message_id as "messageId", min(question) as question, min(passage_id) as "passageId",
              count(*) filter (where not helpful)::int as "notHelpful",
              count(*) filter (where helpful)::int as "helpful"
         from feedback_votes where server_id = $1 and updated_at >= $2 and updated_at <= $3
        group by message_id having count(*) filter (where not helpful) > 0
        order by "notHelpful" desc, "helpful" asc, max(updated_at) desc limit ${limit}`,
      window,
    );
    const topArticles = await this.db.query<CitedArticle>(
      `select ${ARTICLE} as article, count(*)::int as citations
         from question_log
        where server_id = $1 and created_at >= $2 and created_at <= $3
          and status = 'answered' and passage_id is not null
        group by 1 order by citations desc, article asc limit ${limit}`,
      window,
    );
    const questions = counts?.questions ?? 0;
    const answered = counts?.answered ?? 0;
    return {
      serverId,
      days,
      since,
      until,
      questions,
      answered,
      answeredShare: questions === 0 ? 0 : answered / questions,
      unanswered: questions - answered,
      topUnanswered: groupQuestions(unansweredRows.map((row) => row.question)).slice(0, limit),
      notHelpful,
      topArticles,
    };
  }

  /**
   * The window's questions as CSV (oldest first): when, channel, status, question, cited passage, and the
   * votes on its answer. No user ids, not even hashed.
   */
  async csv(serverId: string, days: number, options: WindowOptions = {}): Promise<string> {
    const until = options.now ?? new Date();
    const since = new Date(until.getTime() - days * DAY_MS);
    const rows = await this.db.query<{
      askedAt: Date;
      channelId: string | null;
      status: string;
      question: string;
      passageId: string | null;
      helpful: number;
      notHelpful: number;
    }>(
      `select q.created_at as "askedAt", q.channel_id as "channelId", q.status, q.question,
              q.passage_id as "passageId",
              coalesce(v.helpful, 0)::int as "helpful", coalesce(v.not_helpful, 0)::int as "notHelpful"
         from question_log q
         left join (
           select message_id, count(*) filter (where helpful) as helpful,
                  count(*) filter (where not helpful) as not_helpful
             from feedback_votes where server_id = $1 group by message_id
         ) v on v.message_id = q.answer_message_id
        where q.server_id = $1 and q.created_at >= $2 and q.created_at <= $3
        order by q.created_at asc, q.id asc limit ${MAX_CSV_ROWS}`,
      [serverId, since, until],
    );
    return toCsv(
      ['asked_at', 'channel_id', 'status', 'question', 'passage_id', 'helpful_votes', 'not_helpful_votes'],
      rows.map((row) => [
        row.askedAt,
        row.channelId,
        row.status,
        row.question,
        row.passageId,
        row.helpful,
        row.notHelpful,
      ]),
    );
  }
}
