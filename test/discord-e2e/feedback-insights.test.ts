/**
 * Feedback votes, the question log and /insights through the real discord.js client and the loopback Discord,
 * with the bot's own database (PGlite): votes are stored and changeable, one per person; /insights shows the
 * figures and attaches a CSV whose rows match; purge empties it; another server never sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/index.js';
import { option } from '../loopback/discord.js';
import { customIdsOf, EPHEMERAL, type Harness, startHarness, textOf } from './harness.js';

const ANSWERED = 'How many attacks did ISKP claim?';
const UNANSWERED = ['what is the capital of France?', 'capital of france?', 'France capital city?'];
const MANAGE_GUILD = '32';

let h: Harness;
let store: Store;
let guild: string;
let other: string;

beforeAll(async () => {
  h = await startHarness({ guilds: 2, database: true });
  store = h.bot.store!;
  guild = h.guilds[0]!.id;
  other = h.guilds[1]!.id;
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

/** /ask in a server; resolves to the answer's message (to click) and its body. */
async function ask(question: string, guildId = guild, user = 'asker') {
  const handle = h.discord.slash({
    guildId,
    user,
    name: 'ask',
    options: [option.string('question', question)],
  });
  const body = await h.reply(handle);
  return { body, message: h.discord.originalMessage(handle)! };
}

