import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import {
  captureLogger,
  copySeeds,
  expectWellFormedAnswer,
  folderContents,
  SEED_A,
  SEED_B,
  startWatching,
  useTempDirs,
  waitFor,
  writeFiles,
} from './fixtures.js';

const LIGHTHOUSE = `Lighthouses of the coast

The Pelican Point lighthouse was built in 1871 and its lamp could be seen from 22 nautical miles out at sea on a clear night. Keepers lived in the cottage beside it until the light was automated in 1958.

A second tower, the Gull Rock light, was added in 1903 to guard the northern channel, where three ships had been wrecked on the reef in a single winter storm in the year before its lamp was lit for the first time.
`;

const LIGHTHOUSE_QUESTION = 'When was the Pelican Point lighthouse built?';

describe('incremental updates', () => {
  const tempDir = useTempDirs('citebot-incremental-');

  async function openSeeds() {
    const dir = path.join(await tempDir(), 'corpus');
    await copySeeds(dir);
    const log = captureLogger();
    const engine = await Engine.open({ corpusDir: dir, logger: log.logger });
    return { dir, engine, log };
  }

  it('addFile indexes one new file without rebuilding: other passages are kept as they were', async () => {
    const { dir, engine, log } = await openSeeds();
    const seedPassage = engine.getPassage(`${SEED_A}#2`);
    const loadsBefore = log.messages().filter((m) => m === 'corpus loaded').length;

    const article = await engine.addFile('lighthouses.txt', Buffer.from(LIGHTHOUSE), {
      title: 'Lighthouses',
    });
    expect(article.file).toBe('lighthouses.txt');
    expect(article.title).toBe('Lighthouses');
    expect(article.passages.map((p) => p.id)).toEqual(['lighthouses.txt#1', 'lighthouses.txt#2']);
    expect(log.messages()).toContain('corpus file added');
    expect(log.messages().filter((m) => m === 'corpus loaded')).toHaveLength(loadsBefore);
    // The seed passages were not re-parsed or re-created.
    expect(engine.getPassage(`${SEED_A}#2`)).toBe(seedPassage);
    expect(engine.stats().articles).toBe(3);
    expect(Object.keys(await folderContents(dir))).toContain('lighthouses.txt');

    const answer = engine.ask(LIGHTHOUSE_QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('The Pelican Point lighthouse was built in 1871');
    expect(answer.citations[0]).toMatchObject({ passageId: 'lighthouses.txt#1', title: 'Lighthouses' });
    expectWellFormedAnswer(engine, answer);
    expect(engine.ask('How many attacks did ISKP claim?').citations[0]?.passageId).toBe(`${SEED_A}#2`);
    await engine.close();
  });

  it('removeFile drops one file from folder and index; ids stay stable across remove and re-add', async () => {
    const { dir, engine } = await openSeeds();
    const idsBefore = engine.listArticles().flatMap((a) => a.passages.map((p) => p.id));
    await engine.addFile('lighthouses.txt', Buffer.from(LIGHTHOUSE));
    const removed = await engine.removeFile('lighthouses.txt');
    expect(removed.file).toBe('lighthouses.txt');
    expect(Object.keys(await folderContents(dir))).toEqual([SEED_A, SEED_B]);
    expect(engine.search('Pelican Point lighthouse').some((hit) => hit.file === 'lighthouses.txt')).toBe(
      false,
    );
    expect(engine.getPassage('lighthouses.txt#1')).toBeUndefined();
    expect(engine.ask(LIGHTHOUSE_QUESTION).status).toBe('no_answer');
    expect(engine.listArticles().flatMap((a) => a.passages.map((p) => p.id))).toEqual(idsBefore);

    await engine.removeFile(SEED_B);
    expect(engine.listArticles().map((a) => a.file)).toEqual([SEED_A]);
    expect(engine.ask('How many attacks did ISKP claim?').citations[0]?.passageId).toBe(`${SEED_A}#2`);
    await engine.addFile('lighthouses.txt', Buffer.from(LIGHTHOUSE));
    expect(engine.ask(LIGHTHOUSE_QUESTION).citations[0]?.passageId).toBe('lighthouses.txt#1');
    expect(idsBefore.filter((id) => id.startsWith(SEED_A))).toEqual(
      engine.listArticles().flatMap((a) => a.passages.map((p) => p.id).filter((id) => id.startsWith(SEED_A))),
    );
    await expect(engine.removeFile('lighthouses-nope.txt')).rejects.toThrow(/no file named/);
    await engine.close();
  });

  it('reload picks up files added, changed and removed on disk', async () => {
    const { dir, engine } = await openSeeds();
    const kept = engine.getPassage(`${SEED_A}#1`);
    await writeFiles(dir, { 'lighthouses.txt': LIGHTHOUSE });
    await writeFile(
      path.join(dir, SEED_B),
      'Bridges\n\nThe Old Stone Bridge over the Wend was finished in 1642 and still carries carts to the market today.\n',
    );
    let stats = await engine.reload();
    expect(stats.articles).toBe(3);
    expect(engine.ask(LIGHTHOUSE_QUESTION).excerpt).toContain('built in 1871');
    const bridge = engine.ask('When was the Old Stone Bridge finished?');
    expect(bridge.excerpt).toContain('The Old Stone Bridge over the Wend was finished in 1642');
    expect(bridge.citations[0]?.passageId).toBe(`${SEED_B}#1`);
    expect(engine.search('Shah Noorani shrine')).toEqual([]);
    // The unchanged file keeps its passages (same objects: not re-parsed).
    expect(engine.getPassage(`${SEED_A}#1`)).toBe(kept);

    await rm(path.join(dir, 'lighthouses.txt'));
    stats = await engine.reload();
    expect(stats.articles).toBe(2);
    expect(engine.search('Pelican Point lighthouse').some((hit) => hit.file === 'lighthouses.txt')).toBe(
      false,
    );
    expect(engine.ask(LIGHTHOUSE_QUESTION).status).toBe('no_answer');
    await engine.close();
  });

  it('watch() picks up a file dropped into the folder, changed, and removed', async () => {
    const { dir, engine } = await openSeeds();
    const { events, stop } = await startWatching(engine);
    try {
      await writeFiles(dir, { 'lighthouses.txt': LIGHTHOUSE });
      await waitFor(() => engine.ask(LIGHTHOUSE_QUESTION).status === 'answered', 5_000, 'the new file');
      expect(engine.ask(LIGHTHOUSE_QUESTION).excerpt).toContain('built in 1871');
      expect(events).toContainEqual({ file: 'lighthouses.txt', kind: 'added' });

      await writeFile(
        path.join(dir, 'lighthouses.txt'),
        LIGHTHOUSE.replace('built in 1871', 'built in 1899'),
      );
      await waitFor(
        () => engine.ask(LIGHTHOUSE_QUESTION).excerpt?.includes('built in 1899'),
        5_000,
        'the changed file',
      );
      expect(events).toContainEqual({ file: 'lighthouses.txt', kind: 'changed' });
      expect(engine.search('1871').some((hit) => hit.file === 'lighthouses.txt')).toBe(false);

      await rm(path.join(dir, 'lighthouses.txt'));
      await waitFor(() => engine.getPassage('lighthouses.txt#1') === undefined, 5_000, 'the removal');
      expect(engine.ask(LIGHTHOUSE_QUESTION).status).toBe('no_answer');
      expect(events).toContainEqual({ file: 'lighthouses.txt', kind: 'removed' });

      // A server's file dropped into its folder is seen from that server only.
      await writeFiles(dir, { 'guilds/123456789012345678/lighthouses.txt': LIGHTHOUSE });
      await waitFor(
        () => engine.ask(LIGHTHOUSE_QUESTION, { guildId: '123456789012345678' }).status === 'answered',
        5_000,
        'the server file',
      );
      expect(engine.ask(LIGHTHOUSE_QUESTION).status).toBe('no_answer');

      // A bad file is skipped with its reason, and the rest keeps working.
      await writeFile(
        path.join(dir, 'broken.txt'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      );
      await waitFor(() => engine.stats().skipped.some((s) => s.file === 'broken.txt'), 5_000, 'the skip');
      expect(events).toContainEqual(expect.objectContaining({ file: 'broken.txt', kind: 'skipped' }));
      expect(engine.stats().skipped.find((s) => s.file === 'broken.txt')?.reason).toMatch(/PNG image/);
      expect(engine.ask('How many attacks did ISKP claim?').status).toBe('answered');
    } finally {
      await stop();
      await engine.close();
    }
  });
});
