import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type NSpell from 'nspell';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEnglishDictionary, type EnglishDictionary } from '../../src/search/dictionary.js';
import {
  decodeDictionaryFile,
  DictionaryFileError,
  encodeDictionaryFile,
  MAGIC,
} from '../../src/search/dictionary-file.js';

const require = createRequire(import.meta.url);
const folderOf = (name: string) => fileURLToPath(new URL('.', import.meta.resolve(name)));

type Spell = NSpell & { data: Record<string, string[]> };

/** nspell itself, built from a package's Hunspell files as the dictionary was before it was compiled. */
function nspellOf(name: string): Spell {
  const nspell = require('nspell') as typeof NSpell;
  const folder = folderOf(name);
  return nspell(
    readFileSync(path.join(folder, 'index.aff')),
    readFileSync(path.join(folder, 'index.dic')),
  ) as Spell;
}

/**
 * What the compiled dictionary must match: en-US and en-GB together. A form is a word when either nspell says
 * so; suggestions are en-US nspell's with the en-GB words it lacks added to it.
 */
function realNspell() {
  const american = nspellOf('dictionary-en');
  const british = nspellOf('dictionary-en-gb');
  const suggester = nspellOf('dictionary-en');
  for (const word in british.data) if (!(word in american.data)) suggester.add(word);
  const words = new Set([...Object.keys(american.data), ...Object.keys(british.data)]);
  return {
    data: american.data,
    words,
    correct: (form: string) => american.correct(form) || british.correct(form),
    suggest: (word: string) => suggester.suggest(word),
  };
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('the compiled English dictionary', () => {
  let dir: string;
  let file: string;
  let spell: ReturnType<typeof realNspell>;
  let compiled: EnglishDictionary;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'citebot-dictionary-'));
    file = path.join(dir, 'vectors.bin.dictionary');
    spell = realNspell();
    const opened = openEnglishDictionary({ file });
    await opened.written;
    compiled = opened.dictionary;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is written when missing, then loaded from the file', async () => {
    expect((await readFile(file)).subarray(0, MAGIC.length).equals(MAGIC)).toBe(true);
    const said: string[] = [];
    const { dictionary, written } = openEnglishDictionary({ file, log: (message) => said.push(message) });
    await written;
    expect(said).toEqual([]);
    expect(dictionary.isWord('shrine')).toBe(true);
  });

  it('accepts exactly the words nspell accepts, in every letter case, and near misses of them', () => {
    const words = [...spell.words];
    const next = random(7);
    const samples: string[] = [
      ...['1st', '21st', '11th', '112th', '1th', '2nd', '23RD', 'item 11th', '', '  ', "don't", 'don\u2019t'],
    ];
    for (let i = 0; i < 20_000; i++) {
      let word = words[Math.floor(next() * words.length)]!;
      if (next() < 0.5) {
        const at = Math.floor(next() * (word.length + 1));
        const letter = "abcdefghijklmnopqrstuvwxyz'0é"[Math.floor(next() * 29)]!;
        word =
          next() < 0.5 ? word.slice(0, at) + letter + word.slice(at) : word.slice(0, at) + word.slice(at + 1);
      }
      samples.push(word);
    }
    let checked = 0;
    for (const word of samples) {
      for (const form of [
        word,
        word.toLowerCase(),
        word.toUpperCase(),
        word.charAt(0).toUpperCase() + word.slice(1),
      ]) {
        expect(compiled.isWordAsWritten(form), form).toBe(spell.correct(form));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80_000);
  });

  it("gives nspell's own suggestions", () => {
    for (const word of ['pakistn', 'killd', 'Killd', 'KILLD', 'frnace', 'shirne', 'teh', 'weapns', 'happend'])
      expect(compiled.suggest(word), word).toEqual(spell.suggest(word));
  });

  it('holds every word nspell knows, with the flags its checks read', () => {
    const table = decodeDictionaryFile(readFileSync(file));
    const words = new Map(table.words.entries());
    expect(words.size).toBe(spell.words.size);
    expect([...spell.words].filter((word) => !words.has(word))).toEqual([]);
    // British spellings the en-US dictionary lacks are words.
    for (const word of ['colour', 'grey', 'tyres', 'practise']) expect(words.has(word), word).toBe(true);
    // "1th" is only part of a compound (ONLYINCOMPOUND): a word, but not correct alone.
    expect(table.words.marks('1th')).toBeGreaterThan(0);
    expect(table.words.marks('qwzrtpxk')).toBe(-1);
  });

  it('is rebuilt when corrupt, truncated or built from other packages, never used', async () => {
    const good = await readFile(file);
    const corrupt = Buffer.from(good);
    corrupt[corrupt.length - 10] = corrupt[corrupt.length - 10]! ^ 0xff;
    const stale = decodeDictionaryFile(good);
    const other = encodeDictionaryFile({
      source: 'dictionary-en@0.0.1 nspell@0.0.1',
      words: new Map([['shrine', 0]]),
      settings: stale.settings,
      mixedCase: [],
    });
    for (const [bytes, why] of [
      [corrupt, /checksum/],
      [good.subarray(0, good.length - 1), /size/],
      [other, /built from dictionary-en@0\.0\.1/],
      [Buffer.from('not a dictionary at all, not at all'), /bad magic/],
    ] as const) {
      await writeFile(file, bytes);
      const said: string[] = [];
      const { dictionary, written } = openEnglishDictionary({ file, log: (message) => said.push(message) });
      expect(dictionary.isWord('weapons')).toBe(true);
      expect(dictionary.isWord('died')).toBe(true);
      await written;
      expect(said[0]).toMatch(why);
      expect((await readFile(file)).equals(good)).toBe(true);
    }
  });

  it('refuses words out of order even with a right checksum', () => {
    const table = decodeDictionaryFile(readFileSync(file));
    const bytes = encodeDictionaryFile({
      source: table.source,
      words: new Map([
        ['ab', 0],
        ['ba', 0],
      ]),
      settings: table.settings,
      mixedCase: [],
    });
    expect(decodeDictionaryFile(bytes).words.marks('ba')).toBe(0);
    // The same bytes with the two words swapped, checksum redone: refused.
    const swapped = Buffer.from(bytes);
    const at = swapped.indexOf('abba');
    swapped.write('baab', at);
    const { crc32 } = require('node:zlib') as typeof import('node:zlib');
    swapped.writeUInt32LE(crc32(swapped.subarray(24)), 20);
    expect(() => decodeDictionaryFile(swapped)).toThrow(DictionaryFileError);
    expect(() => decodeDictionaryFile(swapped)).toThrow(/out of order/);
  });

  it("with no file ('') is built in memory and writes nothing", async () => {
    const before = await readdir(dir);
    const { dictionary, written } = openEnglishDictionary({ file: '' });
    await written;
    expect(dictionary.isWord('died')).toBe(true);
    expect(await readdir(dir)).toEqual(before);
  });
});
