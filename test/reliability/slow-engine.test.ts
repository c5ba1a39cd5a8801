/**
 * A busy bot: while one slow question holds the (synchronous) engine, another /ask waits in line. By the time
 * it is handled it has already used up much of Discord's 3 s, so the bot defers first and then edits the
 * deferred reply, instead of letting the interaction expire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import type { EngineApi } from '../../src/engine-api.js';
import { option } from '../loopback/discord.js';
import {
  ANSWER_WORDS,
  type Bot,
  bodyOf,
  type Guild,
  logsWith,
  QUESTION,
  startBotUnderTest,
  textOf,
} from './harness.js';

const EXPIRED = 'interaction expired before it was handled (the bot is overloaded): not answered';

async function waitFor(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const SLOW_MARK = 'Pakistan slowly';
const SLOW_MS = 1_600;

/** The real engine, made to take SLOW_MS on questions holding SLOW_MARK (a busy event loop, not a fake answer). */
function slowOnMark(engine: Engine): EngineApi {
  return new Proxy(engine, {
    get(target, property, receiver) {
      if (property !== 'ask') return Reflect.get(target, property, receiver);
      return (question: string, options?: Parameters<Engine['ask']>[1]) => {
        if (question.includes(SLOW_MARK)) {
          const until = Date.now() + SLOW_MS;
          while (Date.now() < until) {
            // Busy: nothing else on the event loop runs meanwhile.
          }
        }
        return target.ask(question, options);
      };
    },
  });
}

describe('an interaction that has waited behind a slow question', () => {
  let b: Bot;
  let guild: Guild;

  beforeAll(async () => {
    b = await startBotUnderTest({ wrapEngine: slowOnMark });
    [guild] = b.guilds as [Guild];
  });
  afterAll(() => b.stop());

  it('is deferred, then edited with the answer; the slow one is still answered', async () => {
    const ask = (user: string, question: string) =>
      b.discord.slash({
        guildId: guild.id,
        user: b.discord.user(user),
        name: 'ask',
        options: [option.string('question', question)],
      });
    const slow = ask('slow-sam', `What happened to ${SLOW_MARK}?`);
    const waiting = ask('patient-pat', QUESTION);

    const slowReply = await b.discord.waitForInteractionReply(slow, 8_000);
    expect([4, 5]).toContain((slowReply.body as { type: number }).type);

    const deferred = await b.discord.waitForInteractionReply(waiting, 8_000);
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await b.discord.waitForWebhookEdit(waiting, '@original', 8_000);
    expect(textOf(bodyOf(edit)!)).toContain(ANSWER_WORDS);
  });
});

describe('an interaction already past Discord’s 3 s window when the bot reaches it', () => {
  let b: Bot;
  let guild: Guild;

  beforeAll(async () => {
    b = await startBotUnderTest();
    [guild] = b.guilds as [Guild];
  });
  afterAll(() => b.stop());

  it.each([
    ['ask', option.string('question', QUESTION)],
    ['search', option.string('query', 'ISKP attacks')],
  ])('/%s does no work, sends nothing Discord would refuse, and logs it as expired', async (name, query) => {
    const before = b.discord.calls.length;
    const stale = b.discord.slash({
      guildId: guild.id,
      user: b.discord.user('queued-quinn'),
      name,
      options: [query],
      createdAgoMs: 3_500,
    });
    await waitFor(() => logsWith(b.logs, EXPIRED).some((line) => line.via === `slash:${name}`));
    const line = logsWith(b.logs, EXPIRED).find((l) => l.via === `slash:${name}`)!;
    expect(line.outcome).toBe('expired');
    expect(logsWith(b.logs, 'question').filter((l) => l.via === `slash:${name}`)).toEqual([]);
    // Nothing was sent for it: no callback, no follow-up.
    expect(b.discord.calls.slice(before).filter((call) => call.path.includes(stale.id))).toEqual([]);
    // A fresh one is answered as usual.
    const fresh = b.discord.slash({
      guildId: guild.id,
      user: b.discord.user('prompt-pia'),
      name,
      options: [query],
    });
    const reply = await b.discord.waitForInteractionReply(fresh, 8_000);
    expect((reply.body as { type: number }).type).toBe(4);
  });
});
