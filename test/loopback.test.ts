/**
 * Self-test of the loopback Discord: the real discord.js client logs in to it and a tiny bot (below)
 * answers messages, slash commands, autocomplete and buttons, through gateway faults and REST faults.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackDiscord, option } from './loopback/discord.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Errors the tiny bot hit (a passing test also asserts the bot itself did not fail). */
const botErrors: unknown[] = [];
/** Message ids discord.js read from `?with_response=true` callback responses. */
const updatedMessageIds: (string | undefined)[] = [];

const COMMANDS = [
  {
    name: 'ask',
    description: 'Ask a question',
    options: [{ type: 3, name: 'question', description: 'What', required: true, autocomplete: true }],
  },
  { name: 'slow', description: 'Answers after deferring' },
  {
    name: 'file',
    description: 'Reads a file',
    options: [{ type: 11, name: 'file', description: 'The file', required: true }],
  },
  {
    name: 'admin',
    description: 'Admin tools',
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [{ type: 1, name: 'reload', description: 'Reload the corpus' }],
  },
];

async function onMessage(message: Message): Promise<void> {
  if (message.author.bot) return;
  const noPings = { allowedMentions: { parse: [] } };
  if (message.content.includes('buttons')) {
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
    );
    await message.reply({ content: 'choose', components: [row], ...noPings });
  } else if (message.content.includes('upload')) {
    await message.reply({
      files: [{ attachment: Buffer.from('hello file'), name: 'hello.txt' }],
      ...noPings,
    });
  } else if (message.content.includes('too long')) {
    await message.reply({ content: 'x'.repeat(2001), ...noPings }).catch((error: unknown) => {
      botErrors.push(error);
    });
  } else {
    if (message.content.includes('ping') && message.channel.isSendable()) await message.channel.sendTyping();
    await message.reply({ content: `pong: ${message.content}`, ...noPings });
  }
}

async function onInteraction(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = String(interaction.options.getFocused());
    await interaction.respond([{ name: `${typed} (suggested)`, value: typed }]);
  } else if (interaction.isButton()) {
    const response = await interaction.update({
      content: `clicked ${interaction.customId}`,
      components: [],
      withResponse: true,
    });
    updatedMessageIds.push(response.resource?.message?.id);
  } else if (interaction.isChatInputCommand()) {
    switch (interaction.commandName) {
      case 'ask':
        await interaction.reply({
          content: `answer to ${interaction.options.getString('question', true)} (command ${interaction.commandId})`,
          allowedMentions: { parse: [] },
        });
        return;
      case 'slow':
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await interaction.editReply({ content: `done in ${interaction.inGuild() ? 'guild' : 'DM'}` });
        await interaction.followUp({ content: 'one more thing', flags: MessageFlags.Ephemeral });
        return;
      case 'file': {
        const attachment = interaction.options.getAttachment('file', true);
        const bytes = new Uint8Array(await (await fetch(attachment.url)).arrayBuffer());
        await interaction.reply(`${attachment.name} ${bytes.length} ${sha256(bytes)}`);
        return;
      }
      case 'admin': {
        const canManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
        await interaction.reply(`${interaction.options.getSubcommand()} manage:${canManage}`);
        return;
      }
    }
  }
}

