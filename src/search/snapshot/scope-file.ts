/**
 * One scope's snapshot (the global articles, or one server's): a container whose header holds the search
 * settings it was built with and its scope, and whose sections hold its article table (article-table.ts), the
 * passage texts and the scope's own index. Built a step at a time from the engine's index (only that scope's postings), read
 * back whole.
 */
import { statSync } from 'node:fs';
import { z } from 'zod';
import { passageIdsOf } from '../../corpus/lazy-article.js';
import type { Article } from '../../corpus/types.js';
import type { Alias } from '../aliases.js';
import type { EncodedIndex } from '../index/encoded-index.js';
import { PoolOnDisk } from '../index/pool-on-disk.js';
import { PostingsOnDisk } from '../index/postings-on-disk.js';
import type { PassageIndex } from '../passage-index.js';
import { SETTINGS_KEY } from '../settings.js';
import { type DecodedArticles, decodeArticles, encodeTexts, entryOf } from './articles.js';
import { encodeArticleTable } from './article-table.js';
import { readContainerFile } from './container-file.js';
import { decodeContainer, encodeContainer, FORMAT, SnapshotProblem } from './container.js';
import { encodedFromSections, type IndexOnDisk, indexSections } from './index-sections.js';
import { type PassageTexts, textsInMemory, textsOnDisk } from './passage-texts.js';
import { PostingsScan } from './postings-scan.js';
import type { Steps } from './steps.js';

/** The header's own fields; the article table's are checked by `decodeArticles`. */
const headerSchema = z.object({
  /** The search settings' fingerprint: an index built with others is not used. */
  settingsKey: z.string(),
  scope: z.string(),
  averageFieldLength: z.array(z.number()),
  freqBytes: z.number(),
});

/** A scope's snapshot read back: its articles, their passages in snapshot order, and its index over them. */
export interface ScopeSnapshot extends DecodedArticles {
  scope: string;
  encoded: EncodedIndex;
}

/**
 * The file of a scope's snapshot, as chunks to write in order. `articles` are all of the scope's, each indexed
 * in `index`; nothing may change them or the index until the steps are done.
 */
export function* encodeScope(
  scope: string,
  articles: readonly Article[],
  index: PassageIndex,
  aliasesOf: (file: string) => readonly Alias[],
): Steps<Buffer[]> {
  const table = yield* encodeArticleTable(
    articles.map((article) => entryOf(article, aliasesOf(article.file))),
  );
  const texts = yield* encodeTexts(articles);
  const order = articles.flatMap(passageIdsOf);
  const { sections, meta } = indexSections(yield* index.encodeInSteps(order));
  const header = { settingsKey: SETTINGS_KEY, scope, ...table.meta, ...meta };
  return yield* encodeContainer({
    format: FORMAT,
    meta: header,
    sections: new Map([...table.sections, ...texts, ...sections]),
  });
}

/**
 * A scope's snapshot from its file's bytes; throws a SnapshotProblem saying why it cannot be trusted. (Its
 * index data is checked when it is opened: see `openSnapshots`.)
 */
export function decodeScope(file: Buffer, scope: string): ScopeSnapshot {
  const { meta, sections } = decodeContainer(file);
  return scopeFromParts(meta, sections, scope, textsInMemory(sections));
}

/**
 * A scope's snapshot read from its file, section by section (container-file.ts); a file of `textsOnDiskFrom`
 * bytes or more leaves its passage texts and kept sentences on disk, read when asked for. Throws as
 * `decodeScope` does.
 */
export async function readScopeFile(
  path: string,
  scope: string,
  textsOnDiskFrom: number,
): Promise<ScopeSnapshot> {
  const onDisk = statSync(path).size >= textsOnDiskFrom;
  let scan: PostingsScan | undefined;
  const read = await readContainerFile(
    path,
    (name) => onDisk && LEFT_ON_DISK.includes(name),
    (name, meta) => (scan ??= new PostingsScan(freqBytesOf(meta))).watch(name),
  );
  const { file } = read;
  if (!file) return scopeFromParts(read.meta, read.sections, scope, textsInMemory(read.sections));
  try {
    const runs = TEXT_RUNS.map((name) => read.onDisk.get(name) ?? { offset: 0, length: 0 });
    const texts = textsOnDisk(file, read.sections, [runs[0]!, runs[1]!]);
    const pool = read.onDisk.get('sentencePool');
    if (pool && pool.length % 2 !== 0)
      throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
    // Given the file itself, not a closure here: one would hold this scope's variables (the parsed header).
    const index: IndexOnDisk = pool ? { pool: new PoolOnDisk(file, pool.offset, pool.length / 2) } : {};
    const docs = read.onDisk.get('docs');
    const freqs = read.onDisk.get('freqs');
    if (docs && freqs && scan) {
      const width = freqBytesOf(read.meta);
      if (width === 0) throw new SnapshotProblem('snapshot is corrupt (bad frequency width)');
      const count = docs.length / 4;
      if (!Number.isInteger(count) || freqs.length !== count * width) {
        throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
      }
      index.postings = new PostingsOnDisk(file, docs.offset, freqs.offset, count, width, {
        largest: scan.largest,
        zero: scan.zero,
      });
    } else if (docs || freqs) throw new SnapshotProblem('snapshot is corrupt (postings without frequencies)');
    return scopeFromParts(read.meta, read.sections, scope, texts, index);
  } catch (error) {
    file.close(); // not left open until collected: the file is removed and its scope rebuilt
    throw error;
  }
}

/** The sections holding passage texts, Latin-1 then UTF-16 (see `encodeTexts`). */
const TEXT_RUNS = ['latin1Texts', 'utf16Texts'];
/**
 * What a large file leaves on disk: the texts, the kept sentences (each entry read when asked for) and the
 * postings (each term's read when first walked).
 */
const LEFT_ON_DISK = [...TEXT_RUNS, 'sentencePool', 'docs', 'freqs'];

/** The width of a frequency the header gives: 1, 2 or 4 bytes (0: none of those, the file is corrupt). */
function freqBytesOf(meta: unknown): 1 | 2 | 4 | 0 {
  const width = (meta as { freqBytes?: unknown } | undefined)?.freqBytes;
  return width === 1 || width === 2 || width === 4 ? width : 0;
}

function scopeFromParts(
  meta: unknown,
  sections: ReadonlyMap<string, Buffer>,
  scope: string,
  texts: PassageTexts,
  onDisk?: IndexOnDisk,
): ScopeSnapshot {
  const header = headerSchema.safeParse(meta);
  if (!header.success) throw new SnapshotProblem('snapshot has no article list');
  if (header.data.settingsKey !== SETTINGS_KEY) {
    throw new SnapshotProblem('snapshot was built with other search settings');
  }
  if (header.data.scope !== scope)
    throw new SnapshotProblem(`snapshot of ${header.data.scope}, not ${scope}`);
  const articles = decodeArticles(sections, meta, scope, texts);
  return { scope, ...articles, encoded: encodedFromSections(sections, header.data, onDisk) };
}
