/**
 * A scope's article entries as a table of sections (snapshot format 7), not as JSON objects in the header: at
 * 1M passages the header's 61k entries and 205k aliases took ~0.15 s to parse, ~0.1 s to check and convert,
 * and most of a start's garbage collection (every parsed object copied by scavenges, then dropped). Read back,
 * each string is a slice of one decoded run (no copy), the numbers are typed arrays, and each distinct alias is
 * one object shared by the articles teaching it (at 1M passages 3,239 distinct of 205,754; they are never
 * changed in place): decoding the same strings one by one in JS costs what `JSON.parse` does, so what is saved
 * is the objects not made.
 *
 * Sections: `articleStrings` and `articleWideStrings` (every string, one after the other: first each distinct
 * alias's acronym and long-form terms, then per article its file, hash, title, url, author and date, '' when
 * absent; each in the Latin-1 run, or in the UTF-16 run when a character needs it), `articleStringEnds` (u32:
 * where each string ends in its run, in characters, the top bit set for the UTF-16 run), `articleNumbers` (u32:
 * the number of distinct aliases and each one's long-form length, then per article its passage count, its
 * alias count and their numbers), `articleSeen` (f64: per article the file metadata it was read with, NaN x 4
 * for none). The rare fields (alias lines, PDF pages) stay JSON in the meta, by article number.
 */
import type { FileSeen } from '../../corpus/file-seen.js';
import type { AliasLine } from '../../corpus/types.js';
import type { Alias } from '../aliases.js';
import { aliasLinesOf, isPage } from './article-fields.js';
import type { ArticleEntry } from './articles.js';
import { SnapshotProblem } from './container.js';
import type { Steps } from './steps.js';

/** What the header says of the table, beside its sections. */
export interface ArticleTableMeta {
  /** Alias lines and pages, for the few articles that have them: [article number, fields]. */
  articleExtras: Array<[number, { aliasLines?: AliasLine[]; pages?: number[] }]>;
}

/** Articles between two steps of `encodeArticleTable`. */
const ARTICLES_PER_STEP = 512;
const BEYOND_LATIN1 = /[^\x00-\xff]/;
/** The top bit of a string's end: it is in the UTF-16 run. */
const WIDE = 0x8000_0000;

/** The entries as sections and the meta beside them. */
export function* encodeArticleTable(
  entries: Iterable<ArticleEntry>,
): Steps<{ sections: Array<[string, Buffer]>; meta: ArticleTableMeta }> {
  const articleStrings: string[] = [];
  const articleNumbers: number[] = [];
  const seen: number[] = [];
  const articleExtras: ArticleTableMeta['articleExtras'] = [];
  /** Each distinct alias's number, by its acronym and long form (as JSON: no two aliases share it). */
  const numberOf = new Map<string, number>();
  const strings: string[] = [];
  const numbers: number[] = [0];
  let n = 0;
  for (const entry of entries) {
    const { file, hash, title, url, author, date } = entry;
    articleStrings.push(file, hash, title, url ?? '', author ?? '', date ?? '');
    articleNumbers.push(entry.passages, entry.aliases.length);
    for (const [acronym, longForm] of entry.aliases) {
      const key = JSON.stringify([acronym, longForm]);
      let number = numberOf.get(key);
      if (number === undefined) {
        numberOf.set(key, (number = numberOf.size));
        strings.push(acronym, ...longForm);
        numbers.push(longForm.length);
      }
      articleNumbers.push(number);
    }
    seen.push(...(entry.seen ?? [NaN, NaN, NaN, NaN]));
    if (entry.aliasLines || entry.pages) {
      const { aliasLines, pages } = entry;
      articleExtras.push([n, { ...(aliasLines ? { aliasLines } : {}), ...(pages ? { pages } : {}) }]);
    }
    if (++n % ARTICLES_PER_STEP === 0) yield;
  }
  numbers[0] = numberOf.size;
  const all = strings.concat(articleStrings);
  const runs: [string[], string[]] = [[], []];
  const runEnds = [0, 0];
  const ends = new Uint32Array(all.length);
  all.forEach((s, i) => {
    const wide = BEYOND_LATIN1.test(s) ? 1 : 0;
    runs[wide].push(s);
    ends[i] = (runEnds[wide]! += s.length) | (wide ? WIDE : 0);
  });
  return {
    sections: [
      ['articleStrings', Buffer.from(runs[0].join(''), 'latin1')],
      ['articleWideStrings', Buffer.from(runs[1].join(''), 'utf16le')],
      ['articleStringEnds', bytesOf(ends)],
      ['articleNumbers', bytesOf(Uint32Array.from(numbers.concat(articleNumbers)))],
      ['articleSeen', bytesOf(Float64Array.from(seen))],
    ],
    meta: { articleExtras },
  };
}

