/**
 * Button clicks. Everything a button needs is in its custom_id (or, for long questions, the message's embed
 * footer), so buttons on old messages keep working after a restart.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import type { BotContext } from './context.js';
import { runQuestion } from './question-flow.js';
import { CITATIONS_FOR_ANSWER } from './render/answer.js';
import { parseButtonId, questionFromFooter } from './render/custom-ids.js';
import { notices } from './render/notices.js';
import { renderPassage } from './render/passage.js';
import { asEdit, ephemeral } from './render/payload.js';
import { citationsNeededForPage, MAX_SOURCES_PAGE, renderSourcesPage } from './render/sources.js';
import { replyNotice, sendReply } from './respond.js';

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  const guildId = interaction.guildId ?? undefined;
  if (!action) {
    await replyNotice(interaction, notices.expired());
    return;
  }
  if (action.kind === 'passage') {
    await showPassage(interaction, ctx, action.passageId);
    return;
  }
  const question =
    action.kind === 'sources' && action.question ? action.question : questionOnMessage(interaction);
  if (!question) {
    await replyNotice(interaction, notices.expired());
    return;
  }
  const request = {
    via: `button:${action.kind}`,
    userId: interaction.user.id,
    guildId,
    text: question,
    // "More sources" runs the question again and costs a question; [n] only shows a cited passage.
    cooldown: action.kind === 'sources',
  };
  await runQuestion(
    ctx,
    request,
    (notice) => replyNotice(interaction, notice),
    async () => {
      if (action.kind === 'cite') {
        const maxCitations = Math.max(action.n, CITATIONS_FOR_ANSWER);
        const citation = ctx.engine
          .ask(question, { guildId, maxCitations })
          .citations.find((c) => c.n === action.n);
        await showPassage(interaction, ctx, citation?.passageId);
        return 'shown';
      }
      const page = Math.min(Math.max(action.page, 1), MAX_SOURCES_PAGE);
      const answer = ctx.engine.ask(question, { guildId, maxCitations: citationsNeededForPage(page) });
      const message = renderSourcesPage(answer, page);
      // Paging inside our own ephemeral sources message edits it; from an answer, open a private page.
      if (interaction.message.flags.has(MessageFlags.Ephemeral)) await interaction.update(asEdit(message));
      else await sendReply(interaction, ephemeral(message));
      return 'shown';
    },
  );
}

async function showPassage(interaction: ButtonInteraction, ctx: BotContext, passageId: string | undefined) {
  const found = passageId
    ? ctx.engine.getPassage(passageId, { guildId: interaction.guildId ?? undefined })
    : undefined;
  if (!found) {
    await replyNotice(interaction, notices.passageGone());
    return;
  }
  await sendReply(interaction, ephemeral(renderPassage(found)));
}

function questionOnMessage(interaction: ButtonInteraction): string | undefined {
  for (const embed of interaction.message.embeds) {
    const question = questionFromFooter(embed.footer?.text);
    if (question) return question;
  }
  return undefined;
}
