/** /ask and the buttons on its answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { customIdsOf, EPHEMERAL, type Harness, messageBody, startHarness, textOf } from './harness.js';

const QUESTION = 'When did ISKP begin relocating operations to Pakistan?';

describe('/ask', () => {
  let h: Harness;
  let guildId: string;
  beforeAll(async () => {
    h = await startHarness();
    guildId = h.guilds[0]!.id;
  });
  afterAll(() => h.stop());

  const ask = (question: string, extra: ReturnType<typeof option.boolean>[] = [], user = 'alice') =>
    h.discord.slash({ guildId, user, name: 'ask', options: [option.string('question', question), ...extra] });

  it('replies with the cited verbatim excerpt, buttons, and no pings', async () => {
    const handle = ask(QUESTION);
    const call = await h.discord.waitForInteractionReply(handle);
    expect((call.body as { type: number }).type).toBe(4);
    const body = messageBody(call);
    const embed = body.embeds![0]!;
    expect(embed.description).toMatch(
      /^> (?:[^\n]+ )?This marks a clear shift from 2021, when \*\*ISKP\*\* (\*\*)?began(\*\*)? \*\*relocating\*\*/,
    );
    expect(embed.description).toMatch(/\n\n\[1\] .+ — passage 2 of 6$/);
    expect(embed.fields?.length).toBe(3);
    expect(body.flags ?? 0).toBe(0);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(customIdsOf(body)).toEqual([
      'passage:000_7fad598d500c70a1.txt#2',
      `sources:1:${QUESTION}`,
      'vote:y:000_7fad598d500c70a1.txt#2',
      'vote:n:000_7fad598d500c70a1.txt#2',
    ]);
  });

  it('hide: makes the reply ephemeral', async () => {
    const body = await h.reply(ask(QUESTION, [option.boolean('hide', true)]));
    expect(body.flags).toBe(EPHEMERAL);
  });

  it('mention: starts with <@id> and may ping only that user', async () => {
    const bob = h.discord.user('bob');
    const handle = h.discord.slash({
      guildId,
      user: 'alice',
      name: 'ask',
      options: [option.string('question', QUESTION), option.user('mention', bob)],
    });
    const body = await h.reply(handle);
    expect(body.content).toBe(`<@${bob.id}>`);
    expect(body.allowed_mentions).toEqual({ parse: [], users: [bob.id] });
    // Discord (the loopback) would ping exactly bob.
    expect(h.discord.originalMessage(handle)!.mentions.map((user) => user.id)).toEqual([bob.id]);
  });

  it('@everyone in a question: nothing pings, the echo is defanged', async () => {
    const handle = ask('@everyone <@&123456789012345678> who carried out the Islamabad attack?');
    const body = await h.reply(handle);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const sent = h.discord.originalMessage(handle)!;
    expect(sent.mention_everyone).toBe(false);
    expect(sent.mentions).toEqual([]);
    expect(sent.mention_roles).toEqual([]);
    const text = textOf(body);
    expect(text).not.toMatch(/@everyone|<@&\d+>/);
    expect(text).toContain('@\u200beveryone');
  });

  it('no answer: says so plainly, naming what the articles never mention, with no unrelated passages', async () => {
    const body = await h.reply(ask('Who painted the Mona Lisa?'));
    const embed = body.embeds![0]!;
    expect(embed.description).toContain("I couldn't find that in the articles I have.");
    expect(embed.description).toContain('They never mention “mona” or “lisa”.');
    expect(embed.fields ?? []).toEqual([]);
  });

  it('no answer for a typo: offers the correction that answers, with the closest passages', async () => {
    const body = await h.reply(ask('Pakstn attacks'));
    const embed = body.embeds![0]!;
    expect(embed.description).toContain("I couldn't find that in the articles I have.");
    expect(embed.description).toContain('Did you mean “Pakistan attacks”');
  });

  it('a clear typo is answered directly, saying which question it answers', async () => {
    const body = await h.reply(ask('how many ppl were killd at the shrine'));
    const embed = body.embeds![0]!;
    expect(embed.description).toMatch(
      /^Showing the answer for: how many ppl were killed at the shrine\n> The attack \*\*killed\*\* at least 52/,
    );
  });

  it('an over-long question gets a polite ephemeral reply', async () => {
    const body = await h.reply(ask(`why ${'x'.repeat(600)}?`));
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.content).toMatch(/^That question is too long \(605 characters; the limit is 500\)/);
  });

  it('"Show full passage" shows the whole passage privately', async () => {
    const handle = ask(QUESTION);
    await h.discord.waitForInteractionReply(handle);
    const answer = h.discord.originalMessage(handle)!;
    const click = h.discord.clickButton({
      user: 'bob',
      customId: 'passage:000_7fad598d500c70a1.txt#2',
      message: answer,
    });
    const body = await h.reply(click);
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.embeds![0]!.description).toBe(h.engine.getPassage('000_7fad598d500c70a1.txt#2')!.text);
    expect(body.embeds![0]!.fields![0]).toMatchObject({ name: 'Position', value: 'passage 2 of 6' });
  });

  it('"More sources" opens a private page; paging edits that page in place', async () => {
    const handle = ask(QUESTION);
    await h.discord.waitForInteractionReply(handle);
    const answer = h.discord.originalMessage(handle)!;
    const click = h.discord.clickButton({ user: 'bob', customId: `sources:1:${QUESTION}`, message: answer });
    const call = await h.discord.waitForInteractionReply(click);
    const page = messageBody(call);
    expect((call.body as { type: number }).type).toBe(4);
    expect(page.flags).toBe(EPHEMERAL);
    expect(page.embeds![0]!.title).toBe('More sources (page 1)');
    expect(page.embeds![0]!.fields![0]!.name).toMatch(/^\[5\] /);

    const pageMessage = h.discord.originalMessage(click)!;
    expect(customIdsOf(page)).toContain(`sources:2:${QUESTION}`);
    const paging = await h.discord.waitForInteractionReply(
      h.discord.clickButton({ user: 'bob', customId: `sources:2:${QUESTION}`, message: pageMessage }),
    );
    expect((paging.body as { type: number }).type).toBe(7);
    const page2 = messageBody(paging);
    expect(page2.embeds![0]!.title).toBe('More sources (page 2)');
    expect(page2.embeds![0]!.fields![0]!.name).toMatch(/^\[10\] /);
    expect(customIdsOf(page2)[0]).toBe(`sources:1:${QUESTION}`);
    expect(h.discord.message(pageMessage.id)!.embeds[0]!.title).toBe('More sources (page 2)');
  });

  it('buttons on a long question re-read it from the embed (they survive restarts)', async () => {
    const long = `${'Please tell me, in as much detail as the articles allow, '.repeat(2)}when did ISKP begin relocating operations?`;
    const handle = ask(long);
    const body = await h.reply(handle);
    const sources = customIdsOf(body).find((id) => id.startsWith('sources:'));
    expect(sources).toBe('sources:1:');
    const click = h.discord.clickButton({
      user: 'bob',
      customId: 'sources:1:',
      message: h.discord.originalMessage(handle)!,
    });
    const page = await h.reply(click);
    expect(page.embeds![0]!.title).toBe('More sources (page 1)');
    expect(page.embeds![0]!.footer!.text).toContain(long);
  });

  it('a button whose passage is gone, or an unknown button, is answered politely', async () => {
    const handle = ask(QUESTION);
    await h.discord.waitForInteractionReply(handle);
    const answer = h.discord.originalMessage(handle)!;
    const gone = await h.reply(
      h.discord.clickButton({ user: 'bob', customId: 'passage:nope.txt#1', message: answer }),
    );
    expect(gone.content).toBe('That passage is no longer in the articles I have.');
    const unknown = await h.reply(
      h.discord.clickButton({ user: 'bob', customId: 'mystery', message: answer }),
    );
    expect(unknown.flags).toBe(EPHEMERAL);
  });

  it('works in DMs (global articles only)', async () => {
    const handle = h.discord.slash({
      user: 'dora',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    const body = await h.reply(handle);
    expect(body.embeds![0]!.description).toContain('This marks a clear shift from 2021');
  });

  it('logs each question with latency and outcome, never the token', () => {
    const questions = h.logs.filter((line) => line.msg === 'question');
    expect(questions.length).toBeGreaterThan(5);
    expect(questions[0]).toMatchObject({ via: 'slash:ask', outcome: 'answered', guildId });
    expect(typeof questions[0]!.ms).toBe('number');
    expect(questions.some((line) => line.outcome === 'too_long')).toBe(true);
    expect(h.logs.some((line) => line.msg === 'connected to Discord' && line.articles === 2)).toBe(true);
    expect(JSON.stringify(h.logs)).not.toContain(h.discord.botToken);
  });
});