/** One article of the table as `forEachArticle` gives it (a new object each; its aliases shared). */
export interface ArticleRow {
  file: string;
  hash: string;
  title: string;
  /** '' when absent (as for url, author, date). */
  url: string;
  author: string;
  date: string;
  passages: number;
  aliases: Alias[];
  aliasLines: AliasLine[] | undefined;
  pages: number[] | undefined;
  seen: FileSeen | undefined;
}

/**
 * Calls `visit` for each article of the table, in order; throws a SnapshotProblem (a malformed article) when
 * the sections or the meta do not make a whole table. How many articles: as the seen section holds.
 */
export function forEachArticle(
  sections: ReadonlyMap<string, Buffer>,
  meta: unknown,
  visit: (row: ArticleRow, n: number) => void,
): void {
  const extras = extrasOf(meta);
  const narrow = sections.get('articleStrings');
  const wide = sections.get('articleWideStrings');
  const ends = typed(sections.get('articleStringEnds'), Uint32Array);
  const numbers = typed(sections.get('articleNumbers'), Uint32Array);
  const seen = typed(sections.get('articleSeen'), Float64Array);
  if (!narrow || !wide || wide.length % 2 !== 0 || seen.length % 4 !== 0) throw malformed();
  const runs = [narrow.toString('latin1'), wide.toString('utf16le')] as const;
  const count = seen.length / 4;
  let s = 0;
  /** Where the next string of each run starts. */
  const at = [0, 0];
  let k = 0;
  /** The next string; its end checked against the last one's in its run and the run's length. */
  const next = (): string => {
    const tagged = ends[s++];
    if (tagged === undefined) throw malformed();
    const r = tagged >= WIDE ? 1 : 0;
    const end = tagged & ~WIDE;
    const from = at[r]!;
    if (end < from || end > runs[r].length) throw malformed();
    at[r] = end;
    return runs[r].slice(from, end);
  };
  const dictionary: Alias[] = [];
  const distinct = numbers[k++] ?? 0;
  for (let d = 0; d < distinct; d++) {
    const acronym = internal(next());
    const length = numbers[k++];
    if (length === undefined) throw malformed();
    const longForm: string[] = [];
    for (let t = 0; t < length; t++) longForm.push(internal(next()));
    dictionary.push({ acronym, longForm });
  }
  let extra = 0;
  for (let n = 0; n < count; n++) {
    const file = next();
    const hash = next();
    const title = next();
    const url = next();
    const author = next();
    const date = next();
    const passages = numbers[k++];
    const aliasCount = numbers[k++];
    if (file === '' || passages === undefined || passages === 0 || aliasCount === undefined)
      throw malformed();
    const aliases: Alias[] = [];
    for (let a = 0; a < aliasCount; a++) {
      const alias = dictionary[numbers[k++] ?? distinct];
      if (!alias) throw malformed();
      aliases.push(alias);
    }
    const fields = extras[extra]?.[0] === n ? extras[extra++]![1] : undefined;
    visit(
      {
        file,
        hash,
        title,
        url,
        author,
        date,
        passages,
        aliases,
        aliasLines: fields?.aliasLines,
        pages: fields?.pages,
        seen: seenAt(seen, n),
      },
      n,
    );
  }
  const whole = at[0] === runs[0].length && at[1] === runs[1].length;
  if (s !== ends.length || !whole || k !== numbers.length || extra !== extras.length) {
    throw malformed();
  }
}

