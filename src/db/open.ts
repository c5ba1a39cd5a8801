/**
 * Which database to open, from the settings: the PostgreSQL server at DATABASE_URL when it is set, otherwise
 * the embedded PGlite folder at DATABASE_PATH. Opening also migrates the schema, so a caller always gets a
 * database at the current version. Only the Discord bot calls this (at start); the chat and `npm run ask`
 * never do, and importing this module loads neither driver.
 */
import { type Config, redactDatabaseUrl } from '../config.js';
import { type Logger, silentLogger } from '../logger.js';
import type { Database } from './database.js';
import { migrate } from './migrations.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export type DatabaseSettings = Pick<Config, 'DATABASE_URL' | 'DATABASE_PATH'>;

/** Where the database is, fit to log (never the password). */
export function describeDatabase(settings: DatabaseSettings): string {
  return settings.DATABASE_URL
    ? `PostgreSQL at ${redactDatabaseUrl(settings.DATABASE_URL)}`
    : `embedded (PGlite) in ${settings.DATABASE_PATH}`;
}

/** Opens and migrates the database the settings name. Throws DatabaseError with a message for a person. */
export async function openDatabase(
  settings: DatabaseSettings,
  options: { logger?: Logger } = {},
): Promise<Database> {
  const logger = options.logger ?? silentLogger;
  const started = Date.now();
  const db = settings.DATABASE_URL
    ? await openPostgres(settings.DATABASE_URL, { logger })
    : await openPglite(settings.DATABASE_PATH, { logger });
  try {
    const { version } = await migrate(db, logger);
    logger.info(
      { database: describeDatabase(settings), schema: version, ms: Date.now() - started },
      'database open',
    );
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
