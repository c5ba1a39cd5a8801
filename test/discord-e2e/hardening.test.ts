/**
 * Holes a hostile server admin found, closed and checked through the real bot and the loopback Discord:
 * `/corpus reload` stays inside the asking server, quoted articles carry no live link, a download cut short
 * is refused, and a server the bot left has its files deleted after GUILD_RETENTION_DAYS.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { corpusAdd, MANAGE_SERVER } from '../support/corpus-add.js';
import { liveLinks } from '../support/live-links.js';
import { type Harness, messageBody, sleep, startHarness, textOf } from './harness.js';

interface Guild {
  id: string;
  channelId: string;
}

describe('hardening', () => {
  let h: Harness;
  let guildA: { id: string; channelId: string };
  let guildB: { id: string; channelId: string };

  beforeAll(async () => {
    h = await startHarness({ guilds: 2 });
    [guildA, guildB] = h.guilds as [typeof guildA, typeof guildB];
  });
  afterAll(() => h.stop());

  const corpus = (guildId: string, sub: ReturnType<typeof option.subcommand>) =>
    h.discord.slash({ guildId, user: 'admin', permissions: MANAGE_SERVER, name: 'corpus', options: [sub] });

  /** The reply to a deferred interaction (the edit of the original), or the immediate reply. */
  async function replyText(handle: ReturnType<typeof corpus>): Promise<string> {
    const callback = await h.discord.waitForInteractionReply(handle, 10_000);
    if ((callback.body as { type: number }).type !== 5) return textOf(messageBody(callback));
    return textOf(messageBody(await h.discord.waitForWebhookEdit(handle, '@original', 10_000)));
  }

  const upload = (guildId: string, name: string, text: string) =>
    corpusAdd(h.discord, guildId, { name, bytes: text });

  it('an article holding masked links: every answer, search result, passage and autocomplete shows them as text', async () => {
    const article = [
      '# Prize Notes',
      '',
      'The ostrich lottery winners must [claim your prize](http://evil.invalid/claim) before Friday.',
      '',
      'The ostrich farm also lists [a [nested] offer](https://evil.invalid/nested) and \\[escaped](http://evil.invalid/e) and <http://evil.invalid/angle> and http://evil.invalid/bare for ostrich feed.',
      '',
    ].join('\n');
    expect(await replyText(upload(guildA.id, 'prize.md', article))).toMatch(/Added/);
    const before = h.discord.calls.length;
    const slash = (name: string, options: Parameters<typeof option.subcommand>[1]) =>
      h.discord.slash({ guildId: guildA.id, user: 'reader', name, options });
    const answer = await replyText(
      slash('ask', [option.string('question', 'When must the ostrich lottery winners claim their prize?')]),
    );
    expect(answer).toContain('your **prize**\\]\\(http:\\//evil.invalid/claim\\)'); // shown, not linked
    await replyText(slash('search', [option.string('query', 'ostrich farm nested offer feed')]));
    const [passage] = h.engine
      .listArticles({ guildId: guildA.id, ownOnly: true })
      .find((a) => a.file.endsWith('prize.md'))!.passages;
    for (const p of h.engine
      .listArticles({ guildId: guildA.id, ownOnly: true })
      .find((a) => a.file.endsWith('prize.md'))!.passages)
      await replyText(slash('passage', [option.string('id', p.id)]));
    expect(passage).toBeDefined();
    const mention = h.discord.sendMessage({
      guildId: guildA.id,
      author: 'reader',
      content: 'what does the ostrich farm list for ostrich feed?',
      mentionBot: true,
    });
    await h.discord.waitForCall(
      (c) => c.path.includes('/messages') && JSON.stringify(c.body ?? '').includes(mention.id),
      10_000,
    );
    await h.discord.waitForInteractionReply(
      h.discord.autocomplete({
        guildId: guildA.id,
        user: 'reader',
        name: 'search',
        options: [option.string('query', 'ostrich', true)],
      }),
    );
    // Every message the bot sent since the upload: text shown, with no live link of any kind.
    const bodies = h.discord.calls
      .slice(before)
      .filter((call) => call.method !== 'GET' && call.body && typeof call.body === 'object');
    const texts = bodies.map((call) => textOf(messageBody(call)));
    expect(texts.join('\n')).toMatch(/evil\.invalid\/claim/);
    expect(texts.join('\n')).toMatch(/nested/);
    // (The bot's own "[Open article](<url>)" links to the seed articles' pages are fine: only the article's are not.)
    for (const text of texts)
      expect(
        liveLinks(text).filter((link) => link.includes('evil')),
        text,
      ).toEqual([]);
    // Autocomplete choice names are plain text (Discord shows no Markdown there): quoted as written.
    const choices = bodies.flatMap((call) => messageBody(call).choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
  });

  it('a download cut short (a smaller Content-Length than the attachment’s size) is refused, nothing stored', async () => {
    const text = 'Short notes\n\nThe kiwi is a flightless bird of New Zealand.\n'.repeat(20);
    const file = h.discord.serveFile('cut.txt', new TextEncoder().encode(text), 'text/plain', {
      servedBytes: 100,
    });
    const reply = await replyText(corpusAdd(h.discord, guildA.id, file));
    expect(reply).toBe('That file did not arrive whole \\(100 bytes of 1 KB\\). Please try again.');
    expect(h.discord.downloads.at(-1)?.path).toMatch(/cut\.txt$/);
    expect(h.engine.listArticles({ guildId: guildA.id, ownOnly: true }).map((a) => a.file)).not.toContain(
      `guilds/${guildA.id}/cut.txt`,
    );
    await expect(readFile(join(h.corpusDir, 'guilds', guildA.id, 'cut.txt'))).rejects.toThrow(/ENOENT/);
  });

  it('/corpus reload reads and reports only the asking server’s files and the global ones', async () => {
    expect(
      await replyText(upload(guildB.id, 'b-notes.txt', 'Wombat notes\n\nThe wombat dug a burrow.\n')),
    ).toMatch(/Added/);
    expect(
      await replyText(upload(guildA.id, 'a-notes.txt', 'Quokka notes\n\nThe quokka ate leaves.\n')),
    ).toMatch(/Added/);
    // Server B's folder gets a file that cannot load (its name is B's secret) and a changed article.
    const folderB = join(h.corpusDir, 'guilds', guildB.id);
    await writeFile(join(folderB, 'b-secret-plans.txt'), Buffer.from([0, 1, 2, 0, 0, 0]));
    await writeFile(join(folderB, 'b-notes.txt'), 'Wombat notes\n\nThe wombat changed its mind.\n');
    // Server A's folder gets one too: A may see its own.
    await writeFile(join(h.corpusDir, 'guilds', guildA.id, 'a-broken.txt'), Buffer.from([0, 0, 0, 9]));

    const text = await replyText(corpus(guildA.id, option.subcommand('reload')));
    expect(text).not.toMatch(/b-secret-plans|b-notes|wombat/i);
    expect(text).toMatch(/a-broken/);
    const visible = h.engine.listArticles({ guildId: guildA.id });
    const passages = visible.reduce((sum, article) => sum + article.passages.length, 0);
    expect(text).toMatch(
      new RegExp(`^Reloaded the articles: ${visible.length} articles, ${passages} passages\\.`),
    );
    // Server B's files were not re-read: its changed article still answers with the old text.
    const wombat = h.engine.search('wombat burrow', { guildId: guildB.id });
    expect(wombat[0]?.text).toMatch(/dug a burrow/);
    expect(await readFile(join(folderB, 'b-notes.txt'), 'utf8')).toMatch(/changed its mind/);

    // Server B's own reload picks up its own files.
    const textB = await replyText(corpus(guildB.id, option.subcommand('reload')));
    expect(textB).toMatch(/b-secret-plans/);
    expect(textB).not.toMatch(/a-broken|a-notes/);
    expect(h.engine.search('wombat mind', { guildId: guildB.id })[0]?.text).toMatch(/changed its mind/);
  });
});

