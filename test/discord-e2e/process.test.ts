/**
 * The bot exactly as `npm start` runs it: `src/main.ts` in its own process, configured only by environment
 * variables, pointed at the loopback Discord. It connects, answers a mention, keeps the token out of its logs,
 * and shuts down cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteFolder } from '../db/backends.js';
import { LoopbackDiscord } from '../loopback/discord.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start with DISCORD_TOKEN', () => {
  let discord: LoopbackDiscord;
  let guild: { id: string; channelId: string };
  let dir: string;
  let child: ChildProcess;
  let stderr = '';

  beforeAll(async () => {
    discord = await LoopbackDiscord.start();
    guild = discord.addGuild({ name: 'Process server' });
    dir = await mkdtemp(join(tmpdir(), 'citebot-process-'));
    await cp(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    await pgliteFolder(join(dir, 'db')); // the bot opens its database at start (a copy opens in about 1 s)
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DISCORD_TOKEN: discord.botToken,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_BASE_URL: discord.apiBase,
        CORPUS_DIR: join(dir, 'corpus'),
        INDEX_PATH: join(dir, 'index.json'),
        DATABASE_PATH: join(dir, 'db'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await until(() => discord.gatewayStats.identifies > 0 && stderr.includes('connected'), 20_000, 'the bot');
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await discord.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a mention, never logs the token, and exits 0 on SIGTERM', async () => {
    await until(() => stderr.includes('database open'), 10_000, 'the database');
    discord.sendMessage({
      guildId: guild.id,
      author: discord.user('proc-alice'),
      content: 'How many attacks did ISKP claim?',
      mentionBot: true,
    });
    const reply = await discord.waitForChannelMessage(guild.channelId, 10_000);
    expect(JSON.stringify(reply.body)).toContain('with a staggering 90');
    expect((reply.body as { allowed_mentions?: unknown }).allowed_mentions).toMatchObject({ parse: [] });

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('shutting down');
    expect(stderr).not.toContain(discord.botToken);
  });
});
