/** Joining and leaving servers, for the logs. */
import { Events } from 'discord.js';
import type { BotEvent } from './event.js';

export const guildJoined: BotEvent<typeof Events.GuildCreate> = {
  name: Events.GuildCreate,
  execute(ctx, guild) {
    ctx.logger.info(
      { guildId: guild.id, guildName: guild.name, guildCount: guild.client.guilds.cache.size },
      'joined a server',
    );
  },
};

export const guildLeft: BotEvent<typeof Events.GuildDelete> = {
  name: Events.GuildDelete,
  execute(ctx, guild) {
    ctx.logger.info(
      { guildId: guild.id, guildCount: guild.client.guilds.cache.size },
      'left a server (or it became unavailable)',
    );
  },
};
