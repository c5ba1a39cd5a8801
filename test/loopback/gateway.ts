/**
 * The gateway: HELLO, heartbeats, IDENTIFY/RESUME, dispatches with sequence numbers, shards, and fault injection
 * (server closes, silent heartbeats, invalid sessions). With several shards each session (IDENTIFY with
 * `shard: [id, count]`) gets only its own guilds' events, `(guild_id >> 22) % count`, and DMs go to shard 0. Frames are plain JSON text (no zlib), which is what
 * discord.js speaks when the optional zlib-sync package is absent.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { randomToken } from './ids.js';

export interface CloseRecord {
  code: number;
  by: 'server' | 'client';
  at: number;
}

export interface GatewayStats {
  /** WebSocket connections opened by clients. */
  connections: number;
  /** IDENTIFY payloads accepted (each starts a new session). */
  identifies: number;
  /** RESUME payloads accepted. */
  resumes: number;
  /** RESUME payloads refused with an invalid session (op 9, d:false). */
  failedResumes: number;
  heartbeats: number;
  /** The `shard: [id, count]` of each accepted IDENTIFY, in order (`[0, 1]` when none was sent). */
  shards: Array<[number, number]>;
  /** Op 9 frames sent by `invalidateSession` or a refused resume. */
  invalidSessions: number;
  closes: CloseRecord[];
}

export type SessionStart = 'identified' | 'resumed';

/** What a dispatch builder may look at to tailor the payload to one session (e.g. intents). */
export interface SessionView {
  intents: number;
  shard: [number, number];
}

