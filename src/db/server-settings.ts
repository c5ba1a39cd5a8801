/**
 * Per-server settings (`/settings`): answer channels, forum channels (and whether a forum post the articles do
 * not answer gets a short "not in the articles" reply), channels whose questions are answered in a new thread,
 * the cooldown, and the roles that may manage the corpus. The environment stays the global default: a value a
 * server never set (null) resolves to it (`resolveSettings`). Setting a list replaces the default for that
 * server; adding to a list a server never set starts from the default, so the channels the operator listed
 * stay answered.
 *
 * Reads are cached per server for `cacheMs` (the bot asks on every message); a change made through this
 * process is seen at once, one made by another process on the same PostgreSQL server within `cacheMs`. A read
 * that fails (database down) falls back to the defaults with a warning, so questions are still answered.
 */
import type { Config } from '../config.js';
import { type Logger, silentLogger } from '../logger.js';
import type { Database, Queryable } from './database.js';

/** What a server stored. Null: not set, the environment's default applies. */
export interface ServerSettings {
  answerChannels: string[] | null;
  forumChannels: string[];
  forumReplyWhenNoAnswer: boolean;
  threadChannels: string[];
  cooldownSeconds: number | null;
  managerRoleIds: string[];
  /** When the server last changed a setting; null when it never did. */
  updatedAt: Date | null;
}

/** The settings that apply in a server: what it stored, else the environment's default. */
export interface ResolvedSettings {
  answerChannels: string[];
  forumChannels: string[];
  forumReplyWhenNoAnswer: boolean;
  threadChannels: string[];
  cooldownSeconds: number;
  cooldownBurst: number;
  managerRoleIds: string[];
  /** Users who may manage the corpus in every server (ADMIN_USER_IDS): not a per-server setting. */
  adminUserIds: string[];
}

export type SettingsDefaults = Pick<
  Config,
  'ANSWER_CHANNELS' | 'COOLDOWN_SECONDS' | 'COOLDOWN_BURST' | 'ADMIN_USER_IDS'
>;

export type ListSetting = 'answerChannels' | 'forumChannels' | 'threadChannels' | 'managerRoleIds';

export interface SettingsChange {
  answerChannels?: string[] | null;
  forumChannels?: string[];
  forumReplyWhenNoAnswer?: boolean;
  threadChannels?: string[];
  cooldownSeconds?: number | null;
  managerRoleIds?: string[];
}

/** A setting refused (bad id, too many entries, cooldown out of range); the message is for the admin. */
export class SettingsError extends Error {}

export const MAX_LIST_ENTRIES = 50;
export const MAX_COOLDOWN_SECONDS = 3600;
const SNOWFLAKE = /^\d{15,21}$/;

const COLUMNS: Record<keyof SettingsChange, string> = {
  answerChannels: 'answer_channels',
  forumChannels: 'forum_channels',
  forumReplyWhenNoAnswer: 'forum_reply_when_no_answer',
  threadChannels: 'thread_channels',
  cooldownSeconds: 'cooldown_seconds',
  managerRoleIds: 'manager_role_ids',
};

const LABELS: Record<ListSetting, string> = {
  answerChannels: 'answer channels',
  forumChannels: 'forum channels',
  threadChannels: 'thread channels',
  managerRoleIds: 'corpus manager roles',
};

interface SettingsRow {
  answer_channels: string[] | null;
  forum_channels: string[];
  forum_reply_when_no_answer: boolean;
  thread_channels: string[];
  cooldown_seconds: number | null;
  manager_role_ids: string[];
  updated_at: Date;
}

export const UNSET: ServerSettings = Object.freeze({
  answerChannels: null,
  forumChannels: [],
  forumReplyWhenNoAnswer: false,
  threadChannels: [],
  cooldownSeconds: null,
  managerRoleIds: [],
  updatedAt: null,
});

function fromRow(row: SettingsRow | undefined): ServerSettings {
  if (!row) return { ...UNSET };
  return {
    answerChannels: row.answer_channels,
    forumChannels: row.forum_channels,
    forumReplyWhenNoAnswer: row.forum_reply_when_no_answer,
    threadChannels: row.thread_channels,
    cooldownSeconds: row.cooldown_seconds,
    managerRoleIds: row.manager_role_ids,
    updatedAt: row.updated_at,
  };
}

/** Merges what a server stored over the environment's defaults. */
export function resolveSettings(stored: ServerSettings, defaults: SettingsDefaults): ResolvedSettings {
  return {
    answerChannels: stored.answerChannels ?? defaults.ANSWER_CHANNELS,
    forumChannels: stored.forumChannels,
    forumReplyWhenNoAnswer: stored.forumReplyWhenNoAnswer,
    threadChannels: stored.threadChannels,
    cooldownSeconds: stored.cooldownSeconds ?? defaults.COOLDOWN_SECONDS,
    cooldownBurst: defaults.COOLDOWN_BURST,
    managerRoleIds: stored.managerRoleIds,
    adminUserIds: defaults.ADMIN_USER_IDS,
  };
}

function checkList(name: ListSetting, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  const bad = unique.find((id) => !SNOWFLAKE.test(id));
  if (bad !== undefined)
    throw new SettingsError(`${LABELS[name]}: "${bad.slice(0, 40)}" is not a Discord id.`);
  if (unique.length > MAX_LIST_ENTRIES) {
    throw new SettingsError(`${LABELS[name]}: at most ${MAX_LIST_ENTRIES} entries.`);
  }
  return unique;
}

