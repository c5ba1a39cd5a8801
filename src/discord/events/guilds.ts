/**
 * Joining and leaving servers: logged, and a server left (not merely unavailable: discord.js reports an outage
 * as GuildUnavailable, not GuildDelete) has its own files deleted after GUILD_RETENTION_DAYS unless rejoined.
 */
import { type Client, Events } from 'discord.js';
import type { BotContext } from '../context.js';
import type { BotEvent } from './event.js';

export const guildJoined: BotEvent<typeof Events.GuildCreate> = {
  name: Events.GuildCreate,
  async execute(ctx, guild) {
    ctx.logger.info(
      { guildId: guild.id, guildName: guild.name, guildCount: guild.client.guilds.cache.size },
      'joined a server',
    );
    await ctx.retention?.rejoined(guild.id);
  },
};

export const guildLeft: BotEvent<typeof Events.GuildDelete> = {
  name: Events.GuildDelete,
  async execute(ctx, guild) {
    ctx.logger.info({ guildId: guild.id, guildCount: guild.client.guilds.cache.size }, 'left a server');
    await ctx.retention?.left(guild.id);
  },
};

/** Deletes the files of servers left long enough ago; servers the bot is in now are kept. Never throws. */
export async function sweepLeftGuilds(client: Client, ctx: BotContext): Promise<void> {
  try {
    await ctx.retention?.sweep(client.guilds.cache.keys());
  } catch (error) {
    ctx.logger.error({ err: error }, "could not check for left servers' files to delete");
  }
}
