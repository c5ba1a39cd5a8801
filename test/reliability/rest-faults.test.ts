/**
 * Discord's REST API misbehaving: 429 with Retry-After, a one-off 500, every attempt failing, and a request that
 * hangs past discord.js's 15 s timeout. Replies are retried (once each, never duplicated) or fail with a logged
 * reason; the process lives on and the next question is answered. (The e2e suite covers a channel reply
 * failing ten times in a row; these are the other shapes.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option, type RestCall } from '../loopback/discord.js';
import {
  ANSWER_WORDS,
  type Bot,
  bodyOf,
  type Guild,
  interactionOf,
  logsWith,
  QUESTION,
  repliedTo,
  startBotUnderTest,
} from './harness.js';

describe('REST faults', () => {
  let b: Bot;
  let a: Guild;
  let other: Guild;

  beforeAll(async () => {
    b = await startBotUnderTest({ guilds: 2 });
    [a, other] = b.guilds as [Guild, Guild];
  });
  afterAll(() => b.stop());

  const mention = (guild: Guild, author = 'alice') =>
    b.discord.sendMessage({ guildId: guild.id, author, content: QUESTION, mentionBot: true }).id;
  const attemptsFor = (id: string): RestCall[] =>
    b.discord.calls.filter((call) => call.method === 'POST' && repliedTo(call) === id);
  const served = (calls: RestCall[]) => calls.filter((call) => !call.faulted && call.status === 200);
  const messagesPath = (guild: Guild) => `/channels/${guild.channelId}/messages`;

  it('429 with Retry-After on a reply: waits at least that long, then sends it once', async () => {
    b.discord.failNext({ method: 'POST', pathPrefix: messagesPath(a) }, { status: 429, retryAfter: 0.6 });
    const id = mention(a);
    const call = await b.discord.waitForCall((c) => repliedTo(c) === id, 10_000);
    expect(JSON.stringify(call.body)).toContain(ANSWER_WORDS);
    const attempts = attemptsFor(id);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(550);
  });

  it('a global 429 on an interaction callback: retried within the 3 s window, one reply', async () => {
    b.discord.failNext(
      { method: 'POST', pathPrefix: '/interactions/' },
      { status: 429, retryAfter: 0.3, scope: 'global' },
    );
    const handle = b.discord.slash({
      guildId: a.id,
      user: 'bob',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    const reply = await b.discord.waitForInteractionReply(handle, 10_000);
    expect(reply.body).toMatchObject({ type: 4 });
    expect(JSON.stringify(reply.body)).toContain(ANSWER_WORDS);
    const attempts = b.discord.calls.filter((c) => interactionOf(c) === handle.id);
    // 200: the reply asks for the callback's response (with_response), which carries the message id it logs.
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
  });

  it('a one-off 500 on a reply: retried at once, sent exactly once', async () => {
    b.discord.failNext({ method: 'POST', pathPrefix: messagesPath(a) }, { status: 500 });
    const id = mention(a, 'carol');
    await b.discord.waitForCall((c) => repliedTo(c) === id, 10_000);
    expect(attemptsFor(id).map((c) => c.status)).toEqual([500, 200]);
  });

  it('every attempt of an interaction reply failing: the reason is logged, nothing crashes, the next one is answered', async () => {
    b.discord.failNext({ method: 'POST', pathPrefix: '/interactions/' }, { status: 502 }, 20);
    const handle = b.discord.slash({
      guildId: a.id,
      user: 'dave',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    await expect
      .poll(() => logsWith(b.logs, 'could not send the error reply').length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const failed = logsWith(b.logs, 'interaction handler failed').at(-1);
    expect(failed).toMatchObject({ interactionId: handle.id });
    expect(JSON.stringify(failed)).toMatch(/502/);
    expect(b.discord.calls.filter((c) => interactionOf(c) === handle.id && !c.faulted)).toEqual([]);
    b.discord.clearFaults();
    const next = b.discord.slash({
      guildId: a.id,
      user: 'dave',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    expect(JSON.stringify((await b.discord.waitForInteractionReply(next)).body)).toContain(ANSWER_WORDS);
  }, 30_000);

  it('a reply that hangs past the REST timeout is abandoned and retried once; other servers are answered meanwhile', async () => {
    b.discord.failNext({ method: 'POST', pathPrefix: messagesPath(a) }, { hangMs: 15_600 });
    const hung = mention(a, 'erin');
    await b.discord.waitForCall(() => false, 300).catch(() => {}); // let the hung request arrive
    expect(attemptsFor(hung)).toHaveLength(1);
    // Meanwhile another server (another rate-limit bucket) is answered promptly.
    const elsewhere = mention(other, 'frank');
    const quick = await b.discord.waitForCall((c) => repliedTo(c) === elsewhere, 5_000);
    expect(JSON.stringify(quick.body)).toContain(ANSWER_WORDS);
    // discord.js aborts after 15 s and retries; the abandoned attempt is dropped, so one reply in all.
    const retried = await b.discord.waitForCall((c) => repliedTo(c) === hung, 25_000);
    expect(JSON.stringify(retried.body)).toContain(ANSWER_WORDS);
    const attempts = attemptsFor(hung);
    expect(attempts).toHaveLength(2);
    expect(served(attempts)).toHaveLength(1);
    // When its hang ends the loopback finds the client gone: dropped, never delivered.
    await expect.poll(() => attempts[0]!.faulted, { timeout: 3_000 }).toBe(true);
    expect(attempts[0]!.status).toBe(0);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(14_000);
    // And the same channel is answered again afterwards.
    const after = mention(a, 'erin');
    expect(bodyOf(await b.discord.waitForCall((c) => repliedTo(c) === after, 5_000))).toBeDefined();
  }, 40_000);

  it('through all of it: no reply sent twice, no unhandled rejection, still connected', () => {
    const counts = new Map<string, number>();
    for (const call of b.discord.calls) {
      const key =
        call.status === 200 || call.status === 204 ? (repliedTo(call) ?? interactionOf(call)) : undefined;
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(logsWith(b.logs, 'unhandled promise rejection')).toEqual([]);
    expect(b.bot.client.isReady()).toBe(true);
  });
});
