/**
 * A bot whose database cannot be opened still answers (through the real discord.js client and the loopback
 * Discord): one clear error line at start, answers as usual (votes, /insights and /settings say politely that
 * they are unavailable), and the environment's settings apply.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { customIdsOf, EPHEMERAL, type Harness, startHarness, textOf } from './harness.js';

const QUESTION = 'How many attacks did ISKP claim?';
const UNAVAILABLE = /is unavailable right now \(my database is not open\)\. Answers still work/;

let h: Harness;
let badDir: string;

beforeAll(async () => {
  // A folder that holds something but no database: opening it is refused at once.
  badDir = await mkdtemp(join(tmpdir(), 'citebot-bad-db-'));
  await writeFile(join(badDir, 'not-a-database.txt'), 'hello');
  h = await startHarness({ database: true, env: () => ({ DATABASE_PATH: badDir }) });
}, 60_000);

afterAll(async () => {
  await h?.stop();
  await rm(badDir, { recursive: true, force: true });
});

describe('without a database', () => {
  it('logs one clear line at start, and answers as usual', async () => {
    const lines = h.logs.filter((line) => String(line.msg).startsWith('database unavailable'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50 });
    expect(String(lines[0]!.reason)).toContain('holds no database');
    expect(h.bot.store).toBeUndefined();

    const guild = h.guilds[0]!;
    const handle = h.discord.slash({
      guildId: guild.id,
      user: 'alice',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    const body = await h.reply(handle);
    expect(textOf(body)).toContain('with a staggering 90');
    const vote = customIdsOf(body).find((id) => id.startsWith('vote:y:'))!;
    const message = h.discord.originalMessage(handle)!;
    const voted = await h.reply(h.discord.clickButton({ user: 'alice', customId: vote, message }));
    expect(voted.flags).toBe(EPHEMERAL);
    expect(voted.content).toMatch(/^Feedback /);
    expect(voted.content).toMatch(UNAVAILABLE);
  });

  it('/insights and /settings say politely they are unavailable', async () => {
    const guildId = h.guilds[0]!.id;
    for (const [name, sub] of [
      ['insights', 'show'],
      ['settings', 'show'],
    ] as const) {
      const reply = await h.slashReply({
        guildId,
        user: 'admin',
        name,
        permissions: '32',
        options: [option.subcommand(sub)],
      });
      expect(reply.flags).toBe(EPHEMERAL);
      expect(reply.content).toMatch(UNAVAILABLE);
    }
  });
});
