/**
 * The index snapshot: the parsed articles, their learned aliases and the MiniSearch index, saved between
 * starts so a restart does not re-index an unchanged corpus. A snapshot is trusted only when it is whole
 * (checksum), of this format and built with the current search settings; each article in it is reused only
 * when its file's content hash is unchanged (the engine checks).
 *
 * Binary, because a restart must be fast: JSON of a 100k-passage corpus was 157 MB and took 3.7 s to parse
 * and load. Layout: magic, format (u32 LE), CRC-32 of all that follows it, header length (u32 LE), header
 * (JSON: settings key, articles, section sizes), then the sections: passage texts (Latin-1 and UTF-16
 * runs) and the index's flat arrays. Passages are not stored as objects: ids, positions, titles and scopes follow from the article.
 */
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { scopeOf } from '../corpus/names.js';
import type { AliasLine, Article, Passage } from '../corpus/types.js';
import type { Alias } from './aliases.js';
import type { EncodedIndex } from './index/encoded-index.js';
import { PassageIndex } from './passage-index.js';
import { SETTINGS_KEY } from './settings.js';

const MAGIC = Buffer.from('citebot-snapshot', 'latin1');
/** 4: articles keep the aliases their front matter declares (`aliasLines`). */
const FORMAT = 4;
/** Magic, format, checksum, header length. */
const PREFIX_BYTES = MAGIC.length + 12;

/** What a snapshot says about one article: enough to rebuild it and its passages (the texts are a section). */
interface ArticleEntry {
  file: string;
  hash: string;
  title: string;
  url?: string;
  author?: string;
  date?: string;
  passages: number;
  /** Learned aliases: [acronym, long form]. */
  aliases: Array<[string, string[]]>;
  /** Aliases the file declares, as the article holds them (checked again by the engine at load). */
  aliasLines?: AliasLine[];
}

export interface SnapshotHeader {
  settingsKey: string;
  articles: ArticleEntry[];
  averageFieldLength: number[];
  /** Bytes per term frequency in the `freqs` section. */
  freqBytes: number;
  /** Section names and byte lengths, in file order. */
  sections: Array<[string, number]>;
}

/** A snapshot taken apart: for `editSnapshot` (tests, tools). */
export interface SnapshotParts {
  format: number;
  header: SnapshotHeader;
  sections: Map<string, Buffer>;
}

export interface Snapshot {
  articles: Article[];
  /** Aliases learned from each article, by file. */
  aliases: Map<string, Alias[]>;
  index: PassageIndex;
}

const SECTIONS = [
  'latin1Texts',
  'utf16Texts',
  'textKinds',
  'textEnds',
  'terms',
  'counts',
  'docs',
  'freqs',
  'fieldLengths',
] as const;

/** Passage texts by how they are stored: one byte per character (Latin-1), or UTF-16. */
const LATIN1 = 0;
const UTF16 = 1;
const BEYOND_LATIN1 = /[^\x00-\xff]/;
/** Characters decoded into one string at a time when a snapshot is read (see `decode`). */
const CHUNK_CHARS = 1 << 20;

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

function assemble({ format, header, sections }: SnapshotParts): Buffer {
  const body = [Buffer.from(JSON.stringify(header)), ...header.sections.map(([name]) => sections.get(name)!)];
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix);
  prefix.writeUInt32LE(format, MAGIC.length);
  prefix.writeUInt32LE(body[0]!.length, MAGIC.length + 8);
  const file = Buffer.concat([prefix, ...body]);
  file.writeUInt32LE(crc32(file.subarray(MAGIC.length + 8)), MAGIC.length + 4);
  return file;
}

export function serializeSnapshot(
  articles: Iterable<Article>,
  index: PassageIndex,
  aliasesOf: (file: string) => readonly Alias[],
): Buffer {
  const list = [...articles];
  const ids: string[] = [];
  // Texts in two runs, Latin-1 (most) and UTF-16, each ending where its next text starts.
  const texts: [Buffer[], Buffer[]] = [[], []];
  const ends = [0, 0];
  const kinds: number[] = [];
  const textEnds: number[] = [];
  for (const article of list) {
    for (const passage of article.passages) {
      const kind = BEYOND_LATIN1.test(passage.text) ? UTF16 : LATIN1;
      texts[kind].push(Buffer.from(passage.text, kind === UTF16 ? 'utf16le' : 'latin1'));
      kinds.push(kind);
      textEnds.push((ends[kind]! += passage.text.length));
      ids.push(passage.id);
    }
  }
  const encoded = index.encode(ids);
  const sections = new Map<string, Buffer>([
    ['latin1Texts', Buffer.concat(texts[LATIN1])],
    ['utf16Texts', Buffer.concat(texts[UTF16])],
    ['textKinds', Buffer.from(kinds)],
    ['textEnds', bytesOf(Uint32Array.from(textEnds))],
    ['terms', Buffer.from(encoded.terms)],
    ['counts', bytesOf(encoded.counts)],
    ['docs', bytesOf(encoded.docs)],
    ['freqs', bytesOf(encoded.freqs)],
    ['fieldLengths', bytesOf(encoded.fieldLengths)],
  ]);
  const header: SnapshotHeader = {
    settingsKey: SETTINGS_KEY,
    articles: list.map((article) => ({
      file: article.file,
      hash: article.hash,
      title: article.title,
      ...(article.url ? { url: article.url } : {}),
      ...(article.author ? { author: article.author } : {}),
      ...(article.date ? { date: article.date } : {}),
      passages: article.passages.length,
      aliases: aliasesOf(article.file).map((alias) => [alias.acronym, alias.longForm]),
      ...(article.aliasLines ? { aliasLines: article.aliasLines } : {}),
    })),
    averageFieldLength: encoded.averageFieldLength,
    freqBytes: encoded.freqs.BYTES_PER_ELEMENT,
    sections: SECTIONS.map((name) => [name, sections.get(name)!.length]),
  };
  return assemble({ format: FORMAT, header, sections });
}

