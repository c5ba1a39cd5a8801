/**
 * Everything the fake Discord knows: the bot, guilds, channels, users, messages, interactions, commands and
 * served files. REST handlers and the gateway read and change it; tests inspect it through LoopbackDiscord.
 */
import type {
  APIApplicationCommand,
  APIChannel,
  APIDMChannel,
  APIGuildMember,
  APIMessage,
  APITextChannel,
  APIUser,
} from 'discord.js';
import { botTokenFor, snowflake, stableSnowflake } from './ids.js';
import { dmChannelPayload, memberPayload, textChannelPayload, userPayload } from './payloads.js';

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  joinedAt: string;
  channel: APITextChannel;
  /** Channels added with `addForum` / `addTextChannel` (sent in GUILD_CREATE after the first). */
  otherChannels: APIChannel[];
  /** Active threads (forum posts, threads started from messages), sent in GUILD_CREATE. */
  threads: APIChannel[];
  /** Members by user id: the bot, the owner, and every user who acted in the guild. */
  members: Map<string, APIGuildMember>;
}

export type InteractionKind = 'command' | 'autocomplete' | 'component';

export interface InteractionRecord {
  id: string;
  token: string;
  kind: InteractionKind;
  /** discord interaction type: 2 command, 3 component, 4 autocomplete. */
  type: number;
  createdAt: number;
  channelId: string;
  guildId?: string;
  user: APIUser;
  commandName?: string;
  /** The callback type that acknowledged it (4, 5, 6, 7, 8, 9), once acknowledged. */
  callbackType?: number;
  /** The message `@original` points at: the reply (4/5) or the clicked message (component). */
  originalMessageId?: string;
  /** For components: the message holding the clicked component. */
  componentMessageId?: string;
}

export interface ServedFile {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

export interface StoredFile extends ServedFile {
  bytes: Uint8Array;
  /** Serve only this many bytes, with a Content-Length to match (a download cut short). */
  servedBytes?: number;
}

export interface ServeFileOptions {
  /** Serve only the first `servedBytes` bytes (Content-Length says so too); `size` stays the full length. */
  servedBytes?: number;
}

export class World {
  readonly applicationId = snowflake();
  readonly botUser: APIUser;
  readonly botToken: string;
  /** How many shards GET /gateway/bot recommends (LoopbackDiscord.start's `shards`). */
  shardCount = 1;
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, APIChannel>();
  /** Thread id -> ids of the users who joined it (its owner, and the bot once it joins). */
  readonly threadMembers = new Map<string, Set<string>>();
  readonly messages = new Map<string, APIMessage>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly files = new Map<string, StoredFile>();
  /** Registered commands by scope (`global` or a guild id), then by name. */
  readonly commands = new Map<string, Map<string, APIApplicationCommand>>();
  private readonly usersByName = new Map<string, APIUser>();
  private readonly usersById = new Map<string, APIUser>();
  private readonly dmChannelIdsByUser = new Map<string, string>();

  constructor(
    readonly origin: string,
    botName: string,
  ) {
    // Discord bots have the same id as their application.
    this.botUser = userPayload(this.applicationId, botName, true);
    this.usersById.set(this.botUser.id, this.botUser);
    this.botToken = botTokenFor(this.botUser.id);
  }

  /** Where clients open the gateway WebSocket (what GET /gateway/bot advertises). */
  get gatewayUrl(): string {
    return `${this.origin.replace(/^http/, 'ws')}/gw`;
  }

  /** A fake user with a stable id (same name, same id, every run). */
  user(name: string): APIUser {
    const known = this.usersByName.get(name);
    if (known) return known;
    let id = stableSnowflake(name);
    for (let attempt = 1; this.usersById.has(id); attempt += 1) id = stableSnowflake(`${name}#${attempt}`);
    const user = userPayload(id, name);
    this.usersByName.set(name, user);
    this.usersById.set(id, user);
    return user;
  }

  userById(id: string): APIUser | undefined {
    return this.usersById.get(id);
  }

  addGuild(name: string): GuildRecord {
    const id = snowflake();
    const owner = this.user(`${name} owner`);
    const joinedAt = new Date().toISOString();
    const guild: GuildRecord = {
      id,
      name,
      ownerId: owner.id,
      joinedAt,
      channel: textChannelPayload(snowflake(), id, 'general'),
      otherChannels: [],
      threads: [],
      members: new Map([
        [this.botUser.id, memberPayload(this.botUser, joinedAt)],
        [owner.id, memberPayload(owner, joinedAt)],
      ]),
    };
    this.guilds.set(id, guild);
    this.channels.set(guild.channel.id, guild.channel);
    return guild;
  }

  requireGuild(guildId: string): GuildRecord {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`LoopbackDiscord: no guild ${guildId}; create one with addGuild()`);
    return guild;
  }

  /** The member record of `user` in `guild`, adding them on first sight. */
  memberOf(guild: GuildRecord, user: APIUser): APIGuildMember {
    let member = guild.members.get(user.id);
    if (!member) {
      member = memberPayload(user, new Date().toISOString());
      guild.members.set(user.id, member);
    }
    return member;
  }

  /** The DM channel between the bot and `user` (one per user, like Discord). */
  dmChannel(user: APIUser): APIDMChannel {
    let channelId = this.dmChannelIdsByUser.get(user.id);
    if (!channelId) {
      channelId = snowflake();
      this.dmChannelIdsByUser.set(user.id, channelId);
      this.channels.set(channelId, dmChannelPayload(channelId, user));
    }
    return this.channels.get(channelId) as APIDMChannel;
  }

  channel(channelId: string): APIChannel | undefined {
    return this.channels.get(channelId);
  }

  guildIdOfChannel(channelId: string): string | undefined {
    const channel = this.channels.get(channelId);
    return channel && 'guild_id' in channel ? channel.guild_id : undefined;
  }

  interactionByToken(token: string): InteractionRecord | undefined {
    for (const interaction of this.interactions.values()) if (interaction.token === token) return interaction;
    return undefined;
  }

  serveFile(
    filename: string,
    bytes: Uint8Array,
    contentType: string,
    options: ServeFileOptions = {},
  ): ServedFile {
    const id = snowflake();
    const url = `${this.origin}/attachments/${id}/${encodeURIComponent(filename)}`;
    const file: StoredFile = {
      id,
      filename,
      size: bytes.byteLength,
      url,
      proxy_url: url,
      content_type: contentType,
      bytes,
      ...(options.servedBytes === undefined ? {} : { servedBytes: options.servedBytes }),
    };
    this.files.set(id, file);
    const { bytes: _bytes, servedBytes: _served, ...served } = file;
    return served;
  }
}
