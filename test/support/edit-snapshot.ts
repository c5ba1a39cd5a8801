/**
 * For tests that need a snapshot file that is whole (a valid checksum) but wrong inside: decodes a scope's
 * snapshot file, lets `edit` change it, and encodes it again.
 */
import type { ArticleEntry } from '../../src/search/snapshot/articles.js';
import { disassemble, encodeContainer } from '../../src/search/snapshot/container.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

/** A scope's snapshot header, as `scope-file.ts` writes it. */
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

export function editSnapshot(file: Uint8Array, edit: (parts: SnapshotParts) => void): Buffer {
  const { format, meta, sections } = disassemble(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  const parts: SnapshotParts = { format, header: meta as SnapshotHeader, sections };
  edit(parts);
  return Buffer.concat(
    runSteps(encodeContainer({ format: parts.format, meta: parts.header, sections: parts.sections })),
  );
}