/** Takes a snapshot file apart; throws a reason when it is not one of ours or is not whole. */
function disassemble(file: Buffer): SnapshotParts {
  if (file.length < PREFIX_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SnapshotProblem('snapshot is corrupt or in another format (no Citebot snapshot header)');
  }
  const format = file.readUInt32LE(MAGIC.length);
  if (format !== FORMAT) throw new SnapshotProblem(`snapshot format ${format} is not ${FORMAT}`);
  if (crc32(file.subarray(MAGIC.length + 8)) !== file.readUInt32LE(MAGIC.length + 4)) {
    throw new SnapshotProblem('snapshot is corrupt (checksum mismatch: truncated or damaged)');
  }
  const headerEnd = PREFIX_BYTES + file.readUInt32LE(MAGIC.length + 8);
  const header = JSON.parse(file.toString('utf8', PREFIX_BYTES, headerEnd)) as SnapshotHeader;
  if (!Array.isArray(header?.sections)) throw new SnapshotProblem('snapshot has no section table');
  const sections = new Map<string, Buffer>();
  let at = headerEnd;
  for (const [name, length] of header.sections) {
    if (typeof name !== 'string' || !Number.isInteger(length) || length < 0 || at + length > file.length) {
      throw new SnapshotProblem('snapshot is corrupt (bad section table)');
    }
    sections.set(name, file.subarray(at, (at += length)));
  }
  if (at !== file.length) throw new SnapshotProblem('snapshot is corrupt (bad section table)');
  return { format, header, sections };
}

/**
 * Decodes a snapshot, lets `edit` change it and encodes it again with a valid checksum: for tests that need
 * a snapshot that is whole but wrong inside, and for tools.
 */
export function editSnapshot(file: Uint8Array, edit: (parts: SnapshotParts) => void): Buffer {
  const parts = disassemble(Buffer.from(file.buffer, file.byteOffset, file.byteLength));
  edit(parts);
  parts.header.sections = parts.header.sections.map(([name]) => [
    name,
    parts.sections.get(name)?.length ?? 0,
  ]);
  for (const [name] of parts.header.sections)
    if (!parts.sections.has(name)) parts.sections.set(name, Buffer.alloc(0));
  return assemble(parts);
}

class SnapshotProblem extends Error {}

/** A typed array copied out of a section (copied: the file buffer can go, and views need alignment). */
function typed<T>(
  section: Buffer | undefined,
  Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  if (!section || section.length % Type.BYTES_PER_ELEMENT !== 0) {
    throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
  }
  return new Type(
    section.buffer.slice(section.byteOffset, section.byteOffset + section.length) as ArrayBuffer,
  );
}

/** Reads a snapshot; returns why it cannot be used instead of throwing (a bad snapshot is rebuilt, not fatal). */
export async function readSnapshot(path: string): Promise<{ snapshot: Snapshot } | { problem: string }> {
  let file: Buffer;
  try {
    // One synchronous read: the promise API reads a large file in 512 KiB turns (0.2 s for 100 MB).
    file = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no snapshot yet' : `cannot read snapshot (${code})` };
  }
  try {
    return { snapshot: decode(disassemble(file)) };
  } catch (error) {
    const message = (error as Error).message.slice(0, 160);
    return { problem: error instanceof SnapshotProblem ? message : `snapshot is corrupt (${message})` };
  }
}

