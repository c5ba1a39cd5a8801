/**
 * Holes a hostile server admin found, closed and checked through the real bot and the loopback Discord:
 * `/corpus reload` stays inside the asking server, quoted articles carry no live link, a download cut short
 * is refused, and a server the bot left has its files deleted after GUILD_RETENTION_DAYS.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { option } from '../loopback/discord.js';
import { type Harness, messageBody, startHarness, textOf } from './harness.js';

const MANAGE_SERVER = '32';

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

  const upload = (guildId: string, name: string, text: string) => {
    const file = h.discord.serveFile(name, new TextEncoder().encode(text), 'text/plain');
    return corpus(guildId, option.subcommand('add', [option.attachment('file', file)]));
  };

  it('a download cut short (a smaller Content-Length than the attachment’s size) is refused, nothing stored', async () => {
    const text = 'Short notes\n\nThe kiwi is a flightless bird of New Zealand.\n'.repeat(20);
    const file = h.discord.serveFile('cut.txt', new TextEncoder().encode(text), 'text/plain', {
      servedBytes: 100,
    });
    const reply = await replyText(
      corpus(guildA.id, option.subcommand('add', [option.attachment('file', file)])),
    );
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
