/**
 * LoopbackDiscord: a small Discord on 127.0.0.1 that the real discord.js client connects to.
 * Tests drive it (messages, slash commands, clicks), watch what the bot sends over REST, and inject faults.
 * See README.md in this folder for a guide.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type APIApplicationCommand,
  type APIChannel,
  type APIMessage,
  ChannelType,
  type APIUser,
  type GatewayMessageCreateDispatchData,
} from 'discord.js';
import { CallLog, type CallPredicate, type RestCall } from './calls.js';
import { CDN_PREFIX, type Download, serveCdn } from './cdn.js';
import { type Fault, type FaultMatch, FaultPlan } from './faults.js';
import { snowflake } from './ids.js';
import { messagePayload, textChannelPayload } from './payloads.js';
import { GatewayServer, type GatewayStats, type SessionStart, type SessionView } from './gateway.js';
import { gatewayHost, guildCreateFor } from './gateway-host.js';
import {
  autocompleteInteraction,
  type BuiltInteraction,
  type ButtonClick,
  buttonInteraction,
  type CommandInvocation,
  type InteractionHandle,
  messageCommandInteraction,
  type MessageCommandInvocation,
  slashInteraction,
  type UserRef,
} from './interactions.js';
import { RestApi } from './rest.js';
import { forumChannelPayload, forumPost, THREAD_NOT_READY } from './threads.js';
import { memberWithoutUser, type SendMessageOptions, userMessage, visibleTo } from './user-messages.js';
import {
  type GuildRecord,
  type InteractionRecord,
  type ServedFile,
  type ServeFileOptions,
  World,
} from './world.js';

export type { RestCall, UploadedFile } from './calls.js';
export type { Fault, FaultMatch } from './faults.js';
export { type GatewayStats, type SessionStart, shardOf } from './gateway.js';
export { type CommandOption, type InteractionHandle, option } from './interactions.js';
export type { SendMessageOptions } from './user-messages.js';
export type { MessageCommandInvocation } from './interactions.js';
export { THREAD_NOT_READY } from './threads.js';

export interface ForumPostOptions {
  forumId: string;
  author: UserRef;
  /** The post's title (the thread's name). */
  title: string;
  /** The post's first message (its starter message, with the thread's id). */
  content: string;
  /** The bot's first N messages in the new thread are refused with 40058 (thread not ready yet). */
  notReadyAttempts?: number;
  /** False: store the post without dispatching it (then `dispatchThreadCreate`), e.g. to seed its thread first. */
  announce?: boolean;
}

export interface ForumPostHandle {
  threadId: string;
  thread: APIChannel;
  starter: APIMessage;
}
export type { InteractionRecord, ServedFile, ServeFileOptions } from './world.js';

export interface StartOptions {
  /** HELLO's heartbeat interval. Short (default 1000 ms) so zombie detection and reconnects are quick. */
  heartbeatIntervalMs?: number;
  /** Time an interaction may wait for its first response before Discord forgets it (default 3000 ms). */
  interactionResponseWindowMs?: number;
  /** The bot user's name (default "Citebot"). */
  botName?: string;
  /**
   * Shards GET /gateway/bot recommends (default 1). Each IDENTIFY's `shard: [id, count]` then gets only its own
   * guilds' events (`(guild_id >> 22) % count`) and shard 0 the DMs.
   */
  shards?: number;
  /** Intents the application may not use (e.g. Message Content not enabled): IDENTIFY with one closes 4014. */
  disallowedIntents?: number;
}

const DEFAULT_WAIT_MS = 5000;
const DEFAULT_RECONNECT_WAIT_MS = 10_000;

type InteractionRef = InteractionHandle | string;

const idOf = (ref: InteractionRef): string => (typeof ref === 'string' ? ref : ref.id);
const tokenOf = (ref: InteractionRef): string => (typeof ref === 'string' ? ref : ref.token);

