/** Routes slash commands, autocomplete and buttons; any failure is logged and answered politely. */
import { Events } from 'discord.js';
import { handleButton } from '../buttons.js';
import { commandsByName, messageCommandsByName } from '../commands/index.js';
import { replyWithError } from '../respond.js';
import { serverSettingsOf } from '../server-settings.js';
import type { BotEvent } from './event.js';

export const interactionCreate: BotEvent<typeof Events.InteractionCreate> = {
  name: Events.InteractionCreate,
  async execute(ctx, interaction) {
    if (interaction.isAutocomplete()) {
      const command = commandsByName.get(interaction.commandName);
      try {
        await command?.autocomplete?.(interaction, ctx);
      } catch (error) {
        ctx.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
      }
      // Autocomplete must always be answered; an empty list is better than a spinner that never ends.
      if (!interaction.responded) await interaction.respond([]).catch(() => {});
      return;
    }
    if (!interaction.isRepliable()) return;
    try {
      // The server's own cooldown (/settings) for the questions this may ask.
      await serverSettingsOf(ctx, interaction.guildId);
      if (interaction.isChatInputCommand()) {
        const command = commandsByName.get(interaction.commandName);
        if (!command) throw new Error(`unknown command /${interaction.commandName}`);
        await command.execute(interaction, ctx);
      } else if (interaction.isMessageContextMenuCommand()) {
        await messageCommandsByName.get(interaction.commandName)?.execute(interaction, ctx);
      } else if (interaction.isButton()) {
        await handleButton(interaction, ctx);
      }
    } catch (error) {
      await replyWithError(interaction, ctx.logger, error);
    }
  },
};
