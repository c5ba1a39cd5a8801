/**
 * "Helpful" / "Not helpful" under an answer: one vote per person per answer message, changeable (the database
 * upserts on the message and the voter's hashed id), acknowledged only to the voter. The vote is stored with
 * the question (read from the answer's embed), the cited passage (from the button) and the server.
 */
import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { type ButtonAction, questionFromFooter } from './render/custom-ids.js';
import { notices } from './render/notices.js';
import { replyNotice } from './respond.js';

type VoteAction = Extract<ButtonAction, { kind: 'vote' }>;

export async function handleVote(
  interaction: ButtonInteraction,
  ctx: BotContext,
  action: VoteAction,
): Promise<void> {
  if (!ctx.store) {
    await replyNotice(interaction, notices.noDatabase('Feedback'));
    return;
  }
  const { previous } = await ctx.store.feedback.vote({
    messageId: interaction.message.id,
    userId: interaction.user.id,
    serverId: interaction.guildId ?? null,
    channelId: interaction.channelId ?? null,
    question: questionOf(interaction),
    passageId: action.passageId ?? null,
    helpful: action.helpful,
  });
  ctx.logger.info(
    {
      guildId: interaction.guildId ?? null,
      messageId: interaction.message.id,
      helpful: action.helpful,
      changed: previous !== null && previous !== action.helpful,
    },
    'feedback vote',
  );
  await replyNotice(interaction, notices.voted(action.helpful, previous));
}

/** The question the answer was for: its embed's footer (or, failing that, its title). */
function questionOf(interaction: ButtonInteraction): string {
  for (const embed of interaction.message.embeds) {
    const question = questionFromFooter(embed.footer?.text) ?? embed.title ?? undefined;
    if (question) return question;
  }
  return '';
}