export class LoopbackDiscord {
  /** Base URL for the bot's REST client (`rest.api`, DISCORD_API_BASE_URL): REST arrives under /api/v10. */
  readonly apiBase: string;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** CDN fetches (GET of `serveFile` urls and of files the bot uploaded). */
  readonly downloads: Download[] = [];
  /** Guilds the bot left through `removeGuild`, kept for `rejoinGuild`. */
  private readonly leftGuilds = new Map<string, GuildRecord>();
  private readonly log = new CallLog();
  private readonly faults = new FaultPlan();
  private readonly gateway: GatewayServer;
  private readonly rest: RestApi;
  private stopped: Promise<void> | undefined;

  private constructor(
    private readonly server: Server,
    private readonly world: World,
    options: { heartbeatIntervalMs: number; interactionResponseWindowMs: number; disallowedIntents: number },
  ) {
    this.origin = world.origin;
    this.apiBase = `${world.origin}/api`;
    this.gateway = new GatewayServer(gatewayHost(world), options.heartbeatIntervalMs);
    this.gateway.disallowedIntents = options.disallowedIntents;
    this.rest = new RestApi(
      {
        world,
        log: this.log,
        interactionResponseWindowMs: options.interactionResponseWindowMs,
        dispatch: (event, data) => this.gateway.dispatch(event, data),
      },
      this.faults,
    );
    server.on('request', (request, response) => this.onRequest(request, response));
    server.on('upgrade', (request, socket, head) => {
      if (request.url?.startsWith('/gw')) this.gateway.handleUpgrade(request, socket, head);
      else socket.destroy();
    });
  }

