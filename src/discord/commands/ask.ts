/** /ask question:<text> [hide] [mention:user] — a cited verbatim answer. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Answer } from '../../answer/types.js';
import type { BotContext } from '../context.js';
import {
  admit,
  engineAnswer,
  logged,
  type Outcome,
  outcomeOf,
  type Question,
  questionOf,
} from '../question-flow.js';
import { logAnswer } from '../question-log.js';
import { renderAnswer } from '../render/answer.js';
import { type BotMessage, ephemeral, mentioning } from '../render/payload.js';
import { refuse, replyWhenReady } from '../respond.js';
import type { Command } from './command.js';

export const ask: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question: I answer with an excerpt quoted from the articles, and its source.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option.setName('question').setDescription('Your question').setRequired(true).setMaxLength(4000),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Show the answer only to you'))
    .addUserOption((option) => option.setName('mention').setDescription('Someone to ping with the answer')),

  async execute(interaction, ctx) {
    const text = interaction.options.getString('question', true).trim();
    const hide = interaction.options.getBoolean('hide') ?? false;
    const mention = interaction.options.getUser('mention');
    const question = questionOf(interaction, 'slash:ask', text);
    await logged(ctx, question, async () => {
      const admission = admit(ctx, question);
      if (!admission.ok) return refuse(interaction, admission);
      const reply = await replyWhenReady(
        interaction,
        () => answerReply(ctx, question, { hide, mentionId: mention?.id }),
        { ephemeral: hide },
      ).finally(admission.release);
      if (reply) {
        logAnswer(ctx, question, reply.answer, {
          channelId: interaction.channelId,
          messageId: reply.messageId,
        });
      }
      return reply?.outcome ?? 'expired';
    });
  },
};

/** The engine's answer, rendered: addressed to `mentionId` if given, hidden if asked to. */
function answerReply(
  ctx: BotContext,
  question: Question,
  { hide, mentionId }: { hide: boolean; mentionId: string | undefined },
): { message: BotMessage; outcome: Outcome; answer: Answer } {
  const answer = engineAnswer(ctx, question);
  const message = renderAnswer(answer);
  return {
    message: ephemeral(mentionId ? mentioning(message, mentionId) : message, hide),
    outcome: outcomeOf(answer),
    answer,
  };
}
