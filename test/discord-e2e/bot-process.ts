/**
 * The bot exactly as `npm start` runs it, for the suites that need a real process (process.test.ts,
 * shards.test.ts): `src/main.ts` in a process of its own, configured only by environment variables, pointed at
 * a loopback Discord, with a copy of the seed corpus; and a way to wait for what its logs say.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoopbackDiscord } from '../loopback/discord.js';
import { launched } from '../cli/run.js';

const ROOT = join(import.meta.dirname, '..', '..');

export interface BotProcess {
  child: ChildProcess;
  /** Everything the process has written to stderr so far (its log lines). */
  stderr(): string;
}

/**
 * Copy the seed corpus to `dir`/corpus and start `src/main.ts` on it (as `npm start` does), with the loopback's token and addresses,
 * info-level logs and `env` (INDEX_PATH, a database, shards...).
 */
export async function startBotProcess(
  discord: LoopbackDiscord,
  dir: string,
  env: Record<string, string>,
): Promise<BotProcess> {
  await cp(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  const child = spawn(...launched('src/main.ts'), {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: discord.botToken,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_BASE_URL: discord.apiBase,
      CORPUS_DIR: join(dir, 'corpus'),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

/** Poll `condition` every 50 ms; fail naming `what` after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
