/** /corpus: admin checks, uploads (and what is refused), list, remove, reload, and isolation between servers. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { ADMINISTRATOR, corpusAdd, MANAGE_SERVER, type Upload } from '../support/corpus-add.js';
import { EPHEMERAL, type Harness, startHarness, textOf } from './harness.js';
const NOTES = `---
title: Quokka Field Notes
url: https://example.com/quokka
---

# Quokka Field Notes

The quokka colony on the northern ridge was counted at forty-two animals in spring.

Rangers closed the zebra crossing path to protect the quokka burrows during breeding season.
`;

describe('/corpus', () => {
  let h: Harness;
  let guildA: { id: string; channelId: string };
  let guildB: { id: string; channelId: string };
  let elsewhere: Server;
  let elsewhereRequests = 0;

  beforeAll(async () => {
    h = await startHarness({
      guilds: 2,
      env: (_guilds, discord) => ({ MAX_FILE_BYTES: '4096', ADMIN_USER_IDS: discord.user('root').id }),
    });
    [guildA, guildB] = h.guilds as [typeof guildA, typeof guildB];
    elsewhere = createServer((_request, response) => {
      elsewhereRequests += 1;
      response.end('secret');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await h.stop();
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  const corpus = (
    guildId: string | undefined,
    sub: ReturnType<typeof option.subcommand>,
    permissions = MANAGE_SERVER,
    user = 'admin',
  ) =>
    h.discord.slash({ ...(guildId ? { guildId } : {}), user, permissions, name: 'corpus', options: [sub] });

  /** Deferred ephemerally, then the reply edited in: the text of that edit. */
  const deferredReply = async (handle: ReturnType<typeof corpus>) => textOf(await h.deferredReply(handle));
  const reply = (handle: ReturnType<typeof corpus>) => h.reply(handle);
  /** `/corpus add` in guild A by a server manager. */
  const upload = (file: Upload, options?: Parameters<typeof corpusAdd>[3]) =>
    corpusAdd(h.discord, guildA.id, file, options);

  it('refuses members without Manage Server, and DMs, without touching the corpus', async () => {
    const refused = await reply(
      upload({ name: 'sneaky.md', bytes: NOTES }, { permissions: '0', user: 'member' }),
    );
    expect(refused).toMatchObject({ flags: EPHEMERAL });
    expect(refused.content).toMatch(/^Only members with the Manage Server permission/);
    const dm = await reply(corpus(undefined, option.subcommand('list')));
    expect(dm.content).toBe('This command only works in a server, not in direct messages.');
    expect(h.engine.listArticles({ guildId: guildA.id, ownOnly: true })).toEqual([]);
  });

  it('an admin adds a good .md file: deferred, then title and passage count', async () => {
    const text = await deferredReply(upload({ name: 'notes.md', bytes: NOTES }));
    expect(text).toMatch(/^Added \*\*Quokka Field Notes\*\* \(\d+ passages?\) as notes\.md\.$/);
    expect(
      h.engine.listArticles({ guildId: guildA.id, ownOnly: true }).map((article) => article.file),
    ).toEqual([`guilds/${guildA.id}/notes.md`]);
  });

  it('Administrator and ADMIN_USER_IDS count as admins; title and url options override', async () => {
    const text = await deferredReply(
      upload(
        { name: 'more.txt', bytes: 'Wombats dig long burrows under the eucalyptus grove near the ridge.' },
        { permissions: ADMINISTRATOR },
      ),
    );
    expect(text).toMatch(/^Added \*\*Wombat/);
    const titled = await deferredReply(
      upload(
        { name: 'titled.txt', bytes: 'Echidnas forage for ants along the creek bed at dusk.' },
        {
          extra: [
            option.string('title', 'Echidna *Notes*'),
            option.string('url', 'https://example.com/echidna'),
          ],
          permissions: '0',
          user: 'root',
        },
      ),
    );
    expect(titled).toBe('Added **Echidna \\*Notes\\*** (1 passage) as titled.txt.');
    expect(h.engine.getPassage(`guilds/${guildA.id}/titled.txt#1`, { guildId: guildA.id })?.url).toBe(
      'https://example.com/echidna',
    );
  });

  it('refuses a binary file renamed .txt, with the engine’s reason', async () => {
    const bytes = new Uint8Array(600).map((_, i) => (i * 37) % 256);
    const text = await deferredReply(upload({ name: 'image.txt', bytes }));
    expect(text).toMatch(/^I couldn't add that file\. The file contains NUL bytes.*\.$/);
    expect(
      h.engine
        .listArticles({ guildId: guildA.id, ownOnly: true })
        .some((article) => article.file.endsWith('image.txt')),
    ).toBe(false);
  });

  it('refuses an oversize file by its declared size without downloading it', async () => {
    const before = h.discord.downloads.length;
    const text = await deferredReply(upload({ name: 'big.txt', bytes: 'word '.repeat(2000) }));
    expect(text).toBe('That file is too large \\(10 KB; the limit is 4 KB\\).'); // ( ) escaped: shown as written
    expect(h.discord.downloads.length).toBe(before);
  });

  it('enforces the size while downloading when the declared size lies', async () => {
    const big = h.discord.serveFile('big2.txt', new TextEncoder().encode('word '.repeat(2000)), 'text/plain');
    const liar = { ...big, id: '999999999999999999', size: 100 };
    expect(await deferredReply(upload(liar))).toMatch(/^That file is too large/);
  });

  it('refuses an attachment on another host and never fetches it', async () => {
    const url = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/attachments/1/evil.md`;
    const evil = {
      id: '888888888888888888',
      filename: 'evil.md',
      size: 10,
      url,
      proxy_url: url,
      content_type: 'text/markdown',
    };
    expect(await deferredReply(upload(evil))).toBe('I can only read files uploaded to Discord itself.');
    expect(elsewhereRequests).toBe(0);
  });

  it('list: own files and the count of global articles', async () => {
    const body = await reply(corpus(guildA.id, option.subcommand('list')));
    expect(body.flags).toBe(EPHEMERAL);
    const description = body.embeds![0]!.description!;
    expect(description).toContain('**Quokka Field Notes** — notes.md');
    expect(description).toContain('Everyone also shares 2 global articles.');
    const other = await reply(corpus(guildB.id, option.subcommand('list')));
    expect(other.embeds![0]!.description).toContain('This server has not added any articles yet.');
  });

  it('isolation: guild B cannot find, search, suggest, show, list or remove guild A’s file', async () => {
    const ask = (guildId: string) =>
      h.discord.slash({
        guildId,
        user: 'alice',
        name: 'ask',
        options: [option.string('question', 'How many quokka animals were counted on the northern ridge?')],
      });
    const inA = await reply(ask(guildA.id));
    expect(inA.embeds![0]!.description).toContain('forty-two');
    const inB = await reply(ask(guildB.id));
    // Only the question itself mentions quokkas: no passage of guild A's file is quoted or cited.
    expect(inB.embeds![0]!.description).toContain("I couldn't find that in the articles I have.");
    expect(textOf(inB)).not.toMatch(/forty-two|Quokka Field Notes|burrows/);

    const search = await h.slashReply({
      guildId: guildB.id,
      user: 'alice',
      name: 'search',
      options: [option.string('query', 'quokka burrows')],
    });
    expect(search.embeds![0]!.fields ?? []).toEqual([]);
    expect(textOf(search)).not.toMatch(/Quokka Field Notes|burrows during/);

    const choices = await h.choices({
      guildId: guildB.id,
      user: 'alice',
      name: 'search',
      options: [option.string('query', 'quok', true)],
    });
    expect(choices.filter((choice) => choice.value.includes('notes.md'))).toEqual([]);

    const passageId = `guilds/${guildA.id}/notes.md#1`;
    const shown = await h.slashReply({
      guildId: guildB.id,
      user: 'alice',
      name: 'passage',
      options: [option.string('id', passageId)],
    });
    expect(shown.content).toMatch(/^I couldn't find a passage with the id/);
    expect(shown.content).not.toMatch(/Quokka/);

    const removeChoices = await h.choices({
      guildId: guildB.id,
      user: 'admin',
      permissions: MANAGE_SERVER,
      name: 'corpus',
      options: [option.subcommand('remove', [option.string('name', 'no', true)])],
    });
    expect(removeChoices).toEqual([]);
    const removed = await reply(
      corpus(guildB.id, option.subcommand('remove', [option.string('name', 'notes.md')])),
    );
    expect(removed.content).toMatch(/^This server has no article file called “notes\.md”/);
    expect(h.engine.getPassage(passageId, { guildId: guildA.id })).toBeDefined();
  });

  it('remove: autocomplete lists own files (admins only); removing one drops it', async () => {
    const autocomplete = (permissions: string) =>
      h.choices({
        guildId: guildA.id,
        user: 'admin',
        permissions,
        name: 'corpus',
        options: [option.subcommand('remove', [option.string('name', 'quok', true)])],
      });
    expect(await autocomplete(MANAGE_SERVER)).toEqual([
      { name: 'Quokka Field Notes (notes.md)', value: 'notes.md' },
    ]);
    expect(await autocomplete('0')).toEqual([]);

    const body = await reply(
      corpus(guildA.id, option.subcommand('remove', [option.string('name', 'notes.md')])),
    );
    expect(body).toMatchObject({ content: 'Removed **Quokka Field Notes** (notes.md).', flags: EPHEMERAL });
    expect(h.engine.getPassage(`guilds/${guildA.id}/notes.md#1`, { guildId: guildA.id })).toBeUndefined();
  });

  it('reload: deferred, then the counts', async () => {
    const text = await deferredReply(corpus(guildA.id, option.subcommand('reload')));
    expect(text).toMatch(/^Reloaded the articles: \d+ articles, \d+ passages\./);
  });
});
