import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { copySeeds, expectWellFormedAnswer, SEED_A, SEED_B, useTempDirs, writeFiles } from './fixtures.js';

const GUILD_1 = '111111111111111111';
const GUILD_2 = '222222222222222222';
const FILE_1 = `guilds/${GUILD_1}/orchard.txt`;
const FILE_2 = `guilds/${GUILD_2}/harbour.txt`;

const ORCHARD = `Orchard notes

The Bramblewood orchard planted 340 quince trees in 2021 along the southern slope, where the frost lifts earliest in spring and the bees from the old hives find them first.
`;
const HARBOUR = `Harbour notes

The Saltmarsh harbour dredged its channel to a depth of 9 metres in 2019, so that the grain ships could come alongside the quay at any state of the tide.
`;

describe('guild scoping', () => {
  const tempDir = useTempDirs('citebot-scoping-', 'file');
  let engine: Engine;

  beforeAll(async () => {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    await writeFiles(dir, { [FILE_1]: ORCHARD, [FILE_2]: HARBOUR });
    engine = await Engine.open({ corpusDir: dir });
  });

  const ORCHARD_Q = 'How many quince trees did the Bramblewood orchard plant?';
  const HARBOUR_Q = 'How deep was the Saltmarsh harbour channel dredged?';

  it('ask: a server sees its own files and the global ones, never another server’s', () => {
    const own = engine.ask(ORCHARD_Q, { guildId: GUILD_1 });
    expect(own.status).toBe('answered');
    expect(own.citations[0]!.file).toBe(FILE_1);
    expect(own.excerpt).toContain('planted 340 quince trees');
    expectWellFormedAnswer(engine, own, GUILD_1);

    const other = engine.ask(ORCHARD_Q, { guildId: GUILD_2 });
    expect(other.status).toBe('no_answer');
    expect(other.citations.every((c) => !c.file.startsWith(`guilds/${GUILD_1}/`))).toBe(true);
    expect(engine.ask(ORCHARD_Q).status).toBe('no_answer');
    expect(engine.ask(ORCHARD_Q).citations.every((c) => !c.file.startsWith('guilds/'))).toBe(true);

    expect(engine.ask(HARBOUR_Q, { guildId: GUILD_2 }).citations[0]?.file).toBe(FILE_2);
    expect(engine.ask(HARBOUR_Q, { guildId: GUILD_1 }).status).toBe('no_answer');

    // Global articles answer everywhere.
    for (const guildId of [undefined, GUILD_1, GUILD_2]) {
      const answer = engine.ask('How many attacks did ISKP claim?', guildId ? { guildId } : {});
      expect(answer.citations[0]?.passageId).toBe(`${SEED_A}#2`);
    }
  });

  it('search: hits only from visible scopes', () => {
    const files = (guildId?: string) =>
      engine
        .search('Bramblewood orchard quince Saltmarsh harbour', guildId ? { guildId } : {})
        .map((h) => h.file);
    expect(files(GUILD_1)).toContain(FILE_1);
    expect(files(GUILD_1)).not.toContain(FILE_2);
    expect(files(GUILD_2)).toContain(FILE_2);
    expect(files(GUILD_2)).not.toContain(FILE_1);
    expect(files().filter((file) => file.startsWith('guilds/'))).toEqual([]);
  });

  it('suggest: completions only from visible scopes', () => {
    expect(engine.suggest('Brambl', { guildId: GUILD_1 }).map((h) => h.file)).toEqual([FILE_1]);
    expect(engine.suggest('Brambl', { guildId: GUILD_2 })).toEqual([]);
    expect(engine.suggest('Brambl')).toEqual([]);
    expect(engine.suggest('Saltm', { guildId: GUILD_2 }).map((h) => h.file)).toEqual([FILE_2]);
    // With nothing typed yet, the visible articles are offered.
    expect(engine.suggest('', { guildId: GUILD_1 }).map((h) => h.file)).toEqual(
      [FILE_1, SEED_A, SEED_B].sort(),
    );
    expect(engine.suggest('').map((h) => h.file)).toEqual([SEED_A, SEED_B]);
    expect(engine.suggest('Noora', { guildId: GUILD_2 }).map((h) => h.passageId)).toEqual([`${SEED_B}#1`]);
  });

  it('getPassage: a passage is returned only to a scope that may see it', () => {
    expect(engine.getPassage(`${FILE_1}#1`, { guildId: GUILD_1 })?.text).toContain('Bramblewood');
    expect(engine.getPassage(`${FILE_1}#1`, { guildId: GUILD_2 })).toBeUndefined();
    expect(engine.getPassage(`${FILE_1}#1`)).toBeUndefined();
    expect(engine.getPassage(`${SEED_A}#1`, { guildId: GUILD_2 })?.file).toBe(SEED_A);
    expect(engine.getPassage(`${SEED_A}#1`)?.file).toBe(SEED_A);
    expect(engine.getPassage('no-such-file.txt#1')).toBeUndefined();
  });

  it('listArticles: global plus own; ownOnly lists just the server’s uploads; allArticles lists every scope', () => {
    const files = (options: Parameters<Engine['listArticles']>[0]) =>
      engine.listArticles(options).map((a) => a.file);
    expect(files({})).toEqual([SEED_A, SEED_B]);
    expect(files({ guildId: GUILD_1 })).toEqual([SEED_A, SEED_B, FILE_1].sort((a, b) => a.localeCompare(b)));
    expect(files({ guildId: GUILD_2 })).not.toContain(FILE_1);
    expect(files({ guildId: GUILD_1, ownOnly: true })).toEqual([FILE_1]);
    expect(files({ guildId: GUILD_2, ownOnly: true })).toEqual([FILE_2]);
    expect(engine.listArticles({ guildId: GUILD_1 }).find((a) => a.file === FILE_1)?.scope).toBe(GUILD_1);
    expect(engine.allArticles().map((a) => a.file)).toEqual(
      [SEED_A, SEED_B, FILE_1, FILE_2].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('uploads and removals are scoped too', async () => {
    const article = await engine.addFile('orchard.txt', Buffer.from(ORCHARD.replace('340', '90')), {
      guildId: GUILD_2,
    });
    expect(article.file).toBe(`guilds/${GUILD_2}/orchard.txt`);
    expect(article.scope).toBe(GUILD_2);
    expect(engine.ask(ORCHARD_Q, { guildId: GUILD_2 }).excerpt).toContain('planted 90 quince trees');
    expect(engine.ask(ORCHARD_Q, { guildId: GUILD_1 }).excerpt).toContain('planted 340 quince trees');
    // A server cannot remove another server's file, nor a global one.
    await expect(engine.removeFile('harbour.txt', { guildId: GUILD_1 })).rejects.toThrow(/no file named/);
    await expect(engine.removeFile(SEED_A, { guildId: GUILD_1 })).rejects.toThrow(/no file named/);
    await expect(engine.addFile('x.txt', Buffer.from(ORCHARD), { guildId: '../1' })).rejects.toThrow(
      /server id must be digits/,
    );
    await engine.removeFile('orchard.txt', { guildId: GUILD_2 });
    expect(engine.ask(ORCHARD_Q, { guildId: GUILD_2 }).status).toBe('no_answer');
    expect(engine.ask(ORCHARD_Q, { guildId: GUILD_1 }).status).toBe('answered');
  });
});
