/**
 * Taught aliases through the real engine on real folders: aliases.txt is read (never indexed), bad lines are
 * reported and the rest apply, front matter aliases are scoped like their file, addAlias/removeAlias persist
 * atomically and apply at once, the watcher picks up a hand edit, and one server's aliases never reach another.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, scanCorpusFolder } from '../../src/corpus/folder.js';
import { Engine } from '../../src/engine.js';
import {
  copySeeds,
  expectWellFormedAnswer,
  SEED_A,
  SEED_B,
  startWatching,
  useTempDirs,
  waitFor,
  writeFiles,
} from './fixtures.js';

const GUILD_A = '111111111111111111';
const GUILD_B = '222222222222222222';

describe('taught aliases in the engine', () => {
  const tempDir = useTempDirs('citebot-aliases-');

  async function open(options: { aliases?: boolean; maxAliasesPerServer?: number } = {}) {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir, { aliases: options.aliases ?? false });
    const engine = await Engine.open({
      corpusDir: dir,
      ...(options.maxAliasesPerServer !== undefined
        ? { maxAliasesPerServer: options.maxAliasesPerServer }
        : {}),
    });
    return { dir, engine };
  }

  /** The passages a query finds, best first (ids). */
  const found = (engine: Engine, query: string, guildId?: string) =>
    engine.search(query, guildId ? { guildId } : {}).map((hit) => hit.passageId);

  it('the seed corpus: "isis", "isil" and "daesh" find the passages about Islamic State, and are cited', async () => {
    const { engine } = await open({ aliases: true });
    expect(engine.stats()).toEqual({ articles: 2, passages: 14, skipped: [] });
    expect(engine.listAliases().map((entry) => entry.name)).toEqual([
      'Daesh',
      'IS',
      'ISB',
      'ISIL',
      'ISIS',
      'ISISK',
      'ISKP',
      'KHI',
      'Washington',
    ]);

    // "what is isis": "is" is a stop word, "isis" is the alias: the cited passage is about Islamic State.
    const whatIs = engine.ask('what is isis');
    expectWellFormedAnswer(engine, whatIs);
    expect(whatIs.citations[0]?.text).toContain('Islamic State');

    const why = engine.ask('why did isis attack pakistan');
    expectWellFormedAnswer(engine, why);
    expect(why.citations[0]?.text).toMatch(
      /attack claimed by Islamic State|Islamic State has been increasing/,
    );
    expect(why.citations[0]?.file).toBe(SEED_B);

    const shrine = engine.ask('daesh shrine attack');
    expectWellFormedAnswer(engine, shrine);
    expect(shrine.citations[0]?.passageId).toBe(`${SEED_B}#1`);
    expect(shrine.citations[0]?.text).toContain('the shrine of the Sufi saint');

    // The name alone finds only passages that say what it means.
    for (const name of ['isis', 'ISIL', 'Daesh']) {
      expect(engine.search(name)[0]?.text, name).toContain('Islamic State');
    }
  });

  it('without the aliases those names find nothing (what the aliases add)', async () => {
    const { engine } = await open();
    expect(found(engine, 'isis')).toEqual([]);
    expect(found(engine, 'daesh')).toEqual([]);
  });

  it('aliases.txt is never an article: not listed, not indexed, not reported as skipped', async () => {
    const { dir, engine } = await open({ aliases: true });
    await writeFiles(dir, { [`guilds/${GUILD_A}/aliases.txt`]: 'Daesh = Islamic State\n' });
    await engine.reload();
    expect(engine.allArticles().map((article) => article.file)).toEqual([SEED_A, SEED_B]);
    expect(engine.getPassage('aliases.txt#1')).toBeUndefined();
    expect(engine.search('Names people use for things').some((hit) => hit.file === 'aliases.txt')).toBe(
      false,
    );
    expect(engine.stats().skipped).toEqual([]);
    expect(await listCorpusFiles(dir)).toEqual([SEED_A, SEED_B]);
    const scan = await scanCorpusFolder(dir);
    expect(scan.files).toEqual([SEED_A, SEED_B]);
    expect(scan.aliasFiles).toEqual([`guilds/${GUILD_A}/aliases.txt`, 'aliases.txt'].sort());
    expect(scan.skipped).toEqual([]);
    // Nor can an upload take the name.
    await expect(
      engine.addFile('aliases.txt', Buffer.from('ISIS = x\n'), { guildId: GUILD_A }),
    ).rejects.toThrow(/aliases\.txt is reserved/);
  });

  it('bad lines are reported as file:line with why; the good ones still apply', async () => {
    const { dir, engine } = await open();
    await writeFiles(dir, {
      'aliases.txt':
        '# ours\nISIS-K = Islamic State Khorasan Province\nDaesh = Islamic State\nTHE = Islamic State\n',
    });
    await engine.reload();
    expect(engine.stats().skipped).toEqual([
      { file: 'aliases.txt:2', reason: expect.stringMatching(/hyphenated/) },
      { file: 'aliases.txt:4', reason: expect.stringMatching(/word search ignores/) },
    ]);
    expect(found(engine, 'daesh').length).toBeGreaterThan(0);
    expect(engine.listAliases()).toEqual([
      { name: 'Daesh', meaning: 'Islamic State', file: 'aliases.txt', line: 3, scope: 'global' },
    ]);
  });

  it('addAlias / removeAlias: written atomically, applied at once, kept across a restart', async () => {
    const { dir, engine } = await open();
    const added = await engine.addAlias('ISIS', 'Islamic  State', { guildId: GUILD_A });
    expect(added).toEqual({
      name: 'ISIS',
      meaning: 'Islamic State',
      file: `guilds/${GUILD_A}/aliases.txt`,
      line: 3,
      scope: GUILD_A,
    });
    const file = path.join(dir, 'guilds', GUILD_A, 'aliases.txt');
    expect(await readFile(file, 'utf8')).toMatch(/^#.*\n#.*\nISIS = Islamic State\n$/);
    expect(found(engine, 'isis', GUILD_A).length).toBeGreaterThan(0);

    await expect(engine.addAlias('isis', 'something else', { guildId: GUILD_A })).rejects.toThrow(
      '“ISIS” already means “Islamic State” here; remove it first to give it another meaning',
    );
    await expect(engine.addAlias('ISIS-K', 'Islamic State', { guildId: GUILD_A })).rejects.toThrow(
      /hyphenated/,
    );
    await expect(engine.addAlias('Daesh', 'the', { guildId: GUILD_A })).rejects.toThrow(/only common words/);

    const reopened = await Engine.open({ corpusDir: dir });
    expect(reopened.listAliases({ guildId: GUILD_A, ownOnly: true }).map((entry) => entry.name)).toEqual([
      'ISIS',
    ]);
    expect(found(reopened, 'isis', GUILD_A)).toEqual(found(engine, 'isis', GUILD_A));

    const removed = await engine.removeAlias('isis', { guildId: GUILD_A });
    expect(removed.name).toBe('ISIS');
    expect(found(engine, 'isis', GUILD_A)).toEqual([]);
    expect(await readFile(file, 'utf8')).not.toMatch(/^ISIS =/m);
    await expect(engine.removeAlias('isis', { guildId: GUILD_A })).rejects.toThrow(
      'there is no alias called “isis” here',
    );
  });

  it('a server may have at most maxAliasesPerServer aliases; the global file has no limit', async () => {
    const { engine } = await open({ maxAliasesPerServer: 2 });
    await engine.addAlias('ISIS', 'Islamic State', { guildId: GUILD_A });
    await engine.addAlias('ISIL', 'Islamic State', { guildId: GUILD_A });
    await expect(engine.addAlias('Daesh', 'Islamic State', { guildId: GUILD_A })).rejects.toThrow(
      'this server already has 2 aliases, the most it may have; remove one first',
    );
    for (const name of ['ISIS', 'ISIL', 'Daesh']) await engine.addAlias(name, 'Islamic State');
    expect(engine.listAliases({ ownOnly: true })).toHaveLength(3);
  });

  it("isolation: server A's aliases never change server B's (or the global) questions", async () => {
    const { engine } = await open();
    await engine.addAlias('Daesh', 'Islamic State', { guildId: GUILD_A });
    const inA = engine.ask('daesh shrine attack', { guildId: GUILD_A });
    expect(inA.citations[0]?.passageId).toBe(`${SEED_B}#1`);
    expect(found(engine, 'daesh', GUILD_A).length).toBeGreaterThan(0);

    expect(found(engine, 'daesh', GUILD_B)).toEqual([]);
    expect(found(engine, 'daesh')).toEqual([]);
    for (const guildId of [GUILD_B, undefined]) {
      const answer = engine.ask('what is daesh', guildId ? { guildId } : {});
      expect(answer.citations.every((citation) => !citation.text.includes('Islamic State'))).toBe(true);
    }
    expect(engine.listAliases({ guildId: GUILD_B })).toEqual([]);
    await expect(engine.removeAlias('Daesh', { guildId: GUILD_B })).rejects.toThrow(/no alias called/);
    expect(engine.listAliases({ guildId: GUILD_A })).toHaveLength(1);
  });

  it('front matter aliases: scoped like the file, listed with it, gone with it', async () => {
    const { engine } = await open();
    const notes = `---\ntitle: Notes\naliases:\n  - Daesh = Islamic State\n  - ISIS-K = Islamic State\n---\n\n# Notes\n\nThe group is known by many names.\n`;
    await engine.addFile('notes.md', Buffer.from(notes), { guildId: GUILD_A });
    expect(found(engine, 'daesh', GUILD_A).some((id) => id.startsWith(SEED_B))).toBe(true);
    expect(found(engine, 'daesh', GUILD_B)).toEqual([]);
    expect(engine.listAliases({ guildId: GUILD_A, ownOnly: true })).toEqual([
      {
        name: 'Daesh',
        meaning: 'Islamic State',
        file: `guilds/${GUILD_A}/notes.md`,
        line: 4,
        scope: GUILD_A,
      },
    ]);
    expect(engine.stats().skipped).toEqual([
      { file: `guilds/${GUILD_A}/notes.md:5`, reason: expect.stringMatching(/hyphenated/) },
    ]);
    await expect(engine.removeAlias('daesh', { guildId: GUILD_A })).rejects.toThrow(
      `“Daesh” is declared in the front matter of guilds/${GUILD_A}/notes.md; edit or remove that file to change it`,
    );
    await engine.removeFile('notes.md', { guildId: GUILD_A });
    expect(found(engine, 'daesh', GUILD_A)).toEqual([]);
    expect(engine.listAliases({ guildId: GUILD_A })).toEqual([]);
    expect(engine.stats().skipped).toEqual([]);
  });

  it('front matter aliases survive the index snapshot', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    await writeFiles(dir, {
      'notes.md': '---\naliases:\n  Daesh: Islamic State\n---\n\n# Notes\n\nThe group has many names.\n',
    });
    const indexPath = path.join(dir, '..', 'index.bin');
    const first = await Engine.open({ corpusDir: dir, indexPath });
    await first.close();
    const second = await Engine.open({ corpusDir: dir, indexPath });
    expect(second.listAliases()).toEqual(first.listAliases());
    expect(found(second, 'daesh')).toEqual(found(first, 'daesh'));
    expect(found(second, 'daesh').length).toBeGreaterThan(0);
  });

  it('the watcher picks up an edited aliases.txt: added, changed (bad line reported), removed', async () => {
    const { dir, engine } = await open();
    const { events, stop } = await startWatching(engine);
    try {
      await writeFiles(dir, { 'aliases.txt': 'Daesh = Islamic State\n' });
      await waitFor(() => found(engine, 'daesh').length > 0, 5_000, 'the new alias file');
      expect(events).toContainEqual({ file: 'aliases.txt', kind: 'added' });

      await writeFile(path.join(dir, 'aliases.txt'), 'ISIL = Islamic State\nnot an alias\n');
      await waitFor(() => found(engine, 'isil').length > 0, 5_000, 'the edited alias file');
      expect(found(engine, 'daesh')).toEqual([]);
      expect(engine.stats().skipped).toEqual([
        { file: 'aliases.txt:2', reason: expect.stringMatching(/expected NAME = meaning/) },
      ]);
      expect(events).toContainEqual({ file: 'aliases.txt', kind: 'changed', reason: '1 line of it skipped' });

      // Our own write is recognised (same content), and applied before the watcher sees it.
      await engine.addAlias('Daesh', 'Islamic State');
      expect(found(engine, 'daesh').length).toBeGreaterThan(0);

      await writeFile(path.join(dir, 'aliases.txt'), '');
      await waitFor(() => found(engine, 'isil').length === 0, 5_000, 'the emptied alias file');
      expect(engine.stats().skipped).toEqual([]);
    } finally {
      await stop();
    }
  });
});
