/**
 * Gateway faults the e2e suite does not try (it covers 4000 and 1006): a non-resumable close (4009), invalid
 * sessions (op 9, resumable or not), a zombie connection (no heartbeat ACK), and a reconnect request (op 7).
 * After each, the bot answers the next question, and no question asked meanwhile is answered twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSWER_WORDS,
  type Bot,
  type Guild,
  QUESTION,
  repliedTo,
  sleep,
  startBotUnderTest,
} from './harness.js';

describe('gateway faults', () => {
  let b: Bot;
  let guild: Guild;
  const asked: string[] = [];

  beforeAll(async () => {
    b = await startBotUnderTest();
    guild = b.guilds[0]!;
  });
  afterAll(() => b.stop());

  const ask = () => {
    const sent = b.discord.sendMessage({
      guildId: guild.id,
      author: 'alice',
      content: QUESTION,
      mentionBot: true,
    });
    asked.push(sent.id);
    return sent.id;
  };
  const repliesTo = (id: string) =>
    b.discord.calls.filter(
      (call) => call.method === 'POST' && call.status === 200 && !call.faulted && repliedTo(call) === id,
    );

  const faults: {
    name: string;
    inject: () => void;
    expected: 'resumed' | 'identified';
    heal?: () => void;
  }[] = [
    {
      name: 'close 4009 (session timed out)',
      inject: () => b.discord.closeGateway(4009),
      expected: 'identified',
    },
    {
      name: 'invalid session, not resumable',
      inject: () => b.discord.invalidateSession(false),
      expected: 'identified',
    },
    {
      name: 'invalid session, resumable',
      inject: () => b.discord.invalidateSession(true),
      expected: 'resumed',
    },
    {
      name: 'no heartbeat ACK (zombie connection)',
      inject: () => b.discord.setHeartbeatAck(false),
      heal: () => b.discord.setHeartbeatAck(true),
      expected: 'resumed',
    },
    { name: 'reconnect request (op 7)', inject: () => b.discord.requestReconnect(), expected: 'resumed' },
  ];

  for (const fault of faults) {
    it(`${fault.name}: reconnects (${fault.expected}), answers the next question, nothing twice`, async () => {
      const reconnected = b.discord.waitForReconnect(20_000);
      fault.inject();
      const meanwhile = ask(); // asked while the session is going away
      expect(await reconnected).toBe(fault.expected);
      fault.heal?.();
      const next = ask();
      const call = await b.discord.waitForCall((c) => c.method === 'POST' && repliedTo(c) === next, 15_000);
      expect(JSON.stringify(call.body)).toContain(ANSWER_WORDS);
      await sleep(300); // room for a late duplicate to show up
      expect(repliesTo(next)).toHaveLength(1);
      // Replayed on resume: answered exactly once. Lost with the session (as on Discord): at most once.
      if (fault.expected === 'resumed') expect(repliesTo(meanwhile)).toHaveLength(1);
      else expect(repliesTo(meanwhile).length).toBeLessThanOrEqual(1);
    }, 30_000);
  }

  it('over all faults: every question answered at most once; the process-level error hook logged nothing', () => {
    for (const id of asked) expect(repliesTo(id).length, id).toBeLessThanOrEqual(1);
    const stats = b.discord.gatewayStats;
    expect(stats.identifies).toBeGreaterThanOrEqual(3); // login + two non-resumable faults
    expect(stats.resumes).toBeGreaterThanOrEqual(3);
    expect(b.logs.filter((line) => line.msg === 'unhandled promise rejection')).toEqual([]);
    expect(
      b.logs.some(
        (line) => line.msg === 'gateway connection closed' || line.msg === 'gateway session resumed',
      ),
    ).toBe(true);
  });
});
