/** /passage id:<autocomplete> [hide] — one whole passage with its article, link and position. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { passageChoices } from '../render/choices.js';
import { renderPassage, renderPassageNotFound } from '../render/passage.js';
import { ephemeral } from '../render/payload.js';
import { resolvePassage } from '../resolve.js';
import { sendReply } from '../respond.js';
import type { Command } from './command.js';

const DID_YOU_MEAN = 5;

export const passage: Command = {
  data: new SlashCommandBuilder()
    .setName('passage')
    .setDescription('Show a whole passage, with its article and position.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('id')
        .setDescription('Passage id (start typing a title or words to pick one)')
        .setRequired(true)
        .setMaxLength(1000)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Show the passage only to you')),

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim();
    const hits = ctx.engine.suggest(typed, { guildId: interaction.guildId ?? undefined, limit: 25 });
    await interaction.respond(passageChoices(hits));
  },

  async execute(interaction, ctx) {
    const id = interaction.options.getString('id', true).trim();
    const hide = interaction.options.getBoolean('hide') ?? false;
    const guildId = interaction.guildId ?? undefined;
    const found = resolvePassage(ctx.engine, id, guildId);
    if (!found) {
      const closest = ctx.engine.suggest(id, { guildId, limit: DID_YOU_MEAN });
      await sendReply(interaction, ephemeral(renderPassageNotFound(id, closest)));
      return;
    }
    await sendReply(interaction, ephemeral(renderPassage(found), hide));
  },
};
