/**
 * Opening the database: the settings (DATABASE_URL checked, its password never shown), which backend
 * `openDatabase` picks, the PGlite folder's lock and leftovers, a PostgreSQL server out of reach, and that the
 * drivers are loaded only when a database is opened (the chat and `npm run ask` never open one).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, redactDatabaseUrl } from '../../src/config.js';
import { DatabaseError, describeDatabase, openDatabase } from '../../src/db/index.js';
import { MIGRATIONS } from '../../src/db/migrations.js';
import { openPglite } from '../../src/db/pglite.js';
import { POSTGRES_BIN, pgliteFolder, startPostgres } from './backends.js';

const SECRET = 'hunter2-Sekr3t';
const REPO = join(import.meta.dirname, '..', '..');

function recordingLogger() {
  const lines: string[] = [];
  return { logger: pino({ level: 'debug' }, { write: (line: string) => lines.push(line) }), lines };
}

describe('database settings', () => {
  it('defaults to the embedded database in .citebot/db and a 90-day retention', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({ DATABASE_PATH: '.citebot/db', QUESTION_LOG_RETENTION_DAYS: 90 });
    expect(describeDatabase(config)).toBe('embedded (PGlite) in .citebot/db');
  });

  it('accepts a postgres URL, refuses anything else without echoing it, and never shows the password', () => {
    const url = `postgresql://bot:${SECRET}@db.example:5433/citebot?sslmode=require`;
    const config = loadConfig({ DATABASE_URL: url, QUESTION_LOG_RETENTION_DAYS: '30' });
    expect(config.DATABASE_URL).toBe(url);
    expect(config.QUESTION_LOG_RETENTION_DAYS).toBe(30);
    expect(JSON.stringify(describeConfig(config))).not.toContain(SECRET);
    expect(describeConfig(config).DATABASE_URL).toBe('postgresql://bot:***@db.example:5433/citebot?***');
    expect(describeDatabase(config)).toBe('PostgreSQL at postgresql://bot:***@db.example:5433/citebot?***');
    expect(describeConfig(loadConfig({})).DATABASE_URL).toBe('(not set)');
    expect(redactDatabaseUrl('not a url')).toBe('(unreadable URL)');
    for (const bad of [`mysql://u:${SECRET}@h/db`, `${SECRET}`]) {
      let message = '';
      try {
        loadConfig({ DATABASE_URL: bad });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        message = (error as Error).message;
      }
      expect(message).toContain('DATABASE_URL');
      expect(message).not.toContain(SECRET);
    }
    expect(() => loadConfig({ QUESTION_LOG_RETENTION_DAYS: '0' })).toThrow(/QUESTION_LOG_RETENTION_DAYS/);
  });
});

describe('the embedded database folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citebot-open-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes over a dead process’s lock, deletes an unfinished first open, refuses a second open', async () => {
    const folder = join(dir, 'db');
    await pgliteFolder(folder);
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(`${folder}.lock`, `${dead.pid}\n`);
    await mkdir(`${folder}.init-99999`);
    await writeFile(join(`${folder}.init-99999`, 'PG_VERSION'), '17');
    const { logger, lines } = recordingLogger();
    const db = await openDatabase({ DATABASE_PATH: folder, DATABASE_URL: undefined }, { logger });
    try {
      expect(db.kind).toBe('pglite');
      expect(await readFile(`${folder}.lock`, 'utf8')).toBe(`${process.pid}\n`);
      expect((await readdir(dir)).filter((name) => name.includes('.init-'))).toEqual([]);
      const [row] = await db.query<{ version: number }>(
        'select max(version)::int as version from schema_migrations',
      );
      expect(row?.version).toBe(MIGRATIONS.length);
      expect(lines.join('')).toContain('database open');
      await expect(openPglite(folder)).rejects.toThrow(/already open in this process/);
    } finally {
      await db.close();
    }
    expect(existsSync(`${folder}.lock`)).toBe(false);
    await db.close(); // twice is fine
  }, 60_000);

  it('refuses a folder another live process holds, naming it and DATABASE_PATH', async () => {
    const folder = join(dir, 'held');
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      await writeFile(`${folder}.lock`, `${alive.pid}\n`);
      const error = await openPglite(folder).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toContain(`pid ${alive.pid}`);
      expect((error as Error).message).toContain('DATABASE_PATH');
      expect(await readFile(`${folder}.lock`, 'utf8')).toBe(`${alive.pid}\n`);
    } finally {
      alive.kill('SIGKILL');
    }
  });

  it('refuses a folder that holds other files, and releases its lock', async () => {
    const folder = join(dir, 'other');
    await mkdir(folder);
    await writeFile(join(folder, 'notes.txt'), 'mine');
    await expect(openPglite(folder)).rejects.toThrow(/not empty and holds no database/);
    expect(existsSync(`${folder}.lock`)).toBe(false);
    expect(await readdir(folder)).toEqual(['notes.txt']);
  });
});

describe('a PostgreSQL server', () => {
  it('out of reach: one clear error naming DATABASE_URL, without the password', async () => {
    const url = `postgres://citebot:${SECRET}@127.0.0.1:9/citebot`;
    const error = await openDatabase({ DATABASE_URL: url, DATABASE_PATH: 'unused' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('postgres://citebot:***@127.0.0.1:9/citebot');
    expect(message).not.toContain(SECRET);
  });

  it.skipIf(!POSTGRES_BIN)(
    'is opened and migrated when DATABASE_URL is set; the logs never hold the password',
    async () => {
      const server = await startPostgres();
      const url = server.url.replace('unused-secret', SECRET);
      const { logger, lines } = recordingLogger();
      try {
        const db = await openDatabase(
          { DATABASE_URL: url, DATABASE_PATH: join(tmpdir(), 'never-made') },
          { logger },
        );
        try {
          expect(db.kind).toBe('postgres');
          const [row] = await db.query<{ version: number }>(
            'select max(version)::int as version from schema_migrations',
          );
          expect(row?.version).toBe(MIGRATIONS.length);
        } finally {
          await db.close();
        }
        // A second open (a restart, another bot process) migrates nothing.
        const again = await openDatabase({ DATABASE_URL: url, DATABASE_PATH: 'unused' }, { logger });
        await again.close();
        expect(lines.filter((line) => line.includes('database migrated'))).toHaveLength(MIGRATIONS.length);
        expect(lines.join('')).toContain('database open');
        expect(lines.join('')).not.toContain(SECRET);
        expect(existsSync(join(tmpdir(), 'never-made'))).toBe(false);
      } finally {
        await server.stop();
      }
    },
    60_000,
  );
});

describe('loading the drivers', () => {
  it('happens only when a database is opened: src/db imports them with import(), and the CLI never imports src/db', async () => {
    const dbDir = join(REPO, 'src', 'db');
    for (const file of await readdir(dbDir)) {
      const text = await readFile(join(dbDir, file), 'utf8');
      const staticImports = [...text.matchAll(/^import (?!type )[^;]*? from '([^']+)'/gms)].map(
        (match) => match[1],
      );
      expect(staticImports, file).not.toContain('@electric-sql/pglite');
      expect(staticImports, file).not.toContain('pg');
    }
    const cliDir = join(REPO, 'src', 'cli');
    for (const file of await readdir(cliDir)) {
      expect(await readFile(join(cliDir, file), 'utf8'), file).not.toMatch(/from '\.\.\/db\//);
    }
  });
});