/** Waits until the question log (written after the reply, without blocking it) has caught up. */
async function logged(serverId: string, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await store.insights.report(serverId, 7)).questions < count) {
    if (Date.now() > deadline) throw new Error(`the question log never reached ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function insights(guildId: string, sub: 'show' | 'purge', options: ReturnType<typeof option.string>[] = []) {
  return h.discord.slash({
    guildId,
    user: 'admin',
    name: 'insights',
    permissions: MANAGE_GUILD,
    options: [option.subcommand(sub, options)],
  });
}

describe('feedback votes', () => {
  it('buttons under an answer; one vote per person, changeable, acknowledged only to the voter', async () => {
    const { body, message } = await ask(ANSWERED);
    const votes = customIdsOf(body).filter((id) => id.startsWith('vote:'));
    expect(votes).toEqual(['vote:y:000_7fad598d500c70a1.txt#2', 'vote:n:000_7fad598d500c70a1.txt#2']);
    const labels = body.components!.flatMap((row) => row.components.map((button) => button.label));
    expect(labels).toEqual(expect.arrayContaining(['Helpful', 'Not helpful']));

    const vote = async (user: string, customId: string) => {
      const reply = await h.reply(h.discord.clickButton({ user, customId, message }));
      expect(reply.flags).toBe(EPHEMERAL);
      return reply.content;
    };
    expect(await vote('alice', votes[0]!)).toBe('Thanks — noted as helpful.');
    expect(await vote('alice', votes[0]!)).toBe('Thanks — it is already noted as helpful.');
    expect(await vote('alice', votes[1]!)).toBe('Thanks — changed to not helpful.');
    expect(await vote('bob', votes[0]!)).toBe('Thanks — noted as helpful.');
    expect(await store.feedback.tally(message.id)).toEqual({ helpful: 1, notHelpful: 1 });
    expect(await store.feedback.voteOf(message.id, h.discord.user('alice').id)).toBe(false);

    // Stored with the question, the passage and the server: /insights lists it as voted not helpful.
    const report = await store.insights.report(guild, 7);
    expect(report.notHelpful).toEqual([
      {
        messageId: message.id,
        question: ANSWERED,
        passageId: '000_7fad598d500c70a1.txt#2',
        notHelpful: 1,
        helpful: 1,
      },
    ]);
  });
});

describe('/insights', () => {
  it('shows the figures and attaches a CSV whose rows match the questions asked', async () => {
    await store.privacy.purgeServer(guild);
    const answer = await ask(ANSWERED);
    for (const question of UNANSWERED) {
      expect(textOf((await ask(question)).body)).toContain("I couldn't find that");
    }
    // A mention is logged too, with the reply's message id.
    h.discord.sendMessage({ guildId: guild, author: 'mentioner', content: ANSWERED, mentionBot: true });
    const mentionReply = await h.discord.waitForChannelMessage(h.guilds[0]!.channelId);
    await logged(guild, 5);
    await h.reply(
      h.discord.clickButton({
        user: 'carol',
        customId: 'vote:n:000_7fad598d500c70a1.txt#2',
        message: answer.message,
      }),
    );

    const handle = insights(guild, 'show', [option.integer('days', 30)]);
    const shown = await h.deferredReply(handle);
    const text = textOf(shown);
    expect(shown.embeds![0]!.title).toBe('Insights: the last 30 days');
    expect(text).toContain('**5** questions asked, **40%** answered (2 answered, 3 not in the articles)');
    expect(text).toMatch(/“[^”]*[Ff]rance[^”]*” ×3/); // three phrasings, one line
    expect(text).toContain('passage 000\\_7fad598d500c70a1.txt#2 (1 not helpful, 0 helpful)');
    expect(text).toMatch(/— 2 answers/); // the most cited article

    // The CSV rides on the edit of the deferred reply (multipart: payload_json plus the file).
    const call = h.discord.calls.findLast((c) => c.path.includes(handle.token) && c.files.length > 0)!;
    const file = call.files[0]!;
    expect(file.filename).toBe('insights-30d.csv');
    const lines = Buffer.from(file.bytes).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('asked_at,channel_id,status,question,passage_id,helpful_votes,not_helpful_votes');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((row) => [row[2], row[3]])).toEqual([
      ['answered', ANSWERED],
      ...UNANSWERED.map((question) => ['no_answer', question]),
      ['answered', ANSWERED],
    ]);
    expect(rows[0]!.slice(4)).toEqual(['000_7fad598d500c70a1.txt#2', '0', '1']);
    expect(rows.every((row) => row[1] === h.guilds[0]!.channelId)).toBe(true);
    expect(mentionReply.status).toBe(200);
  });

  it('another server sees none of it; a member without Manage Server is refused politely', async () => {
    const handle = insights(other, 'show');
    const shown = await h.deferredReply(handle);
    expect(textOf(shown)).toContain('No questions were asked in this server in the last 7 days.');
    expect(textOf(shown)).not.toContain('France');

    const refused = await h.slashReply({
      guildId: guild,
      user: 'member',
      name: 'insights',
      options: [option.subcommand('show')],
    });
    expect(refused.flags).toBe(EPHEMERAL);
    expect(refused.content).toMatch(/^Only members with the Manage Server permission/);
    expect(customIdsOf(refused)).toEqual([]);
  });

  it('purge needs confirm:True, then empties the log and the votes of this server only', async () => {
    await ask(ANSWERED, other);
    await logged(other, 1);
    const kept = await h.slashReply({
      guildId: guild,
      user: 'admin',
      name: 'insights',
      permissions: MANAGE_GUILD,
      options: [option.subcommand('purge', [option.boolean('confirm', false)])],
    });
    expect(kept.content).toMatch(/^Nothing deleted/);
    expect((await store.insights.report(guild, 30)).questions).toBeGreaterThan(0);

    const purged = await h.reply(insights(guild, 'purge', [option.boolean('confirm', true)]));
    expect(purged.flags).toBe(EPHEMERAL);
    expect(purged.content).toMatch(/^Deleted this server’s question log and votes: 5 questions and 1 vote\./);
    const report = await store.insights.report(guild, 30);
    expect(report).toMatchObject({ questions: 0, notHelpful: [], topArticles: [] });
    expect((await store.insights.report(other, 30)).questions).toBe(1);
  });

  it('purge without confirm asks with a button; only a server manager’s click deletes', async () => {
    await ask(ANSWERED);
    await logged(guild, 1);
    const handle = insights(guild, 'purge');
    const asked = await h.reply(handle);
    expect(asked.flags).toBe(EPHEMERAL);
    expect(asked.content).toMatch(/^Delete every question and vote this server has logged\?/);
    expect(customIdsOf(asked)).toEqual(['insights:purge']);
    const message = h.discord.originalMessage(handle)!;

    const refused = await h.reply(
      h.discord.clickButton({ user: 'member', customId: 'insights:purge', message, permissions: '0' }),
    );
    expect(refused.content).toMatch(/^Only members with the Manage Server permission/);
    expect((await store.insights.report(guild, 30)).questions).toBe(1);

    const click = h.discord.clickButton({
      user: 'admin',
      customId: 'insights:purge',
      message,
      permissions: MANAGE_GUILD,
    });
    const call = await h.discord.waitForInteractionReply(click);
    expect((call.body as { type: number }).type).toBe(7); // the confirmation is edited in place
    expect((call.body as { data: { content: string; components: unknown[] } }).data).toMatchObject({
      content:
        'Deleted this server’s question log and votes: 1 question and 0 votes. New questions are logged from now on.',
      components: [],
    });
    expect((await store.insights.report(guild, 30)).questions).toBe(0);
  });
});