describe('LoopbackDiscord with the real discord.js client', () => {
  let discord: LoopbackDiscord;
  let client: Client;
  let guild: { id: string; channelId: string };
  const alice = () => discord.user('alice');

  /** Sends a message that mentions the bot and returns the bot's reply call. */
  async function roundTrip(content: string) {
    const sent = discord.sendMessage({ guildId: guild.id, author: alice(), content, mentionBot: true });
    const reply = await discord.waitForChannelMessage(guild.channelId);
    return { sent, reply };
  }

  beforeAll(async () => {
    discord = await LoopbackDiscord.start({ heartbeatIntervalMs: 500 });
    guild = discord.addGuild({ name: 'Loopback Guild' });
    client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        GatewayIntentBits.MessageContent,
      ],
      partials: [Partials.Channel],
      rest: { api: discord.apiBase },
    });
    client.on(
      Events.MessageCreate,
      (message) => void onMessage(message).catch((error) => botErrors.push(error)),
    );
    client.on(
      Events.InteractionCreate,
      (interaction) => void onInteraction(interaction).catch((error) => botErrors.push(error)),
    );
    const ready = once(client, Events.ClientReady);
    await client.login(discord.botToken);
    await ready;
    await client.application?.commands.set(COMMANDS);
  });

  afterAll(async () => {
    await client?.destroy();
    await discord?.stop();
    await discord?.stop(); // stop is idempotent
  });

  it('logs in over the gateway and caches the guild and its channel', async () => {
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.guilds.cache.get(guild.id)?.name).toBe('Loopback Guild');
    expect(client.channels.cache.get(guild.channelId)?.isTextBased()).toBe(true);
    expect(discord.gatewayStats).toMatchObject({ connections: 1, identifies: 1, resumes: 0 });
    expect(discord.calls.some((call) => call.path === '/gateway/bot')).toBe(true);
  });

  it('sends GUILD_CREATE for a guild added after login, and registers guild commands there', async () => {
    const created = once(client, Events.GuildCreate);
    const later = discord.addGuild({ name: 'Later Guild' });
    const [joined] = await created;
    expect(joined.id).toBe(later.id);
    await client.guilds.cache.get(later.id)!.commands.set([{ name: 'local', description: 'Guild only' }]);
    expect(discord.registeredCommands(later.id)).toMatchObject([{ name: 'local', guild_id: later.id }]);
    discord.sendMessage({ guildId: later.id, author: alice(), content: 'ping there' });
    expect((await discord.waitForChannelMessage(later.channelId)).body).toMatchObject({
      content: 'pong: ping there',
    });
  });

  it('echoes registered commands with ids and reuses those ids in interactions', async () => {
    const registered = discord.registeredCommands();
    expect(registered.map((command) => command.name)).toEqual(['ask', 'slow', 'file', 'admin']);
    expect(registered.every((command) => /^\d{17,20}$/.test(command.id))).toBe(true);
    const put = await discord.waitForCall((call) => call.method === 'PUT' && call.path.endsWith('/commands'));
    expect(put.path).toBe(`/applications/${discord.applicationId}/commands`);

    const ask = discord.slash({
      guildId: guild.id,
      user: alice(),
      name: 'ask',
      options: [option.string('question', 'ids?')],
    });
    const reply = await discord.waitForInteractionReply(ask);
    expect((reply.body as { data: { content: string } }).data.content).toContain(
      `command ${registered[0]!.id}`,
    );
  });

  it('delivers MESSAGE_CREATE and records the reply with its body and response', async () => {
    const { sent, reply } = await roundTrip('ping');
    const typing = await discord.waitForCall((call) => call.path === `/channels/${guild.channelId}/typing`);
    expect(typing.status).toBe(204);
    expect(sent.mentions.map((user) => user.id)).toEqual([discord.botUser.id]);
    expect(reply.headers.authorization).toBe(`Bot ${discord.botToken}`);
    expect(reply.body).toMatchObject({
      content: `pong: <@${discord.botUser.id}> ping`,
      allowed_mentions: { parse: [] },
      message_reference: { message_id: sent.id },
    });
    expect(reply.status).toBe(200);
    expect(reply.response).toMatchObject({ type: 19, author: { id: discord.botUser.id }, mentions: [] });
  });

  it('answers a slash command with reply (callback type 4) and with defer + edit (type 5 + PATCH)', async () => {
    const ask = discord.slash({
      guildId: guild.id,
      user: alice(),
      name: 'ask',
      options: [option.string('question', 'why?')],
    });
    const reply = await discord.waitForInteractionReply(ask);
    expect(reply.status).toBe(204);
    expect(reply.body).toMatchObject({
      type: 4,
      data: { content: expect.stringContaining('answer to why?') },
    });
    expect(discord.originalMessage(ask)?.content).toContain('answer to why?');

    const slow = discord.slash({ guildId: guild.id, user: alice(), name: 'slow' });
    expect((await discord.waitForInteractionReply(slow)).body).toMatchObject({
      type: 5,
      data: { flags: 64 },
    });
    const edit = await discord.waitForWebhookEdit(slow);
    expect(edit.path).toBe(`/webhooks/${discord.applicationId}/${slow.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: 'done in guild' });
    expect(edit.response).toMatchObject({ content: 'done in guild', flags: 64 });
    const followUp = await discord.waitForFollowUp(slow);
    expect(followUp.query.wait).toBe('true');
    expect(followUp.response).toMatchObject({ content: 'one more thing', webhook_id: discord.applicationId });
  });

  it('passes subcommands and member permissions (default "0", admins "32")', async () => {
    const asMember = discord.slash({
      guildId: guild.id,
      user: alice(),
      name: 'admin',
      options: [option.subcommand('reload')],
    });
    expect((await discord.waitForInteractionReply(asMember)).body).toMatchObject({
      data: { content: 'reload manage:false' },
    });
    const asAdmin = discord.slash({
      guildId: guild.id,
      user: discord.user('admin'),
      name: 'admin',
      options: [option.subcommand('reload')],
      permissions: '32',
    });
    expect((await discord.waitForInteractionReply(asAdmin)).body).toMatchObject({
      data: { content: 'reload manage:true' },
    });
  });

  it('answers autocomplete with choices (callback type 8)', async () => {
    const typing = discord.autocomplete({
      guildId: guild.id,
      user: alice(),
      name: 'ask',
      options: [option.string('question', 'cit', true)],
    });
    const reply = await discord.waitForInteractionReply(typing);
    expect(reply.body).toEqual({ type: 8, data: { choices: [{ name: 'cit (suggested)', value: 'cit' }] } });
  });

  it('handles a button click with interaction.update (callback type 7)', async () => {
    const { reply } = await roundTrip('buttons');
    const withButton = reply.response as Parameters<LoopbackDiscord['clickButton']>[0]['message'];
    expect(withButton.components).toHaveLength(1);
    const click = discord.clickButton({ user: alice(), customId: 'more', message: withButton });
    const update = await discord.waitForInteractionReply(click);
    expect(update.body).toMatchObject({ type: 7, data: { content: 'clicked more', components: [] } });
    expect(update.query.with_response).toBe('true');
    expect(update.status).toBe(200);
    expect(discord.message(withButton.id)?.content).toBe('clicked more');
    await expect.poll(() => updatedMessageIds).toEqual([withButton.id]);
  });

  it('delivers DMs (partial channel) and DM slash commands', async () => {
    const bob = discord.user('bob');
    discord.sendMessage({ author: bob, content: 'hello in private' });
    const reply = await discord.waitForChannelMessage(discord.dmChannelId(bob));
    expect(reply.body).toMatchObject({ content: 'pong: hello in private' });

    const slow = discord.slash({ user: bob, name: 'slow' });
    expect((await discord.waitForWebhookEdit(slow)).body).toMatchObject({ content: 'done in DM' });
  });

  it('serves attachments the bot downloads, and stores files the bot uploads', async () => {
    const bytes = new Uint8Array(Array.from({ length: 5000 }, (_, index) => index % 251));
    const file = discord.serveFile('notes.md', bytes, 'text/markdown');
    const run = discord.slash({
      guildId: guild.id,
      user: alice(),
      name: 'file',
      options: [option.attachment('file', file)],
    });
    const reply = await discord.waitForInteractionReply(run);
    expect(reply.body).toMatchObject({ data: { content: `notes.md 5000 ${sha256(bytes)}` } });
    expect(discord.downloads.map((download) => download.status)).toContain(200);

    const { reply: upload } = await roundTrip('upload');
    expect(upload.files).toHaveLength(1);
    expect(Buffer.from(upload.files[0]!.bytes).toString()).toBe('hello file');
    const served = (upload.response as { attachments: { url: string; filename: string }[] }).attachments[0]!;
    expect(served.filename).toBe('hello.txt');
    expect(await (await fetch(served.url)).text()).toBe('hello file');
  });

  it('enforces platform limits and answers unknown routes with a recorded 404', async () => {
    const { reply } = await roundTrip('too long');
    expect(reply.status).toBe(400);
    await expect.poll(() => botErrors.length).toBe(1);
    expect(botErrors.pop()).toMatchObject({ code: 50035 });

    const response = await fetch(`${discord.apiBase}/v10/no/such/route`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: '404: Not Found', code: 0 });
    expect(discord.calls.at(-1)).toMatchObject({ method: 'GET', path: '/no/such/route', status: 404 });
  });

  it('answers raw REST like Discord: 204 without content-type, one response per interaction', async () => {
    const auth = { authorization: `Bot ${discord.botToken}` };
    const me = await fetch(`${discord.apiBase}/v10/users/@me`, { headers: auth });
    expect(await me.json()).toMatchObject({ id: discord.botUser.id, bot: true });

    const ignored = discord.slash({ guildId: guild.id, user: alice(), name: 'not-handled-by-the-bot' });
    const callback = `${discord.apiBase}/v10/interactions/${ignored.id}/${ignored.token}/callback`;
    const post = (body: unknown) =>
      fetch(callback, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await post({ type: 5 });
    expect(first.status).toBe(204);
    expect(first.headers.get('content-type')).toBeNull();
    const second = await post({ type: 4, data: { content: 'again' } });
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ code: 40060 });

    discord.failNext({ pathPrefix: '/users/@me' }, { hangMs: 200 });
    const started = Date.now();
    expect((await fetch(`${discord.apiBase}/v10/users/@me`, { headers: auth })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('forgets interactions not answered within the response window (404 Unknown interaction)', async () => {
    const strict = await LoopbackDiscord.start({ interactionResponseWindowMs: 50 });
    try {
      const { id: guildId } = strict.addGuild();
      const late = strict.slash({ guildId, user: 'carol', name: 'ask' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const response = await fetch(`${strict.apiBase}/v10/interactions/${late.id}/${late.token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 4, data: { content: 'too late' } }),
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ message: 'Unknown interaction', code: 10062 });
    } finally {
      await strict.stop();
    }
  });

  it('resumes after the gateway closes with 4000 and keeps answering', async () => {
    const reconnected = discord.waitForReconnect();
    discord.closeGateway(4000);
    // Sent while the client is away: it gets a sequence number and is replayed on RESUME.
    const { reply } = await roundTrip('sent while disconnected');
    expect(await reconnected).toBe('resumed');
    expect(reply.body).toMatchObject({ content: expect.stringContaining('sent while disconnected') });
    expect(discord.gatewayStats.closes.at(-1)).toMatchObject({ code: 4000, by: 'server' });
  });

  it('reconnects when heartbeats stop being acknowledged (zombie connection)', async () => {
    const before = discord.gatewayStats;
    const reconnected = discord.waitForReconnect();
    discord.setHeartbeatAck(false);
    expect(await reconnected).toBe('resumed');
    discord.setHeartbeatAck(true);
    expect(discord.gatewayStats.connections).toBe(before.connections + 1);
    const { reply } = await roundTrip('after zombie');
    expect(reply.body).toMatchObject({ content: expect.stringContaining('after zombie') });
  });

  it('resumes on a resumable invalid session (op 9, d: true)', async () => {
    const reconnected = discord.waitForReconnect();
    discord.invalidateSession(true);
    expect(await reconnected).toBe('resumed');
    const { reply } = await roundTrip('after op 9');
    expect(reply.body).toMatchObject({ content: expect.stringContaining('after op 9') });
  });

  it('resumes when asked to reconnect (op 7)', async () => {
    const reconnected = discord.waitForReconnect();
    discord.requestReconnect();
    expect(await reconnected).toBe('resumed');
    const { reply } = await roundTrip('after op 7');
    expect(reply.body).toMatchObject({ content: expect.stringContaining('after op 7') });
  });

  // Timing-sensitive on 2 loaded cores (the burst suite runs beside it): it failed once in ~15 full runs, never
  // alone, so it gets a second try; a real regression fails all three.
  it(
    'retries a 429 (rate-limit headers honoured) and a 500, and the message still arrives',
    { retry: 2 },
    async () => {
      const messages = `/channels/${guild.channelId}/messages`;
      discord.failNext({ method: 'POST', pathPrefix: messages }, { status: 429, retryAfter: 0.3 });
      const started = Date.now();
      const { reply } = await roundTrip('rate limited');
      expect(reply.status).toBe(200);
      expect(reply.at - started).toBeGreaterThanOrEqual(250);
      const attempts = discord.calls.filter((call) => call.path === messages && call.at >= started);
      expect(attempts.map((call) => [call.status, call.faulted])).toEqual([
        [429, true],
        [200, false],
      ]);

      discord.failNext({ pathPrefix: messages }, { status: 500 });
      const { reply: afterError } = await roundTrip('server error');
      expect(afterError.status).toBe(200);
    },
  );

  it('makes the client identify again after a non-resumable invalid session', async () => {
    const before = discord.gatewayStats;
    const reconnected = discord.waitForReconnect(15_000);
    discord.invalidateSession(false);
    expect(await reconnected).toBe('identified');
    expect(discord.gatewayStats.identifies).toBe(before.identifies + 1);
    const { reply } = await roundTrip('after identify');
    expect(reply.body).toMatchObject({ content: expect.stringContaining('after identify') });
  });

  it('ends the connection for good on 4004 (authentication failed)', async () => {
    const disconnected = once(client, Events.ShardDisconnect);
    discord.closeGateway(4004);
    const [event] = await disconnected;
    expect(event).toMatchObject({ code: 4004 });
    expect(botErrors).toEqual([]);
  });

  it('refuses a wrong bot token on REST (401) so login fails', async () => {
    const intruder = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
    await expect(intruder.login('not-the-token')).rejects.toThrow(/token/i);
    await intruder.destroy();
  });
});
