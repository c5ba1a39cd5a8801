/**
 * The answer as an interaction's reply, the flow /ask and the "Ask Citebot" message command share: admit the
 * question, reply with the engine's answer (deferred when slow, skipped when expired), put it in the question
 * log, and log the outcome.
 */
import type { RepliableInteraction } from 'discord.js';
import type { Answer } from '../answer/types.js';
import type { BotContext } from './context.js';
import { admit, engineAnswer, logged, type Outcome, outcomeOf, type Question } from './question-flow.js';
import { logAnswer } from './question-log.js';
import { renderAnswer } from './render/answer.js';
import { type BotMessage, ephemeral, mentioning } from './render/payload.js';
import { refuse, replyWhenReady } from './respond.js';

export interface AnswerReplyOptions {
  /** Show the answer only to whoever asked. */
  hide: boolean;
  /** Someone to ping with the answer. */
  mentionId?: string | undefined;
}

export async function replyWithAnswer(
  interaction: RepliableInteraction,
  ctx: BotContext,
  question: Question,
  options: AnswerReplyOptions,
): Promise<void> {
  await logged(ctx, question, async () => {
    const admission = admit(ctx, question);
    if (!admission.ok) return refuse(interaction, admission);
    const reply = await replyWhenReady(interaction, () => answerReply(ctx, question, options), {
      ephemeral: options.hide,
    }).finally(admission.release);
    if (reply) {
      logAnswer(ctx, question, reply.answer, {
        channelId: interaction.channelId,
        messageId: reply.messageId,
      });
    }
    return reply?.outcome ?? 'expired';
  });
}

/** The engine's answer, rendered: addressed to `mentionId` if given, hidden if asked to. */
function answerReply(
  ctx: BotContext,
  question: Question,
  { hide, mentionId }: AnswerReplyOptions,
): { message: BotMessage; outcome: Outcome; answer: Answer } {
  const answer = engineAnswer(ctx, question);
  const message = renderAnswer(answer);
  return {
    message: ephemeral(mentionId ? mentioning(message, mentionId) : message, hide),
    outcome: outcomeOf(answer),
    answer,
  };
}
