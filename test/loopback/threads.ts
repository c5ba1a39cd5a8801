/**
 * Forum channels (type 15), threads (type 11: forum posts and threads started from a message), joining a
 * thread, and the REST routes for them. A forum post is a thread whose parent is the forum; its starter message
 * has the thread's own id and lives in the thread.
 */
import {
  type APIGuildForumChannel,
  type APIMessage,
  type APIThreadChannel,
  type APIUser,
  type ChannelFlags,
  ChannelType,
  ForumLayoutType,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import { snowflake } from './ids.js';
import { messagePayload, textChannelPayload } from './payloads.js';
import { discordError, json, noContent, type Route, unknownChannel, unknownMessage } from './router.js';
import type { GuildRecord, World } from './world.js';

/** Discord's refusal of a message in a thread that is not ready yet (discord/discord-api-docs#6340). */
export const THREAD_NOT_READY = { code: 40058, message: 'Cannot send messages in this thread yet' };

/** A forum channel: a text channel's fields (listed after 'general'), its own type, and no tags or layout. */
export function forumChannelPayload(id: string, guildId: string, name: string): APIGuildForumChannel {
  return {
    ...textChannelPayload(id, guildId, name, 1),
    type: ChannelType.GuildForum,
    available_tags: [],
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: ForumLayoutType.NotSet,
  };
}

export interface ThreadShape {
  id: string;
  guildId: string;
  parentId: string;
  ownerId: string;
  name: string;
}

export function threadChannelPayload(shape: ThreadShape): APIThreadChannel<ChannelType.PublicThread> {
  const now = new Date().toISOString();
  return {
    id: shape.id,
    type: ChannelType.PublicThread,
    guild_id: shape.guildId,
    parent_id: shape.parentId,
    owner_id: shape.ownerId,
    name: shape.name,
    last_message_id: null,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
    applied_tags: [],
    thread_metadata: {
      archived: false,
      auto_archive_duration: ThreadAutoArchiveDuration.OneDay,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
    },
  } as APIThreadChannel<ChannelType.PublicThread>;
}

/** Adds a thread to the world (and to its guild's active threads, for GUILD_CREATE after a reconnect). */
export function addThread(world: World, guild: GuildRecord, shape: ThreadShape): APIThreadChannel {
  const thread = threadChannelPayload(shape);
  world.channels.set(thread.id, thread);
  guild.threads.push(thread);
  world.threadMembers.set(thread.id, new Set([shape.ownerId]));
  return thread;
}

export interface ForumPostSpec {
  forumId: string;
  author: APIUser;
  title: string;
  content: string;
}

/** A forum post: the thread and its starter message (same id), both stored. */
export function forumPost(
  world: World,
  spec: ForumPostSpec,
): { thread: APIThreadChannel; starter: APIMessage } {
  const forum = world.channel(spec.forumId);
  if (!forum || forum.type !== ChannelType.GuildForum)
    throw new Error(`LoopbackDiscord.forumPost: ${spec.forumId} is not a forum channel`);
  const guild = world.requireGuild(forum.guild_id!);
  const id = snowflake();
  const thread = addThread(world, guild, {
    id,
    guildId: guild.id,
    parentId: forum.id,
    ownerId: spec.author.id,
    name: spec.title,
  });
  const starter = messagePayload({ id, channelId: id, author: spec.author, content: spec.content });
  world.messages.set(id, starter);
  return { thread, starter };
}

interface StartThreadBody {
  name?: unknown;
  auto_archive_duration?: number;
}

/** The bot joins (PUT) or leaves (DELETE) a thread. */
function threadMembershipRoute(method: 'PUT' | 'DELETE'): Route {
  return {
    method,
    pattern: '/channels/:channelId/thread-members/@me',
    auth: true,
    handle: ({ world, params }) => {
      const members = world.threadMembers.get(params.channelId!);
      if (!members) return unknownChannel();
      if (method === 'PUT') members.add(world.botUser.id);
      else members.delete(world.botUser.id);
      return noContent();
    },
  };
}

export const threadRoutes: Route[] = [
  threadMembershipRoute('PUT'),
  threadMembershipRoute('DELETE'),
  {
    // Start a thread from a message: the thread takes the message's id; THREAD_CREATE follows on the gateway.
    method: 'POST',
    pattern: '/channels/:channelId/messages/:messageId/threads',
    auth: true,
    handle: ({ world, params, call, dispatch }) => {
      const channel = world.channel(params.channelId!);
      if (!channel || channel.type !== ChannelType.GuildText) return unknownChannel();
      const message = world.messages.get(params.messageId!);
      if (!message || message.channel_id !== channel.id) return unknownMessage();
      if (world.channels.has(message.id))
        return discordError(400, 160004, 'A thread has already been created for this message');
      const body = (call.body ?? {}) as StartThreadBody;
      const name = typeof body.name === 'string' ? body.name : '';
      if (name.length < 1 || name.length > 100) {
        return discordError(400, 50035, 'Invalid Form Body (name: Must be between 1 and 100 in length.)');
      }
      const guild = world.requireGuild(channel.guild_id!);
      const thread = addThread(world, guild, {
        id: message.id,
        guildId: guild.id,
        parentId: channel.id,
        ownerId: world.botUser.id,
        name,
      });
      world.messages.set(message.id, { ...message, thread });
      dispatch?.('THREAD_CREATE', { ...thread, newly_created: true });
      return json(thread, 201);
    },
  },
];
