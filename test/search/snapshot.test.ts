import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../src/corpus/names.js';
import type { Passage } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';
import { analyze } from '../../src/search/analyzer.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { SETTINGS_KEY } from '../../src/search/settings.js';
import { readSnapshotFolder } from '../../src/search/snapshot/folder.js';
import { joinIndexes } from '../../src/search/snapshot/index-sections.js';
import { runSteps } from '../../src/search/snapshot/steps.js';
import { editSnapshot, type SnapshotParts, swappedStringEnds } from '../support/edit-snapshot.js';
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
    const indexPath = path.join(dir, 'state', 'index');
    /** The global scope's file: the seed articles are global. */
    const globalFile = path.join(indexPath, 'global.bin');
    await copySeeds(corpusDir);
    const open = async () => {
      const log = captureLogger();
      const engine = await Engine.open({ corpusDir, indexPath, logger: log.logger });
      return { engine, log };
    };
    return { corpusDir, indexPath, globalFile, open };
  }

  function expectSeedAnswer(engine: Engine): void {
    const answer = engine.ask(QUESTION);
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain(EXPECTED);
    expect(answer.citations[0]!.passageId).toBe(`${SEED_A}#2`);
    expectWellFormedAnswer(engine, answer);
  }

  it('is written by the first open and reused by the next', async () => {
    const { indexPath, globalFile, open } = await setup();
    const first = await open();
    expect(first.log.messages()).toContain('building the index from the corpus');
    expect(first.log.messages()).not.toContain('index snapshot loaded');
    await first.engine.close();
    expect(await readdir(indexPath)).toEqual(['global.bin']);
    expect((await stat(globalFile)).size).toBeGreaterThan(0);
    const saved = await readSnapshotFolder(indexPath);
    expect(saved.problems).toEqual([]);
    expect(saved.snapshot?.articles.map((a) => a.file).sort()).toEqual([SEED_A, SEED_B]);

    const second = await open();
    expect(second.log.messages()).toContain('index snapshot loaded');
    expect(second.log.messages()).not.toContain('building the index from the corpus');
    expect(second.engine.stats()).toEqual(first.engine.stats());
    expectSeedAnswer(second.engine);
    await second.engine.close();
  });

  it('re-indexes a file whose content changed since the snapshot, and answers from the new text', async () => {
    const { corpusDir, globalFile, open } = await setup();
    await (await open()).engine.close();
    const before = await readFile(globalFile);
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
    expect((await readFile(globalFile)).equals(before)).toBe(false);
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
    const saved = await readSnapshotFolder(indexPath);
    expect(saved.snapshot?.articles.length).toBe(3);

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
    ['a snapshot of another scope', edited((parts) => (parts.header.scope = '123'))],
    [
      'an article of another scope',
      edited((parts) => (parts.header.articles[0]!.file = `guilds/123/${parts.header.articles[0]!.file}`)),
    ],
    [
      'an index of fewer passages than the articles hold',
      edited((parts) => {
        const lengths = parts.sections.get('fieldLengths')!;
        parts.sections.set('fieldLengths', lengths.subarray(0, lengths.length - 8));
      }),
    ],
    ['passages without text', edited((parts) => parts.sections.set('latin1Texts', Buffer.alloc(0)))],
    ['an article table of the wrong shape', edited(swappedStringEnds)],
    ['an article without passages', edited((parts) => (parts.header.articles[0]!.passages = 0))],
    [
      'a term list that disagrees with its postings',
      edited((parts) => parts.sections.set('terms', Buffer.from('a'))),
    ],
  ];

  it.each(corruptions)('rebuilds from the corpus, never trusting %s', async (_name, corrupt) => {
    const { globalFile, open } = await setup();
    const first = await open();
    const stats = first.engine.stats();
    await first.engine.close();
    const valid = await readFile(globalFile);
    await writeFile(globalFile, corrupt(valid));

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

  // A whole file (its checksum holds) whose kept sentences do not fit: a writer's bug, not the disk.
  it('uses a snapshot whose kept sentences are damaged: each entry is checked where it is read, answers unchanged', async () => {
    const { globalFile, open } = await setup();
    const first = await open();
    const stats = first.engine.stats();
    const answers = [QUESTION, 'How many were wounded?', 'Who claimed the attacks?'].map((q) =>
      first.engine.ask(q),
    );
    await first.engine.close();
    await writeFile(
      globalFile,
      editSnapshot(await readFile(globalFile), (parts) =>
        parts.sections.set('sentencePool', Buffer.alloc(parts.sections.get('sentencePool')!.length, 0x7f)),
      ),
    );
    const { engine, log } = await open();
    expect(log.messages()).toContain('index snapshot loaded');
    expect(engine.stats()).toEqual(stats);
    expect(
      [QUESTION, 'How many were wounded?', 'Who claimed the attacks?'].map((q) => engine.ask(q)),
    ).toEqual(answers);
    expectSeedAnswer(engine);
    await engine.close();
  });
});

describe('scope snapshots joined into one index', () => {
  const passage = (file: string, n: number, text: string): Passage => ({
    id: `${file}#${n}`,
    file,
    scope: scopeOf(file),
    index: n,
    total: 2,
    title: 'Harbour notes',
    text,
  });
  const PASSAGES = [
    passage('harbour.txt', 1, 'The Saltmarsh harbour dredged its channel to nine metres in 2019.'),
    passage('guilds/111/orchard.txt', 1, 'The Bramblewood orchard planted 340 quince trees by the harbour.'),
    passage('harbour.txt', 2, 'Grain ships now come alongside the quay at any state of the tide.'),
    passage('guilds/222/ships.txt', 1, 'Grain ships and quince barges dredged the harbour channel again.'),
    passage('guilds/111/orchard.txt', 2, 'Quince jelly from the orchard is sold at the quay.'),
  ];
  const terms = (text: string) => analyze(text).map((term) => ({ term, boost: 1 }));

  it('searches as the index they were encoded from, for every scope seen', () => {
    const whole = PassageIndex.empty();
    whole.add(PASSAGES.slice(0, 3));
    whole.add(PASSAGES.slice(3)); // added after a first build, as uploads are
    const parts = ['global', '111', '222'].map((scope) => {
      const own = PASSAGES.filter((p) => p.scope === scope);
      return { own, encoded: runSteps(whole.encodeInSteps(own.map((p) => p.id))) };
    });
    const joined = PassageIndex.decode(
      joinIndexes(parts.map(({ own, encoded }) => ({ encoded, passages: own.length }))),
      parts.flatMap(({ own }) => own),
    );
    expect(joined.documentCount).toBe(PASSAGES.length);
    for (const question of ['harbour channel', 'quince', 'grain ships quay', 'dredged 2019']) {
      for (const scopes of [['global'], ['global', '111'], ['global', '222'], ['111', '222']]) {
        const expected = whole.query(terms(question), scopes, 10);
        const got = joined.query(terms(question), scopes, 10);
        expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
        got.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 9));
      }
    }
    for (const term of ['harbour', 'quinc', 'grain', 'dredg'])
      expect(joined.documentFrequency(term)).toBe(whole.documentFrequency(term));
    expect(joined.hasTerm('quinc', ['global'])).toBe(false);
    expect(joined.hasTerm('quinc', ['222'])).toBe(true);
  });
});
