/** Logged once connected: who we are, which servers, how big the corpus is; then left servers are checked. */
import { Events } from 'discord.js';
import { sweepLeftGuilds } from './guilds.js';
import type { BotEvent } from './event.js';

export const ready: BotEvent<typeof Events.ClientReady> = {
  name: Events.ClientReady,
  once: true,
  async execute(ctx, client) {
    const stats = ctx.engine.stats();
    ctx.logger.info(
      {
        botId: client.user.id,
        botName: client.user.username,
        guilds: client.guilds.cache.map((guild) => ({ id: guild.id, name: guild.name })),
        guildCount: client.guilds.cache.size,
        articles: stats.articles,
        passages: stats.passages,
        skippedFiles: stats.skipped.length,
        answerChannels: ctx.config.ANSWER_CHANNELS.length,
      },
      'connected to Discord',
    );
    // Servers left while the bot was away from them: files past GUILD_RETENTION_DAYS are deleted now.
    await sweepLeftGuilds(client, ctx);
  },
};
