/**
 * A snapshot's article entries (articles.ts), checked as they were parsed from its header: a plain check
 * rather than a zod schema, which took 0.1 s and a copy of every entry at a 1M-passage start. An entry holds
 * exactly what `ArticleEntry` says; fields it does not know are left out.
 */
import type { FileSeen } from '../../corpus/file-seen.js';
import type { AliasLine } from '../../corpus/types.js';
import type { ArticleEntry } from './articles.js';

/** The entries, or undefined when one is malformed. */
export function articleEntriesOf(raw: unknown): ArticleEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const entries: ArticleEntry[] = [];
  for (const item of raw as unknown[]) {
    const entry = entryOf(item);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

function entryOf(item: unknown): ArticleEntry | undefined {
  if (!isRecord(item)) return undefined;
  const { file, hash, title, url, author, date, passages, aliases, aliasLines, pages, seen } = item;
  if (typeof file !== 'string' || file.length === 0 || typeof hash !== 'string' || typeof title !== 'string')
    return undefined;
  if (!optionalString(url) || !optionalString(author) || !optionalString(date)) return undefined;
  if (!(Number.isInteger(passages) && (passages as number) > 0)) return undefined;
  if (!Array.isArray(aliases) || !aliases.every(isAlias)) return undefined;
  const lines = aliasLines === undefined ? undefined : aliasLinesOf(aliasLines);
  if (aliasLines !== undefined && !lines) return undefined;
  if (pages !== undefined && !(Array.isArray(pages) && pages.every(isPage))) return undefined;
  if (seen !== undefined && !isSeen(seen)) return undefined;
  // Fields set one by one, in the order of the type, rather than spread from a literal each (61k entries).
  const entry = { file, hash, title } as ArticleEntry;
  if (url !== undefined) entry.url = url as string;
  if (author !== undefined) entry.author = author as string;
  if (date !== undefined) entry.date = date as string;
  entry.passages = passages as number;
  entry.aliases = aliases as Array<[string, string[]]>;
  if (lines) entry.aliasLines = lines;
  if (pages !== undefined) entry.pages = pages as number[];
  if (seen !== undefined) entry.seen = seen as FileSeen;
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** `[acronym, long form words]`. */
function isAlias(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    Array.isArray(value[1]) &&
    (value[1] as unknown[]).every((word) => typeof word === 'string')
  );
}

/** Alias lines, each `{ line, text, problem? }` (copied: only these fields). */
function aliasLinesOf(value: unknown): AliasLine[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines: AliasLine[] = [];
  for (const item of value as unknown[]) {
    if (!isRecord(item) || !Number.isInteger(item.line) || typeof item.text !== 'string') return undefined;
    if (!optionalString(item.problem)) return undefined;
    lines.push({
      line: item.line as number,
      text: item.text,
      ...(item.problem !== undefined ? { problem: item.problem as string } : {}),
    });
  }
  return lines;
}

function isPage(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** `[size, mtimeMs, ctimeMs, ino]`, numbers. */
function isSeen(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}
