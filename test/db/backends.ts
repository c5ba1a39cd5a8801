/**
 * Both database backends for tests, so every repository test runs on each:
 * - PGlite in a temp folder. Its first open (initdb) takes 6-10 s, so one initialised folder is made once per
 *   machine under node_modules/.cache/ and copied for each test file (a copy opens in about 1 s).
 * - A private PostgreSQL server from the machine's binaries (/usr/lib/postgresql/<v>/bin): initdb in a temp
 *   folder, started on 127.0.0.1 with a free port, stopped (and deleted) after the file. initdb refuses to run
 *   as root, so as root the server runs as the `postgres` user. Skipped, with a message saying so, only where
 *   the binaries are missing.
 * `describeBackends` opens one database per backend per file and empties the tables between tests.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { Store, type StoreSettings } from '../../src/db/index.js';
import { migrate } from '../../src/db/migrations.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..');

export type BackendKind = 'pglite' | 'postgres';

/** The newest PostgreSQL bin folder on the machine, or undefined. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

export const POSTGRES_BIN = postgresBin();
export const NO_POSTGRES_MESSAGE =
  'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin: the PostgreSQL-server half of the database ' +
  'tests is skipped (install postgresql to run it; the PGlite half still runs).';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/** initdb + start a private PostgreSQL server in a temp folder (about 1-2 s). */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = POSTGRES_BIN;
  if (!bin) throw new Error(NO_POSTGRES_MESSAGE);
  const dir = await mkdtemp(join(tmpdir(), 'citebot-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) await chown(dir, ...(await postgresIds()));
  const as = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args])
      : run(join(bin, command), args);
  const data = join(dir, 'data');
  await as('initdb', ['-D', data, '-A', 'trust', '-U', 'citebot', '--no-sync', '-E', 'UTF8']);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      await as('pg_ctl', [
        '-D',
        data,
        '-w',
        '-l',
        join(dir, 'log'),
        '-o',
        `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -F`,
        'start',
      ]);
      return {
        url: `postgres://citebot:unused-secret@127.0.0.1:${port}/postgres`,
        async stop() {
          await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
          await rm(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error; // the port was taken meanwhile: try another
    }
  }
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return [Number(uid.trim()), Number(gid.trim())];
}

const TEMPLATE = join(REPO, 'node_modules', '.cache', 'citebot-test', 'pglite-template');

/**
 * A fresh PGlite data folder at `dest`: a copy of one initialised once per machine. The first test file to
 * need it makes it while holding `<template>.lock` (a folder: mkdir is atomic); files starting meanwhile wait
 * for it rather than each running initdb on the same two cores.
 */
export async function pgliteFolder(dest: string): Promise<void> {
  const packageFile = join(REPO, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  const { version } = JSON.parse(await readFile(packageFile, 'utf8')) as { version: string };
  const template = `${TEMPLATE}-${version}`;
  const ready = join(template, 'citebot-template-ready');
  const lock = `${template}.lock`;
  const deadline = Date.now() + 120_000;
  while (!existsSync(ready)) {
    await mkdir(dirname(template), { recursive: true });
    const mine = await mkdir(lock).then(
      () => true,
      () => false,
    );
    if (mine) {
      try {
        if (!existsSync(ready)) await buildTemplate(template);
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
      break;
    }
    // Another test process is making it; a lock older than two minutes was left by a killed one.
    const age = await stat(lock).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0,
    );
    if (age > 120_000) await rm(lock, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`the PGlite template at ${template} never became ready`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await cp(template, dest, {
    recursive: true,
    filter: (source) => !source.endsWith('citebot-template-ready'),
  });
}

async function buildTemplate(template: string): Promise<void> {
  const building = `${template}.build-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  const db = await openPglite(building);
  await db.close();
  await writeFile(join(building, 'citebot-template-ready'), '');
  await rm(template, { recursive: true, force: true }); // an unfinished one, if any
  await rename(building, template);
}

export const TABLES = ['question_log', 'feedback_votes', 'uploads', 'server_settings'];

export async function emptyTables(db: Database): Promise<void> {
  // DELETE, not TRUNCATE: on PGlite a truncate makes new files for every table (~100 ms), a delete of a few
  // rows takes a millisecond.
  for (const table of TABLES) await db.query(`delete from ${table}`);
}

/** Settings for a Store in tests: the env defaults as loadConfig makes them, plus overrides. */
export function testSettings(env: Record<string, string> = {}): StoreSettings {
  return loadConfig(env);
}

export interface TestDatabase {
  kind: BackendKind;
  db: Database;
  /** The URL (postgres) or folder (pglite) it was opened from. */
  target: string;
  /** A new Store over the database (fresh caches), with settings from `env`. */
  store(env?: Record<string, string>): Store;
  close(): Promise<void>;
}

/** Opens and migrates a database of the given kind in a temp place; `close` removes it. */
export async function openTestDatabase(kind: BackendKind): Promise<TestDatabase> {
  let db: Database;
  let target: string;
  let cleanup: () => Promise<void>;
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'citebot-db-'));
    target = join(dir, 'db');
    await pgliteFolder(target);
    db = await openPglite(target);
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const server = await startPostgres();
    target = server.url;
    db = await openPostgres(server.url);
    cleanup = server.stop;
  }
  await migrate(db);
  return {
    kind,
    db,
    target,
    store: (env = {}) => new Store(db, testSettings(env)),
    async close() {
      await db.close();
      await cleanup();
    },
  };
}

export const BACKENDS: BackendKind[] = ['pglite', 'postgres'];

if (!POSTGRES_BIN) console.warn(NO_POSTGRES_MESSAGE);

/**
 * `body` once per backend, in a describe named `[pglite]` / `[postgres]` holding one database for the whole
 * block (opening one is the slow part), with the tables emptied before each test.
 */
export function describeBackends(body: (get: () => TestDatabase) => void): void {
  for (const kind of BACKENDS) {
    describe.skipIf(kind === 'postgres' && !POSTGRES_BIN)(`[${kind}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await openTestDatabase(kind);
      }, 120_000);
      afterAll(async () => {
        await current?.close();
      }, 30_000);
      beforeEach(async () => {
        if (current) await emptyTables(current.db);
      });
      body(() => {
        if (!current) throw new Error('the test database did not open');
        return current;
      });
    });
  }
}
