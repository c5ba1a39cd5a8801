/**
 * Servers the bot has left: their own files (`guilds/<id>/`) are deleted `retentionDays` after the bot left,
 * unless it is back in the server by then. Pending deletions are kept in `.citebot-left-guilds.json` at the
 * corpus root (written atomically; a dotfile, so never an article), so a restart neither forgets nor repeats
 * them. Changes run one at a time. In a shard process (several share the file) only the servers of this
 * process's own shards are judged: another shard's pending server may be back on that shard, which alone
 * knows (see `ownedByThisShard`).
 */
import { lstat, readFile, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Logger, silentLogger } from '../logger.js';
import { writeFileAtomic } from './folder.js';
import { GUILDS_DIR, isGuildId } from './names.js';
import { readOverrides, writeOverride } from './overrides.js';

export const LEFT_GUILDS_FILE = '.citebot-left-guilds.json';
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface GuildRetentionOptions {
  corpusDir: string;
  /** Days a left server's files are kept (0: deleted at the next check, which follows the leave at once). */
  retentionDays: number;
  logger?: Logger;
  /** Called after a server's folder is deleted (the engine drops its articles). */
  onDeleted?: (guildId: string) => Promise<void> | void;
  /** The clock (tests). */
  now?: () => number;
  /**
   * Whether a server is this process's to judge (default: `ownedByThisShard()`, every server outside a shard
   * process). Pending servers it does not own are neither deleted nor cancelled here.
   */
  owns?: (guildId: string) => boolean;
}

/**
 * Whether a server belongs to this process's shards, from the SHARDS and SHARD_COUNT that discord.js's
 * ShardingManager gives a shard process (the ones its Client reads): `(guild_id >> 22) % SHARD_COUNT` is one of
 * SHARDS. Outside a shard process (no SHARDING_MANAGER), every server is.
 */
export function ownedByThisShard(env: NodeJS.ProcessEnv = process.env): (guildId: string) => boolean {
  const count = Number(env.SHARD_COUNT);
  let shards: unknown;
  try {
    shards = JSON.parse(env.SHARDS ?? '');
  } catch {
    shards = undefined;
  }
  const ids = (Array.isArray(shards) ? shards : [shards]).filter((id): id is number => Number.isInteger(id));
  if (!env.SHARDING_MANAGER || !Number.isInteger(count) || count < 1 || ids.length === 0) return () => true;
  return (guildId) => isGuildId(guildId) && ids.includes(Number((BigInt(guildId) >> 22n) % BigInt(count)));
}

/** Server id -> when the bot left it (ISO time). */
export type LeftGuilds = Record<string, { leftAt: string }>;

export class GuildRetention {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly owns: (guildId: string) => boolean;

  constructor(private readonly options: GuildRetentionOptions) {
    this.logger = options.logger ?? silentLogger;
    this.now = options.now ?? Date.now;
    this.owns = options.owns ?? ownedByThisShard();
  }

  /** The bot left (or was removed from) a server: note the time, then delete whatever is due. */
  left(guildId: string): Promise<string[]> {
    return this.serialized(async () => {
      if (!isGuildId(guildId)) return [];
      const pending = await this.read();
      if (!pending[guildId]) {
        pending[guildId] = { leftAt: new Date(this.now()).toISOString() };
        await this.write(pending);
        const deleteAfter = new Date(this.now() + this.options.retentionDays * DAY_MS).toISOString();
        this.logger.info({ guildId, deleteAfter }, "left a server: its files will be deleted after the retention period");
      }
      return this.sweepNow(pending, new Set());
    });
  }

  /** The bot is in the server again: its files are kept. */
  rejoined(guildId: string): Promise<void> {
    return this.serialized(async () => {
      const pending = await this.read();
      if (!pending[guildId]) return;
      delete pending[guildId];
      await this.write(pending);
      this.logger.info({ guildId }, 'back in a server: deletion of its files cancelled');
    });
  }

  /**
   * Deletes the files of every server left at least `retentionDays` ago, except those in `present` (servers
   * the bot is in now, whose pending deletion is cancelled). Returns the ids whose files were deleted.
   */
  sweep(present: Iterable<string> = []): Promise<string[]> {
    return this.serialized(async () => this.sweepNow(await this.read(), new Set(present)));
  }

  /** The pending deletions (tests, logs). */
  pending(): Promise<LeftGuilds> {
    return this.serialized(() => this.read());
  }

  private async sweepNow(pending: LeftGuilds, present: Set<string>): Promise<string[]> {
    const deleted: string[] = [];
    let changed = false;
    for (const [guildId, { leftAt }] of Object.entries(pending)) {
      if (!this.owns(guildId)) continue; // another shard's server: that shard decides
      if (present.has(guildId)) {
        delete pending[guildId];
        changed = true;
        this.logger.info({ guildId }, 'back in a server: deletion of its files cancelled');
        continue;
      }
      const left = Date.parse(leftAt);
      if (Number.isFinite(left) && this.now() - left < this.options.retentionDays * DAY_MS) continue;
      try {
        await this.deleteGuildFiles(guildId);
      } catch (error) {
        this.logger.error({ guildId, error: (error as Error).message }, "could not delete a left server's files");
        continue;
      }
      delete pending[guildId];
      changed = true;
      deleted.push(guildId);
      this.logger.info({ guildId, leftAt }, "deleted the files of a server the bot left");
    }
    if (changed) await this.write(pending);
    for (const guildId of deleted) await this.options.onDeleted?.(guildId);
    return deleted;
  }

  /** Removes `guilds/<id>/` (a link there is removed, never followed) and the titles and urls kept for it. */
  private async deleteGuildFiles(guildId: string): Promise<void> {
    const { corpusDir } = this.options;
    const root = await realpath(corpusDir);
    const folder = path.join(root, GUILDS_DIR, guildId);
    // `guilds` itself must really be inside the corpus: deleting through a link could reach anything.
    const guilds = await realpath(path.join(root, GUILDS_DIR)).catch(() => undefined);
    if (guilds !== undefined && path.relative(root, guilds).startsWith('..')) {
      throw new Error(`${GUILDS_DIR} points outside the corpus folder`);
    }
    const exists = await lstat(folder).then(
      () => true,
      () => false,
    );
    if (exists) await rm(folder, { recursive: true, force: true });
    const prefix = `${GUILDS_DIR}/${guildId}/`;
    for (const file of (await readOverrides(corpusDir)).keys()) {
      if (file.startsWith(prefix)) await writeOverride(corpusDir, file, undefined);
    }
  }

  private async read(): Promise<LeftGuilds> {
    const file = path.join(this.options.corpusDir, LEFT_GUILDS_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return {};
    }
    try {
      const parsed: unknown = JSON.parse(text);
      const pending: LeftGuilds = {};
      if (parsed && typeof parsed === 'object') {
        for (const [guildId, value] of Object.entries(parsed)) {
          const leftAt = (value as { leftAt?: unknown } | null)?.leftAt;
          if (isGuildId(guildId) && typeof leftAt === 'string') pending[guildId] = { leftAt };
        }
      }
      return pending;
    } catch {
      this.logger.warn({ file }, 'the list of servers left is not valid JSON: starting a new one');
      return {};
    }
  }

  private write(pending: LeftGuilds): Promise<void> {
    return writeFileAtomic(
      path.join(this.options.corpusDir, LEFT_GUILDS_FILE),
      Buffer.from(`${JSON.stringify(pending, null, 2)}\n`),
    );
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
