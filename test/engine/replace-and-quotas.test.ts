import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { CorpusError } from '../../src/engine-api.js';
import { copySeeds, folderContents, SEED_A, SEED_B, useTempDirs, writeFiles } from './fixtures.js';

const GUILD_A = '111111111111111111';
const GUILD_B = '222222222222222222';

const LIGHTHOUSE = `Lighthouses of the coast

The Pelican Point lighthouse was built in 1871 and its lamp could be seen from 22 nautical miles out at sea on a clear night.
`;
const QUESTION = 'When was the Pelican Point lighthouse built?';

describe('replacing an article, and removing a skipped file', () => {
  const tempDir = useTempDirs('citebot-replace-');

  async function open(options: Partial<Parameters<typeof Engine.open>[0]> = {}) {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const engine = await Engine.open({ corpusDir: dir, vectorsPath: '', ...options });
    return { dir, engine };
  }

  it('addFile with replace swaps the article in place; without it the name is refused', async () => {
    const { dir, engine } = await open();
    await engine.addFile('lighthouses.txt', Buffer.from(LIGHTHOUSE), { title: 'Old title' });
    const newer = LIGHTHOUSE.replace('1871', '1872');
    await expect(engine.addFile('lighthouses.txt', Buffer.from(newer))).rejects.toThrow(
      /already in the corpus.*replace/,
    );
    expect(engine.ask(QUESTION).excerpt).toContain('1871');

    const replaced = await engine.addFile('lighthouses.txt', Buffer.from(newer), { replace: true });
    expect(replaced.title).toBe('Lighthouses of the coast'); // the old override gave way
    expect(await readFile(path.join(dir, 'lighthouses.txt'), 'utf8')).toBe(newer);
    expect(engine.ask(QUESTION).excerpt).toContain('built in 1872');
    expect(engine.search('Pelican Point 1871').some((hit) => hit.text.includes('1871'))).toBe(false);
    expect(engine.stats().articles).toBe(3);

    // A bad replacement leaves the old article, on disk and in the index.
    await expect(
      engine.addFile('lighthouses.txt', new Uint8Array(), { replace: true }),
    ).rejects.toBeInstanceOf(CorpusError);
    expect(await readFile(path.join(dir, 'lighthouses.txt'), 'utf8')).toBe(newer);
    expect(engine.ask(QUESTION).excerpt).toContain('1872');

    // Scoped: a server replaces only its own file of that name.
    await engine.addFile('lighthouses.txt', Buffer.from(LIGHTHOUSE), { guildId: GUILD_A });
    await engine.addFile('lighthouses.txt', Buffer.from(newer.replace('1872', '1899')), {
      guildId: GUILD_A,
      replace: true,
    });
    expect(engine.ask(QUESTION).excerpt).toContain('1872');
    expect(
      engine
        .listArticles({ guildId: GUILD_A, ownOnly: true })
        .map((a) => a.passages[0]?.text.includes('1899')),
    ).toEqual([true]);
    await engine.close();
  });

  it('removeSkippedFile deletes a file the corpus skips (empty, PDF bytes), in its own scope only', async () => {
    const { dir, engine: first } = await open();
    await first.close();
    await writeFiles(dir, {
      [`guilds/${GUILD_A}/empty.md`]: '',
      [`guilds/${GUILD_B}/empty.md`]: '',
    });
    await writeFile(path.join(dir, 'scan.txt'), Buffer.from('%PDF-1.4\n'));
    const engine = await Engine.open({ corpusDir: dir, vectorsPath: '' });
    expect(
      engine
        .stats()
        .skipped.map((s) => s.file)
        .sort(),
    ).toEqual([`guilds/${GUILD_A}/empty.md`, `guilds/${GUILD_B}/empty.md`, 'scan.txt']);
    // An article is not a skipped file, nor is another server's skipped file.
    await expect(engine.removeSkippedFile(SEED_A)).rejects.toThrow(/no file named/);
    await expect(
      engine.removeSkippedFile('empty.md', { guildId: GUILD_B.replace('2', '3') }),
    ).rejects.toThrow(/no file named/);
    await expect(engine.removeSkippedFile('../outside.txt')).rejects.toThrow(/no file named/);

    expect(await engine.removeSkippedFile('scan.txt')).toMatchObject({ file: 'scan.txt' });
    expect(await engine.removeSkippedFile('empty.md', { guildId: GUILD_A })).toMatchObject({
      file: `guilds/${GUILD_A}/empty.md`,
    });
    expect(engine.stats().skipped.map((s) => s.file)).toEqual([`guilds/${GUILD_B}/empty.md`]);
    expect(Object.keys(await folderContents(dir)).filter((f) => !f.startsWith('.'))).toEqual([
      SEED_A,
      SEED_B,
      `guilds/${GUILD_B}/empty.md`,
    ]);
    await engine.close();
  });
});

describe('per-server quotas', () => {
  const tempDir = useTempDirs('citebot-quota-');
  const article = (n: number, words = 40) =>
    Buffer.from(
      `Note ${n}\n\n${'The harbour master logged another grain ship at the quay. '.repeat(words / 10)}\n`,
    );

  it('a server may upload maxFilesPerServer files and maxBytesPerServer bytes; the global corpus has no quota', async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const size = article(0).length;
    const engine = await Engine.open({
      corpusDir: dir,
      vectorsPath: '',
      maxFilesPerServer: 3,
      maxBytesPerServer: size * 4 + 10,
    });
    for (const n of [1, 2, 3]) await engine.addFile(`note-${n}.txt`, article(n), { guildId: GUILD_A });
    const before = await folderContents(dir);
    await expect(engine.addFile('note-4.txt', article(4), { guildId: GUILD_A })).rejects.toThrow(
      'this server already has 3 article files, and its limit is 3: remove one first, or replace one',
    );
    // Replacing one of the three is not a fourth file; another server and the global corpus are not limited.
    await engine.addFile('note-3.txt', article(33), { guildId: GUILD_A, replace: true });
    await engine.addFile('note-1.txt', article(1), { guildId: GUILD_B });
    for (const n of [1, 2, 3, 4, 5]) await engine.addFile(`global-${n}.txt`, article(n, 200));

    // Bytes: B's one file plus one five times as large would be over size * 4 + 10.
    const big = article(9, 200);
    await expect(engine.addFile('big.txt', big, { guildId: GUILD_B })).rejects.toThrow(
      `this server's files may take ${size * 4 + 10} bytes in all; they take ${size} bytes now, and this file of 1 KB would make 1 KB: remove a file first`,
    );
    expect(engine.listArticles({ guildId: GUILD_B, ownOnly: true })).toHaveLength(1);
    expect(Object.keys(await folderContents(dir)).filter((f) => f.includes(GUILD_A))).toEqual(
      Object.keys(before).filter((f) => f.includes(GUILD_A)),
    );
    expect(await engine.serverUsage(GUILD_A)).toEqual({ files: 3, bytes: size * 3 + 1 });
    await engine.close();
  });
});
