/** /help — how to use the bot and what the articles hold. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { renderHelp } from '../render/help.js';
import { sendReply } from '../respond.js';
import type { Command } from './command.js';

export const help: Command = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('How to ask me things, and which articles I know.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction, ctx) {
    const visible = ctx.engine.listArticles({ guildId: interaction.guildId ?? undefined });
    await sendReply(interaction, renderHelp(visible, ctx.config.ANSWER_CHANNELS.length > 0));
  },
};
