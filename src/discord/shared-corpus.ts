/**
 * Servers' own files shared through PostgreSQL by shard processes (issue 13 item 2), so a server's files reach
 * whichever process on whichever machine holds it. A change made here (`/corpus add`, replace, remove) is stored
 * with its bytes and announced (src/db/corpus-files.ts: version bump + NOTIFY citebot_corpus); every process
 * LISTENs (aliases taught with `/corpus alias` likewise, as the server's aliases.txt), and one holding that server copies the server's files into its own folder (corpus/guilds/<id>/,
 * written atomically) and re-reads that server (unchanged files are skipped by hash). A notification lost while
 * the listening connection was down is caught by comparing versions every POLL_MS. A server's files are also
 * copied when a process takes the server (`hold`). Files only in a local folder (put there by hand, or from
 * before) are left alone: the database adds and removes only what was stored in it.
 */
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../corpus/folder.js';
import { ALIAS_FILE_NAME, aliasFileFor, GUILDS_DIR } from '../corpus/names.js';
import { CORPUS_CHANNEL, type CorpusFilesRepository } from '../db/corpus-files.js';
import type { Engine } from '../engine.js';
import type { AddFileOptions, EngineApi, ScopeOptions } from '../engine-api.js';
import type { Logger } from '../logger.js';

/** How often held servers' versions are compared with the database (notifications lost meanwhile). */
const POLL_MS = 30_000;

export class SharedCorpus {
  /** Held servers -> the version their folder was last brought to (0: none stored yet). */
  private readonly held = new Map<string, number>();
  private listener: { end(): Promise<void> } | undefined;
  private poller: NodeJS.Timeout | undefined;
  private pulling: Promise<unknown> = Promise.resolve();

  /** `repo`: the database's corpus files (a getter: the bot opens its database once started), if any. */
  constructor(
    private readonly repo: CorpusFilesRepository | (() => CorpusFilesRepository | undefined),
    private readonly engine: Engine,
    private readonly corpusDir: string,
    private readonly logger: Logger,
  ) {}

  /** The engine, with each change of a server's files stored in the database as well. */
  sharing(): EngineApi {
    const engine = this.engine;
    return new Proxy(engine, {
      get: (target, property, receiver) => {
        if (property === 'addFile') {
          return async (name: string, bytes: Uint8Array, options: AddFileOptions = {}) => {
            const article = await engine.addFile(name, bytes, options);
            if (options.guildId) await this.store(options.guildId, basename(article.file), bytes);
            return article;
          };
        }
        if (property === 'removeFile') {
          return async (name: string, options: ScopeOptions = {}) => {
            const article = await engine.removeFile(name, options);
            if (options.guildId) await this.store(options.guildId, basename(article.file), null);
            return article;
          };
        }
        if (property === 'addAlias' || property === 'removeAlias') {
          const change = engine[property].bind(engine) as (...args: unknown[]) => Promise<unknown>;
          return async (...args: unknown[]) => {
            const result = await change(...args);
            const options = args[property === 'addAlias' ? 2 : 1] as ScopeOptions | undefined;
            if (options?.guildId) await this.storeAliases(options.guildId);
            return result;
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** This process now holds these servers: their stored files are copied into the folder and read. */
  async hold(guildIds: Iterable<string>): Promise<void> {
    const ids = [...guildIds];
    for (const guildId of ids) if (!this.held.has(guildId)) this.held.set(guildId, 0);
    // One query for all: only servers with stored files are copied.
    let stored: Map<string, number>;
    try {
      stored = await this.files.versions(ids);
    } catch (error) {
      this.logger.warn({ err: error }, "could not ask the database for servers' files");
      return;
    }
    for (const [guildId, version] of stored)
      if (version > (this.held.get(guildId) ?? 0)) await this.pull(guildId);
  }

  /** Listens for other processes' changes (a PostgreSQL server: DATABASE_URL) and polls as a fallback. */
  async listen(databaseUrl: string): Promise<void> {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'citebot-listen' });
    client.on('error', (error) => this.logger.warn({ err: error.message }, 'corpus change listener lost'));
    client.on('notification', (message) => {
      const [guildId, version] = (message.payload ?? '').split(':');
      const known = guildId ? this.held.get(guildId) : undefined;
      if (guildId && known !== undefined && Number(version) > known) void this.pull(guildId);
    });
    await client.connect();
    await client.query(`listen ${CORPUS_CHANNEL}`);
    this.listener = client;
    this.poller = setInterval(() => void this.poll(), POLL_MS);
    this.poller.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.poller);
    await this.listener?.end().catch(() => {});
    await this.pulling.catch(() => {});
  }

  private get files(): CorpusFilesRepository {
    const repo = typeof this.repo === 'function' ? this.repo() : this.repo;
    if (!repo) throw new Error('the database is not open');
    return repo;
  }

  private async store(guildId: string, fileName: string, content: Uint8Array | null): Promise<void> {
    try {
      const version = await this.files.put(guildId, fileName, content);
      if ((this.held.get(guildId) ?? 0) === version - 1) this.held.set(guildId, version);
    } catch (error) {
      this.logger.error(
        { err: error, guildId, fileName },
        'could not store a server file in the database: other processes will not see this change',
      );
    }
  }

  /** A server's alias file (`/corpus alias`), as the engine left it, stored like its articles. */
  private async storeAliases(guildId: string): Promise<void> {
    const bytes = await readFile(join(this.corpusDir, aliasFileFor(guildId))).catch(() => null);
    await this.store(guildId, ALIAS_FILE_NAME, bytes === null ? null : new Uint8Array(bytes));
  }

  private async poll(): Promise<void> {
    try {
      const versions = await this.files.versions([...this.held.keys()]);
      for (const [guildId, version] of versions) {
        if (version > (this.held.get(guildId) ?? 0)) await this.pull(guildId);
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'could not compare corpus versions with the database');
    }
  }

  /** Brings one server's folder to its stored files and re-reads it; one pull at a time. */
  private pull(guildId: string): Promise<void> {
    const run = this.pulling.then(async () => {
      try {
        const { version, files } = await this.files.files(guildId);
        if (version <= (this.held.get(guildId) ?? 0) && version > 0) return;
        const folder = join(this.corpusDir, GUILDS_DIR, guildId);
        let changed = false;
        for (const file of files) {
          const path = join(folder, basename(file.fileName));
          const local = await readFile(path).catch(() => undefined);
          if (file.content === null) {
            if (local) await rm(path, { force: true });
            changed ||= local !== undefined;
          } else if (!local || !Buffer.from(file.content).equals(local)) {
            await writeFileAtomic(path, file.content);
            changed = true;
          }
        }
        this.held.set(guildId, version);
        if (changed) {
          await this.engine.reload({ guildId });
          this.logger.info({ guildId, version }, "a server's files changed in the database: re-read");
        }
      } catch (error) {
        this.logger.warn({ err: error, guildId }, "could not copy a server's files from the database");
      }
    });
    this.pulling = run;
    return run;
  }
}
