/**
 * Answers in threads (issue 12 item 3) and "Ask Citebot" on any message (item 4), through the real discord.js
 * client and the loopback Discord: a question in a channel with answers in threads gets a thread started from
 * it with the answer inside; the message command answers someone else's message, ephemerally.
 */
import { ApplicationCommandType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RestCall } from '../loopback/discord.js';
import { EPHEMERAL, type Harness, sleep, startHarness } from './harness.js';

const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';
const EXCERPT_START = 'This marks a clear shift from 2021';

const threadStart = (channelId: string, messageId: string) => (call: RestCall) =>
  call.method === 'POST' && call.path === `/channels/${channelId}/messages/${messageId}/threads`;

describe('answers in threads (THREAD_CHANNEL_IDS)', () => {
  let h: Harness;
  let threaded = '';
  let plain = '';
  beforeAll(async () => {
    h = await startHarness({
      env: (guilds, discord) => {
        threaded = guilds[0]!.channelId;
        plain = discord.addTextChannel(guilds[0]!.id, 'chat');
        return { THREAD_CHANNEL_IDS: threaded, ANSWER_CHANNELS: threaded };
      },
    });
  });
  afterAll(() => h.stop());

  it('answers a mention inside a new thread started from the question', async () => {
    const asked = h.discord.sendMessage({
      channelId: threaded,
      author: 'alice',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    const start = await h.discord.waitForCall(threadStart(threaded, asked.id));
    expect(start.status).toBe(201);
    expect(start.body).toMatchObject({ name: QUESTION });
    const body = await h.channelMessage(asked.id); // the thread has the question's id
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.message_reference).toBeUndefined();
    await sleep(300);
    // Nothing in the channel itself: the answer is only in the thread.
    expect(h.discord.calls.filter((call) => call.path === `/channels/${threaded}/messages`)).toEqual([]);
  });

  it('answers an answer-channel question (no mention) in a thread too', async () => {
    const asked = h.discord.sendMessage({ channelId: threaded, author: 'bob', content: QUESTION });
    await h.discord.waitForCall(threadStart(threaded, asked.id));
    const body = await h.channelMessage(asked.id);
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
  });

  it('a long question names its thread within 100 characters', async () => {
    const long = `${QUESTION} ${'I read about this somewhere and want the details '.repeat(3)}`.trim();
    const asked = h.discord.sendMessage({
      channelId: threaded,
      author: 'carol',
      content: long,
      mentionBot: true,
    });
    const start = await h.discord.waitForCall(threadStart(threaded, asked.id));
    const name = (start.body as { name: string }).name;
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.startsWith('When did ISKP begin relocating')).toBe(true);
    await h.channelMessage(asked.id);
  });

  it('replies in place in a channel without answers in threads', async () => {
    const asked = h.discord.sendMessage({
      channelId: plain,
      author: 'dan',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    const body = await h.replyToMessage({ id: asked.id, channel_id: plain });
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
    expect(h.discord.calls.some(threadStart(plain, asked.id))).toBe(false);
  });

  it('answers a follow-up mention inside the thread in place', async () => {
    const asked = h.discord.sendMessage({ channelId: threaded, author: 'erin', content: QUESTION });
    await h.channelMessage(asked.id);
    const followUp = h.discord.sendMessage({
      channelId: asked.id,
      author: 'erin',
      content: `<@${h.discord.botUser.id}> Who carried out the Islamabad attack?`,
    });
    const body = await h.replyToMessage({ id: followUp.id, channel_id: asked.id });
    expect(body.embeds?.[0]?.title).toBe('Who carried out the Islamabad attack?');
    expect(h.discord.calls.some(threadStart(asked.id, followUp.id))).toBe(false);
  });
});

describe('"Ask Citebot" on a message', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('is registered as a message command', () => {
    const command = h.discord.registeredCommands().find((c) => c.name === 'Ask Citebot');
    expect(command).toMatchObject({ type: ApplicationCommandType.Message, description: '' });
  });

  it("answers another member's message, visible only to whoever asked", async () => {
    const [guild] = h.guilds;
    const target = h.discord.sendMessage({ guildId: guild!.id, author: 'alice', content: QUESTION });
    const before = h.discord.calls.length;
    const handle = h.discord.messageCommand({ user: 'bob', name: 'Ask Citebot', target });
    const body = await h.reply(handle);
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
    expect(body.embeds?.[0]?.title).toBe(QUESTION);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    // Nothing posted in the channel: the answer is the ephemeral reply alone.
    expect(h.discord.calls.slice(before).filter((call) => call.path.startsWith('/channels/'))).toEqual([]);
    await expect
      .poll(() => h.logs.some((line) => line.via === 'context:ask-message' && line.outcome === 'answered'))
      .toBe(true);
  });

  it('says so, ephemerally, for a message without text', async () => {
    const [guild] = h.guilds;
    const target = h.discord.sendMessage({ guildId: guild!.id, author: 'alice', content: '' });
    const body = await h.reply(h.discord.messageCommand({ user: 'bob', name: 'Ask Citebot', target }));
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.content).toMatch(/no text/);
  });

  it('works in a DM with the bot too', async () => {
    const target = h.discord.sendMessage({ author: 'carol', content: QUESTION });
    const body = await h.reply(h.discord.messageCommand({ user: 'carol', name: 'Ask Citebot', target }));
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
  });
});

describe('answers in threads (/settings in the database)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ database: true });
    const store = h.bot.store;
    if (!store) throw new Error('the bot under test has no database');
    await store.settings.update(h.guilds[0]!.id, { threadChannels: [h.guilds[0]!.channelId] });
  });
  afterAll(() => h.stop());

  it('answers a mention in a new thread in a channel the server chose', async () => {
    const [guild] = h.guilds;
    const asked = h.discord.sendMessage({
      guildId: guild!.id,
      author: 'alice',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    await h.discord.waitForCall(threadStart(guild!.channelId, asked.id));
    const body = await h.channelMessage(asked.id);
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
  });
});
