/**
 * The schema, as numbered migrations applied in order. Each runs in its own transaction together with its row
 * in `schema_migrations`, so a migration is either wholly applied and recorded or not at all (a kill half way
 * leaves the previous version), and re-opening a database applies only what is missing. A transaction-scoped
 * advisory lock makes two bots starting at once against one PostgreSQL server take turns instead of racing.
 *
 * Never edit a migration that has shipped: add the next number. The SQL is PostgreSQL's and runs unchanged on
 * PGlite and on a server.
 */
import { type Logger, silentLogger } from '../logger.js';
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  /** One statement per entry (both backends' parameterised protocol takes one at a time). */
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'settings, question log, feedback, uploads',
    statements: [
      // Install-wide values, such as the salt that user ids are hashed with.
      `create table citebot_meta (
        key text primary key,
        value text not null
      )`,
      // One row per server that changed a setting; a null or missing value means "the environment's default".
      `create table server_settings (
        server_id text primary key,
        answer_channels text[],
        forum_channels text[] not null default '{}',
        forum_reply_when_no_answer boolean not null default false,
        thread_channels text[] not null default '{}',
        cooldown_seconds double precision,
        manager_role_ids text[] not null default '{}',
        updated_at timestamptz not null default now()
      )`,
      `create table question_log (
        id bigint generated always as identity primary key,
        server_id text,
        channel_id text,
        user_hash text not null,
        question text not null,
        status text not null check (status in ('answered', 'no_answer')),
        passage_id text,
        answer_message_id text,
        created_at timestamptz not null default now()
      )`,
      `create index question_log_server_time on question_log (server_id, created_at)`,
      `create index question_log_time on question_log (created_at)`,
      `create index question_log_answer_message on question_log (answer_message_id)`,
      // One vote per person per answer message; voting again changes it.
      `create table feedback_votes (
        message_id text not null,
        user_hash text not null,
        server_id text,
        channel_id text,
        question text not null,
        passage_id text,
        helpful boolean not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (message_id, user_hash)
      )`,
      `create index feedback_votes_server_time on feedback_votes (server_id, updated_at)`,
      `create index feedback_votes_time on feedback_votes (updated_at)`,
      // The files a server uploaded (the bytes stay in corpus/guilds/<server>/); replacing a file updates its row.
      `create table uploads (
        server_id text not null,
        file_name text not null,
        bytes bigint not null,
        sha256 text not null,
        uploader_hash text,
        added_at timestamptz not null default now(),
        primary key (server_id, file_name)
      )`,
    ],
  },
  {
    version: 2,
    name: 'shared corpus files',
    statements: [
      // A server's own files, for shard processes on several machines (src/discord/shared-corpus.ts): the bytes
      // of each upload, or a removal (content null); the folder corpus/guilds/<server>/ is each process's copy.
      `create table corpus_files (
        server_id text not null,
        file_name text not null,
        content bytea,
        sha256 text,
        updated_at timestamptz not null default now(),
        primary key (server_id, file_name)
      )`,
      // Bumped with every change of a server's files (and sent with NOTIFY citebot_corpus, 'server:version').
      `create table corpus_versions (
        server_id text primary key,
        version bigint not null
      )`,
    ],
  },
];

/** Any constant both backends agree on: the key of the advisory lock migrations hold. */
const MIGRATION_LOCK = 4_242_001;

export interface MigrationResult {
  /** Versions applied by this call (empty when the database was up to date). */
  applied: number[];
  /** The schema version now. */
  version: number;
}

/** Brings the database to the newest schema. Idempotent: an up-to-date database is left as it is. */
export async function migrate(
  db: Database,
  logger: Logger = silentLogger,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationResult> {
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
      const rows = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) {
      applied.push(migration.version);
      logger.info({ version: migration.version, name: migration.name }, 'database migrated');
    }
  }
  const [row] = await db.query<{ version: number | null }>(
    'select max(version)::int as version from schema_migrations',
  );
  const version = row?.version ?? 0;
  const known = Math.max(0, ...migrations.map((migration) => migration.version));
  if (version > known) {
    logger.warn(
      { version, known },
      'the database was migrated by a newer Citebot; this one knows an older schema and may misread it',
    );
  }
  return { applied, version };
}
