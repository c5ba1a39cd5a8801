import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertVectors } from '../../src/search/vectors/convert.js';
import { encodeVectorFile, joinWords } from '../../src/search/vectors/format.js';
import { bytesInWasmMemory, int8DotFor } from '../../src/search/vectors/simd-dot.js';
import { WordVectors } from '../../src/search/vectors/word-vectors.js';
import { DIMS, fakePackage, floatCosine, quiet, sink, TRICKY, useTempDirs } from './vectors-fixture.js';

const tempDir = useTempDirs();

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

  it('gives the same cosines whether rows are read four values at a time or one by one', () => {
    // 100 dimensions: rows read as 32-bit numbers; 6: one value at a time. Values spread over -127..127.
    for (const dims of [100, 6]) {
      let seed = 7;
      const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
      const table: Record<string, number[]> = {};
      for (let w = 0; w < 20; w++) table[`w${w}`] = Array.from({ length: dims }, () => next() ** 3);
      const vectors = WordVectors.fromTable(table);
      for (let a = 0; a < 20; a++) {
        for (let b = 0; b < 20; b++) {
          const ra = vectors.row(a);
          const rb = vectors.row(b);
          let dot = 0;
          for (let i = 0; i < dims; i++) dot += ra.values[i]! * rb.values[i]!;
          expect(vectors.cosineById(a, b)).toBe(dot * ra.inverseNorm * rb.inverseNorm);
        }
      }
      // Many at once (rows touched first), unknown rows giving 0 as one at a time.
      const rows = [3, -1, 19, 3, 20, 0];
      const into = new Float64Array(rows.length);
      vectors.cosinesById(5, rows, rows.length, into);
      expect([...into]).toEqual(rows.map((row) => vectors.cosineById(5, row)));
    }
  });

  it('gives the same cosines with WebAssembly SIMD dot products (rows in WebAssembly memory)', () => {
    // 100 dimensions: six 16-value steps and a 4-value tail; 6 and 35: tails only, or neither a multiple of 4.
    for (const dims of [100, 6, 35]) {
      let seed = 11;
      const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
      const table: Record<string, number[]> = {};
      // Rows at the extremes too (every value +-127 after quantising): the largest sums there are.
      table.top = Array.from({ length: dims }, () => 1);
      table.bottom = Array.from({ length: dims }, () => -1);
      for (let w = 0; w < 30; w++) table[`w${w}`] = Array.from({ length: dims }, () => next() ** 3);
      const plain = WordVectors.fromTable(table);
      const words = Object.keys(table);
      const chunks = encodeVectorFile({
        dimensions: dims,
        source: 'table',
        inverseNorms: Float32Array.from(words, (_, id) => plain.row(id).inverseNorm),
        vectors: Int8Array.from(words.flatMap((_, id) => [...plain.row(id).values])),
        count: words.length,
        vocab: joinWords(words),
      });
      const bytes = bytesInWasmMemory(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      expect(int8DotFor(bytes)).toBeDefined();
      const simd = WordVectors.fromBytes(bytes);
      for (let a = 0; a < words.length; a++)
        for (let b = 0; b < words.length; b++) expect(simd.cosineById(a, b)).toBe(plain.cosineById(a, b));
      expect(simd.cosineById(0, 1)).toBeLessThan(-0.99);
      expect(simd.cosineById(0, words.length)).toBe(0);
    }
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
