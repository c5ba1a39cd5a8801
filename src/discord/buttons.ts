/**
 * Button clicks. Everything a button needs is in its custom_id (or, for long questions, the message's embed
 * footer), so buttons on old messages keep working after a restart.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { handlePurgeButton } from './commands/insights.js';
import type { BotContext } from './context.js';
import { handleVote } from './feedback.js';
import { admit, engineAnswer, logged, type Question, questionOf } from './question-flow.js';
import { CITATIONS_FOR_ANSWER } from './render/answer.js';
import { type ButtonAction, parseButtonId, questionFromFooter } from './render/custom-ids.js';
import { notices } from './render/notices.js';
import { renderPassage } from './render/passage.js';
import { asEdit, ephemeral } from './render/payload.js';
import { citationsNeededForPage, MAX_SOURCES_PAGE, renderSourcesPage } from './render/sources.js';
import { refuse, replyNotice, sendReply } from './respond.js';

type Cite = Extract<ButtonAction, { kind: 'cite' }>;
type Sources = Extract<ButtonAction, { kind: 'sources' }>;

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = parseButtonId(interaction.customId);
  if (action?.kind === 'passage') return showPassage(interaction, ctx, action.passageId);
  if (action?.kind === 'vote') return handleVote(interaction, ctx, action);
  if (action?.kind === 'purge') return handlePurgeButton(interaction, ctx);
  const fromId = action?.kind === 'sources' ? action.question : undefined;
  const text = fromId ?? questionOnMessage(interaction);
  if (!action || !text) return replyNotice(interaction, notices.expired());
  const question = questionOf(interaction, `button:${action.kind}`, text);
  await logged(ctx, question, async () => {
    // "More sources" runs the question again and costs a question; [n] only shows a cited passage.
    const admission = admit(ctx, question, { charge: action.kind === 'sources' });
    if (!admission.ok) return refuse(interaction, admission);
    const shown =
      action.kind === 'cite'
        ? showCitation(interaction, ctx, question, action)
        : showSources(interaction, ctx, question, action);
    await shown.finally(admission.release);
    return 'shown';
  });
}

/** Citation [n] of the question's answer (its passage id was too long for the button). */
async function showCitation(
  interaction: ButtonInteraction,
  ctx: BotContext,
  question: Question,
  action: Cite,
) {
  const maxCitations = Math.max(action.n, CITATIONS_FOR_ANSWER);
  const citation = engineAnswer(ctx, question, maxCitations).citations.find((c) => c.n === action.n);
  await showPassage(interaction, ctx, citation?.passageId);
}

/** A page of further sources: paging inside our own ephemeral page edits it; from an answer, a private page. */
async function showSources(
  interaction: ButtonInteraction,
  ctx: BotContext,
  question: Question,
  action: Sources,
) {
  const page = Math.min(Math.max(action.page, 1), MAX_SOURCES_PAGE);
  const message = renderSourcesPage(engineAnswer(ctx, question, citationsNeededForPage(page)), page);
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) await interaction.update(asEdit(message));
  else await sendReply(interaction, ephemeral(message));
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
