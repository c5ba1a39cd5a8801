/**
 * The server backend: a PostgreSQL server through `pg` when DATABASE_URL is set (several bot processes, backups
 * and SQL access the operator already runs). Same SQL as the embedded backend. `pg` is loaded with `import()`
 * only when a database is opened. The URL's password never appears in an error or a log line: messages pass
 * through `redactSecret`, and the URL is shown by `redactDatabaseUrl` (src/config.ts).
 */
import type { Pool, PoolClient } from 'pg';
import { redactDatabaseUrl } from '../config.js';
import { type Logger, silentLogger } from '../logger.js';
import { type Database, DatabaseError, type Queryable } from './database.js';

function passwordOf(url: string): string | undefined {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password || undefined;
  } catch {
    return undefined;
  }
}

/** `text` with the URL and its password replaced, for messages built from driver errors. */
function redactSecret(text: string, url: string): string {
  let out = text.split(url).join(redactDatabaseUrl(url));
  const password = passwordOf(url);
  if (password) out = out.split(password).join('***');
  return out;
}

function wrap(client: Pool | PoolClient): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
  };
}

export interface PostgresOptions {
  logger?: Logger;
  /** Most connections held open at once (default 5). */
  maxConnections?: number;
}

/** Connects to the PostgreSQL server at `url` (checked with one query before returning). */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const logger = options.logger ?? silentLogger;
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 5,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'citebot',
  });
  // An idle connection the server drops emits 'error' on the pool; unhandled, it would end the process.
  pool.on('error', (error) =>
    logger.warn({ err: redactSecret(error.message, url) }, 'database connection lost (it reconnects)'),
  );
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseError(
      `Could not connect to the database at ${redactDatabaseUrl(url)} (DATABASE_URL): ` +
        redactSecret((error as Error).message, url),
    );
  }
  let closed = false;
  return {
    kind: 'postgres',
    query: wrap(pool).query,
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {
          broken = true; // the connection itself failed: do not hand it out again
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