/** The table's entries as the JSON header held them (for tests, and to compare with the writer's). */
export function articleEntriesOfTable(sections: ReadonlyMap<string, Buffer>, meta: unknown): ArticleEntry[] {
  const entries: ArticleEntry[] = [];
  forEachArticle(sections, meta, (row) => {
    const entry = { file: row.file, hash: row.hash, title: row.title } as ArticleEntry;
    if (row.url) entry.url = row.url;
    if (row.author) entry.author = row.author;
    if (row.date) entry.date = row.date;
    entry.passages = row.passages;
    entry.aliases = row.aliases.map((alias) => [alias.acronym, alias.longForm]);
    if (row.aliasLines) entry.aliasLines = row.aliasLines;
    if (row.pages) entry.pages = row.pages;
    if (row.seen) entry.seen = row.seen;
    entries.push(entry);
  });
  return entries;
}

/**
 * The string as V8 keeps it once for all its equals (a property name), as `JSON.parse` gave short strings:
 * answers compare alias terms with question terms, which then match by identity.
 */
function internal(text: string): string {
  return Object.keys({ [text]: 0 })[0] ?? text;
}

function malformed(): SnapshotProblem {
  return new SnapshotProblem('snapshot has a malformed article');
}

/** The meta's extras, checked: in ascending article order, each with valid alias lines or pages. */
function extrasOf(meta: unknown): ArticleTableMeta['articleExtras'] {
  const raw = ((meta ?? {}) as Record<string, unknown>).articleExtras;
  if (!Array.isArray(raw)) throw malformed();
  const extras: ArticleTableMeta['articleExtras'] = [];
  let last = -1;
  for (const item of raw as unknown[]) {
    if (!Array.isArray(item) || item.length !== 2) throw malformed();
    const [n, fields] = item as [unknown, unknown];
    if (!Number.isInteger(n) || (n as number) <= last || typeof fields !== 'object' || fields === null)
      throw malformed();
    const { aliasLines, pages } = fields as Record<string, unknown>;
    const lines = aliasLines === undefined ? undefined : aliasLinesOf(aliasLines);
    if (aliasLines !== undefined && !lines) throw malformed();
    if (pages !== undefined && !(Array.isArray(pages) && pages.every(isPage))) throw malformed();
    if (!lines && pages === undefined) throw malformed();
    extras.push([n as number, { ...(lines ? { aliasLines: lines } : {}), ...(pages ? { pages } : {}) }]);
    last = n as number;
  }
  return extras;
}

/** Article `n`'s metadata, or undefined when it has none (NaN); throws when only part is there. */
function seenAt(seen: Float64Array, n: number): FileSeen | undefined {
  const size = seen[n * 4]!;
  const mtime = seen[n * 4 + 1]!;
  const ctime = seen[n * 4 + 2]!;
  const ino = seen[n * 4 + 3]!;
  if (Number.isNaN(size) && Number.isNaN(mtime) && Number.isNaN(ctime) && Number.isNaN(ino)) return undefined;
  if (!(Number.isFinite(size) && Number.isFinite(mtime) && Number.isFinite(ctime) && Number.isFinite(ino)))
    throw malformed();
  return [size, mtime, ctime, ino];
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** A section as a typed array: a view where it is aligned (a section in a buffer of its own), else a copy. */
function typed<T>(
  section: Buffer | undefined,
  Type: { new (buffer: ArrayBuffer, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const width = Type.BYTES_PER_ELEMENT;
  if (!section || section.length % width !== 0) throw malformed();
  const aligned =
    section.byteOffset % width === 0
      ? section
      : Buffer.from(section.buffer.slice(section.byteOffset, section.byteOffset + section.length));
  return new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.length / width);
}
