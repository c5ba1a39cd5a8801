/**
 * The English dictionary compiled once: every word `nspell` knows from `dictionary-en` and `dictionary-en-gb`
 * (their entries with their affixes applied, about 127,000), sorted, with the few settings its checks read. Loading this file takes a
 * few milliseconds where building nspell from the Hunspell files takes about 150 ms at every start.
 *
 * Layout (integers LE):
 *   magic (16 bytes) | u32 format | u32 CRC-32 of every byte after this field |
 *   u32 source id bytes | u32 words | u32 word bytes | u32 settings bytes | u32 mixed-case bytes |
 *   word ends (u32, one per word) | word marks (u8, one per word) | source id (UTF-8) | settings (JSON) |
 *   words (UTF-8, end to end) | mixed-case words (UTF-8, '\n'-joined)
 *
 * The words are sorted by their UTF-8 bytes: a lookup is a binary search over the file's bytes, and a load
 * makes no string per word. A word's marks say which of the flags nspell's checks test it carries
 * (`MARKED_FLAGS`); the settings are nspell's: its flag settings, compound rules, input and output
 * conversions and replacement table. The mixed-case words are the dictionary's entries with a capital
 * after the first letter, in lower case ("mcdonald"). A load checks the checksum, that the words are in
 * order and the settings well formed (about 5 ms in all).
 */
import { isDeepStrictEqual } from 'node:util';
import { CheckedFile, CheckedFileError, littleEndianView } from './checked-file.js';

/** Why a dictionary file was refused: its loader says so and rebuilds it. */
export class DictionaryFileError extends CheckedFileError {
  override name = 'DictionaryFileError';
}

/** The flags nspell's `correct` and `suggest` test on a word, each a bit of the word's marks, in this order. */
export const MARKED_FLAGS = ['KEEPCASE', 'FORBIDDENWORD', 'ONLYINCOMPOUND', 'NOSUGGEST'] as const;
export type MarkedFlag = (typeof MARKED_FLAGS)[number];

/** A regular expression as written to the file. */
type PatternJson = [source: string, flags: string];

/** nspell's settings as written to the file (JSON). */
interface SettingsJson {
  flags: Record<string, unknown>;
  compoundRules: PatternJson[];
  conversion: { in: Array<[...PatternJson, string]>; out: Array<[...PatternJson, string]> };
  replacementTable: Array<[string, string]>;
}

/** nspell's settings, as its checks read them. */
export interface SpellSettings {
  /** Its flag settings: KEY, TRY, COMPOUNDMIN, NOSUGGEST, ... (a null-prototype object, as nspell's). */
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: Array<[RegExp, string]>; out: Array<[RegExp, string]> };
  replacementTable: Array<[string, string]>;
}

/** What to write: nspell's words with their marks, its settings, the mixed-case words. */
export interface DictionaryTable {
  /** `dictionary-en@4.0.0 nspell@2.1.5`: what would make another build differ. */
  source: string;
  /** Word -> its marks (bit i set: the word has flag `MARKED_FLAGS[i]`). */
  words: ReadonlyMap<string, number>;
  settings: SpellSettings;
  mixedCase: Iterable<string>;
}

const FIELDS = ['sourceBytes', 'words', 'wordBytes', 'settingsBytes', 'mixedBytes'] as const;

/** Format 1: bump it when the layout changes, so that older files are rebuilt, never misread. */
const FILE = new CheckedFile('citebot-spelling', 1, FIELDS, DictionaryFileError, 'a dictionary file');
export const { magic: MAGIC, format: FORMAT } = FILE;

const patternJson = (pattern: RegExp): PatternJson => [pattern.source, pattern.flags];

