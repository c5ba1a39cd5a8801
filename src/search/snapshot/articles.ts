/**
 * Articles in a snapshot: one entry per article (what the engine needs to rebuild it, and the aliases learned
 * from its text; checked by article-entries.ts), and the passage texts as sections. Passages themselves are not
 * stored: they are made again by `passagesOf`, the function parsing uses, so their ids, positions and scope
 * follow the same rules wherever they come from.
 */
import { GUILDS_DIR, scopeOf } from '../../corpus/names.js';
import { articlePagesOf, LazyArticle, passageCountOf, passageTextsOf } from '../../corpus/lazy-article.js';
import type { FileSeen } from '../../corpus/file-seen.js';
import { type AliasLine, type Article, GLOBAL_SCOPE } from '../../corpus/types.js';
import type { Alias } from '../aliases.js';
import { type ArticleRow, forEachArticle } from './article-table.js';
import { PassageRuns } from '../index/passage-runs.js';
import { SnapshotProblem } from './container.js';
import type { PassageTexts } from './passage-texts.js';
import type { Steps } from './steps.js';

/** What a snapshot says about one article: enough to rebuild it and its passages (the texts are sections). */
export interface ArticleEntry {
  file: string;
  /** sha256 of the file's bytes: the article is reused only while the file still has it. */
  hash: string;
  title: string;
  url?: string;
  author?: string;
  date?: string;
  /** How many passages: their texts are the next ones in the text sections. */
  passages: number;
  /** Aliases learned from the text: [acronym, long form]. */
  aliases: Array<[string, string[]]>;
  /** Aliases the file declares, as the article holds them (checked again by the engine at load). */
  aliasLines?: AliasLine[];
  /** The page of each passage (PDF files). */
  pages?: number[];
  /** The file's metadata when it was read (corpus/file-seen.ts): unchanged, it is not read at start. */
  seen?: FileSeen;
}

export function entryOf(article: Article, aliases: readonly Alias[]): ArticleEntry {
  return {
    file: article.file,
    hash: article.hash,
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.author ? { author: article.author } : {}),
    ...(article.date ? { date: article.date } : {}),
    passages: passageCountOf(article),
    aliases: aliases.map((alias) => [alias.acronym, alias.longForm]),
    ...(article.aliasLines ? { aliasLines: article.aliasLines } : {}),
    ...(articlePagesOf(article) ? { pages: articlePagesOf(article) } : {}),
    ...(article.seen ? { seen: article.seen } : {}),
  };
}

/**
 * Passage texts are stored in two runs, Latin-1 (one byte a character: most texts) and UTF-16, with which run
 * each text is in and where it ends in its run (characters).
 */
export const LATIN1 = 0;
export const UTF16 = 1;
const BEYOND_LATIN1 = /[^\x00-\xff]/;
/** Passages between two steps of `encodeTexts`. */
const PASSAGES_PER_STEP = 256;

/** The passage texts of the articles, in order, as sections (written into buffers sized once). */
export function* encodeTexts(articles: readonly Article[]): Steps<Array<[string, Buffer]>> {
  const total = articles.reduce((sum, article) => sum + passageCountOf(article), 0);
  const kinds = Buffer.alloc(total);
  const ends = new Uint32Array(total);
  const runLength = [0, 0];
  let n = 0;
  for (const article of articles) {
    for (const text of passageTextsOf(article)) {
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
    for (const text of passageTextsOf(article)) {
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
  /** Its articles (their passages made on first use: see LazyArticle). */
  articles: Article[];
  /** Every passage, in snapshot order (the index numbers them so), as runs of the articles' passages. */
  passages: PassageRuns;
  /** Aliases learned from each article, by file. */
  aliases: Map<string, Alias[]>;
  /** Each passage's text length (characters), known without reading the text. */
  textLengths: Uint32Array;
}

/**
 * The articles of one scope's snapshot (its article table: article-table.ts), their passages to be made by
 * `passagesOf` (on first use) with their texts as `texts` gives them (decoded, or read on demand). Throws a
 * SnapshotProblem when the table is malformed, holds an article of another scope, or does not match the texts.
 */
export function decodeArticles(
  sections: ReadonlyMap<string, Buffer>,
  meta: unknown,
  scope: string,
  texts: PassageTexts,
): DecodedArticles {
  const decoded: DecodedArticles = {
    articles: [],
    passages: new PassageRuns(),
    aliases: new Map(),
    textLengths: new Uint32Array(0),
  };
  // The texts are known by number once all passages are counted: the rows are kept until then.
  const rows: ArticleRow[] = [];
  forEachArticle(sections, meta, (row) => {
    // Only a server's folder makes another scope than the global one (corpus/names.ts).
    if ((row.file.startsWith(GUILDS_PREFIX) ? scopeOf(row.file) : GLOBAL_SCOPE) !== scope) {
      throw new SnapshotProblem(`snapshot of ${scope} holds an article of another scope`);
    }
    rows.push(row);
  });
  const total = rows.reduce((sum, row) => sum + row.passages, 0);
  const { textsOf, lengths } = texts.passages(total);
  decoded.textLengths = lengths;
  let n = 0;
  for (const row of rows) {
    // LazyArticle keeps the optional fields only when given, as the decoded literal had them.
    const { file, hash, title, url, author, date, aliasLines, seen, pages } = row;
    const fields = { file, scope, hash, title, url, author, date, aliasLines, seen };
    decoded.articles.push(new LazyArticle(fields, textsOf(n, row.passages), pages));
    decoded.passages.add(file, scope, row.passages);
    n += row.passages;
    decoded.aliases.set(file, row.aliases);
  }
  return decoded;
}

const GUILDS_PREFIX = `${GUILDS_DIR}/`;
