/**
 * The cooldown as a person meets it, through the loopback Discord: a token bucket of COOLDOWN_BURST (3)
 * questions refilling one per COOLDOWN_SECONDS. A follow-up a second after an answer is answered; questions
 * refused before any work (too long, empty) cost nothing; "More sources" costs a question; showing a cited
 * passage does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { type Harness, startHarness } from './harness.js';

const QUESTION = 'How many attacks did ISKP claim?';
const WAIT = /^Please wait (29|30) seconds before asking again\.$/;

describe('cooldown: a burst of 3, one more per COOLDOWN_SECONDS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { COOLDOWN_SECONDS: '30' } });
  });
  afterAll(() => h.stop());

  const ask = (user: string, question = QUESTION) =>
    h.discord.slash({
      guildId: h.guilds[0]!.id,
      user,
      name: 'ask',
      options: [option.string('question', question)],
    });
  const reply = (handle: ReturnType<typeof ask>) => h.reply(handle);
  const answered = (body: { embeds?: unknown[] }) => (body.embeds?.length ?? 0) > 0;

  it('a follow-up a second after an answer is answered; the fourth question in a row waits', async () => {
    expect(answered(await reply(ask('follow')))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // By mention this time: the same allowance, whichever way the question arrives.
    const guild = h.guilds[0]!;
    const mention = h.discord.sendMessage({
      guildId: guild.id,
      author: 'follow',
      content: `<@${h.discord.botUser.id}> who is Sabahat Khan?`,
    });
    expect(answered(await h.replyToMessage(mention))).toBe(true);
    expect(answered(await reply(ask('follow')))).toBe(true);
    expect((await reply(ask('follow'))).content).toMatch(WAIT);
  });

  it('refused questions (too long, empty) cost nothing', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await reply(ask('careful', `why ${'x'.repeat(600)}?`))).content).toMatch(/too long/);
    }
    for (let i = 0; i < 2; i++) {
      const body = await reply(ask('careful', '@everyone'));
      expect(body.content ?? JSON.stringify(body)).not.toMatch(/Please wait/);
    }
    for (let i = 0; i < 3; i++) expect(answered(await reply(ask('careful')))).toBe(true);
    expect((await reply(ask('careful'))).content).toMatch(WAIT);
  });

  it('"More sources" costs a question (it ran free before); "Show full passage" does not', async () => {
    const handle = ask('pager');
    await reply(handle);
    const answer = h.discord.originalMessage(handle)!;
    const click = (customId: string) =>
      h.reply(h.discord.clickButton({ user: 'pager', customId, message: answer }));
    expect((await click(`sources:1:${QUESTION}`)).embeds?.[0]?.title).toBe('More sources (page 1)');
    expect((await click(`sources:1:${QUESTION}`)).embeds?.[0]?.title).toBe('More sources (page 1)');
    expect((await click(`sources:1:${QUESTION}`)).content).toMatch(WAIT);
    expect((await click('passage:000_7fad598d500c70a1.txt#2')).embeds?.[0]?.description).toBeTruthy();
    expect((await reply(ask('pager'))).content).toMatch(WAIT);
  });
});
