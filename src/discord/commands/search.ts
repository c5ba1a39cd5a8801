/** /search query:<text, autocomplete> [hide] — the best passages, each title + short excerpt. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../context.js';
import { admit, logged, type Outcome, type Question, questionOf } from '../question-flow.js';
import { searchChoices } from '../render/choices.js';
import { type BotMessage, ephemeral } from '../render/payload.js';
import { renderSearchResults, SEARCH_RESULTS_SHOWN } from '../render/search.js';
import { resolveSearch } from '../resolve.js';
import { refuse, replyWhenReady } from '../respond.js';
import type { Command } from './command.js';

const SUGGESTIONS = 24; // plus the typed text itself: 25, Discord's maximum

export const search: Command = {
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Find the passages that best match some words.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('query')
        .setDescription('Words to look for')
        .setRequired(true)
        .setMaxLength(4000)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Show the results only to you')),

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    // Nothing typed yet still gets suggestions: the engine offers the articles' opening passages.
    const hits = ctx.engine.suggest(typed, { guildId: interaction.guildId ?? undefined, limit: SUGGESTIONS });
    await interaction.respond(searchChoices(typed, hits));
  },

  async execute(interaction, ctx) {
    const text = interaction.options.getString('query', true).trim();
    const hide = interaction.options.getBoolean('hide') ?? false;
    const question = questionOf(interaction, 'slash:search', text);
    await logged(ctx, question, async () => {
      const admission = admit(ctx, question);
      if (!admission.ok) return refuse(interaction, admission);
      const reply = await replyWhenReady(interaction, () => searchReply(ctx, question, hide), {
        ephemeral: hide,
      }).finally(admission.release);
      return reply?.outcome ?? 'expired';
    });
  },
};

/** The passages the query stands for (resolve.ts), rendered; hidden if asked to. */
function searchReply(
  ctx: BotContext,
  question: Question,
  hide: boolean,
): { message: BotMessage; outcome: Outcome } {
  const hits = resolveSearch(ctx.engine, question.text, question.guildId, SEARCH_RESULTS_SHOWN);
  return {
    message: ephemeral(renderSearchResults(question.text, hits), hide),
    outcome: hits.length > 0 ? 'shown' : 'no_answer',
  };
}
