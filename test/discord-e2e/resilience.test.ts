/** Failures: a dropped gateway, a handler that throws, Discord answering errors. The bot never crashes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import { option } from '../loopback/discord.js';
import { EPHEMERAL, type Harness, startHarness } from './harness.js';

const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';
const BOOM = 'explode please?';

/** The real engine, except that it throws on one question and on one autocomplete (a bug, say). */
function faulty(engine: Engine): EngineApi {
  return new Proxy(engine, {
    get(target, property, receiver) {
      if (property === 'ask') {
        return (question: string, options?: Parameters<Engine['ask']>[1]) => {
          if (question === BOOM) throw new Error('engine bug');
          return target.ask(question, options);
        };
      }
      if (property === 'suggest') {
        return (partial: string, options?: Parameters<Engine['suggest']>[1]) => {
          if (partial === 'boom') throw new Error('suggest bug');
          return target.suggest(partial, options);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('resilience', () => {
  let h: Harness;
  let guild: { id: string; channelId: string };
  beforeAll(async () => {
    h = await startHarness({ wrapEngine: faulty });
    guild = h.guilds[0]!;
  });
  afterAll(() => h.stop());

  const mention = (content: string) =>
    h.discord.sendMessage({
      guildId: guild.id,
      author: 'alice',
      content: `<@${h.discord.botUser.id}> ${content}`,
    });

  it('a slash command whose handler throws gets a polite ephemeral error; the failure is logged', async () => {
    const handle = h.discord.slash({
      guildId: guild.id,
      user: 'alice',
      name: 'ask',
      options: [option.string('question', BOOM)],
    });
    const body = await h.reply(handle);
    expect(body).toMatchObject({
      content: 'Something went wrong while answering. Please try again in a little while.',
      flags: EPHEMERAL,
    });
    expect(h.logs.some((line) => line.msg === 'interaction handler failed')).toBe(true);
    expect(h.logs.some((line) => line.msg === 'question' && line.outcome === 'error')).toBe(true);
  });

  it('a message whose handler throws gets a polite reply', async () => {
    mention(BOOM);
    const body = await h.channelMessage(guild.channelId);
    expect(body.content).toBe('Something went wrong while answering. Please try again in a little while.');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('an autocomplete that throws still answers, with no choices', async () => {
    const handle = h.discord.autocomplete({
      guildId: guild.id,
      user: 'alice',
      name: 'search',
      options: [option.string('query', 'boom', true)],
    });
    const call = await h.discord.waitForInteractionReply(handle);
    expect(call.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('Discord failing to take a reply is logged, and the next question is answered', async () => {
    h.discord.failNext(
      { method: 'POST', pathPrefix: `/channels/${guild.channelId}/messages` },
      { status: 500 },
      10,
    );
    mention(QUESTION);
    await expect
      .poll(() => h.logs.some((line) => line.msg === 'message handler failed'), { timeout: 15_000 })
      .toBe(true);
    h.discord.clearFaults();
    mention(QUESTION);
    const body = await h.channelMessage(guild.channelId, 15_000);
    expect(body.embeds?.[0]?.description).toContain('This marks a clear shift from 2021');
  });

  it('keeps answering after the gateway drops the connection (resume) or the TCP connection dies', async () => {
    for (const code of [4000, 1006]) {
      const reconnected = h.discord.waitForReconnect(15_000);
      h.discord.closeGateway(code);
      await reconnected;
      mention(QUESTION);
      const body = await h.channelMessage(guild.channelId, 10_000);
      expect(body.embeds?.[0]?.description).toContain('This marks a clear shift from 2021');
    }
    expect(
      h.logs.some(
        (line) => line.msg === 'gateway connection closed' || line.msg === 'reconnecting to the gateway',
      ),
    ).toBe(true);
  }, 60_000);

  it('stop() disconnects; calling it twice is harmless', async () => {
    await h.bot.stop();
    await h.bot.stop();
    expect(h.bot.client.isReady()).toBe(false);
  });
});
