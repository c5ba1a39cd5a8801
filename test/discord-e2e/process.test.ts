/**
 * The bot exactly as `npm start` runs it: `src/main.ts` in its own process, configured only by environment
 * variables, pointed at the loopback Discord. It connects, answers a mention, keeps the token out of its logs,
 * and shuts down cleanly on SIGTERM.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteFolder } from '../db/backends.js';
import { LoopbackDiscord } from '../loopback/discord.js';
import { type BotProcess, startBotProcess, until } from './bot-process.js';

describe('npm start with DISCORD_TOKEN', () => {
  let discord: LoopbackDiscord;
  let guild: { id: string; channelId: string };
  let dir: string;
  let bot: BotProcess;

  beforeAll(async () => {
    discord = await LoopbackDiscord.start();
    guild = discord.addGuild({ name: 'Process server' });
    dir = await mkdtemp(join(tmpdir(), 'citebot-process-'));
    await pgliteFolder(join(dir, 'db')); // the bot opens its database at start (a copy opens in about 1 s)
    bot = await startBotProcess(discord, dir, {
      INDEX_PATH: join(dir, 'index.json'),
      DATABASE_PATH: join(dir, 'db'),
    });
    await until(
      () => discord.gatewayStats.identifies > 0 && bot.stderr().includes('connected'),
      20_000,
      'the bot',
    );
  }, 30_000);

  afterAll(async () => {
    if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await discord.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a mention, never logs the token, and exits 0 on SIGTERM', async () => {
    await until(() => bot.stderr().includes('database open'), 10_000, 'the database');
    discord.sendMessage({
      guildId: guild.id,
      author: discord.user('proc-alice'),
      content: 'How many attacks did ISKP claim?',
      mentionBot: true,
    });
    const reply = await discord.waitForChannelMessage(guild.channelId, 10_000);
    expect(JSON.stringify(reply.body)).toContain('with a staggering 90');
    expect((reply.body as { allowed_mentions?: unknown }).allowed_mentions).toMatchObject({ parse: [] });

    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    bot.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bot.stderr()).toContain('shutting down');
    expect(bot.stderr()).not.toContain(discord.botToken);
  });
});
