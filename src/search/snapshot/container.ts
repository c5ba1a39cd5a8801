/**
 * The snapshot container: how a snapshot file is laid out, knowing nothing of what it holds. Layout: magic
 * (`citebot-snapshot`), format (u32 LE), CRC-32 of everything after it (u32 LE), header length (u32 LE), the
 * header (JSON: `{ sections: [[name, bytes], ...], meta }`, `meta` being the contents' own description), then
 * the named sections' bytes in table order. A file is trusted only whole (checksum) and of this format.
 */
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import type { Steps } from './steps.js';

const MAGIC = Buffer.from('citebot-snapshot', 'latin1');
/**
 * 8: as 7, a numbered list item's marker kept with its sentence ("1. Hoses may be used ...": sentences.ts), so
 * snapshots of 7 split the old way are rebuilt. 7: as 6, the article entries as a table of sections
 * (article-table.ts), not JSON in the header. 6: as 5, each scope's index with its passages' sentences (offsets
 * and term numbers). 5: one file per scope (the snapshot folder), each holding its articles and their own index
 * (ignored, and rebuilt). 4 and before: one file of every scope (ignored, and removed when found where the
 * folder goes).
 */
export const FORMAT = 8;
/** Magic, format, checksum, header length. */
export const PREFIX_BYTES = MAGIC.length + 12;
/** Bytes checksummed between two steps of `encodeContainer`. */
const CRC_STEP_BYTES = 1 << 20;

/** Why a snapshot cannot be used; its message is logged as the reason. */
export class SnapshotProblem extends Error {}

export interface ContainerParts {
  format: number;
  /** What the contents say of themselves (JSON). */
  meta: unknown;
  /** Named sections, in file order. */
  sections: Map<string, Buffer>;
}

const headerSchema = z.object({
  sections: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  meta: z.unknown(),
});

/**
 * The file's bytes, as chunks to write one after the other (sections are not copied into one buffer). The
 * checksum is taken a megabyte per step.
 */
export function* encodeContainer({ format, meta, sections }: ContainerParts): Steps<Buffer[]> {
  const table = [...sections].map(([name, bytes]) => [name, bytes.length]);
  const header = Buffer.from(asciiJson({ sections: table, meta }), 'latin1');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix);
  prefix.writeUInt32LE(format, MAGIC.length);
  prefix.writeUInt32LE(header.length, MAGIC.length + 8);
  const chunks = [prefix, header, ...sections.values()];
  let crc = crc32(prefix.subarray(MAGIC.length + 8));
  for (const chunk of chunks.slice(1)) {
    for (let at = 0; at < chunk.length; at += CRC_STEP_BYTES) {
      crc = crc32(chunk.subarray(at, at + CRC_STEP_BYTES), crc);
      yield;
    }
  }
  prefix.writeUInt32LE(crc, MAGIC.length + 4);
  return chunks;
}

/**
 * JSON with every character past ASCII written as a `\u` escape: one such character (a title's "é") made the
 * whole decoded header a two-byte string, slower to decode and to parse (a 100k-passage header, 2.5 MB with
 * 1,247 such bytes: `decodeHeader` 101 -> 90 ms in a fresh process, 75 -> 40 ms warm). Any JSON reader reads
 * it as the same value, so files written before read as they did.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The format a file says it has, or undefined when it is no snapshot of ours at all. */
export function formatOf(file: Uint8Array): number | undefined {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  return bytes.readUInt32LE(MAGIC.length);
}

/**
 * What a file's first `PREFIX_BYTES` say: its format, its checksum, its header's length. Throws a
 * SnapshotProblem when they are not a snapshot of ours.
 */
export function prefixOf(prefix: Buffer): { format: number; crc: number; headerBytes: number } {
  const format = formatOf(prefix);
  if (format === undefined) {
    throw new SnapshotProblem('snapshot is corrupt or in another format (no Citebot snapshot header)');
  }
  return {
    format,
    crc: prefix.readUInt32LE(MAGIC.length + 4),
    headerBytes: prefix.readUInt32LE(MAGIC.length + 8),
  };
}

/** The header's meta and section table; throws a SnapshotProblem when it is malformed. */
export function decodeHeader(header: Buffer): { meta: unknown; table: Array<[string, number]> } {
  try {
    const parsed = headerSchema.parse(JSON.parse(header.toString('utf8')));
    return { meta: parsed.meta, table: parsed.sections };
  } catch {
    throw new SnapshotProblem('snapshot is corrupt (bad header)');
  }
}

/** Bytes at the start of a header searched for its section table (`sectionTableOf`). */
const TABLE_SEARCH_BYTES = 64 << 10;
/** What follows the section table in a header as `encodeContainer` writes it. */
const AFTER_TABLE = '],"meta":';

/**
 * The section table alone, read from the start of a header as `encodeContainer` writes it (`{"sections":[...],
 * "meta":...}`), without parsing the rest (2.5 MB of article entries at 100k passages): so a reader can start
 * reading sections while the rest is parsed. Undefined when the header does not start so; it is no check of the
 * header, whose whole parse must give the same table (`sameTable`). The table's end is found by text: inside a
 * JSON string every `"` is escaped, so `],"meta":` can only be where the table's array ends.
 */
export function sectionTableOf(header: Buffer): Array<[string, number]> | undefined {
  const start = '{"sections":';
  const text = header.toString('latin1', 0, Math.min(header.length, TABLE_SEARCH_BYTES));
  const end = text.indexOf(AFTER_TABLE);
  if (!text.startsWith(start) || end < 0) return undefined;
  try {
    return headerSchema.shape.sections.parse(JSON.parse(text.slice(start.length, end + 1)));
  } catch {
    return undefined;
  }
}

/** Whether two section tables are the same. */
export function sameTable(a: ReadonlyArray<[string, number]>, b: ReadonlyArray<[string, number]>): boolean {
  return a.length === b.length && a.every(([name, bytes], i) => name === b[i]![0] && bytes === b[i]![1]);
}

/**
 * Takes a file apart, whatever its format (for `decodeContainer`, and for tests that edit snapshots); throws a
 * SnapshotProblem when it is not one of ours or is not whole.
 */
export function disassemble(file: Buffer): ContainerParts {
  const { format, crc, headerBytes } = prefixOf(file);
  if (crc32(file.subarray(MAGIC.length + 8)) !== crc) {
    throw new SnapshotProblem('snapshot is corrupt (checksum mismatch: truncated or damaged)');
  }
  const headerEnd = PREFIX_BYTES + headerBytes;
  const { meta, table } = decodeHeader(file.subarray(PREFIX_BYTES, headerEnd));
  const sections = new Map<string, Buffer>();
  let at = headerEnd;
  for (const [name, length] of table) {
    if (at + length > file.length || sections.has(name)) {
      throw new SnapshotProblem('snapshot is corrupt (bad section table)');
    }
    sections.set(name, file.subarray(at, (at += length)));
  }
  if (at !== file.length) throw new SnapshotProblem('snapshot is corrupt (bad section table)');
  return { format, meta, sections };
}

/** A file of this format taken apart; throws a SnapshotProblem (with why) otherwise. */
export function decodeContainer(file: Buffer): ContainerParts {
  const parts = disassemble(file);
  if (parts.format !== FORMAT) throw new SnapshotProblem(`snapshot format ${parts.format} is not ${FORMAT}`);
  return parts;
}
