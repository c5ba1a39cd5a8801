/**
 * Shards for real (issue 13): `npm start`'s entry with SHARD_COUNT=2 runs discord.js's ShardingManager and two
 * shard processes against a loopback Discord of two shards and a private PostgreSQL server. A server on each
 * shard is answered by its own shard, a DM once (by shard 0), an upload to shard 0's server is answered there
 * and never seen from shard 1's server (it is stored in PostgreSQL for whichever process holds that server), and
 * shard 1's process, killed, is started again and answers again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/postgres.js';
import { POSTGRES_BIN, type PostgresServer, startPostgres } from '../db/backends.js';
import { LoopbackDiscord, shardOf } from '../loopback/discord.js';
import { corpusAdd } from '../support/corpus-add.js';
import { type BotProcess, startBotProcess, until } from './bot-process.js';
import { type MessageBodySeen, textOf } from './harness.js';

const ISKP = 'How many attacks did ISKP claim?';
const ISKP_ANSWER = 'with a staggering 90';
const UPLOAD = `Lantern festival

The Harbourside lantern festival floated 2,400 paper lanterns on the estuary in 2023, the most in its history.
`;
const UPLOAD_Q = 'How many paper lanterns did the Harbourside festival float?';

interface LogLine {
  msg?: string;
  shard?: number;
  processId?: number;
}

describe.skipIf(!POSTGRES_BIN)('two shard processes (SHARD_COUNT=2) sharing PostgreSQL', () => {
  let discord: LoopbackDiscord;
  let postgres: PostgresServer;
  let dir: string;
  let manager: BotProcess;
  const guilds: Array<{ id: string; channelId: string }> = [];
  const lines = (): LogLine[] =>
    (manager?.stderr() ?? '').split('\n').flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
  const holding = (shard: number) =>
    lines().filter((line) => line.msg === "shard holds its servers' files" && line.shard === shard).length;
  const processIds = () =>
    lines().flatMap((line) => (line.msg === 'starting shard' && line.processId ? [line.processId] : []));

  async function mention(guild: { id: string; channelId: string }, content: string): Promise<string> {
    discord.sendMessage({
      guildId: guild.id,
      author: discord.user('shard-asker'),
      content,
      mentionBot: true,
    });
    return textOf((await discord.waitForChannelMessage(guild.channelId, 10_000)).body as MessageBodySeen);
  }

  beforeAll(async () => {
    [discord, postgres, dir] = await Promise.all([
      LoopbackDiscord.start({ shards: 2 }),
      startPostgres(),
      mkdtemp(join(tmpdir(), 'citebot-shards-')),
    ]);
    while (!guilds[0] || !guilds[1]) {
      const guild = discord.addGuild();
      const shard = shardOf(guild.id, 2);
      if (!guilds[shard]) guilds[shard] = guild;
    }
    manager = await startBotProcess(discord, dir, {
      INDEX_PATH: join(dir, 'index'),
      DATABASE_URL: postgres.url,
      VECTORS_PATH: '',
      SHARD_COUNT: '2',
      SHARD_SPAWN_DELAY_MS: '0',
    });
    await until(() => holding(0) >= 1 && holding(1) >= 1, 40_000, 'both shards to hold their servers');
  }, 60_000);

  afterAll(async () => {
    if (manager && manager.child.exitCode === null) manager.child.kill('SIGKILL');
    for (const pid of processIds()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await discord?.stop();
    await postgres?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers each server from its own shard and a DM once, from shard 0', async () => {
    expect(discord.gatewayStats.shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    expect(await mention(guilds[0]!, ISKP)).toContain(ISKP_ANSWER);
    expect(await mention(guilds[1]!, ISKP)).toContain(ISKP_ANSWER);

    const user = discord.user('shard-dm');
    discord.sendMessage({ author: user, content: ISKP });
    const dmChannel = discord.dmChannelId(user);
    const reply = await discord.waitForChannelMessage(dmChannel, 10_000);
    expect(textOf(reply.body as MessageBodySeen)).toContain(ISKP_ANSWER);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = discord.calls.filter(
      (call) => call.method === 'POST' && call.path === `/channels/${dmChannel}/messages`,
    );
    expect(sent).toHaveLength(1);
  });

  it("answers an upload in shard 0's server there, never in shard 1's", async () => {
    const handle = corpusAdd(discord, guilds[0]!.id, { name: 'lanterns.txt', bytes: UPLOAD });
    await discord.waitForInteractionReply(handle, 10_000);
    const edit = await discord.waitForWebhookEdit(handle, '@original', 15_000);
    expect(textOf(edit.body as MessageBodySeen)).toMatch(/^Added \*\*Lantern festival/);
    expect(await mention(guilds[0]!, UPLOAD_Q)).toMatch(
      /2,400 \*\*paper\*\* \*\*lanterns[\s\S]*\[1\] Lantern festival/,
    );
    expect(await mention(guilds[1]!, UPLOAD_Q)).not.toMatch(/2,400|Lantern festival/);
    const db = await openPostgres(postgres.url);
    try {
      const rows = await db.query<{ serverId: string; fileName: string }>(
        'select server_id as "serverId", file_name as "fileName" from corpus_files',
      );
      expect(rows).toEqual([{ serverId: guilds[0]!.id, fileName: 'lanterns.txt' }]);
    } finally {
      await db.close();
    }
  });

  it("starts shard 1's process again when it is killed, and it answers again", async () => {
    const before = processIds();
    const identifies = discord.gatewayStats.identifies;
    // The shard 1 process: the one whose "starting shard" line says shard 1.
    const shardOne = lines().find((line) => line.msg === 'starting shard' && line.shard === 1)?.processId;
    expect(shardOne).toBeDefined();
    process.kill(shardOne!, 'SIGKILL');
    await until(() => holding(1) >= 2, 30_000, 'shard 1 to come back');
    expect(processIds().length).toBe(before.length + 1);
    expect(discord.gatewayStats.identifies).toBeGreaterThan(identifies);
    expect(await mention(guilds[1]!, ISKP)).toContain(ISKP_ANSWER);
    expect(await mention(guilds[1]!, UPLOAD_Q)).not.toMatch(/2,400|Lantern festival/);
  }, 40_000);

  it('stops every shard on SIGTERM and exits 0, never logging the token', async () => {
    const exited = new Promise<number | null>((resolve) =>
      manager.child.once('exit', (code) => resolve(code)),
    );
    manager.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(manager.stderr()).not.toContain(discord.botToken);
    for (const pid of processIds()) expect(() => process.kill(pid, 0)).toThrow();
  }, 20_000);
});
