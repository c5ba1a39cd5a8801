/** Messages users post (MESSAGE_CREATE), and what each session may see of them given its intents. */
import {
  type APIAttachment,
  type APIEmbed,
  type APIMessage,
  type APIUser,
  ChannelType,
  GatewayIntentBits,
  type GatewayMessageCreateDispatchData,
  MessageType,
} from 'discord.js';
import type { SessionView } from './gateway.js';
import { snowflake } from './ids.js';
import type { UserRef } from './interactions.js';
import { messagePayload } from './payloads.js';
import type { GuildRecord, ServedFile, World } from './world.js';

export interface SendMessageOptions {
  /** Omit both ids for a DM; give `guildId` alone for the guild's text channel. */
  guildId?: string;
  channelId?: string;
  author: UserRef;
  content: string;
  /** Mention the bot: adds it to `mentions` (and `<@bot>` to the content if missing). Default: content has it. */
  mentionBot?: boolean;
  /** Makes this a reply to that message (type 19 with `message_reference` and `referenced_message`). */
  referencedMessage?: APIMessage;
  /** Files on the message (from `serveFile`). */
  attachments?: ServedFile[];
  embeds?: APIEmbed[];
}

export interface UserMessage {
  payload: GatewayMessageCreateDispatchData;
  /** What one session receives, by its intents (undefined: nothing). */
  visibleTo: (session: SessionView) => GatewayMessageCreateDispatchData | undefined;
}

export function memberWithoutUser(world: World, guild: GuildRecord, user: APIUser) {
  const { user: _user, ...member } = world.memberOf(guild, user);
  return member;
}

/** Builds (and stores) the message; the caller dispatches it. */
export function userMessage(world: World, options: SendMessageOptions): UserMessage {
  const author = typeof options.author === 'string' ? world.user(options.author) : options.author;
  const botMention = `<@${world.botUser.id}>`;
  const mentionsBot = options.mentionBot ?? options.content.includes(botMention);
  const content =
    mentionsBot && !options.content.includes(botMention)
      ? `${botMention} ${options.content}`
      : options.content;
  const guildId =
    options.guildId ?? (options.channelId ? world.guildIdOfChannel(options.channelId) : undefined);
  const guild = guildId ? world.requireGuild(guildId) : undefined;
  const channelId = options.channelId ?? guild?.channel.id ?? world.dmChannel(author).id;
  if (!world.channel(channelId)) throw new Error(`LoopbackDiscord.sendMessage: no channel ${channelId}`);

  const referenced = options.referencedMessage;
  const message = messagePayload({
    id: snowflake(),
    channelId,
    author,
    content,
    mentions: mentionsBot ? [world.botUser] : [],
    embeds: options.embeds,
    attachments: options.attachments?.map((file): APIAttachment => ({ ...file })),
    type: referenced ? MessageType.Reply : MessageType.Default,
    reference: referenced
      ? { type: 0, message_id: referenced.id, channel_id: channelId, guild_id: guildId }
      : undefined,
    referencedMessage: referenced,
  });
  world.messages.set(message.id, message);

  // discord.js builds the (partial) channel of an uncached DM from `channel_type`: without it DMs are lost.
  const payload: GatewayMessageCreateDispatchData = guild
    ? {
        ...message,
        channel_type: (world.channel(channelId)?.type ?? ChannelType.GuildText) as ChannelType.GuildText,
        guild_id: guild.id,
        member: memberWithoutUser(world, guild, author),
        mentions: message.mentions.map((user) => ({
          ...user,
          member: memberWithoutUser(world, guild, user),
        })),
      }
    : { ...message, channel_type: ChannelType.DM };
  return { payload, visibleTo: (session) => visibleTo(session, payload, !guild, mentionsBot) };
}

/**
 * As on Discord: without the Guild/Direct Messages intent, no event; without Message Content, empty content,
 * embeds and attachments, except in DMs and in messages that mention the bot.
 */
export function visibleTo(
  session: SessionView,
  payload: GatewayMessageCreateDispatchData,
  isDirect: boolean,
  mentionsBot: boolean,
): GatewayMessageCreateDispatchData | undefined {
  const needed = isDirect ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
  if ((session.intents & needed) === 0) return undefined;
  if (isDirect || mentionsBot || (session.intents & GatewayIntentBits.MessageContent) !== 0) return payload;
  return { ...payload, content: '', embeds: [], attachments: [], components: [] };
}
