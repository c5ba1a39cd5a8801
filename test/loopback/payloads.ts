/**
 * Builders for the JSON objects Discord sends. Typed with discord-api-types (re-exported by discord.js)
 * so a missing field is a compile error here rather than a silent `undefined` inside discord.js.
 */
import {
  type APIAttachment,
  type APIChannel,
  type APIDMChannel,
  type APIEmbed,
  type APIGuildMember,
  type APIMessage,
  type APIMessageReference,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type ChannelFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  MessageType,
  type RoleFlags,
  type UserFlags,
} from 'discord.js';
import { snowflakeTimestamp } from './ids.js';

/** What @everyone may do in a fresh Discord server (Discord's own default role bits). */
export const EVERYONE_PERMISSIONS = '1071698660929';

/** What the bot may do in a channel (View, Send, Embed Links, Attach Files, Read History, Use Commands...). */
export const BOT_CHANNEL_PERMISSIONS = (
  (1n << 6n) | // Add Reactions
  (1n << 10n) | // View Channel
  (1n << 11n) | // Send Messages
  (1n << 14n) | // Embed Links
  (1n << 15n) | // Attach Files
  (1n << 16n) | // Read Message History
  (1n << 18n) | // Use External Emojis
  (1n << 31n) | // Use Application Commands
  (1n << 38n)
) // Send Messages in Threads
  .toString();

export function userPayload(id: string, username: string, bot = false): APIUser {
  return {
    id,
    username,
    global_name: bot ? null : username,
    discriminator: '0',
    avatar: null,
    bot,
    public_flags: 0 as UserFlags,
    flags: 0 as UserFlags,
  };
}

/** A guild member as sent inside GUILD_CREATE and interactions (with `user`). */
export function memberPayload(user: APIUser, joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function textChannelPayload(id: string, guildId: string, name: string, position = 0): APITextChannel {
  return {
    id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0 as ChannelFlags,
  };
}

export function dmChannelPayload(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: ChannelType.DM,
    recipients: [recipient],
    last_message_id: null,
    flags: 0 as ChannelFlags,
    name: null,
  };
}

export function everyoneRolePayload(guildId: string): APIRole {
  return {
    id: guildId, // Discord gives @everyone the guild's own id
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: EVERYONE_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export interface GuildShape {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  channel: APITextChannel;
  otherChannels?: APIChannel[];
  threads?: APIChannel[];
  members: APIGuildMember[];
}

export function guildCreatePayload(guild: GuildShape): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    region: 'us-west',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRolePayload(guild.id)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    joined_at: guild.joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.members.length,
    voice_states: [],
    members: guild.members,
    channels: [guild.channel, ...(guild.otherChannels ?? [])] as GatewayGuildCreateDispatchData['channels'],
    threads: (guild.threads ?? []) as GatewayGuildCreateDispatchData['threads'],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface MessageShape {
  id: string;
  channelId: string;
  author: APIUser;
  content?: string;
  mentions?: APIUser[];
  mentionEveryone?: boolean;
  embeds?: APIEmbed[];
  attachments?: APIAttachment[];
  components?: APIMessage['components'];
  flags?: number;
  type?: MessageType;
  reference?: APIMessageReference;
  referencedMessage?: APIMessage | null;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessage['interaction_metadata'];
}

/** A full message object, as REST returns it and MESSAGE_CREATE carries it. */
export function messagePayload(shape: MessageShape): APIMessage {
  const message: APIMessage = {
    id: shape.id,
    type: shape.type ?? MessageType.Default,
    channel_id: shape.channelId,
    author: shape.author,
    content: shape.content ?? '',
    timestamp: snowflakeTimestamp(shape.id),
    edited_timestamp: null,
    tts: false,
    mention_everyone: shape.mentionEveryone ?? false,
    mentions: shape.mentions ?? [],
    mention_roles: [],
    attachments: shape.attachments ?? [],
    embeds: shape.embeds ?? [],
    pinned: false,
    flags: shape.flags ?? 0,
    components: shape.components ?? [],
  };
  if (shape.reference) message.message_reference = shape.reference;
  if (shape.referencedMessage !== undefined) message.referenced_message = shape.referencedMessage;
  if (shape.webhookId) message.webhook_id = shape.webhookId;
  if (shape.applicationId) message.application_id = shape.applicationId;
  if (shape.interactionMetadata) message.interaction_metadata = shape.interactionMetadata;
  return message;
}
