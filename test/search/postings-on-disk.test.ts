import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.js';
import { Engine } from '../../src/engine.js';
import { analyze } from '../../src/search/analyzer.js';
import type { PassageIndex } from '../../src/search/passage-index.js';
import { readSnapshotFolder, type Snapshot } from '../../src/search/snapshot/folder.js';
import { editSnapshot } from '../support/edit-snapshot.js';
import { copySeeds, useTempDirs, writeFiles } from '../engine/fixtures.js';

const SERVER = '333333333333333333';

/**
 * A ledger of more passages holding its common words than are scored whole, so candidates are picked by walking
 * their postings (search/index/candidates.ts), with words of their own so ranges differ in length.
 */
const LEDGER = Array.from(
  { length: 2_000 },
  (_, n) =>
    `Entry ${n}: the grain barge ${['heron', 'osprey', 'teal', 'wigeon'][n % 4]} reached the quay ` +
    `with ${n * 3} sacks of ${n % 7 === 0 ? 'barley' : 'wheat'} for mill ${n % 13}.`,
).join('\n\n');

/** Everything the postings answer, for every term of `terms`, rarest first as a question would walk them. */
function readings(index: PassageIndex, terms: readonly string[], scopes: readonly string[]) {
  const asked = (list: readonly string[]) => list.map((term) => ({ term, boost: 1 }));
  return terms.map((term, k) => [
    index.hasTerm(term, scopes),
    index.documentFrequency(term),
    index.passagesWith(term).sort(),
    index.query(asked([term]), scopes, 5, { fallback: false }),
    index.query(asked(terms.slice(k, k + 6)), scopes, 5, { fallback: false }),
  ]);
}

/** A large scope's file leaves its postings on disk and reads each term's range the first time it is walked. */
describe('postings read from the snapshot file on demand', () => {
  const tempDir = useTempDirs('citebot-postings-on-disk-');

  async function written(files: Record<string, string> = { 'ledger.md': `# Ledger\n\n${LEDGER}\n` }) {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const indexPath = path.join(dir, 'index');
    await copySeeds(corpusDir);
    await writeFiles(corpusDir, files);
    await (await Engine.open({ corpusDir, indexPath })).close();
    const decoded = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: Infinity })).snapshot!;
    const terms = [...decoded.index.terms()];
    return { indexPath, file: path.join(indexPath, 'global.bin'), decoded, terms };
  }

  it('answers as postings read at start, term by term, and after the file is replaced and removed', async () => {
    const { indexPath, file, decoded, terms } = await written();
    expect(terms.length).toBeGreaterThan(200);
    expect(decoded.index.passagesWith('grain').length).toBeGreaterThan(500);
    const onDisk = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 })).snapshot!;
    const half = Math.floor(terms.length / 2);
    expect(readings(onDisk.index, terms.slice(0, half), ['global'])).toEqual(
      readings(decoded.index, terms.slice(0, half), ['global']),
    );
    // The other terms' postings are read after a newer file was renamed over it and the folder removed.
    await writeFile(`${file}.new`, Buffer.from('not a snapshot'));
    await rename(`${file}.new`, file);
    await rm(indexPath, { recursive: true });
    expect(readings(onDisk.index, terms.slice(half), ['global', SERVER])).toEqual(
      readings(decoded.index, terms.slice(half), ['global', SERVER]),
    );
    // The term tree's postings (fuzzy and prefix search) too.
    const fuzzy = (snapshot: Snapshot) => snapshot.index.prefixSearch(terms.slice(0, 40), ['global'], 10);
    expect(fuzzy(onDisk)).toEqual(fuzzy(decoded));
  });

  it('tells whether a passage holds a term only from postings read in, never reading them in for it', async () => {
    const { indexPath, decoded, terms } = await written();
    const onDisk = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 })).snapshot!;
    const entries = Array.from({ length: 40 }, (_, n) => n * 50 + 1).map(
      (n) => ({ id: `ledger.md#${n}`, file: 'ledger.md', index: n }) as Passage,
    );
    const probes = terms.slice(0, 60);
    const holds = (index: PassageIndex) => entries.map((p) => probes.map((term) => index.holdsTerm(p, term)));
    // Before any search: none is told (the postings stay on disk), except a term the index never numbered.
    expect(
      holds(onDisk.index)
        .flat()
        .every((told) => told === undefined),
    ).toBe(true);
    expect(onDisk.index.holdsTerm(entries[0]!, 'zzzunknown')).toBe(false);
    // Once the terms are searched for (their postings read in), as the index read at start tells.
    readings(onDisk.index, probes, ['global']);
    const told = holds(decoded.index);
    expect(holds(onDisk.index)).toEqual(told);
    expect(told.flat().filter((held) => held === true).length).toBeGreaterThan(10);
    expect(told.flat().filter((held) => held === false).length).toBeGreaterThan(40);
  });

  it('reads every posting in before the postings change, then answers as the index read at start', async () => {
    const { indexPath, decoded, terms } = await written();
    const onDisk = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 })).snapshot!;
    readings(onDisk.index, terms.slice(0, 20), ['global']);
    const added: Passage = {
      id: 'tides.md#1',
      file: 'tides.md',
      scope: 'global',
      index: 1,
      total: 1,
      title: 'Tides',
      text: 'The spring tide at Saltmarsh rose 7 metres over the grain quay.',
    };
    for (const { index } of [onDisk, decoded]) index.add([added]);
    const more = [...terms, ...analyze(added.text)];
    expect(readings(onDisk.index, more, ['global'])).toEqual(readings(decoded.index, more, ['global']));
  });

  it('joins a server’s scope to the global one as postings read at start', async () => {
    const { indexPath, decoded, terms } = await written({
      [`guilds/${SERVER}/lighthouse.md`]:
        '# Lighthouses\n\nThe Pelican Point lighthouse was built in 1871 and its lamp could be seen 22 miles out.\n',
    });
    const onDisk = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 })).snapshot!;
    expect(onDisk.scopes).toEqual(['global', SERVER]);
    for (const scopes of [['global'], ['global', SERVER]]) {
      expect(readings(onDisk.index, terms, scopes)).toEqual(readings(decoded.index, terms, scopes));
    }
  });

  it('never trusts a file whose postings reach past its passages, though they are not read at start', async () => {
    const { indexPath, file } = await written();
    const valid = await readFile(file);
    const passages = (await readSnapshotFolder(indexPath)).snapshot!.index.documentCount;
    const edited = (name: string, change: (section: Buffer) => void) =>
      editSnapshot(valid, ({ sections }) => {
        const section = Buffer.from(sections.get(name)!);
        change(section);
        sections.set(name, section);
      });
    for (const bad of [
      edited('docs', (docs) => docs.writeUInt32LE(passages, docs.length - 4)),
      edited('docs', (docs) => docs.writeUInt32LE(0xffffffff, 0)),
      edited('freqs', (freqs) => freqs.fill(0, freqs.length - 1)),
      editSnapshot(valid, ({ sections }) => sections.set('docs', sections.get('docs')!.subarray(4))),
      editSnapshot(valid, ({ sections }) => sections.set('freqs', sections.get('freqs')!.subarray(1))),
      editSnapshot(valid, ({ header }) => (header.freqBytes = 3)),
    ]) {
      await writeFile(file, bad);
      const read = await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 });
      expect(read.snapshot).toBeUndefined();
      expect(read.problems).toEqual([
        { scope: 'global', reason: expect.stringMatching(/^snapshot is corrupt/) },
      ]);
      await writeFile(file, valid); // removed as corrupt: put back for the next
    }
  });
});
