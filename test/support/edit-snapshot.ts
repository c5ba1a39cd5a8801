/**
 * For tests that need a snapshot file that is whole (a valid checksum) but wrong inside: decodes a scope's
 * snapshot file, lets `edit` change it (its article table as the entries it holds), and encodes it again.
 */
import { articleEntriesOfTable, encodeArticleTable } from '../../src/search/snapshot/article-table.js';
import type { ArticleEntry } from '../../src/search/snapshot/articles.js';
import { disassemble, encodeContainer } from '../../src/search/snapshot/container.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

/** A scope's snapshot header, as `scope-file.ts` writes it, with its article table read as entries. */
export interface SnapshotHeader {
  settingsKey: string;
  scope: string;
  articles: ArticleEntry[];
  averageFieldLength: number[];
  freqBytes: number;
}

/** A snapshot taken apart. */
export interface SnapshotParts {
  format: number;
  header: SnapshotHeader;
  sections: Map<string, Buffer>;
}

/** The table's string ends with its first two swapped: a table whose strings do not follow one another. */
export function swappedStringEnds(parts: SnapshotParts): void {
  const ends = Buffer.from(parts.sections.get('articleStringEnds')!);
  const first = ends.readUInt32LE(0);
  ends.writeUInt32LE(ends.readUInt32LE(4), 0);
  ends.writeUInt32LE(first, 4);
  parts.sections.set('articleStringEnds', ends);
}

export function editSnapshot(file: Uint8Array, edit: (parts: SnapshotParts) => void): Buffer {
  const { format, meta, sections } = disassemble(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  const articles = articleEntriesOfTable(sections, meta);
  const before = JSON.stringify(articles);
  const parts: SnapshotParts = { format, header: { ...(meta as SnapshotHeader), articles }, sections };
  edit(parts);
  const { articles: edited, ...header } = parts.header;
  // Entries edited are written back as the table (its sections keep their places in the file); else the
  // sections stay as they are, edited or not.
  const rewritten = JSON.stringify(edited) === before ? undefined : runSteps(encodeArticleTable(edited));
  for (const [name, bytes] of rewritten?.sections ?? []) parts.sections.set(name, bytes);
  const tableMeta = rewritten?.meta ?? {};
  return Buffer.concat(
    runSteps(
      encodeContainer({ format: parts.format, meta: { ...header, ...tableMeta }, sections: parts.sections }),
    ),
  );
}
