import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { analyze } from '../../src/search/analyzer.js';
import { disassemble } from '../../src/search/snapshot/container.js';
import { readSnapshotFolder, type Snapshot } from '../../src/search/snapshot/folder.js';
import { encodeScope } from '../../src/search/snapshot/index.js';
import { runSteps } from '../../src/search/snapshot/steps.js';
import { editSnapshot } from '../support/edit-snapshot.js';
import { copySeeds, useTempDirs } from '../engine/fixtures.js';

/** Every passage's kept sentences, in snapshot order. */
function sentencesOf({ articles, index }: Snapshot) {
  return articles.flatMap((a) => a.passages.map((p) => index.sentencesOf(p)));
}

/** A large scope's file leaves its passage texts and kept sentences on disk and reads each when asked for. */
describe('passage texts read from the snapshot file on demand', () => {
  const tempDir = useTempDirs('citebot-texts-on-disk-');

  async function written() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const indexPath = path.join(dir, 'index');
    await copySeeds(corpusDir);
    // A passage of characters beyond Latin-1 too, so both text runs are read.
    await writeFile(
      path.join(corpusDir, 'harbour.md'),
      '# Harbour\n\nThe quay — rebuilt in 1911 — takes ships of 9 m draught.\n\nGrain ships come in at high tide.\n',
    );
    await (await Engine.open({ corpusDir, indexPath })).close();
    return { corpusDir, indexPath, file: path.join(indexPath, 'global.bin') };
  }

  it('gives the same articles, passages and index as texts decoded at start', async () => {
    const { indexPath } = await written();
    const decoded = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: Infinity })).snapshot!;
    const onDisk = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 })).snapshot!;
    // Passages whose text is read on demand have it as a getter (not an own field): compared by value.
    const plain = (articles: typeof decoded.articles) =>
      articles.map((a) => ({ ...a, passages: a.passages.map((p) => ({ ...p, text: p.text })) }));
    expect(plain(onDisk.articles)).toEqual(plain(decoded.articles));
    expect(onDisk.articles.flatMap((a) => a.passages.map((p) => p.text))).toEqual(
      decoded.articles.flatMap((a) => a.passages.map((p) => p.text)),
    );
    expect(JSON.stringify(onDisk.articles)).toBe(JSON.stringify(decoded.articles));
    const terms = analyze('grain ships quay shrine attack').map((term) => ({ term, boost: 1 }));
    expect(onDisk.index.query(terms, ['global'], 10)).toEqual(decoded.index.query(terms, ['global'], 10));
    // The kept sentences, left on disk too.
    expect(sentencesOf(onDisk)).toEqual(sentencesOf(decoded));
    expect(sentencesOf(onDisk).filter((s) => s !== undefined).length).toBeGreaterThan(3);
  });

  it('reads texts after the file was replaced and removed, and writes the file texts decoded at start write', async () => {
    const { indexPath, file } = await written();
    const decoded = (await readSnapshotFolder(indexPath, { textsOnDiskFrom: Infinity })).snapshot!;
    const { snapshot } = await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 });
    // A new snapshot renamed over the file, then the folder removed: the open file still reads as it was.
    await writeFile(`${file}.new`, Buffer.from('not a snapshot'));
    await rename(`${file}.new`, file);
    await rm(indexPath, { recursive: true });
    const texts = snapshot!.articles.flatMap((a) => a.passages.map((p) => p.text));
    expect(texts.some((text) => text.includes('rebuilt in 1911 —'))).toBe(true);
    expect(sentencesOf(snapshot!)).toEqual(sentencesOf(decoded));
    const encode = ({ articles, index, aliases }: typeof decoded) =>
      Buffer.concat(runSteps(encodeScope('global', articles, index, (f) => aliases.get(f) ?? [])));
    expect(encode(snapshot!).equals(encode(decoded))).toBe(true);
  });

  it('never trusts a file whose texts are damaged, though it does not decode them', async () => {
    const { indexPath, file } = await written();
    const valid = await readFile(file);
    const damaged = Buffer.from(valid);
    damaged[valid.length - 10]! ^= 0x20;
    // A unit in the middle of the kept sentences, left on disk too.
    const pool = disassemble(valid).sections.get('sentencePool')!;
    const damagedPool = Buffer.from(valid);
    damagedPool[pool.byteOffset - valid.byteOffset + (pool.length >> 1)]! ^= 0x01;
    for (const bad of [
      damaged,
      damagedPool,
      editSnapshot(valid, (parts) =>
        parts.sections.set('latin1Texts', parts.sections.get('latin1Texts')!.subarray(1)),
      ),
      editSnapshot(valid, (parts) => parts.sections.set('utf16Texts', Buffer.alloc(3))),
      editSnapshot(valid, (parts) =>
        parts.sections.set('textKinds', Buffer.alloc(parts.sections.get('textKinds')!.length, 2)),
      ),
    ]) {
      await writeFile(file, bad);
      const read = await readSnapshotFolder(indexPath, { textsOnDiskFrom: 0 });
      expect(read.snapshot).toBeUndefined();
      expect(read.problems).toEqual([
        { scope: 'global', reason: expect.stringMatching(/^snapshot is corrupt/) },
      ]);
    }
  });
});
