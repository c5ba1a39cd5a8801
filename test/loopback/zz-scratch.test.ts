import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LoopbackDiscord } from './discord.js';

let discord: LoopbackDiscord, client: Client, guild: { id: string; channelId: string };
beforeAll(async () => {
  discord = await LoopbackDiscord.start();
  guild = discord.addGuild({ name: 'Test server' });
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    partials: [Partials.Channel],
    rest: { api: discord.apiBase, timeout: 500 },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
  });
  client.on(Events.MessageCreate, (m) => void (m.author.bot || m.reply({ content: `seen:${m.content}`, allowedMentions: { parse: [] } })));
  await Promise.all([new Promise((ready) => client.once(Events.ClientReady, ready)), client.login(discord.botToken)]);
});
afterAll(async () => { await client.destroy(); await discord.stop(); });

async function check(label: string) {
  discord.sendMessage({ guildId: guild.id, author: 'alice', content: label, mentionBot: true });
  const reply = await discord.waitForChannelMessage(guild.channelId);
  return reply.body as { content: string };
}

it.each([
  [4009, 'identified'],
  [1000, 'identified'],
  [1006, 'resumed'],
  [4007, 'identified'],
  [4001, 'resumed'],
])('close %i -> %s', async (code, expected) => {
  const t = Date.now();
  const r = discord.waitForReconnect();
  discord.closeGateway(code);
  expect(await r).toBe(expected);
  console.log(code, Date.now() - t, 'ms', JSON.stringify(discord.gatewayStats.closes.slice(-2)));
  expect((await check(`after ${code}`)).content).toContain(`after ${code}`);
});

it('without message content intent, content is empty unless mentioned', async () => {
  discord.sendMessage({ guildId: guild.id, author: 'alice', content: 'plain', mentionBot: false });
  expect((await discord.waitForChannelMessage(guild.channelId)).body).toMatchObject({ content: 'seen:' });
});

it('hang longer than rest timeout -> retried', async () => {
  discord.failNext({ pathPrefix: `/channels/${guild.channelId}/messages` }, { hangMs: 1500 });
  const t = Date.now();
  const body = await check('hang');
  console.log('hang', Date.now() - t, discord.calls.filter((c) => c.path.endsWith('/messages')).slice(-2).map((c) => c.status));
  expect(body.content).toContain('hang');
});

it('global 429', async () => {
  discord.failNext({ pathPrefix: `/channels/${guild.channelId}/messages` }, { status: 429, retryAfter: 0.2, scope: 'global' });
  expect((await check('global')).content).toContain('global');
});

it('guild members fetch (op 8)', async () => {
  const members = await client.guilds.cache.get(guild.id)!.members.fetch();
  expect(members.size).toBeGreaterThanOrEqual(2);
});

it('4004', async () => {
  const t = Date.now();
  const d = new Promise((res) => client.once(Events.ShardDisconnect, res));
  discord.closeGateway(4004);
  await d;
  await new Promise((r) => setTimeout(r, 1500));
  console.log('4004 stats', discord.gatewayStats.connections, discord.gatewayConnected, Date.now() - t);
});