/** Discord's rule: a guild's events go to shard `(guild_id >> 22) % shardCount`; DMs (no guild) to shard 0. */
export function shardOf(guildId: string | undefined, shardCount: number): number {
  if (guildId === undefined || shardCount <= 1) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Events whose payload is the guild itself (its id is `id`); every other event names it in `guild_id`. */
const GUILD_PAYLOAD_EVENTS = new Set(['GUILD_CREATE', 'GUILD_UPDATE', 'GUILD_DELETE']);

/** The guild an event is about, or undefined (a DM, or an event outside any guild). */
function guildOf(event: string, payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { id, guild_id: guildId } = payload as { id?: unknown; guild_id?: unknown };
  const value = GUILD_PAYLOAD_EVENTS.has(event) ? id : guildId;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a session with this `[id, count]` receives the event (each guild on one shard, DMs on shard 0). */
function routesTo(shard: [number, number], event: string, payload: unknown): boolean {
  return shardOf(guildOf(event, payload), shard[1]) === shard[0];
}

export type DispatchData = unknown | ((session: SessionView) => unknown);

/** Facts the gateway needs from the rest of the fake Discord. */
export interface GatewayHost {
  token: string;
  readyData: (sessionId: string, shard: [number, number]) => unknown;
  guildCreates: () => unknown[];
  membersChunk: (request: {
    guild_id?: unknown;
    query?: unknown;
    user_ids?: unknown;
    nonce?: unknown;
  }) => unknown;
}

interface Dispatch {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  shard: [number, number];
  /** Dispatches sent in this session, replayed on RESUME after the client's last seen sequence. */
  log: Dispatch[];
  connection?: Connection;
  valid: boolean;
}

interface Connection {
  socket: WebSocket;
  session?: Session;
  unackedHeartbeat: boolean;
  /** Set when the server started the close, so the close is not counted twice. */
  closedByServer: boolean;
}

interface SessionWaiter {
  resolve: (kind: SessionStart) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Discord ends the session on these server closes: the client must IDENTIFY again, a RESUME gets op 9. */
const SESSION_ENDING_CLOSE_CODES = new Set([1000, 1001, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);
/** Code a WebSocket reports when the peer vanished without a close frame. */
const ABNORMAL_CLOSE = 1006;
const REPLAY_LOG_LIMIT = 1000;

export class GatewayServer {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  private sessionWaiters: SessionWaiter[] = [];
  private acknowledgeHeartbeats = true;
  readonly stats: GatewayStats = {
    connections: 0,
    identifies: 0,
    resumes: 0,
    failedResumes: 0,
    heartbeats: 0,
    shards: [],
    invalidSessions: 0,
    closes: [],
  };

  /** Privileged intents the application was not granted: an IDENTIFY asking for one is closed with 4014. */
  disallowedIntents = 0;

  constructor(
    private readonly host: GatewayHost,
    private readonly heartbeatIntervalMs: number,
  ) {}

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  /** True while some client holds an identified or resumed session. */
  get isLive(): boolean {
    return [...this.sessions.values()].some((session) => session.connection !== undefined);
  }

  /**
   * Sends a dispatch to every session. Sessions without a connection still get a sequence number and a log
   * entry, so a client that resumes receives what it missed. `data` may be a function of the session
   * (returning undefined skips that session, e.g. for intents it did not ask for). Only the session of the
   * event's shard gets it: its guild's shard, or shard 0 for an event outside any guild (a DM).
   */
  dispatch(event: string, data: DispatchData): void {
    for (const session of this.sessions.values()) {
      if (!session.valid) continue;
      const payload = typeof data === 'function' ? (data as (view: SessionView) => unknown)(session) : data;
      if (payload === undefined || !routesTo(session.shard, event, payload)) continue;
      this.sendDispatch(session, event, payload);
    }
  }

  /** Resolves at the next READY or RESUMED the server sends. */
  waitForSessionStart(timeoutMs: number): Promise<SessionStart> {
    return new Promise((resolve, reject) => {
      const waiter: SessionWaiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.sessionWaiters = this.sessionWaiters.filter((candidate) => candidate !== waiter);
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for the client to identify or resume`));
        }, timeoutMs),
      };
      this.sessionWaiters.push(waiter);
    });
  }

  /** Closes every live connection with `code` as Discord would (1006: drop the TCP connection, no close frame). */
  close(code: number, reason: string): void {
    for (const connection of this.connections) {
      const session = connection.session;
      if (!session) continue;
      this.stats.closes.push({ code, by: 'server', at: Date.now() });
      if (SESSION_ENDING_CLOSE_CODES.has(code)) session.valid = false;
      this.detach(connection);
      connection.closedByServer = true;
      if (code === ABNORMAL_CLOSE) connection.socket.terminate();
      else connection.socket.close(code, reason);
    }
  }

  /** Stops (or restarts) answering heartbeats. Turning it back on answers the heartbeat left hanging. */
  setHeartbeatAck(enabled: boolean): void {
    this.acknowledgeHeartbeats = enabled;
    if (!enabled) return;
    for (const connection of this.connections) {
      if (!connection.unackedHeartbeat) continue;
      connection.unackedHeartbeat = false;
      this.send(connection, { op: Op.HeartbeatAck });
    }
  }

  /** Sends op 9. Not resumable: the session is over, the client must IDENTIFY again. */
  invalidateSession(resumable: boolean): void {
    for (const connection of this.connections) {
      const session = connection.session;
      if (!session) continue;
      if (!resumable) {
        session.valid = false;
        this.detach(connection);
      }
      this.stats.invalidSessions += 1;
      this.send(connection, { op: Op.InvalidSession, d: resumable });
    }
  }

  /** Asks clients to reconnect and resume (op 7), as Discord does before it moves a session. */
  requestReconnect(): void {
    for (const connection of this.connections)
      if (connection.session) this.send(connection, { op: Op.Reconnect });
  }

  stop(): void {
    for (const connection of this.connections) connection.socket.terminate();
    this.connections.clear();
    this.wss.close();
    const waiters = this.sessionWaiters;
    this.sessionWaiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('LoopbackDiscord stopped'));
    }
  }

  private accept(socket: WebSocket): void {
    const connection: Connection = { socket, unackedHeartbeat: false, closedByServer: false };
    this.connections.add(connection);
    this.stats.connections += 1;
    socket.on('message', (raw) => this.receive(connection, raw));
    socket.on('close', (code) => this.closedByPeer(connection, code));
    socket.on('error', () => socket.terminate());
    this.send(connection, { op: Op.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private closedByPeer(connection: Connection, code: number): void {
    this.connections.delete(connection);
    if (connection.closedByServer) return;
    this.stats.closes.push({ code, by: 'client', at: Date.now() });
    // A client closing with 1000/1001 ends its session (Discord's rule); other codes keep it resumable.
    if (connection.session && (code === 1000 || code === 1001)) connection.session.valid = false;
    this.detach(connection);
  }

  private receive(connection: Connection, raw: RawData): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(raw.toString());
    } catch {
      this.serverClose(connection, 4002, 'Error while decoding payload.');
      return;
    }
    switch (frame.op) {
      case Op.Heartbeat:
        this.heartbeat(connection);
        return;
      case Op.Identify:
        this.identify(connection, frame.d as IdentifyData);
        return;
      case Op.Resume:
        this.resume(connection, frame.d as ResumeData);
        return;
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
        if (!connection.session) this.serverClose(connection, 4003, 'Not authenticated.');
        return;
      case Op.RequestGuildMembers:
        if (!connection.session) this.serverClose(connection, 4003, 'Not authenticated.');
        else
          this.sendDispatch(connection.session, 'GUILD_MEMBERS_CHUNK', this.host.membersChunk(frame.d ?? {}));
        return;
      default:
        this.serverClose(connection, 4001, 'Unknown opcode.');
    }
  }

  private heartbeat(connection: Connection): void {
    this.stats.heartbeats += 1;
    if (this.acknowledgeHeartbeats) this.send(connection, { op: Op.HeartbeatAck });
    else connection.unackedHeartbeat = true;
  }

  private identify(connection: Connection, data: IdentifyData): void {
    if (connection.session) {
      this.serverClose(connection, 4005, 'Already authenticated.');
      return;
    }
    if (data?.token !== this.host.token) {
      this.serverClose(connection, 4004, 'Authentication failed.');
      return;
    }
    if (typeof data.intents !== 'number') {
      this.serverClose(connection, 4013, 'Invalid intent(s).');
      return;
    }
    if ((data.intents & this.disallowedIntents) !== 0) {
      this.serverClose(connection, 4014, 'Disallowed intent(s).');
      return;
    }
    const shard = shardIn(data.shard);
    if (!shard) {
      this.serverClose(connection, 4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: randomToken(16),
      seq: 0,
      intents: data.intents,
      shard,
      log: [],
      valid: true,
    };
    this.sessions.set(session.id, session);
    this.attach(connection, session);
    this.stats.identifies += 1;
    this.stats.shards.push(shard);
    this.sendDispatch(session, 'READY', this.readyFor(session));
    for (const guild of this.host.guildCreates()) {
      if (routesTo(shard, 'GUILD_CREATE', guild)) this.sendDispatch(session, 'GUILD_CREATE', guild);
    }
    this.notifySessionStart('identified');
  }

  private resume(connection: Connection, data: ResumeData): void {
    const session = this.sessions.get(String(data?.session_id));
    if (!session?.valid || data.token !== this.host.token) {
      this.stats.failedResumes += 1;
      this.stats.invalidSessions += 1;
      this.send(connection, { op: Op.InvalidSession, d: false });
      return;
    }
    if (typeof data.seq === 'number' && data.seq > session.seq) {
      this.serverClose(connection, 4007, 'Invalid seq.');
      return;
    }
    if (session.connection && session.connection !== connection) this.detach(session.connection);
    this.attach(connection, session);
    this.stats.resumes += 1;
    const lastSeen = typeof data.seq === 'number' ? data.seq : 0;
    for (const missed of session.log) if (missed.s > lastSeen) this.send(connection, missed);
    this.sendDispatch(session, 'RESUMED', null);
    this.notifySessionStart('resumed');
  }

  /** READY listing only the session's own shard's guilds (every guild with one shard). */
  private readyFor(session: Session): unknown {
    const ready = this.host.readyData(session.id, session.shard) as { guilds?: Array<{ id: string }> };
    if (!Array.isArray(ready.guilds)) return ready;
    const guilds = ready.guilds.filter((guild) => routesTo(session.shard, 'GUILD_CREATE', guild));
    return { ...ready, guilds };
  }

  private attach(connection: Connection, session: Session): void {
    connection.session = session;
    session.connection = connection;
  }

  private detach(connection: Connection): void {
    const session = connection.session;
    if (session?.connection === connection) session.connection = undefined;
    connection.session = undefined;
  }

  private serverClose(connection: Connection, code: number, reason: string): void {
    this.stats.closes.push({ code, by: 'server', at: Date.now() });
    if (connection.session && SESSION_ENDING_CLOSE_CODES.has(code)) connection.session.valid = false;
    this.detach(connection);
    connection.closedByServer = true;
    connection.socket.close(code, reason);
  }

  private sendDispatch(session: Session, event: string, data: unknown): void {
    session.seq += 1;
    const frame: Dispatch = { op: Op.Dispatch, t: event, s: session.seq, d: data };
    session.log.push(frame);
    if (session.log.length > REPLAY_LOG_LIMIT) session.log.shift();
    if (session.connection) this.send(session.connection, frame);
  }

  private send(connection: Connection, frame: object): void {
    if (connection.socket.readyState === WebSocket.OPEN) connection.socket.send(JSON.stringify(frame));
  }

  private notifySessionStart(kind: SessionStart): void {
    const waiters = this.sessionWaiters;
    this.sessionWaiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(kind);
    }
  }
}

/** IDENTIFY's `shard`: absent means `[0, 1]`; undefined when it is not `[id, count]` with 0 <= id < count. */
function shardIn(value: unknown): [number, number] | undefined {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return undefined;
  const [shardId, shardCount] = [id as number, count as number];
  return shardId >= 0 && shardCount >= 1 && shardId < shardCount ? [shardId, shardCount] : undefined;
}

interface IdentifyData {
  token?: unknown;
  intents?: unknown;
  shard?: unknown;
}

interface ResumeData {
  token?: unknown;
  session_id?: unknown;
  seq?: unknown;
}
