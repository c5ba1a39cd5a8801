/**
 * The index snapshot, in one folder: what the engine keeps on disk between starts so an unchanged corpus is not
 * parsed and indexed again.
 *
 * - `container.ts`: the file layout (magic, format, CRC-32, named sections); knows nothing of articles.
 * - `container-file.ts`: a file read section by section (each in a buffer of its own, which typed arrays view
 *   as it lies), the whole checksummed; sections can be left on disk.
 * - `passage-texts.ts`, `text-source.ts`: passage texts decoded at start (a small file), or left on disk and
 *   read when asked for (a large one: at 1M passages, 780 MB of its 1.3 GB); a large file's kept sentences are
 *   left on disk as well (search/index/pool-on-disk.ts). `opened-file.ts`: the checked file they are read from.
 * - `articles.ts`: article entries (a table of sections: `article-table.ts`) and passage texts; passages are
 *   made by the corpus's own `passagesOf`.
 * - `index-sections.ts`: a scope's index (search/index/encoded-index.ts) as sections, and scopes' indexes
 *   joined into one.
 * - `scope-file.ts`: one scope's file (global, or one server's): its articles and its own index.
 * - `folder.ts`: the folder of scope files: read and joined at start, one scope's file written or removed.
 * - `steps.ts`: long work a step at a time, so a large file is written between questions.
 *
 * The engine's snapshot keeper (engine/snapshot-keeper.ts) decides when and which scopes are written.
 */
export {
  readSnapshotFolder,
  removeScopeFile,
  scopeFilePath,
  type Snapshot,
  writeScopeFile,
} from './folder.js';
export { encodeScope } from './scope-file.js';
export { runInSlices } from './steps.js';
