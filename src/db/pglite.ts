/**
 * The embedded backend: PGlite (PostgreSQL compiled to WebAssembly) in a data folder, `.citebot/db/` by default.
 * It needs no server, no native build and no set-up, so `npm ci && npm start` is still all a bot needs.
 *
 * Three things PGlite leaves to its caller are done here:
 * - The first open runs initdb (about 6-8 s). It runs in `<folder>.init-<pid>` and is renamed into place only
 *   when complete, so a process killed during it leaves no half-made folder that would fail to open later
 *   (the leftover is deleted at the next open).
 * - PGlite is one process's database: two processes writing one folder would corrupt it. `<folder>.lock` holds
 *   the owner's pid; a second open (another process, or the same one twice) is refused with a clear message. A
 *   lock whose process is gone (killed) is taken over.
 * - The module is loaded with `import()` only when a database is opened, so the chat and the CLI, which never
 *   open one, never pay for loading it.
 * PGlite runs one statement at a time; its own queue orders concurrent callers.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { type Logger, silentLogger } from '../logger.js';
import { type Database, DatabaseError, type Queryable } from './database.js';

const openHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<folder>.lock` for this process, or throws naming the process that holds it. */
async function takeLock(folder: string): Promise<string> {
  const lockFile = `${folder}.lock`;
  if (openHere.has(folder)) {
    throw new DatabaseError(`The database in ${folder} is already open in this process.`);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      openHere.add(folder);
      return lockFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DatabaseError(
        `The database in ${folder} is in use by another process (pid ${holder}). Only one Citebot may use ` +
          `an embedded database; stop the other one, or give this one its own DATABASE_PATH ` +
          `(if no other Citebot runs, delete ${lockFile}).`,
      );
    }
    await rm(lockFile, { force: true }); // its process is gone (killed): the lock is stale
  }
  throw new DatabaseError(`Could not lock the database in ${folder} (${lockFile} keeps reappearing).`);
}

async function exists(folder: string): Promise<boolean> {
  try {
    return (await readdir(folder)).includes('PG_VERSION');
  } catch {
    return false;
  }
}

/** Deletes `<folder>.init-*` left by a process killed during its first open. Call with the lock held. */
async function removeUnfinishedInits(folder: string): Promise<void> {
  const parent = path.dirname(folder);
  const prefix = `${path.basename(folder)}.init-`;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (name.startsWith(prefix)) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

function wrap(pg: PGlite | Transaction): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await pg.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
  };
}

export interface PgliteOptions {
  logger?: Logger;
}

/** Opens (creating on first use) the PGlite database in `folder`. */
export async function openPglite(folder: string, options: PgliteOptions = {}): Promise<Database> {
  const logger = options.logger ?? silentLogger;
  const dataDir = path.resolve(folder);
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o700 });
  const lockFile = await takeLock(dataDir);
  const release = async () => {
    openHere.delete(dataDir);
    await rm(lockFile, { force: true });
  };
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    await removeUnfinishedInits(dataDir);
    if (!(await exists(dataDir))) {
      if ((await readdir(dataDir).catch(() => [])).length > 0) {
        throw new DatabaseError(
          `${dataDir} is not empty and holds no database; move it away or set DATABASE_PATH elsewhere.`,
        );
      }
      logger.info({ path: dataDir }, 'creating the database (first start: about 10 s)');
      const started = Date.now();
      const staging = `${dataDir}.init-${process.pid}`;
      const fresh = await PGlite.create({ dataDir: staging });
      await fresh.close();
      await rm(dataDir, { recursive: true, force: true }); // an empty folder, if any
      await rename(staging, dataDir);
      logger.info({ path: dataDir, ms: Date.now() - started }, 'database created');
    }
    const pg = await PGlite.create({ dataDir });
    let closed = false;
    return {
      kind: 'pglite',
      query: wrap(pg).query,
      transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await pg.close();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseError(`Could not open the database in ${dataDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