describe('a server the bot left: its files are deleted after GUILD_RETENTION_DAYS', () => {
  const exists = (file: string) =>
    stat(file).then(
      () => true,
      () => false,
    );
  const waitFor = async (check: () => Promise<boolean> | boolean, what: string) => {
    for (let i = 0; i < 200; i++) {
      if (await check()) return;
      await sleep(25);
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  async function withFiles(h: Harness): Promise<Guild[]> {
    for (const guild of h.guilds) {
      const handle = corpusAdd(h.discord, guild.id, { name: 'notes.txt', bytes: 'Notes\n\nThe emu ran.\n' });
      await h.discord.waitForWebhookEdit(handle, '@original', 10_000);
      expect(await exists(join(h.corpusDir, 'guilds', guild.id, 'notes.txt'))).toBe(true);
    }
    return h.guilds;
  }

  it('0 days: leaving deletes the folder and the articles at once; an outage (unavailable) deletes nothing', async () => {
    const h = await startHarness({ guilds: 2, env: { GUILD_RETENTION_DAYS: '0' } });
    try {
      const [left, outage] = (await withFiles(h)) as [Guild, Guild];
      h.discord.removeGuild(outage.id, { unavailable: true });
      h.discord.removeGuild(left.id);
      await waitFor(async () => !(await exists(join(h.corpusDir, 'guilds', left.id))), 'the folder to go');
      await waitFor(
        () => h.engine.listArticles({ guildId: left.id, ownOnly: true }).length === 0,
        'the index',
      );
      expect(h.engine.search('emu', { guildId: left.id })).toEqual([]);
      expect(
        h.logs.some(
          (line) => line.msg === 'deleted the files of a server the bot left' && line.guildId === left.id,
        ),
      ).toBe(true);
      // The server that only became unavailable keeps everything.
      expect(await exists(join(h.corpusDir, 'guilds', outage.id, 'notes.txt'))).toBe(true);
      expect(h.engine.listArticles({ guildId: outage.id, ownOnly: true })).toHaveLength(1);
      expect(JSON.parse(await readFile(join(h.corpusDir, '.citebot-left-guilds.json'), 'utf8'))).toEqual({});
    } finally {
      await h.stop();
    }
  });

  it('30 days: leaving records the time (logged); rejoining cancels it, and nothing is deleted', async () => {
    const h = await startHarness({ guilds: 1, env: { GUILD_RETENTION_DAYS: '30' } });
    try {
      const [guild] = (await withFiles(h)) as [Guild];
      const pendingFile = join(h.corpusDir, '.citebot-left-guilds.json');
      const pending = async () => JSON.parse(await readFile(pendingFile, 'utf8').catch(() => '{}')) as object;
      h.discord.removeGuild(guild.id);
      await waitFor(async () => guild.id in (await pending()), 'the departure to be recorded');
      // Logged right after the record is written: the test may read the file first.
      await waitFor(
        async () =>
          h.logs.some((line) => line.guildId === guild.id && /will be deleted/.test(String(line.msg))),
        'the departure to be logged',
      );
      h.discord.rejoinGuild(guild.id);
      await waitFor(async () => !(guild.id in (await pending())), 'the deletion to be cancelled');
      expect(await exists(join(h.corpusDir, 'guilds', guild.id, 'notes.txt'))).toBe(true);
      expect(h.engine.listArticles({ guildId: guild.id, ownOnly: true })).toHaveLength(1);
    } finally {
      await h.stop();
    }
  });
});
