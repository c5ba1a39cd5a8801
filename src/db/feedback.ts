/**
 * Feedback votes: "Helpful" / "Not helpful" under an answer. One vote per person per answer message; voting
 * again changes it (an upsert on the message and the hashed user). Each vote carries what `/insights` shows
 * without a join: the question, the cited passage and the server.
 */
import type { Database } from './database.js';
import type { UserHasher } from './user-hash.js';

export interface Vote {
  /** The answer message voted on. */
  messageId: string;
  /** The voter's Discord id; stored hashed. */
  userId: string;
  serverId: string | null;
  channelId: string | null;
  question: string;
  passageId: string | null;
  helpful: boolean;
  /** When (default now; tests). */
  at?: Date;
}

export interface VoteResult {
  /** The voter's earlier vote on this message, or null for a first vote. */
  previous: boolean | null;
}

export interface Tally {
  helpful: number;
  notHelpful: number;
}

export class FeedbackRepository {
  constructor(
    private readonly db: Database,
    private readonly hasher: UserHasher,
  ) {}

  /** Stores or changes a person's vote on an answer. */
  async vote(vote: Vote): Promise<VoteResult> {
    const userHash = await this.hasher.hash(vote.userId);
    const [row] = await this.db.query<{ previous: boolean | null }>(
      `with previous as (
         select helpful from feedback_votes where message_id = $1 and user_hash = $2
       )
       insert into feedback_votes
         (message_id, user_hash, server_id, channel_id, question, passage_id, helpful, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, now()), coalesce($8::timestamptz, now()))
       on conflict (message_id, user_hash) do update
         set helpful = excluded.helpful, updated_at = excluded.updated_at
       returning (select helpful from previous) as previous`,
      [
        vote.messageId,
        userHash,
        vote.serverId,
        vote.channelId,
        vote.question.slice(0, 4000),
        vote.passageId,
        vote.helpful,
        vote.at ?? null,
      ],
    );
    return { previous: row?.previous ?? null };
  }

  /** A person's vote on a message, or null. */
  async voteOf(messageId: string, userId: string): Promise<boolean | null> {
    const rows = await this.db.query<{ helpful: boolean }>(
      'select helpful from feedback_votes where message_id = $1 and user_hash = $2',
      [messageId, await this.hasher.hash(userId)],
    );
    return rows[0]?.helpful ?? null;
  }

  /** The votes on one answer message. */
  async tally(messageId: string): Promise<Tally> {
    const [row] = await this.db.query<Tally>(
      `select count(*) filter (where helpful)::int as "helpful",
              count(*) filter (where not helpful)::int as "notHelpful"
         from feedback_votes where message_id = $1`,
      [messageId],
    );
    return row ?? { helpful: 0, notHelpful: 0 };
  }
}
