/**
 * SHARD_COUNT: the bot as shards, one process per shard under discord.js's ShardingManager. This process only
 * starts the shard processes (src/discord/shard-process.ts), one every SHARD_SPAWN_DELAY_MS (Discord accepts one
 * IDENTIFY per 5 s), starts again one that dies, and stops them all on SIGINT/SIGTERM. SHARD_IDS runs a subset
 * of the shards here, so several machines split them. Each shard process holds the global articles and its own
 * servers' files only; they share the database (DATABASE_URL). See docs/scaling.md.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Shard, ShardingManager } from 'discord.js';
import { fail } from '../cli/args.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** How long a shard may take to open its corpus and connect before the next one starts anyway. */
const SHARD_READY_TIMEOUT_MS = 60_000;
/** Exit code of a shard whose token or settings Discord refused: starting it again cannot help. */
const EXIT_REFUSED = 2;

export interface ShardPlan {
  /** The shard count, or 'auto' for Discord's recommendation (GET /gateway/bot). */
  count: number | 'auto';
  /** The shards this machine runs; undefined: all of them. */
  ids: number[] | undefined;
}

/** SHARD_COUNT and SHARD_IDS checked together; throws an Error naming the setting when they disagree. */
export function shardPlan(config: Pick<Config, 'SHARD_COUNT' | 'SHARD_IDS'>): ShardPlan {
  const count = config.SHARD_COUNT;
  if (count === undefined) throw new Error('SHARD_COUNT is not set');
  if (config.SHARD_IDS.length === 0) return { count, ids: undefined };
  if (count === 'auto') throw new Error('SHARD_IDS needs a numeric SHARD_COUNT (not auto): ids depend on it');
  const outside = config.SHARD_IDS.filter((id) => id >= count);
  if (outside.length > 0) {
    throw new Error(
      `SHARD_IDS ${outside.join(', ')}: shard ids run from 0 to SHARD_COUNT - 1 (${count - 1})`,
    );
  }
  return { count, ids: [...new Set(config.SHARD_IDS)].sort((a, b) => a - b) };
}

/** Discord's recommended shard count (GET /gateway/bot), asked of DISCORD_API_BASE_URL. */
export async function recommendedShardCount(
  config: Pick<Config, 'DISCORD_API_BASE_URL' | 'DISCORD_TOKEN'>,
): Promise<number> {
  const response = await fetch(`${config.DISCORD_API_BASE_URL.replace(/\/$/, '')}/v10/gateway/bot`, {
    headers: { authorization: `Bot ${config.DISCORD_TOKEN ?? ''}` },
  });
  if (response.status === 401) {
    throw Object.assign(new Error('Discord refused the bot token in DISCORD_TOKEN (401)'), { status: 401 });
  }
  if (!response.ok) throw new Error(`GET /gateway/bot answered ${response.status}`);
  const { shards } = (await response.json()) as { shards?: unknown };
  if (!Number.isInteger(shards) || (shards as number) < 1)
    throw new Error('GET /gateway/bot gave no shard count');
  return shards as number;
}

/**
 * The shard process's entry: compiled JavaScript beside this file, or the TypeScript source under tsx (a test,
 * or scripts/launch.mjs running the source), whose loader the shard process then needs too.
 */
function shardEntry(): { file: string; execArgv: string[] } {
  const source = import.meta.url.endsWith('.ts');
  const file = fileURLToPath(new URL(`./shard-process${source ? '.ts' : '.js'}`, import.meta.url));
  if (!existsSync(file)) fail(`The shard entry ${file} is missing: run npm run build.`);
  const hasTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  return { file, execArgv: source && !hasTsx ? [...process.execArgv, '--import', 'tsx'] : process.execArgv };
}

/** Runs the shard processes until SIGINT/SIGTERM (or a shard refused for good); never returns. */
export async function runShardManager(config: Config, logger: Logger): Promise<never> {
  const log = logger.child({ component: 'shards' });
  let plan: ShardPlan;
  try {
    plan = shardPlan(config);
  } catch (error) {
    return fail((error as Error).message);
  }
  let count: number;
  try {
    count = plan.count === 'auto' ? await recommendedShardCount(config) : plan.count;
  } catch (error) {
    if ((error as { status?: number }).status === 401) return fail((error as Error).message);
    log.error({ reason: (error as Error).message }, 'cannot ask Discord for the shard count');
    process.exit(1);
  }
  const ids = plan.ids ?? [...Array(count).keys()];
  if (ids.length > 1 && !config.DATABASE_URL) {
    return fail(
      'More than one shard process needs DATABASE_URL (a PostgreSQL server they share): the embedded ' +
        'database in DATABASE_PATH can be opened by one process only.',
    );
  }
  const entry = shardEntry();
  const manager = new ShardingManager(entry.file, {
    totalShards: count,
    shardList: ids,
    mode: 'process',
    respawn: true,
    token: config.DISCORD_TOKEN,
    execArgv: entry.execArgv,
  });
  let stopping = false;
  const stop = (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    manager.respawn = false;
    log.info({ signal }, 'stopping the shard processes');
    void stopShards(manager).then(() => process.exit(code));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  manager.on('shardCreate', (shard) =>
    watchShard(shard, log, {
      stopping: () => stopping,
      refused: () => stop('a shard was refused', EXIT_REFUSED),
    }),
  );
  log.info({ shardCount: count, shards: ids, spawnDelayMs: config.SHARD_SPAWN_DELAY_MS }, 'starting shards');
  for (const [i, id] of ids.entries()) {
    if (stopping) break;
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, config.SHARD_SPAWN_DELAY_MS));
    const shard = manager.createShard(id);
    await shard.spawn(SHARD_READY_TIMEOUT_MS).catch((error: unknown) => {
      log.warn(
        { shard: id, reason: (error as Error).message },
        'shard not ready yet: going on with the next',
      );
    });
  }
  // Stays up for the shards: the signal handlers end this process.
  return new Promise<never>(() => {});
}

interface ShardWatch {
  stopping: () => boolean;
  /** A shard ended refused by Discord: stop them all. */
  refused: () => void;
}

function watchShard(shard: Shard, log: Logger, watch: ShardWatch): void {
  shard.on('ready', () => log.info({ shard: shard.id }, 'shard ready'));
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : null;
    if (watch.stopping()) return;
    if (code === EXIT_REFUSED) {
      // A token or setting refused: every shard would be refused the same way.
      shard.manager.respawn = false;
      log.error({ shard: shard.id, exitCode: code }, 'shard refused by Discord: stopping every shard');
      watch.refused();
      return;
    }
    log.warn({ shard: shard.id, exitCode: code }, 'shard process ended: starting it again');
  });
  shard.on('error', (error) => log.error({ shard: shard.id, err: error }, 'shard error'));
}

/** SIGTERM to every shard process (each closes its engine and database), then waits for them to end. */
async function stopShards(manager: ShardingManager): Promise<void> {
  const ended = [...manager.shards.values()].flatMap((shard) => {
    const child = shard.process;
    if (!child || child.exitCode !== null) return [];
    const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    return [Promise.race([exit, new Promise<void>((resolve) => setTimeout(resolve, 10_000))])];
  });
  await Promise.all(ended);
}
