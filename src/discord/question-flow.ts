/**
 * What every question meets, whichever way it arrives (mention, DM, answer channel, /ask, /search, a button):
 * `admit`, a guard that returns data (admitted and holding a slot, or refused with the notice to send);
 * `logged`, one log line per question with its latency and outcome; and `engineAnswer`, the one place the bot
 * asks the engine.
 */
import type { Interaction } from 'discord.js';
import { readQuestion } from '../answer/read-question.js';
import type { Answer } from '../answer/types.js';
import type { BotContext } from './context.js';
import type { Lane } from './limiter.js';
import { CITATIONS_FOR_ANSWER } from './render/answer.js';
import { notices } from './render/notices.js';

export type Outcome =
  | 'answered'
  | 'no_answer'
  | 'invalid'
  /** A greeting, thanks or a request for help, answered in kind. */
  | 'small_talk'
  | 'shown'
  | 'too_long'
  | 'cooldown'
  | 'busy'
  | 'error'
  /** Past Discord's 3 s window before the bot got to it (a backlog): nothing could be sent. */
  | 'expired';

/** A question, who asked it and where. */
export interface Question {
  text: string;
  userId: string;
  guildId: string | undefined;
  /** How it arrived, for the log line: 'slash:ask', 'message:mention', 'button:sources', ... */
  via: string;
  /** Whose in-flight bound it counts against (limiter.ts says why messages have their own). */
  lane: Lane;
}

/** A question asked through an interaction (a slash command or a button). */
export function questionOf(interaction: Interaction, via: string, text: string): Question {
  return {
    text,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
    via,
    lane: 'interaction',
  };
}

/** Admitted (holding an in-flight slot: `release` it once the reply is sent, or failed), or refused. */
export type Admission =
  | { ok: true; release: () => void }
  | { ok: false; outcome: 'too_long' | 'cooldown' | 'busy'; notice: string };

/**
 * May `question` be worked on now? Too long, past the user's cooldown, or too many in flight: refused, with
 * the notice to send. `charge: false` leaves the user's bucket alone (showing a passage an answer cited).
 */
export function admit(ctx: BotContext, question: Question, { charge = true } = {}): Admission {
  const max = ctx.config.MAX_QUESTION_CHARS;
  if (question.text.length > max) {
    return { ok: false, outcome: 'too_long', notice: notices.tooLong(question.text.length, max) };
  }
  // The engine's own check: a question it would refuse (no words to search: only mentions, punctuation) is
  // not charged at all, so a quick next question is never told to wait for it.
  const askable = readQuestion(question.text, max).ok;
  const admission = ctx.limiter.admit(question.userId, {
    cooldown: charge && askable,
    lane: question.lane,
    guildId: question.guildId,
  });
  if (admission.ok) return { ok: true, release: admission.release };
  return admission.reason === 'cooldown'
    ? { ok: false, outcome: 'cooldown', notice: notices.cooldown(admission.secondsLeft) }
    : { ok: false, outcome: 'busy', notice: notices.busy() };
}

/**
 * Run `handle` and log the question with its outcome and latency. A failure is logged as 'error' and
 * rethrown, for the caller's polite error reply.
 */
export async function logged(
  ctx: BotContext,
  question: Question,
  handle: () => Promise<Outcome>,
): Promise<void> {
  const started = performance.now();
  try {
    logLine(ctx, question, await handle(), started);
  } catch (error) {
    logLine(ctx, question, 'error', started);
    throw error;
  }
}

function logLine(ctx: BotContext, question: Question, outcome: Outcome, started: number): void {
  const fields = {
    via: question.via,
    guildId: question.guildId ?? null,
    userId: question.userId,
    chars: question.text.length,
    outcome,
    ms: Math.round(performance.now() - started),
  };
  if (outcome === 'expired') {
    ctx.logger.warn(
      fields,
      'interaction expired before it was handled (the bot is overloaded): not answered',
    );
  } else ctx.logger.info(fields, 'question');
}

/**
 * The engine's answer to `question`: by default with one citation more than an answer shows, so the renderer
 * knows whether "More sources" has anything.
 */
export function engineAnswer(
  ctx: BotContext,
  question: Question,
  maxCitations = CITATIONS_FOR_ANSWER,
): Answer {
  return ctx.engine.ask(question.text, { guildId: question.guildId, maxCitations });
}

export function outcomeOf(answer: Answer): Outcome {
  if (answer.status === 'answered') return 'answered';
  const code = answer.reason?.code;
  return code === 'invalid' || code === 'small_talk' ? code : 'no_answer';
}
