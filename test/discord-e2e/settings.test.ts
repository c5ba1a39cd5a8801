/**
 * /settings through the real discord.js client and the loopback Discord, with the bot's own database: answer
 * channels set from Discord are answered at once (and stop being answered when removed), the cooldown follows
 * the server's setting, corpus manager roles may use /corpus, another server never sees this one's settings,
 * and a member without Manage Server is refused politely.
 */
import { createHash } from 'node:crypto';
import { ApplicationCommandOptionType, type APIGuildMember } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandOption, option } from '../loopback/discord.js';
import { corpusAdd } from '../support/corpus-add.js';
import { EPHEMERAL, type Harness, sleep, startHarness, textOf } from './harness.js';

const QUESTION = 'How many attacks did ISKP claim?';
const MANAGE_GUILD = '32';
const ROLE_ID = '123456789012345678';

let h: Harness;
let guild: { id: string; channelId: string };
let other: { id: string; channelId: string };

beforeAll(async () => {
  // Retention 0: a server the bot leaves has its files (and its database rows) deleted at once.
  h = await startHarness({ guilds: 2, database: true, env: { GUILD_RETENTION_DAYS: '0' } });
  [guild, other] = h.guilds as [typeof guild, typeof other];
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

const channelOption = (id: string): CommandOption => ({
  type: ApplicationCommandOptionType.Channel,
  name: 'channel',
  value: id,
});
const roleOption = (id: string): CommandOption => ({
  type: ApplicationCommandOptionType.Role,
  name: 'role',
  value: id,
});

/** /settings as a server manager: `path` is [subcommand] or [group, subcommand]. */
function settings(
  guildId: string,
  path: string[],
  options: CommandOption[] = [],
  permissions = MANAGE_GUILD,
) {
  const [first, second] = path;
  const sub = second
    ? option.subcommandGroup(first!, [option.subcommand(second, options)])
    : option.subcommand(first!, options);
  return h.slashReply({ guildId, user: 'admin', name: 'settings', permissions, options: [sub] });
}

/** Whether the bot posts anything in `channelId` within 400 ms of a plain (unmentioned) question there. */
async function answersPlainQuestion(guildId: string, channelId: string): Promise<boolean> {
  const before = h.discord.calls.length;
  h.discord.sendMessage({ guildId, channelId, author: 'erin', content: QUESTION });
  await sleep(400);
  return h.discord.calls.slice(before).some((call) => call.path === `/channels/${channelId}/messages`);
}

describe('/settings', () => {
  it('shows the defaults, only to the manager', async () => {
    const shown = await settings(guild.id, ['show']);
    expect(shown.flags).toBe(EPHEMERAL);
    expect(shown.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(shown)).toContain(
      '**Answer channels** (every question answered, no mention needed): none (the bot’s default)',
    );
  });

  it('answer channels: added, the bot answers there at once; removed, it stops; other servers unaffected', async () => {
    expect(await answersPlainQuestion(guild.id, guild.channelId)).toBe(false);
    const added = await settings(guild.id, ['answer-channels', 'add'], [channelOption(guild.channelId)]);
    expect(added.content).toBe(`Added <#${guild.channelId}> to the answer channels.`);
    expect(textOf(added)).toContain(`<#${guild.channelId}>`);

    h.discord.sendMessage({ guildId: guild.id, author: 'erin', content: QUESTION });
    const reply = await h.channelMessage(guild.channelId);
    expect(reply.embeds?.[0]?.description).toContain('with a staggering 90');

    // The other server sees none of this server's settings, and its channel is not an answer channel.
    const otherShown = await settings(other.id, ['show']);
    expect(textOf(otherShown)).not.toContain(guild.channelId);
    expect(await answersPlainQuestion(other.id, other.channelId)).toBe(false);

    const removed = await settings(guild.id, ['answer-channels', 'remove'], [channelOption(guild.channelId)]);
    expect(removed.content).toBe(`Removed <#${guild.channelId}> from the answer channels.`);
    expect(await answersPlainQuestion(guild.id, guild.channelId)).toBe(false);
  });

  it('cooldown: the server’s own, for questions asked there only', async () => {
    const set = await settings(guild.id, ['cooldown'], [option.integer('seconds', 3600)]);
    expect(set.content).toBe('Cooldown set to 3600 s.');
    const ask = (guildId: string) =>
      h.slashReply({ guildId, user: 'frank', name: 'ask', options: [option.string('question', QUESTION)] });
    for (let i = 0; i < 3; i++) expect(textOf(await ask(guild.id))).toContain('with a staggering 90');
    expect((await ask(guild.id)).content).toMatch(/^Please wait \d+ seconds before asking again\./);
    expect(textOf(await ask(other.id))).toContain('with a staggering 90'); // no cooldown there
    await settings(guild.id, ['cooldown'], [option.integer('seconds', 0)]);
    expect(textOf(await ask(guild.id))).toContain('with a staggering 90');
  });

  it('manager roles may use /corpus; other members may not', async () => {
    const corpusList = () =>
      h.slashReply({ guildId: guild.id, user: 'gina', name: 'corpus', options: [option.subcommand('list')] });
    expect((await corpusList()).content).toMatch(/^Only members with the Manage Server permission/);
    const added = await settings(guild.id, ['manager-roles', 'add'], [roleOption(ROLE_ID)]);
    expect(added.content).toBe(`Added <@&${ROLE_ID}> to the corpus manager roles.`);
    giveRole(guild.id, 'gina', ROLE_ID);
    expect((await corpusList()).embeds?.[0]?.title).toMatch(/^This server's articles/);
    // The role means nothing in the other server.
    const elsewhere = await h.slashReply({
      guildId: other.id,
      user: 'gina',
      name: 'corpus',
      options: [option.subcommand('list')],
    });
    expect(elsewhere.content).toMatch(/^Only members with the Manage Server permission/);
  });

  it('a member without Manage Server is refused politely, and nothing changes', async () => {
    const refused = await settings(
      guild.id,
      ['answer-channels', 'add'],
      [channelOption(guild.channelId)],
      '0',
    );
    expect(refused.flags).toBe(EPHEMERAL);
    expect(refused.content).toBe(
      'Only members with the Manage Server permission (or bot admins) can use this command.',
    );
    expect(textOf(await settings(guild.id, ['show']))).not.toContain(`<#${guild.channelId}>`);
  });

  it('a bad value is refused with the reason; reset puts every setting back', async () => {
    const bad = await settings(guild.id, ['answer-channels', 'add'], [channelOption('not-a-channel')]);
    expect(bad.content).toMatch(
      /^That setting was not changed: answer channels: "not-a-channel" is not a Discord id\./,
    );
    const reset = await settings(guild.id, ['reset']);
    expect(reset.content).toBe('Every setting is back to the bot’s defaults.');
    expect(textOf(reset)).toContain(
      '**Corpus manager roles** (may use /corpus, besides Manage Server): none',
    );
  });
});

describe('upload records, and a server the bot left', () => {
  const NOTES = 'Emus are large flightless birds that live in Australia.';

  it('/corpus add records the file (size, SHA-256, uploader hashed); /corpus remove forgets it', async () => {
    const store = h.bot.store!;
    await h.deferredReply(corpusAdd(h.discord, guild.id, { name: 'notes.txt', bytes: NOTES }));
    const record = await store.uploads.get(guild.id, 'notes.txt');
    expect(record).toMatchObject({
      bytes: Buffer.byteLength(NOTES),
      sha256: createHash('sha256').update(NOTES).digest('hex'),
    });
    expect(record!.uploaderHash).toMatch(/^[0-9a-f]{64}$/);
    const removed = await h.slashReply({
      guildId: guild.id,
      user: 'admin',
      name: 'corpus',
      permissions: MANAGE_GUILD,
      options: [option.subcommand('remove', [option.string('name', 'notes.txt')])],
    });
    expect(removed.content).toMatch(/^Removed /);
    expect(await store.uploads.get(guild.id, 'notes.txt')).toBeUndefined();
  });

  it('when a left server’s files are deleted, its settings, questions, votes and upload records go too', async () => {
    const store = h.bot.store!;
    await settings(other.id, ['cooldown'], [option.integer('seconds', 5)]);
    await h.deferredReply(corpusAdd(h.discord, other.id, { name: 'notes.txt', bytes: NOTES }));
    await h.slashReply({
      guildId: other.id,
      user: 'ivy',
      name: 'ask',
      options: [option.string('question', QUESTION)],
    });
    const deadline = Date.now() + 5000;
    while ((await store.insights.report(other.id, 7)).questions === 0 && Date.now() < deadline)
      await sleep(20);
    expect((await store.settings.get(other.id)).cooldownSeconds).toBe(5);

    h.discord.removeGuild(other.id);
    while (!h.logs.some((line) => String(line.msg).startsWith("a left server's records deleted"))) {
      if (Date.now() > deadline + 10_000) throw new Error('the left server was never forgotten');
      await sleep(20);
    }
    expect(await store.settings.get(other.id)).toMatchObject({ cooldownSeconds: null, updatedAt: null });
    expect(await store.uploads.list(other.id)).toEqual([]);
    expect((await store.insights.report(other.id, 7)).questions).toBe(0);
    // The server the bot is still in keeps its own.
    expect((await store.insights.report(guild.id, 7)).questions).toBeGreaterThan(0);
  });
});

/** Gives a loopback member a role (the loopback has no role API: its member records are plain objects). */
function giveRole(guildId: string, user: string, roleId: string): void {
  const world = (h.discord as unknown as { world: LoopbackWorld }).world;
  world.memberOf(world.requireGuild(guildId), h.discord.user(user)).roles.push(roleId);
}

interface LoopbackWorld {
  requireGuild(id: string): unknown;
  memberOf(guild: unknown, user: unknown): APIGuildMember;
}
