/**
 * The term table derived from the word vectors: keyed by the analyzer's terms, kept beside the word file,
 * loaded without the word file when current, rebuilt when missing, corrupt or built from another package.
 * Real files in temp dirs, built from a small package in the real package's layout.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/analyzer.js';
import { forgetWordVectors } from '../../src/search/vectors/store.js';
import { forgetTermVectors, openTermVectors, termTableFrom } from '../../src/search/vectors/term-vectors.js';
import { WordVectors } from '../../src/search/vectors/word-vectors.js';
import { fakePackage, quiet, useTempDirs } from './vectors-fixture.js';

const tempDir = useTempDirs();

describe('term vectors', () => {
  it('keys rows by search term, merging a word’s forms, and keeps cosines between them', () => {
    const v = (x: number) => Array.from({ length: 4 }, (_, i) => (i === 0 ? 1 : x * i));
    const words = WordVectors.fromTable({
      killed: v(0.1),
      killing: v(0.12),
      died: v(0.15),
      the: v(-1),
      banana: [0, 0, 1, 0],
    });
    const terms = termTableFrom(words);
    // "killed" and "killing" are one term; "the" is a stop word and has no row.
    expect(terms.has(termOf('killed')!)).toBe(true);
    expect(termOf('killing')).toBe(termOf('killed'));
    expect(terms.has('the')).toBe(false);
    expect(terms.size).toBe(3);
    expect(terms.cosine(termOf('killed')!, termOf('died')!)).toBeGreaterThan(0.95);
    expect(terms.cosine(termOf('killed')!, termOf('banana')!)).toBeLessThan(0.5);
  });

  it('derives the table once, loads it alone when current, and rebuilds it when corrupt or stale', async () => {
    const dir = await tempDir();
    const pkg = path.join(dir, 'pkg');
    await mkdir(pkg);
    await fakePackage(pkg);
    const wordFile = path.join(dir, 'state', 'vectors.bin');
    const lines: string[] = [];
    const options = { source: pkg, log: (line: string) => lines.push(line), progressStream: quiet() };
    const first = await openTermVectors(wordFile, options);
    expect(lines.join('\n')).toMatch(/term vectors derived/);
    const termFile = `${wordFile}.terms`;
    const built = await stat(termFile);
    expect(first.size).toBeGreaterThan(100);

    // After a restart the term file is loaded as it is, without the word file: not rewritten.
    forgetTermVectors();
    forgetWordVectors();
    lines.length = 0;
    const again = await openTermVectors(wordFile, options);
    expect(lines).toEqual([]);
    expect(again.size).toBe(first.size);
    expect((await stat(termFile)).mtimeMs).toBe(built.mtimeMs);

    // One flipped byte: refused (checksum) and rebuilt, never trusted.
    const bytes = await readFile(termFile);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    await writeFile(termFile, bytes);
    lines.length = 0;
    forgetTermVectors();
    const rebuilt = await openTermVectors(wordFile, options);
    expect(lines.join('\n')).toMatch(/checksum/);
    expect(rebuilt.size).toBe(first.size);

    // A new version of the package: the word file and the term table are both rebuilt from it.
    await fakePackage(pkg, '2.0.0');
    lines.length = 0;
    forgetTermVectors();
    forgetWordVectors();
    await openTermVectors(wordFile, options);
    expect(lines.join('\n')).toMatch(/built from fake-vectors@1.0.0, installed is fake-vectors@2.0.0/);
    expect(lines.join('\n')).toMatch(/term vectors derived/);
  });
});
