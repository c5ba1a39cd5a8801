/**
 * The loopback Discord's shards: GET /gateway/bot recommends the shard count it was started with, IDENTIFY
 * carries `shard: [id, count]`, and each session gets only its own guilds ((guild_id >> 22) % count) in READY,
 * GUILD_CREATE and later events, with DMs on shard 0 only. Checked with real discord.js clients, one per shard
 * as ShardingManager runs them, and one client running every shard itself (`shards: 'auto'`).
 */
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Message, Partials } from 'discord.js';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackDiscord, shardOf } from './loopback/discord.js';

const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
/** No 5 s wait between one client's IDENTIFYs (several shards in one client). */
const noIdentifyWait = { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) };

interface ShardClient {
  client: Client;
  messages: Message[];
}

async function connect(discord: LoopbackDiscord, shards: number[] | 'auto', shardCount?: number) {
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    rest: { api: discord.apiBase },
    shards,
    ...(shardCount ? { shardCount } : {}),
    ws: noIdentifyWait,
  });
  const messages: Message[] = [];
  client.on(Events.MessageCreate, (message) => messages.push(message));
  const ready = once(client, Events.ClientReady);
  await client.login(discord.botToken);
  await ready;
  return { client, messages } satisfies ShardClient;
}

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('loopback Discord with two shards', () => {
  let discord: LoopbackDiscord;
  const guildsOn: [string[], string[]] = [[], []];
  const allGuilds: string[] = [];
  let zero: ShardClient;
  let one: ShardClient;

  beforeAll(async () => {
    discord = await LoopbackDiscord.start({ shards: 2 });
    // Snowflakes are random: add guilds until each shard has two.
    while (guildsOn[0].length < 2 || guildsOn[1].length < 2) {
      const { id } = discord.addGuild();
      allGuilds.push(id);
      guildsOn[shardOf(id, 2) as 0 | 1].push(id);
    }
    [zero, one] = await Promise.all([connect(discord, [0], 2), connect(discord, [1], 2)]);
  });

  afterAll(async () => {
    await Promise.all([zero?.client.destroy(), one?.client.destroy()]);
    await discord.stop();
  });

  it('recommends the shard count and sends each shard only its own guilds', async () => {
    const response = await fetch(`${discord.apiBase}/v10/gateway/bot`, {
      headers: { authorization: `Bot ${discord.botToken}` },
    });
    expect(((await response.json()) as { shards: number }).shards).toBe(2);
    expect(discord.gatewayStats.shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    expect([...zero.client.guilds.cache.keys()].sort()).toEqual([...guildsOn[0]].sort());
    expect([...one.client.guilds.cache.keys()].sort()).toEqual([...guildsOn[1]].sort());
    expect(shardOf('175928847299117063', 2)).toBe(Number((175928847299117063n >> 22n) % 2n));
  });

  it("dispatches a guild's messages to its shard and DMs to shard 0 only", async () => {
    const author = discord.user('shard-alice');
    discord.sendMessage({ guildId: guildsOn[1][0]!, author, content: 'on one', mentionBot: true });
    discord.sendMessage({ guildId: guildsOn[0][0]!, author, content: 'on zero', mentionBot: true });
    discord.sendMessage({ author, content: 'a DM' });
    await until(() => one.messages.length >= 1 && zero.messages.length >= 2, 'the messages');
    await new Promise((resolve) => setTimeout(resolve, 200)); // nothing more arrives
    expect(one.messages.map((message) => message.guildId)).toEqual([guildsOn[1][0]]);
    expect(zero.messages.map((message) => message.guildId).sort()).toEqual([guildsOn[0][0], null].sort());
  });

  it('sends a guild added later only to its shard', async () => {
    let added: { id: string } | undefined;
    while (!added || shardOf(added.id, 2) !== 1) {
      added = discord.addGuild({ name: 'Later' });
      allGuilds.push(added.id);
    }
    await until(() => one.client.guilds.cache.has(added.id), 'the new guild on shard 1');
    expect(zero.client.guilds.cache.has(added.id)).toBe(false);
  });

  it('refuses an IDENTIFY whose shard id is not below its count (4010)', async () => {
    const socket = new WebSocket(`${discord.origin.replace('http', 'ws')}/gw?v=10&encoding=json`);
    await once(socket, 'open');
    socket.send(JSON.stringify({ op: 2, d: { token: discord.botToken, intents: 1, shard: [2, 2] } }));
    const [code] = (await once(socket, 'close')) as [number];
    expect(code).toBe(4010);
  });

  it('serves one client running every shard itself (shards: auto)', async () => {
    const all = await connect(discord, 'auto');
    try {
      expect(all.client.ws.shards.size).toBe(2);
      expect([...all.client.guilds.cache.keys()].sort()).toEqual([...allGuilds].sort());
      discord.sendMessage({ author: discord.user('shard-bob'), content: 'one DM' });
      await until(() => all.messages.length >= 1, 'the DM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(all.messages).toHaveLength(1);
    } finally {
      await all.client.destroy();
    }
  });
});