/** The whole file for `table`. Throws when the settings would not read back the same (not plain JSON). */
export function encodeDictionaryFile(table: DictionaryTable): Buffer {
  const entries = [...table.words].map(([word, marks]) => ({
    word,
    bytes: Buffer.from(word, 'utf8'),
    marks,
  }));
  entries.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  const ends = Buffer.alloc(entries.length * 4);
  const marks = Buffer.alloc(entries.length);
  let end = 0;
  entries.forEach((entry, i) => {
    if (entry.bytes.length === 0) throw new Error('an empty word cannot be stored');
    if (entry.marks !== (entry.marks & 0xff)) throw new Error(`marks ${entry.marks} of ${entry.word}`);
    end += entry.bytes.length;
    ends.writeUInt32LE(end, i * 4);
    marks[i] = entry.marks;
  });
  const settingsText = JSON.stringify(settingsJson(table.settings));
  const mixed = [...table.mixedCase].sort();
  if (mixed.some((word) => word.includes('\n'))) throw new Error('a mixed-case word holds a line break');
  const settingsBytes = Buffer.from(settingsText, 'utf8');
  const sourceBytes = Buffer.from(table.source, 'utf8');
  const mixedBytes = Buffer.from(mixed.join('\n'), 'utf8');
  const head = FILE.header({
    sourceBytes: sourceBytes.length,
    words: entries.length,
    wordBytes: end,
    settingsBytes: settingsBytes.length,
    mixedBytes: mixedBytes.length,
  });
  const body = [ends, marks, sourceBytes, settingsBytes, ...entries.map((entry) => entry.bytes), mixedBytes];
  FILE.seal(head, body);
  const bytes = Buffer.concat([head, ...body]);
  // What is written must read back as the same settings: nspell's are plain strings, numbers and patterns.
  if (!isDeepStrictEqual(decodeDictionaryFile(bytes).settings, table.settings)) {
    throw new Error('the dictionary settings do not survive the file');
  }
  return bytes;
}

function settingsJson(settings: SpellSettings): SettingsJson {
  return {
    flags: { ...settings.flags },
    compoundRules: settings.compoundRules.map(patternJson),
    conversion: {
      in: settings.conversion.in.map(([pattern, to]) => [...patternJson(pattern), to]),
      out: settings.conversion.out.map(([pattern, to]) => [...patternJson(pattern), to]),
    },
    replacementTable: settings.replacementTable.map(([from, to]) => [from, to]),
  };
}

/** A checked dictionary file: its words looked up in place. */
export class WordTable {
  /** How many words. */
  readonly size: number;
  /** A word's UTF-8 bytes, for the search (grown as needed). */
  private scratch = Buffer.alloc(256);

  constructor(
    private readonly bytes: Buffer,
    /** Where the words start in `bytes`. */
    private readonly wordsAt: number,
    /** Word i is `bytes[wordsAt + ends[i - 1] .. wordsAt + ends[i])` (0 for the first). */
    private readonly ends: Uint32Array,
    private readonly wordMarks: Uint8Array,
  ) {
    this.size = ends.length;
  }