function checkChange(change: SettingsChange): SettingsChange {
  const checked: SettingsChange = { ...change };
  for (const name of Object.keys(LABELS) as ListSetting[]) {
    const value = change[name];
    if (value) checked[name] = checkList(name, value);
  }
  const cooldown = change.cooldownSeconds;
  if (cooldown != null && !(Number.isFinite(cooldown) && cooldown >= 0 && cooldown <= MAX_COOLDOWN_SECONDS)) {
    throw new SettingsError(`cooldown: between 0 and ${MAX_COOLDOWN_SECONDS} seconds.`);
  }
  return checked;
}

async function readRow(db: Queryable, serverId: string, forUpdate = false): Promise<ServerSettings> {
  const rows = await db.query<SettingsRow>(
    `select answer_channels, forum_channels, forum_reply_when_no_answer, thread_channels, cooldown_seconds,
      manager_role_ids, updated_at from server_settings where server_id = $1${forUpdate ? ' for update' : ''}`,
    [serverId],
  );
  return fromRow(rows[0]);
}

async function writeChange(db: Queryable, serverId: string, change: SettingsChange): Promise<void> {
  const keys = (Object.keys(change) as (keyof SettingsChange)[]).filter((key) => change[key] !== undefined);
  const columns = keys.map((key) => COLUMNS[key]);
  const values = keys.map((key) => change[key]);
  const placeholders = keys.map((_, index) => `$${index + 2}`);
  const updates = columns.map((column) => `${column} = excluded.${column}`);
  await db.query(
    `insert into server_settings (server_id${columns.map((column) => `, ${column}`).join('')}, updated_at)
     values ($1${placeholders.map((placeholder) => `, ${placeholder}`).join('')}, now())
     on conflict (server_id) do update set ${[...updates, 'updated_at = now()'].join(', ')}`,
    [serverId, ...values],
  );
}

export interface ServerSettingsOptions {
  logger?: Logger;
  /** How long a server's settings are reused before being read again (default 30 s). */
  cacheMs?: number;
  now?: () => number;
}

export class ServerSettingsRepository {
  private readonly cache = new Map<string, { at: number; settings: ServerSettings }>();
  private readonly logger: Logger;
  private readonly cacheMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Database,
    private readonly defaults: SettingsDefaults,
    options: ServerSettingsOptions = {},
  ) {
    this.logger = options.logger ?? silentLogger;
    this.cacheMs = options.cacheMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** What the server stored (UNSET values when it never changed anything). Reads the database. */
  async get(serverId: string): Promise<ServerSettings> {
    const settings = await readRow(this.db, serverId);
    this.cache.set(serverId, { at: this.now(), settings });
    return settings;
  }

  /**
   * The settings that apply in a server (cached): for every message the bot sees. Never throws: when the
   * database cannot be read, the environment's defaults apply and a warning is logged.
   */
  async resolved(serverId: string | null): Promise<ResolvedSettings> {
    if (serverId === null) return resolveSettings(UNSET, this.defaults);
    const cached = this.cache.get(serverId);
    if (cached && this.now() - cached.at < this.cacheMs)
      return resolveSettings(cached.settings, this.defaults);
    try {
      return resolveSettings(await this.get(serverId), this.defaults);
    } catch (error) {
      this.logger.warn({ err: error, serverId }, 'server settings unreadable: using the defaults');
      return resolveSettings(cached?.settings ?? UNSET, this.defaults);
    }
  }

  /** Sets the given values (undefined: unchanged; null: back to the default). Throws SettingsError. */
  async update(serverId: string, change: SettingsChange): Promise<ServerSettings> {
    const checked = checkChange(change);
    await writeChange(this.db, serverId, checked);
    return this.get(serverId);
  }

  /** Adds ids to a list (a list never set starts from the default), atomically. Throws SettingsError. */
  async addTo(serverId: string, list: ListSetting, ids: readonly string[]): Promise<ServerSettings> {
    return this.editList(serverId, list, (current) => [...current, ...ids]);
  }

  /** Removes ids from a list (a list never set starts from the default), atomically. */
  async removeFrom(serverId: string, list: ListSetting, ids: readonly string[]): Promise<ServerSettings> {
    const drop = new Set(ids);
    return this.editList(serverId, list, (current) => current.filter((id) => !drop.has(id)));
  }

  /** Forgets every setting of the server: all back to the defaults. */
  async reset(serverId: string): Promise<void> {
    await this.db.query('delete from server_settings where server_id = $1', [serverId]);
    this.cache.delete(serverId);
  }

  /** Forgets cached settings (all servers, or one), e.g. after another process changed them. */
  forget(serverId?: string): void {
    if (serverId === undefined) this.cache.clear();
    else this.cache.delete(serverId);
  }

  private async editList(
    serverId: string,
    list: ListSetting,
    edit: (current: string[]) => string[],
  ): Promise<ServerSettings> {
    await this.db.transaction(async (tx) => {
      // Make sure a row exists to lock, so two edits at once apply one after the other.
      await tx.query(
        'insert into server_settings (server_id) values ($1) on conflict (server_id) do nothing',
        [serverId],
      );
      const stored = await readRow(tx, serverId, true);
      const current = resolveSettings(stored, this.defaults)[list];
      await writeChange(tx, serverId, { [list]: checkList(list, edit(current)) });
    });
    return this.get(serverId);
  }
}
