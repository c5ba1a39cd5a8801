/**
 * Markdown: optional YAML front matter for metadata, otherwise the first heading as title.
 * Passages keep the Markdown source verbatim (front matter excluded).
 */
import { type Document, isMap, isScalar, isSeq, type Pair, parseDocument } from 'yaml';
import { CorpusError } from '../errors.js';
import { cleanTitle, type Extracted, safeUrl } from '../meta.js';
import type { AliasLine } from '../types.js';

/** Aliases are legitimate YAML but the tool of "billion laughs" attacks: allow only a handful. */
const MAX_ALIASES = 10;
const FENCE = /^ {0,3}(```|~~~)/;

/** Links, emphasis and code marks removed, for a title. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  /** `aliases:` entries, with the line of the file each is on. */
  aliasLines: AliasLine[];
}

function yamlError(message: string): CorpusError {
  return new CorpusError(`front matter is not valid YAML: ${message}`);
}

function readFrontMatter(text: string): FrontMatter | undefined {
  const open = /^(?:[ \t]*\n)*---[ \t]*\n/.exec(text);
  if (!open) return undefined;
  // Blank lines pasted above the front matter: it is one only when a `key:` line follows (a leading
  // horizontal rule is not).
  if (!open[0].startsWith('---') && !/^[A-Za-z_][\w -]*:/.test(text.slice(open[0].length))) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) {
    // A leading `---` can be a horizontal rule; only complain when YAML clearly follows.
    if (/^[A-Za-z_][\w -]*:/.test(text.slice(open[0].length))) {
      throw yamlError('it starts with --- but has no closing --- line');
    }
    return undefined;
  }
  const source = text.slice(open[0].length, open[0].length + close.index);
  const closeEnd = open[0].length + close.index + close[0].length;
  const bodyStart = text.charAt(closeEnd) === '\n' ? closeEnd + 1 : closeEnd;

  const doc = parseFrontMatter(source);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw yamlError(error instanceof Error ? error.message : String(error));
  }
  if (data === null || data === undefined) return { data: {}, bodyStart, aliasLines: [] };
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    throw new CorpusError('front matter must be key: value lines (title: …, url: …), not a list or a value');
  }
  // The front matter's first line is the file's second (after the opening ---).
  const lineOf = (offset: number | undefined) =>
    2 + (source.slice(0, offset ?? 0).match(/\n/g)?.length ?? 0);
  return {
    data: withLowerCaseKeys(data as Record<string, unknown>),
    bodyStart,
    aliasLines: frontMatterAliases(doc, lineOf),
  };
}

/**
 * The front matter as YAML, or as people write it where strict YAML reads it otherwise, which skipped the whole
 * article: a plain value holding a colon and a space (`title: Regional Report: Thornleigh Band at the
 * Championships`, a nested map to YAML), or starting with a character YAML reserves (`author: @gareth`,
 * `title: [Draft] Meeting notes`, `title: *Important* update`). Such a top-level value, when it is no valid
 * YAML value on its own, is read as the text it is; a value that is (`tags: [a, b]`) is kept. A tag (`!x`)
 * is never quoted: it still fails with YAML's own message, as does anything else.
 */
function parseFrontMatter(source: string): Document {
  const doc = parseYaml(source);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (!problem) return doc;
  const quoted = source.replace(TOP_LEVEL_VALUE, (line: string, key: string, value: string) =>
    value.startsWith('!') || valueParses(value) ? line : `${key}: ${JSON.stringify(value)}`,
  );
  if (quoted !== source) {
    const again = parseYaml(quoted);
    if (again.errors.length === 0 && again.warnings.length === 0) return again;
  }
  throw yamlError(problem.message.split('\n')[0] ?? problem.code);
}

/** A top-level `key: value` line with a value on it. */
const TOP_LEVEL_VALUE = /^([A-Za-z_][\w-]*):[ \t]+(\S.*?)[ \t]*$/gm;

/** Does a value read on its own as YAML, and as no map (a colon in it made one)? */
function valueParses(value: string): boolean {
  const doc = parseYaml(value);
  return doc.errors.length === 0 && doc.warnings.length === 0 && !isMap(doc.contents);
}

function parseYaml(source: string): Document {
  // Core schema only: no custom or language-specific tags (!!js/function...), no merge keys.
  return parseDocument(source, {
    schema: 'core',
    customTags: [],
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: true,
  });
}

const ALIASES_SHAPE = 'aliases must be a list of "NAME = meaning" lines or NAME: meaning pairs';

/**
 * `aliases:` in front matter, as a list of `NAME = meaning` strings or a map `NAME: meaning`. Entries of
 * another shape are kept as problems (reported by the engine), so they never stop the article loading.
 */
function frontMatterAliases(doc: Document, lineOf: (offset: number | undefined) => number): AliasLine[] {
  // Found by its name in any case, as the other fields are (`withLowerCaseKeys`).
  const node = isMap(doc.contents)
    ? doc.contents.items.find((pair) => isScalar(pair.key) && String(pair.key.value).toLowerCase() === 'aliases')
        ?.value
    : undefined;
  if (node === undefined || node === null) return [];
  const at = (item: unknown) =>
    lineOf(isScalar(item) || isMap(item) || isSeq(item) ? item.range?.[0] : undefined);
  const bad = (item: unknown): AliasLine => ({ line: at(item), text: '', problem: ALIASES_SHAPE });
  const scalarText = (item: unknown): string | undefined =>
    isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')
      ? String(item.value)
      : undefined;
  // NAME: meaning (a meaning left empty is reported by the engine as needing one).
  const pairLine = (pair: Pair<unknown, unknown>): AliasLine => {
    const key = scalarText(pair.key);
    if (key === undefined || !(pair.value === null || isScalar(pair.value))) return bad(pair.key);
    return { line: at(pair.key), text: `${key} = ${scalarText(pair.value) ?? ''}` };
  };
  if (isMap(node)) return node.items.map(pairLine);
  if (isSeq(node)) {
    return node.items.map((item) => {
      const text = scalarText(item);
      if (text !== undefined) return { line: at(item), text };
      // `- ISIS: Islamic State` is a one-pair map in a list.
      return isMap(item) && item.items.length === 1 ? pairLine(item.items[0]!) : bad(item);
    });
  }
  const text = scalarText(node);
  return text !== undefined && text.trim() ? [{ line: at(node), text }] : [bad(node)];
}

/**
 * The fields by their lower-case names: `Title:` and `URL:` are how many people write them. Where both forms are
 * given, the lower-case one is read.
 */
function withLowerCaseKeys(data: Record<string, unknown>): Record<string, unknown> {
  // No prototype: a `__proto__:` field is only a field.
  const fields = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase();
    if (key === lower || !(lower in data)) fields[lower] = value;
  }
  return fields;
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  return undefined;
}

function dateField(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return stringField(value);
}

/** First level-1 heading, else the first heading of any level (ATX or setext), outside code fences. */
function firstHeading(body: string): string | undefined {
  const lines = body.split('\n');
  let inFence = false;
  let any: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const atx = /^ {0,3}(#{1,6})[ \t]+(.+)$/.exec(line);
    const next = lines[i + 1] ?? '';
    const setext = line.trim() && /^ {0,3}(=+|-+)[ \t]*$/.exec(next) ? next.trim()[0] : undefined;
    const level = atx ? atx[1]?.length : setext === '=' ? 1 : setext === '-' ? 2 : undefined;
    const text = atx ? atx[2] : setext ? line : undefined;
    if (level === undefined || text === undefined) continue;
    const title = cleanTitle(stripInlineMarkdown(text));
    if (!title) continue;
    if (level === 1) return title;
    any ??= title;
  }
  return any;
}

export function extractMarkdown(text: string): Extracted {
  const front = readFrontMatter(text);
  const data = front?.data ?? {};
  const bodyStart = front?.bodyStart ?? 0;
  const title = cleanTitle(stringField(data.title)) ?? firstHeading(text.slice(bodyStart));
  const aliasLines = front?.aliasLines ?? [];
  return {
    text,
    bodyStart,
    bodyEnd: text.length,
    markdown: true,
    title,
    url: safeUrl(data.url),
    author: stringField(data.author),
    date: dateField(data.date),
    ...(aliasLines.length > 0 ? { aliasLines } : {}),
  };
}
