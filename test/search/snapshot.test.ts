import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { SETTINGS_KEY } from '../../src/search/settings.js';
import { editSnapshot, readSnapshot, type SnapshotParts } from '../../src/search/snapshot.js';
import {
  captureLogger,
  copySeeds,
  expectWellFormedAnswer,
  SEED_A,
  SEED_B,
  useTempDirs,
} from '../engine/fixtures.js';

const QUESTION = 'How many attacks did ISKP claim?';
const EXPECTED = 'with a staggering 90 claimed attacks';

describe('index snapshot', () => {
  const tempDir = useTempDirs('citebot-snapshot-');

  async function setup() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const indexPath = path.join(dir, 'state', 'index.json');
    await copySeeds(corpusDir);
    const open = async () => {
      const log = captureLogger();
      const engine = await Engine.open({ corpusDir, indexPath, logger: log.logger });
      return { engine, log };
    };
    return { corpusDir, indexPath, open };
  }

  function expectSeedAnswer(engine: Engine): void {
    const answer = engine.ask(QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain(EXPECTED);
    expect(answer.citations[0]!.passageId).toBe(`${SEED_A}#2`);
    expectWellFormedAnswer(engine, answer);
  }

  it('is written by the first open and reused by the next', async () => {
    const { indexPath, open } = await setup();
    const first = await open();
    expect(first.log.messages()).toContain('building the index from the corpus');
    expect(first.log.messages()).not.toContain('index snapshot loaded');
    await first.engine.close();
    expect((await stat(indexPath)).size).toBeGreaterThan(0);
    const saved = await readSnapshot(indexPath);
    expect('snapshot' in saved && saved.snapshot.articles.map((a) => a.file).sort()).toEqual([
      SEED_A,
      SEED_B,
    ]);

    const second = await open();
    expect(second.log.messages()).toContain('index snapshot loaded');
    expect(second.log.messages()).not.toContain('building the index from the corpus');
    expect(second.engine.stats()).toEqual(first.engine.stats());
    expectSeedAnswer(second.engine);
    await second.engine.close();
  });

  it('re-indexes a file whose content changed since the snapshot, and answers from the new text', async () => {
    const { corpusDir, indexPath, open } = await setup();
    await (await open()).engine.close();
    const before = await readFile(indexPath);
    await writeFile(
      path.join(corpusDir, SEED_B),
      'Lighthouses\n\nThe Pelican Point lighthouse was built in 1871 and its lamp could be seen from 22 nautical miles out at sea on a clear night.\n',
    );

    const { engine, log } = await open();
    expect(log.messages()).toContain('index snapshot loaded');
    const lighthouse = engine.ask('When was the Pelican Point lighthouse built?');
    expect(lighthouse.status).toBe('answered');
    expect(lighthouse.excerpt).toContain('The Pelican Point lighthouse was built in 1871');
    expect(lighthouse.citations[0]!.passageId).toBe(`${SEED_B}#1`);
    expectWellFormedAnswer(engine, lighthouse);
    // The old text of that file is gone; the other file is still answered from the snapshot.
    expect(engine.search('Shah Noorani shrine')).toEqual([]);
    expect(engine.listArticles().find((a) => a.file === SEED_B)?.passages).toHaveLength(1);
    expectSeedAnswer(engine);
    // The changed corpus was saved again.
    expect((await readFile(indexPath)).equals(before)).toBe(false);
    await engine.close();
  });

  it('saves again from an index read from a snapshot (terms not yet used included) and reads that back', async () => {
    const { indexPath, open } = await setup();
    await (await open()).engine.close();
    const second = await open();
    expect(second.log.messages()).toContain('index snapshot loaded');
    await second.engine.addFile(
      'lighthouse.md',
      Buffer.from('# Lighthouses\n\nThe Pelican Point lighthouse was built in 1871.\n'),
    );
    await second.engine.close();
    const saved = await readSnapshot(indexPath);
    expect('snapshot' in saved && saved.snapshot.articles.length).toBe(3);

    const third = await open();
    expect(third.log.messages()).toContain('index snapshot loaded');
    expect(third.log.messages()).not.toContain('building the index from the corpus');
    expectSeedAnswer(third.engine);
    expect(third.engine.ask('When was the Pelican Point lighthouse built?').excerpt).toContain(
      'built in 1871',
    );
    expect(third.engine.search('Shah Noorani shrine').length).toBeGreaterThan(0);
    await third.engine.close();
  });

  it('drops a file removed since the snapshot', async () => {
    const { corpusDir, open } = await setup();
    await (await open()).engine.close();
    await rm(path.join(corpusDir, SEED_B));

    const { engine, log } = await open();
    expect(log.messages()).toContain('index snapshot loaded');
    expect(engine.listArticles().map((a) => a.file)).toEqual([SEED_A]);
    expect(engine.search('Shah Noorani shrine')).toEqual([]);
    expect(engine.getPassage(`${SEED_B}#1`)).toBeUndefined();
    expect(engine.ask('Which shrine was attacked?').citations.every((c) => c.file === SEED_A)).toBe(true);
    expectSeedAnswer(engine);
    await engine.close();
  });

  /** A valid snapshot changed inside and given a fresh checksum, so the checks past the checksum are tried. */
  const edited = (edit: (parts: SnapshotParts) => void) => (valid: Buffer) => editSnapshot(valid, edit);

  const corruptions: Array<[string, (valid: Buffer) => Buffer | string]> = [
    ['garbage bytes', () => '\u0000\u0001\u00ff garbage \ud800'],
    ['truncated bytes', (valid) => valid.subarray(0, Math.floor(valid.length / 2))],
    ['an empty file', () => ''],
    ['JSON null', () => 'null'],
    ['a JSON array', () => '[1, 2, 3]'],
    ['a JSON object of another shape', () => JSON.stringify({ hello: 'world', articles: 3 })],
    [
      'a snapshot in the old JSON format',
      () => JSON.stringify({ format: 1, settingsKey: SETTINGS_KEY, articles: [], index: {} }),
    ],
    [
      'one damaged byte',
      (valid) => {
        const copy = Buffer.from(valid);
        copy[Math.floor(copy.length * 0.7)]! ^= 0x20;
        return copy;
      },
    ],
    [
      'a snapshot from other search settings',
      edited((parts) => (parts.header.settingsKey = `${SETTINGS_KEY.slice(0, -1)}x`)),
    ],
    ['another snapshot format', edited((parts) => (parts.format = 99))],
    [
      'an index whose postings point past the passages',
      edited((parts) => parts.sections.set('docs', Buffer.alloc(parts.sections.get('docs')!.length, 0xff))),
    ],
    ['articles without their passages', edited((parts) => (parts.header.articles = []))],
    [
      'an index of fewer passages than the articles hold',
      edited((parts) => {
        const lengths = parts.sections.get('fieldLengths')!;
        parts.sections.set('fieldLengths', lengths.subarray(0, lengths.length - 8));
      }),
    ],
    ['passages without text', edited((parts) => parts.sections.set('latin1Texts', Buffer.alloc(0)))],
    [
      'an article of the wrong shape',
      edited((parts) => ((parts.header.articles[0] as { title: unknown }).title = 42)),
    ],
    [
      'a term list that disagrees with its postings',
      edited((parts) => parts.sections.set('terms', Buffer.from('a'))),
    ],
  ];

  it.each(corruptions)('rebuilds from the corpus, never trusting %s', async (_name, corrupt) => {
    const { indexPath, open } = await setup();
    const first = await open();
    const stats = first.engine.stats();
    await first.engine.close();
    const valid = await readFile(indexPath);
    await writeFile(indexPath, corrupt(valid));

    const { engine, log } = await open();
    expect(log.messages()).toContain('building the index from the corpus');
    expect(log.messages()).not.toContain('index snapshot loaded');
    expect(engine.stats()).toEqual(stats);
    expectSeedAnswer(engine);
    expect(engine.ask('How many were wounded?').excerpt).toContain('wounded more than 105');
    // The rebuilt snapshot replaces the bad one and is trusted next time.
    await engine.close();
    const again = await open();
    expect(again.log.messages()).toContain('index snapshot loaded');
    expectSeedAnswer(again.engine);
    await again.engine.close();
  });
});
