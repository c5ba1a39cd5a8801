/**
 * Every question answered or declined ("not in the articles") goes into the database's question log once its
 * reply is sent, with the reply's message id (votes on that message are matched to it). Fire and forget: the
 * log never delays or fails an answer (src/db/question-log.ts). Invalid questions (nothing to search) are not
 * logged, nor is anything without a database.
 */
import type { Answer } from '../answer/types.js';
import type { BotContext } from './context.js';
import type { Question } from './question-flow.js';

export function logAnswer(
  ctx: BotContext,
  question: Question,
  answer: Answer,
  reply: { channelId: string | null; messageId: string | undefined },
): void {
  if (!ctx.store) return;
  const answered = answer.status === 'answered';
  // Bad questions and small talk ("thanks!") are not questions the articles failed to answer.
  if (!answered && (answer.reason?.code === 'invalid' || answer.reason?.code === 'small_talk')) return;
  void ctx.store.questions.logQuestion({
    serverId: question.guildId ?? null,
    channelId: reply.channelId,
    userId: question.userId,
    question: question.text,
    status: answered ? 'answered' : 'no_answer',
    passageId: answered ? (answer.citations[0]?.passageId ?? null) : null,
    answerMessageId: reply.messageId ?? null,
  });
}