function decode({ header, sections }: SnapshotParts): Snapshot {
  if (header.settingsKey !== SETTINGS_KEY) {
    throw new SnapshotProblem('snapshot was built with other search settings');
  }
  if (!Array.isArray(header.articles)) throw new SnapshotProblem('snapshot has no article list');
  if (!header.articles.every(isArticleEntry)) throw new SnapshotProblem('snapshot has a malformed article');
  const textEnds = typed(sections.get('textEnds'), Uint32Array);
  const kinds = sections.get('textKinds') ?? Buffer.alloc(0);
  const total = header.articles.reduce((sum, article) => sum + article.passages, 0);
  if (textEnds.length !== total || kinds.length !== total) {
    throw new SnapshotProblem(
      `snapshot holds ${textEnds.length} passage texts, its articles ${total} passages`,
    );
  }
  const runs = [
    new TextRun(sections.get('latin1Texts') ?? Buffer.alloc(0), 'latin1'),
    new TextRun(sections.get('utf16Texts') ?? Buffer.alloc(0), 'utf16le'),
  ];
  const articles: Article[] = [];
  const passages: Passage[] = [];
  const aliases = new Map<string, Alias[]>();
  for (const entry of header.articles) {
    const { file, hash, title, url, author, date } = entry;
    const scope = scopeOf(file);
    const own: Passage[] = [];
    for (let i = 1; i <= entry.passages; i++) {
      const run = runs[kinds[passages.length]!];
      if (!run) throw new SnapshotProblem('snapshot is corrupt (bad text kind)');
      const text = run.next(textEnds[passages.length]!);
      const id = `${file}#${i}`;
      // Two literal shapes rather than a spread: this runs for every passage of the corpus.
      const passage: Passage = url
        ? { id, file, scope, index: i, total: entry.passages, title, url, text }
        : { id, file, scope, index: i, total: entry.passages, title, text };
      own.push(passage);
      passages.push(passage);
    }
    articles.push({
      file,
      scope,
      hash,
      title,
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
      ...(date ? { date } : {}),
      passages: own,
      ...(entry.aliasLines ? { aliasLines: entry.aliasLines } : {}),
    });
    aliases.set(
      file,
      entry.aliases.map(([acronym, longForm]) => ({ acronym, longForm })),
    );
  }
  if (!runs.every((run) => run.done)) {
    throw new SnapshotProblem('snapshot is corrupt (passage texts do not fill their section)');
  }
  const freqSection = sections.get('freqs');
  const freqs =
    header.freqBytes === 1
      ? typed(freqSection, Uint8Array)
      : header.freqBytes === 2
        ? typed(freqSection, Uint16Array)
        : header.freqBytes === 4
          ? typed(freqSection, Uint32Array)
          : undefined;
  if (!freqs) throw new SnapshotProblem('snapshot is corrupt (bad frequency width)');
  const encoded: EncodedIndex = {
    terms: sections.get('terms')?.toString('utf8') ?? '',
    counts: typed(sections.get('counts'), Uint32Array),
    docs: typed(sections.get('docs'), Uint32Array),
    freqs,
    fieldLengths: typed(sections.get('fieldLengths'), Uint32Array),
    averageFieldLength: header.averageFieldLength,
  };
  return { articles, aliases, index: PassageIndex.decode(encoded, passages) };
}

/**
 * One run of passage texts, read passage by passage. Texts are cut from strings of about `CHUNK_CHARS`
 * (V8 then keeps each passage as a small slice of a large string): decoding 100k passage strings one by one
 * made every one of them a young object to copy at the next collection, and that copying was a third of a
 * restart.
 */
class TextRun {
  private readonly width: number;
  private readonly length: number;
  private chunk = '';
  private chunkStart = 0;
  private start = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly encoding: 'latin1' | 'utf16le',
  ) {
    this.width = encoding === 'latin1' ? 1 : 2;
    if (bytes.length % this.width !== 0) throw new SnapshotProblem('snapshot is corrupt (odd text section)');
    this.length = bytes.length / this.width;
  }

  /** The text from where the last one ended up to `end` (characters into this run). */
  next(end: number): string {
    if (end < this.start || end > this.length)
      throw new SnapshotProblem('snapshot is corrupt (text offsets)');
    if (end > this.chunkStart + this.chunk.length) {
      this.chunkStart = this.start;
      const chunkEnd = Math.min(this.length, Math.max(end, this.start + CHUNK_CHARS));
      this.chunk = this.bytes.toString(this.encoding, this.start * this.width, chunkEnd * this.width);
    }
    const text = this.chunk.slice(this.start - this.chunkStart, end - this.chunkStart);
    this.start = end;
    return text;
  }

  get done(): boolean {
    return this.start === this.length;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** The fields the engine reads from a saved article, with the right types. */
function isArticleEntry(value: unknown): value is ArticleEntry {
  const entry = value as Partial<ArticleEntry> | null;
  return (
    isString(entry?.file) &&
    entry.file.length > 0 &&
    isString(entry.hash) &&
    isString(entry.title) &&
    isOptionalString(entry.url) &&
    isOptionalString(entry.author) &&
    isOptionalString(entry.date) &&
    Number.isInteger(entry.passages) &&
    entry.passages! > 0 &&
    (entry.aliasLines === undefined ||
      (Array.isArray(entry.aliasLines) &&
        entry.aliasLines.every(
          (line) => Number.isInteger(line?.line) && isString(line.text) && isOptionalString(line.problem),
        ))) &&
    Array.isArray(entry.aliases) &&
    entry.aliases.every(
      (alias) =>
        Array.isArray(alias) &&
        isString(alias[0]) &&
        Array.isArray(alias[1]) &&
        (alias[1] as unknown[]).every(isString),
    )
  );
}
