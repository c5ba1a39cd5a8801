/** Questions asked in messages: a mention, a DM, a reply to the bot, and answer channels. */
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdMessage, type Harness, messageBody, sleep, startHarness, textOf } from './harness.js';

const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';
const EXCERPT_START = 'This marks a clear shift from 2021';

describe('questions in messages (no answer channels)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('does not ask for the privileged Message Content intent', () => {
    expect(h.bot.client.options.intents.has(GatewayIntentBits.MessageContent)).toBe(false);
  });

  it('answers a mention in a channel with a reply in place, typing first, mention stripped', async () => {
    const [guild] = h.guilds;
    const asked = h.discord.sendMessage({
      guildId: guild!.id,
      author: 'alice',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    const typing = await h.discord.waitForCall(
      (call) => call.method === 'POST' && call.path === `/channels/${guild!.channelId}/typing`,
    );
    const reply = await h.discord.waitForChannelMessage(guild!.channelId);
    expect(typing.at).toBeLessThanOrEqual(reply.at);
    const body = messageBody(reply);
    expect(body.message_reference).toMatchObject({ message_id: asked.id, fail_if_not_exists: false });
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds?.[0]?.description).toContain(EXCERPT_START);
    expect(body.embeds?.[0]?.description).toContain('**ISKP**');
    expect(body.embeds?.[0]?.footer?.text).toContain(`Question: ${QUESTION}`);
    expect(body.embeds?.[0]?.footer?.text).not.toContain('<@');
  });

  it('a bare mention gets a hint on how to ask', async () => {
    const [guild] = h.guilds;
    h.discord.sendMessage({ guildId: guild!.id, author: 'alice', content: `<@${h.discord.botUser.id}>` });
    const reply = await h.channelMessage(guild!.channelId);
    expect(reply.content).toMatch(/^Ask me a question after the mention/);
  });

  it('answers a DM', async () => {
    h.discord.sendMessage({ author: 'dora', content: QUESTION });
    const reply = await h.channelMessage(h.discord.dmChannelId('dora'));
    expect(reply.embeds?.[0]?.description).toContain(EXCERPT_START);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a reply to one of its messages, and ignores other replies and plain chat', async () => {
    const [guild] = h.guilds;
    h.discord.sendMessage({
      guildId: guild!.id,
      author: 'alice',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    const botMessage = createdMessage(await h.discord.waitForChannelMessage(guild!.channelId));

    // Without Message Content, Discord sends an unmentioned reply's text only because it replies to the bot
    // with a ping; the loopback models that as mentionBot.
    h.discord.sendMessage({
      guildId: guild!.id,
      author: 'bob',
      content: 'Who carried out the Islamabad attack?',
      referencedMessage: botMessage,
      mentionBot: true,
    });
    const reply = await h.channelMessage(guild!.channelId);
    expect(reply.embeds?.[0]?.title).toBe('Who carried out the Islamabad attack?');

    const before = h.discord.calls.length;
    const someone = h.discord.sendMessage({ guildId: guild!.id, author: 'carol', content: 'hello all' });
    h.discord.sendMessage({
      guildId: guild!.id,
      author: 'dan',
      content: 'what is ISKP?',
      referencedMessage: h.discord.message(someone.id),
    });
    await sleep(400);
    expect(h.discord.calls.slice(before).filter((call) => call.path.startsWith('/channels/'))).toEqual([]);
  });

  it('never pings for a question containing @everyone and mentions; shows them harmlessly', async () => {
    const [guild] = h.guilds;
    h.discord.sendMessage({
      guildId: guild!.id,
      author: 'mallory',
      content: `<@${h.discord.botUser.id}> @everyone @here <@&123456789012345678> who carried out the Islamabad attack?`,
    });
    const call = await h.discord.waitForChannelMessage(guild!.channelId);
    const body = messageBody(call);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const text = textOf(body);
    expect(text).not.toMatch(/@everyone|@here|<@&\d+>/);
    expect(text).toContain('@\u200beveryone');
    expect(createdMessage(call).mention_everyone).toBe(false);
  });
});

describe('answer channels', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ guilds: 2, env: (guilds) => ({ ANSWER_CHANNELS: guilds[0]!.channelId }) });
  });
  afterAll(() => h.stop());

  it('asks for Message Content and answers any message that reads as a question', async () => {
    expect(h.bot.client.options.intents.has(GatewayIntentBits.MessageContent)).toBe(true);
    const [guild] = h.guilds;
    h.discord.sendMessage({ guildId: guild!.id, author: 'erin', content: QUESTION });
    const reply = await h.channelMessage(guild!.channelId);
    expect(reply.embeds?.[0]?.description).toContain(EXCERPT_START);
  });

  it('stays quiet for chat that is not a question, and for other bots', async () => {
    const [guild] = h.guilds;
    const before = h.discord.calls.length;
    h.discord.sendMessage({ guildId: guild!.id, author: 'erin', content: 'Thanks, that helps a lot.' });
    h.discord.sendMessage({
      guildId: guild!.id,
      author: { ...h.discord.user('otherbot'), bot: true },
      content: QUESTION,
    });
    await sleep(400);
    expect(h.discord.calls.slice(before).filter((call) => call.path.startsWith('/channels/'))).toEqual([]);
  });

  it('elsewhere, answers a reply to the bot even without a mention or question mark', async () => {
    const other = h.guilds[1]!;
    h.discord.sendMessage({
      guildId: other.id,
      author: 'erin',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    const botMessage = createdMessage(await h.discord.waitForChannelMessage(other.channelId));
    h.discord.sendMessage({
      guildId: other.id,
      author: 'erin',
      content: 'tell me about the Karachi attacks',
      referencedMessage: botMessage,
    });
    const reply = await h.channelMessage(other.channelId);
    expect(reply.embeds?.[0]?.title).toBe('tell me about the Karachi attacks');
    // ...but a plain question there is not answered: it is not an answer channel.
    const before = h.discord.calls.length;
    h.discord.sendMessage({ guildId: other.id, author: 'erin', content: QUESTION });
    await sleep(400);
    expect(h.discord.calls.slice(before).filter((call) => call.path.startsWith('/channels/'))).toEqual([]);
  });
});
