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
  QUESTION,
  startBotUnderTest,
  textOf,
} from './harness.js';

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