const BUSY = "I'm answering a lot of questions right now. Please try again in a moment.";

describe('cooldown and load', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { COOLDOWN_SECONDS: '30', MAX_IN_FLIGHT: '1' } });
  });
  afterAll(() => h.stop());

  it('a fourth question in a row (past the burst of 3) gets the seconds left, ephemerally', async () => {
    const guildId = h.guilds[0]!.id;
    const ask = () =>
      h.discord.slash({
        guildId,
        user: 'quick',
        name: 'ask',
        options: [option.string('question', QUESTION)],
      });
    // Three answered questions use the burst. The one in-flight slot (MAX_IN_FLIGHT 1) is given back only
    // after the bot hears its reply was sent, so a question asked right after may meet it still held: that
    // one is told "busy", is not charged, and is asked again a moment later.
    let answered = 0;
    while (answered < 3) {
      const handle = ask();
      const callback = await h.discord.waitForInteractionReply(handle);
      const first = messageBody(callback);
      if (first.content === BUSY) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      if ((callback.body as { type: number }).type === 5) await h.discord.waitForWebhookEdit(handle);
      answered += 1;
    }
    const body = await h.reply(ask());
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.content).toMatch(/^Please wait (29|30) seconds before asking again\.$/);
  });

  it('over MAX_IN_FLIGHT: "busy" for another mention while an answer is still being sent; /ask has its own room', async () => {
    const [guild] = h.guilds;
    // Hold the first reply in REST so the first question stays in flight.
    h.discord.failNext(
      { method: 'POST', pathPrefix: `/channels/${guild!.channelId}/messages` },
      { hangMs: 1500 },
    );
    h.discord.sendMessage({
      guildId: guild!.id,
      author: 'first',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    await h.discord.waitForCall((call) => call.path === `/channels/${guild!.channelId}/typing`);
    // Interactions are another lane: the held mention does not make /ask say "busy".
    const handle = h.discord.slash({
      guildId: guild!.id,
      user: 'third',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    const body = await h.reply(handle);
    expect(body.content ?? '').not.toContain('answering a lot of questions');
    expect(body.embeds?.length).toBeGreaterThan(0);
    // Another mention, while the first is still held, is over the bound of its lane.
    const second = h.discord.sendMessage({
      guildId: guild!.id,
      author: 'second',
      content: `<@${h.discord.botUser.id}> ${QUESTION}`,
    });
    expect((await h.replyToMessage(second)).content).toBe(
      "I'm answering a lot of questions right now. Please try again in a moment.",
    );
    await h.discord.waitForChannelMessage(guild!.channelId);
  });
});