  /** Starts a fresh Discord on 127.0.0.1 (a free port). */
  static async start(options: StartOptions = {}): Promise<LoopbackDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const world = new World(`http://127.0.0.1:${port}`, options.botName ?? 'Citebot');
    world.shardCount = options.shards ?? 1;
    return new LoopbackDiscord(server, world, {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      interactionResponseWindowMs: options.interactionResponseWindowMs ?? 3000,
      disallowedIntents: options.disallowedIntents ?? 0,
    });
  }

  get botToken(): string {
    return this.world.botToken;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get botUser(): APIUser {
    return this.world.botUser;
  }

  /** Every REST request so far, in arrival order (injected faults included, marked `faulted`). */
  get calls(): readonly RestCall[] {
    return this.log.calls;
  }

  /** True while a client holds an identified or resumed gateway session. */
  get gatewayConnected(): boolean {
    return this.gateway.isLive;
  }

  /** A snapshot of gateway counters: connections, identifies, resumes, heartbeats, closes... */
  get gatewayStats(): GatewayStats {
    return structuredClone(this.gateway.stats);
  }

  // --- the world ----------------------------------------------------------------------------------------

  /** Adds a guild with an @everyone role and one text channel; a connected client gets GUILD_CREATE. */
  addGuild(options: { name?: string } = {}): { id: string; channelId: string } {
    const guild = this.world.addGuild(options.name ?? `Guild ${this.world.guilds.size + 1}`);
    this.gateway.dispatch('GUILD_CREATE', guildCreateFor(guild));
    return { id: guild.id, channelId: guild.channel.id };
  }

  /**
   * The bot leaves a guild (kicked, or the guild deleted): GUILD_DELETE without `unavailable`, and the guild is
   * gone from the world (READY after a reconnect no longer lists it). With `unavailable: true`, an outage
   * instead: GUILD_DELETE marked unavailable, and the guild stays.
   */
  removeGuild(guildId: string, options: { unavailable?: boolean } = {}): void {
    const guild = this.world.requireGuild(guildId);
    if (options.unavailable) {
      this.gateway.dispatch('GUILD_DELETE', { id: guildId, unavailable: true });
      return;
    }
    this.world.guilds.delete(guildId);
    this.leftGuilds.set(guildId, guild);
    this.gateway.dispatch('GUILD_DELETE', { id: guildId });
  }

  /** The bot is added back to a guild it left (same id, channel and members): GUILD_CREATE. */
  rejoinGuild(guildId: string): void {
    const guild = this.leftGuilds.get(guildId);
    if (!guild) throw new Error(`LoopbackDiscord: the bot never left guild ${guildId}`);
    this.leftGuilds.delete(guildId);
    this.world.guilds.set(guildId, guild);
    this.gateway.dispatch('GUILD_CREATE', guildCreateFor(guild));
  }

  /** Adds a forum channel (type 15) to a guild; a connected client gets CHANNEL_CREATE. Returns its id. */
  addForum(guildId: string, name = 'questions'): string {
    return this.addChannel(guildId, forumChannelPayload(snowflake(), guildId, name));
  }

  /** Adds another text channel to a guild; a connected client gets CHANNEL_CREATE. Returns its id. */
  addTextChannel(guildId: string, name = 'help'): string {
    // Listed after 'general' (position 0) and a forum (1).
    return this.addChannel(guildId, textChannelPayload(snowflake(), guildId, name, 2));
  }

  /** Users (ids) who joined a thread: its owner, and the bot once it joined. */
  threadMembers(threadId: string): string[] {
    return [...(this.world.threadMembers.get(threadId) ?? [])];
  }

  /** A fake user; the same name always gives the same user (and id). */
  user(name: string): APIUser {
    return this.world.user(name);
  }

  /** The id of the DM channel between the bot and `user`. */
  dmChannelId(user: UserRef): string {
    return this.world.dmChannel(this.resolveUser(user)).id;
  }

  /** Serves bytes at http://127.0.0.1:PORT/attachments/ID/FILENAME; use as a message or option attachment. */
  serveFile(
    filename: string,
    bytes: Uint8Array,
    contentType = 'application/octet-stream',
    options: ServeFileOptions = {},
  ): ServedFile {
    return this.world.serveFile(filename, bytes, contentType, options);
  }

  /** A stored message (sent by a user through `sendMessage`, or by the bot). */
  message(id: string): APIMessage | undefined {
    return this.world.messages.get(id);
  }

  /** Messages in a channel, oldest first. */
  messagesIn(channelId: string): APIMessage[] {
    return [...this.world.messages.values()].filter((message) => message.channel_id === channelId);
  }

  /** What the loopback knows about an interaction: whether and how it was acknowledged, its reply. */
  interaction(ref: InteractionRef): InteractionRecord | undefined {
    return this.world.interactions.get(idOf(ref));
  }

  /** The interaction's `@original` message (its reply, or the clicked message for components). */
  originalMessage(ref: InteractionRef): APIMessage | undefined {
    const messageId = this.interaction(ref)?.originalMessageId;
    return messageId ? this.world.messages.get(messageId) : undefined;
  }

  /** Commands the bot registered: global ones, or a guild's when `guildId` is given. */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return [...(this.world.commands.get(guildId ?? 'global')?.values() ?? [])];
  }

  // --- driving the bot -----------------------------------------------------------------------------------

  /** A user posts a message: MESSAGE_CREATE. Returns the payload (also stored, so replies can reference it). */
  sendMessage(options: SendMessageOptions): GatewayMessageCreateDispatchData {
    const message = userMessage(this.world, options);
    this.gateway.dispatch('MESSAGE_CREATE', message.visibleTo);
    return message.payload;
  }

  /**
   * A user posts in a forum: THREAD_CREATE (`newly_created: true`) for the new thread, then MESSAGE_CREATE for
   * its starter message (same id as the thread; content empty for a client without Message Content).
   */
  forumPost(options: ForumPostOptions): ForumPostHandle {
    const author = this.resolveUser(options.author);
    const { thread, starter } = forumPost(this.world, { ...options, author });
    if (options.notReadyAttempts) {
      this.faults.add(
        { method: 'POST', pathPrefix: `/channels/${thread.id}/messages` },
        { status: 400, body: THREAD_NOT_READY },
        options.notReadyAttempts,
      );
    }
    if (options.announce === false) return { threadId: thread.id, thread, starter };
    this.dispatchThreadCreate(thread.id);
    const guild = this.world.requireGuild(String((thread as { guild_id: string }).guild_id));
    const payload: GatewayMessageCreateDispatchData = {
      ...starter,
      channel_type: ChannelType.PublicThread,
      guild_id: guild.id,
      member: memberWithoutUser(this.world, guild, author),
    };
    this.gateway.dispatch('MESSAGE_CREATE', (session: SessionView) =>
      visibleTo(session, payload, false, false),
    );
    return { threadId: thread.id, thread, starter };
  }

  /**
   * Stores a message in a channel without dispatching it: history that was there before the client looked (e.g.
   * the bot's answer from before a restart). Returns it.
   */
  addMessage(options: { channelId: string; author: UserRef; content: string }): APIMessage {
    if (!this.world.channel(options.channelId))
      throw new Error(`LoopbackDiscord.addMessage: no channel ${options.channelId}`);
    const message = messagePayload({
      id: snowflake(),
      channelId: options.channelId,
      author: this.resolveUser(options.author),
      content: options.content,
    });
    this.world.messages.set(message.id, message);
    return message;
  }

  /** THREAD_CREATE (`newly_created: true`) for a thread again: a duplicate dispatch, as after a resume. */
  dispatchThreadCreate(threadId: string): void {
    const thread = this.world.channel(threadId);
    if (!thread) throw new Error(`LoopbackDiscord: no thread ${threadId}`);
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
  }

  /** A user runs a message context-menu command (type 2, `data.type` 3) on `target`. */
  messageCommand(invocation: MessageCommandInvocation): InteractionHandle {
    return this.deliver(messageCommandInteraction(this.world, invocation));
  }

  /** A user runs a slash command: INTERACTION_CREATE type 2. Use `option.*` to build `options`. */
  slash(invocation: CommandInvocation): InteractionHandle {
    return this.deliver(slashInteraction(this.world, invocation));
  }

  /** A user types into an autocompleted option (mark it `focused: true`): INTERACTION_CREATE type 4. */
  autocomplete(invocation: CommandInvocation): InteractionHandle {
    return this.deliver(autocompleteInteraction(this.world, invocation));
  }

  /** A user clicks a button (`customId`) on `message`: INTERACTION_CREATE type 3. */
  clickButton(click: ButtonClick): InteractionHandle {
    return this.deliver(buttonInteraction(this.world, click));
  }

  // --- observing REST -------------------------------------------------------------------------------------

  /**
   * The first REST call matching `predicate` that no earlier wait took, including calls made before this
   * wait began. Faulted attempts are skipped (wait for the retry). Rejects after `timeoutMs` listing recent calls.
   */
  waitForCall(
    predicate: CallPredicate,
    timeoutMs = DEFAULT_WAIT_MS,
    description?: string,
  ): Promise<RestCall> {
    return this.log.waitFor(predicate, timeoutMs, description);
  }

  /** The interaction's callback (`body.type`: 4 reply, 5 defer, 6/7 update, 8 choices, 9 modal). */
  waitForInteractionReply(ref: InteractionRef, timeoutMs = DEFAULT_WAIT_MS): Promise<RestCall> {
    const prefix = `/interactions/${idOf(ref)}/`;
    return this.waitForCall(
      (call) => call.method === 'POST' && call.path.startsWith(prefix) && call.path.endsWith('/callback'),
      timeoutMs,
      `the callback of interaction ${idOf(ref)}`,
    );
  }

  /** An edit of the interaction's reply (`editReply`): PATCH /webhooks/APP/TOKEN/messages/@original. */
  waitForWebhookEdit(
    ref: InteractionRef,
    messageId = '@original',
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RestCall> {
    const path = `/webhooks/${this.applicationId}/${tokenOf(ref)}/messages/${messageId}`;
    return this.waitForCall(
      (call) => call.method === 'PATCH' && call.path === path,
      timeoutMs,
      `PATCH ${path}`,
    );
  }

  /** A follow-up message (`followUp`): POST /webhooks/APP/TOKEN. */
  waitForFollowUp(ref: InteractionRef, timeoutMs = DEFAULT_WAIT_MS): Promise<RestCall> {
    const path = `/webhooks/${this.applicationId}/${tokenOf(ref)}`;
    return this.waitForCall(
      (call) => call.method === 'POST' && call.path === path,
      timeoutMs,
      `POST ${path}`,
    );
  }

  /** A message the bot posts in a channel: POST /channels/ID/messages. */
  waitForChannelMessage(channelId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<RestCall> {
    const path = `/channels/${channelId}/messages`;
    return this.waitForCall(
      (call) => call.method === 'POST' && call.path === path,
      timeoutMs,
      `POST ${path}`,
    );
  }

  // --- fault injection ------------------------------------------------------------------------------------

  /**
   * Closes the gateway connection with `code`, with Discord's meaning: 4000 (and most 4xxx) keep the
   * session so the client resumes; 1000, 4004, 4007, 4009, 4010-4014 end it; 1006 drops the TCP connection.
   */
  closeGateway(code = 4000, reason = 'Closed by LoopbackDiscord'): void {
    this.gateway.close(code, reason);
  }

  /** Stop answering heartbeats (the client declares the connection a zombie and resumes) or start again. */
  setHeartbeatAck(enabled: boolean): void {
    this.gateway.setHeartbeatAck(enabled);
  }

  /** Op 9 Invalid Session: resumable lets the client RESUME; otherwise it must IDENTIFY anew. */
  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }

  /** Op 7 Reconnect: the client reconnects and resumes. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Resolves at the client's next IDENTIFY or RESUME ("identified" or "resumed"). Start it before the fault. */
  waitForReconnect(timeoutMs = DEFAULT_RECONNECT_WAIT_MS): Promise<SessionStart> {
    return this.gateway.waitForSessionStart(timeoutMs);
  }

  /** The next `times` REST requests matching `match` get `fault` (e.g. `{ status: 429, retryAfter: 0.2 }`). */
  failNext(match: FaultMatch, fault: Fault, times = 1): void {
    this.faults.add(match, fault, times);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Closes sockets and the server; pending waits reject. Safe to call twice. */
  stop(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      this.rest.stop();
      this.gateway.stop();
      this.log.rejectAll('LoopbackDiscord stopped');
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.stopped;
  }

  // --- internals ------------------------------------------------------------------------------------------

  private onRequest(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', this.origin);
    if (url.pathname.startsWith(CDN_PREFIX)) {
      this.downloads.push(serveCdn(this.world, request, response, url));
      return;
    }
    this.rest.handle(request, response, url).catch((error: unknown) => {
      console.error(`LoopbackDiscord: ${request.method} ${url.pathname} failed`, error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  }

  private deliver(built: BuiltInteraction): InteractionHandle {
    this.world.interactions.set(built.record.id, built.record);
    this.gateway.dispatch('INTERACTION_CREATE', built.payload);
    return { id: built.record.id, token: built.record.token };
  }

  private addChannel(guildId: string, channel: APIChannel): string {
    const guild = this.world.requireGuild(guildId);
    guild.otherChannels.push(channel);
    this.world.channels.set(channel.id, channel);
    this.gateway.dispatch('CHANNEL_CREATE', channel);
    return channel.id;
  }

  private resolveUser(user: UserRef): APIUser {
    return typeof user === 'string' ? this.world.user(user) : user;
  }
}
