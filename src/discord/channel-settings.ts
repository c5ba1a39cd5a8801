/**
 * Which channels of a server have forum answering and answers in threads: what the server stored with
 * `/settings` (the database, when the bot has one) plus the operator's global defaults from the environment
 * (FORUM_CHANNEL_IDS, FORUM_REPLY_WHEN_NO_ANSWER, THREAD_CHANNEL_IDS). Channel ids are unique across Discord,
 * so a global list names channels of any server. Never throws: settings that cannot be read leave the defaults.
 */
import type { BotContext } from './context.js';
import { serverSettingsOf } from './server-settings.js';

/** The part of the server settings these features read (a subset of src/db's ResolvedSettings). */
export interface ChannelSettings {
  forumChannels: string[];
  forumReplyWhenNoAnswer: boolean;
  threadChannels: string[];
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

export async function channelSettingsOf(
  ctx: BotContext,
  guildId: string | null | undefined,
): Promise<ChannelSettings> {
  const defaults: ChannelSettings = {
    forumChannels: ctx.config.FORUM_CHANNEL_IDS,
    forumReplyWhenNoAnswer: ctx.config.FORUM_REPLY_WHEN_NO_ANSWER,
    threadChannels: ctx.config.THREAD_CHANNEL_IDS,
  };
  if (!guildId || !ctx.store) return defaults;
  try {
    // Through serverSettingsOf, which also hands the server's cooldown to the limiter before admit().
    const stored = await serverSettingsOf(ctx, guildId);
    return {
      forumChannels: union(defaults.forumChannels, stored.forumChannels),
      forumReplyWhenNoAnswer: defaults.forumReplyWhenNoAnswer || stored.forumReplyWhenNoAnswer,
      threadChannels: union(defaults.threadChannels, stored.threadChannels),
    };
  } catch (error) {
    ctx.logger.warn({ err: error, guildId }, 'server settings unreadable: using the defaults');
    return defaults;
  }
}

/** Forum channels whose new posts are answered in a server. */
export async function forumChannelsOf(ctx: BotContext, guildId: string | null): Promise<string[]> {
  return (await channelSettingsOf(ctx, guildId)).forumChannels;
}

/** Channels of a server whose questions are answered in a new thread. */
export async function threadChannelsOf(ctx: BotContext, guildId: string | null): Promise<string[]> {
  return (await channelSettingsOf(ctx, guildId)).threadChannels;
}
