/** /search query:<text, autocomplete> [hide] — the best passages, each title + short excerpt. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { SearchHit } from '../../answer/types.js';
import type { EngineApi } from '../../engine-api.js';
import { runQuestion } from '../question-flow.js';
import { searchChoices } from '../render/choices.js';
import { ephemeral } from '../render/payload.js';
import { renderSearchResults, SEARCH_RESULTS_SHOWN } from '../render/search.js';
import { passageAsHit, resolvePassage, resolveQueryText } from '../resolve.js';
import { replyNotice, replyWhenReady } from '../respond.js';
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
    const query = interaction.options.getString('query', true).trim();
    const hide = interaction.options.getBoolean('hide') ?? false;
    const guildId = interaction.guildId ?? undefined;
    const request = { via: 'slash:search', userId: interaction.user.id, guildId, text: query };

    await runQuestion(
      ctx,
      request,
      (notice) => replyNotice(interaction, notice),
      async () => {
        let found = 0;
        const sent = await replyWhenReady(
          interaction,
          () => {
            const hits = resolveQuery(ctx.engine, query, guildId);
            found = hits.length;
            const message = renderSearchResults(query, hits);
            return hide ? ephemeral(message) : message;
          },
          { ephemeral: hide },
        );
        if (sent === 'expired') return 'expired';
        return found > 0 ? 'shown' : 'no_answer';
      },
    );
  },
};

/**
 * The final value is a picked choice (a passage id, or the typed text), a choice's name, or free text. A
 * passage shows first, then others from its article's title; anything else is searched as typed.
 */
function resolveQuery(engine: EngineApi, query: string, guildId: string | undefined): SearchHit[] {
  const picked = resolvePassage(engine, query, guildId);
  if (!picked) return engine.search(resolveQueryText(query), { guildId, limit: SEARCH_RESULTS_SHOWN });
  const related = engine.search(picked.title, { guildId, limit: SEARCH_RESULTS_SHOWN });
  return [passageAsHit(picked), ...related.filter((hit) => hit.passageId !== picked.id)].slice(
    0,
    SEARCH_RESULTS_SHOWN,
  );
}