  /** The word's marks (0 when it has none of the marked flags), or -1 when it is not a dictionary word. */
  marks(word: string): number {
    let length: number;
    // Letters, digits and apostrophes are one byte each: no encoding needed.
    const count = word.length;
    let ascii = count <= this.scratch.length;
    if (ascii) {
      for (let i = 0; i < count; i++) {
        const code = word.charCodeAt(i);
        if (code > 0x7f) {
          ascii = false;
          break;
        }
        this.scratch[i] = code;
      }
    }
    if (ascii) length = count;
    else {
      if (this.scratch.length < count * 3) this.scratch = Buffer.alloc(count * 3);
      length = this.scratch.write(word, 0, 'utf8');
    }
    const { bytes, wordsAt, ends, scratch } = this;
    let low = 0;
    let high = ends.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = wordsAt + (mid === 0 ? 0 : ends[mid - 1]!);
      const stop = wordsAt + ends[mid]!;
      let order = 0;
      const common = Math.min(stop - start, length);
      for (let i = 0; i < common; i++) {
        const diff = bytes[start + i]! - scratch[i]!;
        if (diff !== 0) {
          order = diff;
          break;
        }
      }
      if (order === 0) order = stop - start - length;
      if (order === 0) return this.wordMarks[mid]!;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Every word with its marks, in file order (for tests and checks). */
  *entries(): Generator<[word: string, marks: number]> {
    let start = this.wordsAt;
    for (let i = 0; i < this.size; i++) {
      const stop = this.wordsAt + this.ends[i]!;
      yield [this.bytes.toString('utf8', start, stop), this.wordMarks[i]!];
      start = stop;
    }
  }
}

/** A checked file's contents. */
export interface DictionaryFile {
  source: string;
  words: WordTable;
  settings: SpellSettings;
  mixedCase: string[];
}

/** Reads and checks a whole dictionary file; throws `DictionaryFileError` saying what is wrong. */
export function decodeDictionaryFile(input: Uint8Array): DictionaryFile {
  const { buf, fields } = FILE.open(input);
  const { sourceBytes, words: count, wordBytes, settingsBytes, mixedBytes } = fields;
  const marksAt = FILE.headerBytes + count * 4;
  const sourceAt = marksAt + count;
  const settingsAt = sourceAt + sourceBytes;
  const wordsAt = settingsAt + settingsBytes;
  const mixedAt = wordsAt + wordBytes;
  FILE.verify(buf, mixedAt + mixedBytes);
  // A matching checksum vouches for the bytes, not for their writer: the order and the settings are checked.
  const ends = littleEndianView(Uint32Array, buf, FILE.headerBytes, count);
  let previousStart = 0;
  let start = 0;
  for (let i = 0; i < count; i++) {
    const end = ends[i]!;
    if (!(end > start) || end > wordBytes) throw new DictionaryFileError('a word is empty or out of place');
    if (i > 0 && !before(buf, wordsAt + previousStart, wordsAt + start, wordsAt + end)) {
      throw new DictionaryFileError('words out of order');
    }
    previousStart = start;
    start = end;
  }
  if (start !== wordBytes)
    throw new DictionaryFileError(`the words end at ${start}, header says ${wordBytes}`);
  const wordMarks = new Uint8Array(buf.buffer, buf.byteOffset + marksAt, count);
  for (let i = 0; i < count; i++) {
    if (wordMarks[i]! >> MARKED_FLAGS.length) throw new DictionaryFileError('a word has unknown marks');
  }
  const source = buf.toString('utf8', sourceAt, settingsAt);
  const settings = readSettings(buf.toString('utf8', settingsAt, wordsAt));
  const mixedCase = mixedBytes === 0 ? [] : buf.toString('utf8', mixedAt).split('\n');
  return { source, words: new WordTable(buf, wordsAt, ends, wordMarks), settings, mixedCase };
}

/** Is the word at [a, b) strictly before the one at [b, c) in byte order? */
function before(buf: Buffer, a: number, b: number, c: number): boolean {
  const common = Math.min(b - a, c - b);
  for (let i = 0; i < common; i++) {
    const diff = buf[a + i]! - buf[b + i]!;
    if (diff !== 0) return diff < 0;
  }
  return b - a < c - b;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringPair = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every(isString);

function pattern(value: unknown): RegExp {
  if (!Array.isArray(value) || value.length < 2 || !isString(value[0]) || !isString(value[1])) {
    throw new DictionaryFileError('a pattern is not [source, flags]');
  }
  try {
    return new RegExp(value[0], value[1]);
  } catch {
    throw new DictionaryFileError(`a pattern does not compile: /${value[0]}/${value[1]}`);
  }
}

function conversions(value: unknown): Array<[RegExp, string]> {
  if (!Array.isArray(value)) throw new DictionaryFileError('a conversion list is not a list');
  return value.map((entry: unknown) => {
    if (!Array.isArray(entry) || entry.length !== 3 || !isString(entry[2])) {
      throw new DictionaryFileError('a conversion is not [source, flags, replacement]');
    }
    return [pattern(entry), entry[2]];
  });
}

function readSettings(text: string): SpellSettings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DictionaryFileError('settings are not JSON');
  }
  const { flags, compoundRules, conversion, replacementTable } = (json ?? {}) as Partial<
    Record<keyof SettingsJson, unknown>
  >;
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) {
    throw new DictionaryFileError('flag settings are not an object');
  }
  const { KEY, TRY } = flags as Record<string, unknown>;
  if (!Array.isArray(KEY) || !KEY.every(isString) || !Array.isArray(TRY) || !TRY.every(isString)) {
    throw new DictionaryFileError('KEY or TRY is not a list of strings');
  }
  if (!Array.isArray(compoundRules)) throw new DictionaryFileError('compound rules are not a list');
  if (typeof conversion !== 'object' || conversion === null) {
    throw new DictionaryFileError('conversions are not an object');
  }
  const { in: input, out } = conversion as Record<string, unknown>;
  if (!Array.isArray(replacementTable) || !replacementTable.every(isStringPair)) {
    throw new DictionaryFileError('the replacement table is not a list of pairs');
  }
  return {
    // nspell's own object has no prototype: "toString" is no flag.
    flags: Object.assign(Object.create(null) as Record<string, unknown>, flags),
    compoundRules: compoundRules.map(pattern),
    conversion: { in: conversions(input), out: conversions(out) },
    replacementTable,
  };
}
