/** /corpus alias add | list | remove through the loopback Discord: admins only, per server, escaped, applied at once. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { MANAGE_SERVER } from '../support/corpus-add.js';
import { EPHEMERAL, type Harness, startHarness, textOf } from './harness.js';

describe('/corpus alias', () => {
  let h: Harness;
  let guildA: { id: string; channelId: string };
  let guildB: { id: string; channelId: string };

  beforeAll(async () => {
    h = await startHarness({
      guilds: 2,
      env: (_guilds, discord) => ({ MAX_ALIASES_PER_SERVER: '3', ADMIN_USER_IDS: discord.user('root').id }),
    });
    [guildA, guildB] = h.guilds as [typeof guildA, typeof guildB];
  });
  afterAll(() => h.stop());

  const alias = (
    guildId: string,
    sub: string,
    options: ReturnType<typeof option.string>[] = [],
    permissions = MANAGE_SERVER,
    user = 'admin',
  ) =>
    h.discord.slash({
      guildId,
      user,
      permissions,
      name: 'corpus',
      options: [option.subcommandGroup('alias', [option.subcommand(sub, options)])],
    });
  const add = (guildId: string, name: string, means: string, permissions = MANAGE_SERVER, user = 'admin') =>
    alias(guildId, 'add', [option.string('name', name), option.string('means', means)], permissions, user);

  async function reply(handle: ReturnType<typeof alias>) {
    const body = await h.reply(handle);
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    return body;
  }

  const search = async (guildId: string, query: string) =>
    (
      await reply(
        h.discord.slash({
          guildId,
          user: 'alice',
          name: 'search',
          options: [option.string('query', query), option.boolean('hide', true)],
        }),
      )
    ).embeds![0]!.fields ?? [];

  it('refuses members without Manage Server, without touching the aliases', async () => {
    const refused = await reply(add(guildA.id, 'Dawla', 'Islamic State', '0', 'member'));
    expect(refused.content).toMatch(/^Only members with the Manage Server permission/);
    expect(h.engine.listAliases({ guildId: guildA.id, ownOnly: true })).toEqual([]);
  });

  it('an admin teaches a name: written to the server’s aliases.txt and applied at once', async () => {
    expect(await search(guildA.id, 'dawla')).toEqual([]);
    const added = await reply(add(guildA.id, 'Dawla', 'Islamic State'));
    expect(added.content).toBe(
      'Added the alias **Dawla** = Islamic State. Questions using either now find passages that use the other.',
    );
    const file = await readFile(join(h.corpusDir, 'guilds', guildA.id, 'aliases.txt'), 'utf8');
    expect(file).toMatch(/^Dawla = Islamic State$/m);
    const found = await search(guildA.id, 'dawla');
    expect(found.length).toBeGreaterThan(0);
    expect(textOf({ embeds: [{ fields: found }] })).toContain('Islamic State');

    const ask = await reply(
      h.discord.slash({
        guildId: guildA.id,
        user: 'alice',
        name: 'ask',
        options: [option.string('question', 'why did dawla attack pakistan'), option.boolean('hide', true)],
      }),
    );
    expect(textOf(ask)).toContain('Islamic State');
  });

  it('isolation: server B does not see server A’s alias', async () => {
    expect(await search(guildB.id, 'dawla')).toEqual([]);
    const list = await reply(alias(guildB.id, 'list'));
    expect(list.embeds![0]!.description).toContain('This server has not taught any aliases yet.');
    const removed = await reply(alias(guildB.id, 'remove', [option.string('name', 'Dawla')]));
    expect(removed.content).toBe("I couldn't remove that alias. There is no alias called “Dawla” here.");
    expect(h.engine.listAliases({ guildId: guildA.id, ownOnly: true })).toHaveLength(1);
  });

  it('refuses bad names politely, escaping what was typed (no Markdown, no pings)', async () => {
    const hyphen = await reply(add(guildA.id, 'ISIS-K', 'Islamic State Khorasan Province'));
    expect(hyphen.content).toMatch(/^I couldn't add that alias\. The name “ISIS-K” is hyphenated/);
    const everyone = await reply(add(guildA.id, '@everyone', 'Islamic State'));
    expect(everyone.content).toMatch(
      /^I couldn't add that alias\. The name “@\u200beveryone” must be one word/,
    );
    const stop = await reply(add(guildA.id, 'the', 'Islamic State'));
    expect(stop.content).toMatch(/“the” is a word search ignores/);
    const twice = await reply(add(guildA.id, 'dawla', 'something else'));
    expect(twice.content).toBe(
      "I couldn't add that alias. “Dawla” already means “Islamic State” here; remove it first to give it another meaning.",
    );
    // A meaning with Markdown and a mention is kept as written, shown escaped.
    const marked = await reply(
      add(guildA.id, 'Wilayat', '__Khorasan__ <@&123456789012345678> province', MANAGE_SERVER, 'root'),
    );
    expect(marked.content).toContain(
      '**Wilayat** = \\_\\_Khorasan\\_\\_ <@\u200b&123456789012345678> province',
    );
  });

  it('list: own aliases and the number of global ones; remove: autocomplete, then gone', async () => {
    const list = await reply(alias(guildA.id, 'list'));
    expect(list.embeds![0]!.title).toBe("This server's aliases (2 of at most 3)");
    expect(list.embeds![0]!.description).toContain('• **Dawla** = Islamic State');
    expect(list.embeds![0]!.description).toContain('Everyone also shares 9 global aliases.');

    const choices = await h.choices({
      guildId: guildA.id,
      user: 'admin',
      permissions: MANAGE_SERVER,
      name: 'corpus',
      options: [
        option.subcommandGroup('alias', [option.subcommand('remove', [option.string('name', 'daw', true)])]),
      ],
    });
    expect(choices).toEqual([{ name: 'Dawla = Islamic State', value: 'Dawla' }]);

    const removed = await reply(alias(guildA.id, 'remove', [option.string('name', 'dawla')]));
    expect(removed.content).toBe('Removed the alias **Dawla** = Islamic State.');
    expect(await search(guildA.id, 'dawla')).toEqual([]);
  });

  it('a server may teach at most MAX_ALIASES_PER_SERVER aliases', async () => {
    await reply(add(guildA.id, 'Dawla', 'Islamic State'));
    await reply(add(guildA.id, 'Daish', 'Islamic State'));
    const refused = await reply(add(guildA.id, 'Dawlah', 'Islamic State'));
    expect(refused.content).toBe(
      "I couldn't add that alias. This server already has 3 aliases, the most it may have; remove one first.",
    );
    expect(h.engine.listAliases({ guildId: guildA.id, ownOnly: true })).toHaveLength(3);
  });
});
