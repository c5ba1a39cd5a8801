/**
 * Articles in a snapshot: one entry per article (a zod schema: what the engine needs to rebuild it, and the
 * aliases learned from its text), and the passage texts as sections. Passages themselves are not stored:
 * they are made again by `passagesOf`, the function parsing uses, so their ids, positions and scope follow
 * the same rules wherever they come from.
 */
import { z } from 'zod';
import { scopeOf } from '../../corpus/names.js';
import { pagesOf, passagesOf } from '../../corpus/article.js';
import type { Article, Passage } from '../../corpus/types.js';
import type { Alias } from '../aliases.js';
import { SnapshotProblem } from './container.js';
import type { Steps } from './steps.js';

const aliasLineSchema = z.object({
  line: z.number().int(),
  text: z.string(),
  problem: z.string().optional(),
});

/** What a snapshot says about one article: enough to rebuild it and its passages (the texts are sections). */
export const articleEntrySchema = z.object({
  file: z.string().min(1),
  /** sha256 of the file's bytes: the article is reused only while the file still has it. */
  hash: z.string(),
  title: z.string(),
  url: z.string().optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  /** How many passages: their texts are the next ones in the text sections. */
  passages: z.number().int().positive(),
  /** Aliases learned from the text: [acronym, long form]. */
  aliases: z.array(z.tuple([z.string(), z.array(z.string())])),
  /** Aliases the file declares, as the article holds them (checked again by the engine at load). */
  aliasLines: z.array(aliasLineSchema).optional(),
  /** The page of each passage (PDF files). */
  pages: z.array(z.number().int().nonnegative()).optional(),
  /** The file's metadata when it was read (corpus/file-seen.ts): unchanged, it is not read at start. */
  seen: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type ArticleEntry = z.infer<typeof articleEntrySchema>;

export function entryOf(article: Article, aliases: readonly Alias[]): ArticleEntry {
  return {
    file: article.file,
    hash: article.hash,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.date ? { date: article.date } : {}),
    passages: article.passages.length,
    aliases: aliases.map((alias) => [alias.acronym, alias.longForm]),
    ...(article.aliasLines ? { aliasLines: article.aliasLines } : {}),
    ...(pagesOf(article) ? { pages: pagesOf(article) } : {}),
    ...(article.seen ? { seen: article.seen } : {}),
  };
}

/**
 * Passage texts are stored in two runs, Latin-1 (one byte a character: most texts) and UTF-16, with which run
 * each text is in and where it ends in its run (characters).
 */
const LATIN1 = 0;
const UTF16 = 1;
const BEYOND_LATIN1 = /[^\x00-\xff]/;
/** Passages between two steps of `encodeTexts`. */
const PASSAGES_PER_STEP = 256;
/** Characters decoded into one string at a time when texts are read (see `TextRun`). */
const CHUNK_CHARS = 1 << 20;

/** The passage texts of the articles, in order, as sections (written into buffers sized once). */
export function* encodeTexts(articles: readonly Article[]): Steps<Array<[string, Buffer]>> {
  const total = articles.reduce((sum, article) => sum + article.passages.length, 0);
  const kinds = Buffer.alloc(total);
  const ends = new Uint32Array(total);
  const runLength = [0, 0];
  let n = 0;
  for (const article of articles) {
    for (const { text } of article.passages) {
      const kind = BEYOND_LATIN1.test(text) ? UTF16 : LATIN1;
      kinds[n] = kind;
      ends[n] = runLength[kind]! += text.length;
      if (++n % PASSAGES_PER_STEP === 0) yield;
    }
  }
  const runs = [Buffer.allocUnsafe(runLength[LATIN1]!), Buffer.allocUnsafe(runLength[UTF16]! * 2)];
  const written = [0, 0];
  n = 0;
  for (const article of articles) {
    for (const { text } of article.passages) {
      const kind = kinds[n]!;
      written[kind]! += runs[kind]!.write(text, written[kind]!, kind === UTF16 ? 'utf16le' : 'latin1');
      if (++n % PASSAGES_PER_STEP === 0) yield;
    }
  }
  return [
    ['latin1Texts', runs[LATIN1]!],
    ['utf16Texts', runs[UTF16]!],
    ['textKinds', kinds],
    ['textEnds', Buffer.from(ends.buffer, ends.byteOffset, ends.byteLength)],
  ];
}

/** What a snapshot's article entries and texts make. */
export interface DecodedArticles {
  articles: Article[];
  /** Every passage, in snapshot order (the index numbers them so). */
  passages: Passage[];
  /** Aliases learned from each article, by file. */
  aliases: Map<string, Alias[]>;
}

/**
 * The articles of one scope's snapshot, their passages made by `passagesOf`. Throws a SnapshotProblem when
 * the entries are malformed, belong to another scope, or do not match the texts.
 */
export function decodeArticles(
  rawEntries: unknown,
  scope: string,
  sections: ReadonlyMap<string, Buffer>,
): DecodedArticles {
  const parsed = z.array(articleEntrySchema).safeParse(rawEntries);
  if (!parsed.success) throw new SnapshotProblem('snapshot has a malformed article');
  const entries = parsed.data;
  if (entries.some((entry) => scopeOf(entry.file) !== scope)) {
    throw new SnapshotProblem(`snapshot of ${scope} holds an article of another scope`);
  }
  const textEnds = uint32s(sections.get('textEnds'));
  const kinds = sections.get('textKinds') ?? Buffer.alloc(0);
  const total = entries.reduce((sum, entry) => sum + entry.passages, 0);
  if (textEnds.length !== total || kinds.length !== total) {
    throw new SnapshotProblem(
      `snapshot holds ${textEnds.length} passage texts, its articles ${total} passages`,
    );
  }
  const runs = [
    new TextRun(sections.get('latin1Texts') ?? Buffer.alloc(0), 'latin1'),
    new TextRun(sections.get('utf16Texts') ?? Buffer.alloc(0), 'utf16le'),
  ];
  const decoded: DecodedArticles = { articles: [], passages: [], aliases: new Map() };
  let n = 0;
  for (const entry of entries) {
    const { file, hash, title, url, author, date, aliasLines, pages, seen } = entry;
    const texts: string[] = [];
    for (let i = 0; i < entry.passages; i++, n++) {
      const run = runs[kinds[n]!];
      if (!run) throw new SnapshotProblem('snapshot is corrupt (bad text kind)');
      texts.push(run.next(textEnds[n]!));
    }
    const passages = passagesOf(file, scope, { title, url, pages }, texts);
    for (const passage of passages) decoded.passages.push(passage);
    decoded.articles.push({
      file,
      scope,
      hash,
      title,
      ...(url ? { url } : {}),
      ...(author ? { author } : {}),
      ...(date ? { date } : {}),
      passages,
      ...(aliasLines ? { aliasLines } : {}),
      ...(seen ? { seen } : {}),
    });
    decoded.aliases.set(
      file,
      entry.aliases.map(([acronym, longForm]) => ({ acronym, longForm })),
    );
  }
  if (!runs.every((run) => run.done)) {
    throw new SnapshotProblem('snapshot is corrupt (passage texts do not fill their section)');
  }
  return decoded;
}

/** A section as u32s (copied: views need alignment). */
function uint32s(section: Buffer | undefined): Uint32Array {
  if (!section || section.length % 4 !== 0) {
    throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
  }
  return new Uint32Array(section.buffer.slice(section.byteOffset, section.byteOffset + section.length));
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
