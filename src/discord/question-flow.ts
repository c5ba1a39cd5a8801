/**
 * The steps every question goes through, whichever way it arrives (mention, DM, answer channel, /ask, /search,
 * a sources button): length check, cooldown and in-flight bound, the work, and one log line with latency
 * and outcome.
 */
import type { Answer } from '../answer/types.js';
import type { BotContext } from './context.js';
import { CITATIONS_FOR_ANSWER, renderAnswer } from './render/answer.js';
import { notices } from './render/notices.js';
import type { BotMessage } from './render/payload.js';
import { readQuestion } from '../answer/read-question.js';

export type Outcome =
  | 'answered'
  | 'no_answer'
  | 'invalid'
  | 'shown'
  | 'too_long'
  | 'cooldown'
  | 'busy'
  | 'error'
  /** Past Discord's 3 s window before the bot got to it (a backlog): nothing could be sent. */
  | 'expired';

export interface QuestionRequest {
  /** How it arrived, for the logs: 'slash:ask', 'message:mention', 'button:sources', ... */
  via: string;
  userId: string;
  guildId: string | undefined;
  text: string;
  /**
   * Whether it takes a question from the user's bucket (default true). Passage lookups do not (they read
   * what an answer already cited); "more sources" does (it runs the question again).
   */
  cooldown?: boolean;
}

/**
 * Run `work` for a question if it may run now; otherwise `refuse` with a polite notice. `work` returns the
 * outcome to log. Errors are logged with outcome 'error' and rethrown for the caller's polite error reply.
 */
export async function runQuestion(
  ctx: BotContext,
  request: QuestionRequest,
  refuse: (notice: string) => Promise<unknown>,
  work: () => Promise<Outcome>,
): Promise<void> {
  const started = performance.now();
  const log = (outcome: Outcome) => {
    const fields = {
      via: request.via,
      guildId: request.guildId ?? null,
      userId: request.userId,
      chars: request.text.length,
      outcome,
      ms: Math.round(performance.now() - started),
    };
    if (outcome === 'expired') {
      ctx.logger.warn(
        fields,
        'interaction expired before it was handled (the bot is overloaded): not answered',
      );
    } else ctx.logger.info(fields, 'question');
  };

  if (request.text.length > ctx.config.MAX_QUESTION_CHARS) {
    await refuse(notices.tooLong(request.text.length, ctx.config.MAX_QUESTION_CHARS));
    log('too_long');
    return;
  }
  // A question with no words to search (only mentions, punctuation) is refused by the engine and costs
  // nothing: not charged at all, so a quick next question is never told to wait for it.
  const askable = readQuestion(request.text, ctx.config.MAX_QUESTION_CHARS).ok;
  const admission = ctx.limiter.admit(request.userId, {
    cooldown: (request.cooldown ?? true) && askable,
    lane: request.via.startsWith('message:') ? 'message' : 'interaction',
  });
  if (!admission.ok) {
    await refuse(admission.reason === 'cooldown' ? notices.cooldown(admission.secondsLeft) : notices.busy());
    log(admission.reason);
    return;
  }
  try {
    const outcome = await work();
    // A question the engine found empty (only mentions, punctuation) was refused: it costs nothing.
    if (outcome === 'invalid') admission.refund();
    log(outcome);
  } catch (error) {
    log('error');
    throw error;
  } finally {
    admission.release();
  }
}

export function outcomeOf(answer: Answer): Outcome {
  if (answer.status === 'answered') return 'answered';
  return answer.reason?.code === 'invalid' ? 'invalid' : 'no_answer';
}

/** Ask the engine (one extra citation, so the renderer knows whether "More sources" has more) and render. */
export function answerQuestion(
  ctx: BotContext,
  question: string,
  guildId: string | undefined,
): { answer: Answer; message: BotMessage } {
  const answer = ctx.engine.ask(question, { guildId, maxCitations: CITATIONS_FOR_ANSWER });
  return { answer, message: renderAnswer(answer) };
}
