/**
 * What makes an article once its file is read, shared by the parser (parse.ts) and by what rebuilds articles
 * without parsing (the index snapshot, the engine's store and folder sync): the passages' ids and fields, the
 * file hash, the admin's title/url override. Kept apart from parse.ts so a start from the snapshot does not
 * load the format libraries (YAML, HTML) it never calls.
 */
import { createHash } from 'node:crypto';
import type { Override } from './overrides.js';
import type { Article, Passage, Scope } from './types.js';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * An article's passages from their texts: the one place a passage's id (`<file>#<n>`), position, scope, title
 * and url are set (parsing, overrides and the index snapshot all make passages here).
 */
export function passagesOf(
  file: string,
  scope: Scope,
  meta: { title: string; url?: string | undefined; pages?: readonly number[] | undefined },
  texts: readonly string[] | TextReader,
): Passage[] {
  const total = Array.isArray(texts) ? texts.length : (texts as TextReader).count;
  const passages: Passage[] = [];
  for (let i = 0; i < total; i++) passages.push(passageOf(file, scope, meta, texts, i));
  return passages;
}

/** Passage `i` (from 0) of `passagesOf`'s, made alone (an article read from the snapshot makes them on use). */
export function passageOf(
  file: string,
  scope: Scope,
  meta: { title: string; url?: string | undefined; pages?: readonly number[] | undefined },
  texts: readonly string[] | TextReader,
  i: number,
): Passage {
  const { title, url, pages } = meta;
  let passage: Passage;
  if (Array.isArray(texts)) {
    const total = texts.length;
    const text = (texts as readonly string[])[i]!;
    // Two literal shapes rather than a spread: one hidden class each.
    passage = url
      ? { id: `${file}#${i + 1}`, file, scope, index: i + 1, total, title, url, text }
      : { id: `${file}#${i + 1}`, file, scope, index: i + 1, total, title, text };
  } else {
    passage = new ReadPassage(file, scope, title, url, texts as TextReader, i);
  }
  const page = pages?.[i];
  if (page !== undefined) passage.page = page;
  return passage;
}

/**
 * Texts read when asked for (a large snapshot's: search/snapshot/text-source.ts): `textOf(i)` is the text of
 * the article's passage i (from 0).
 */
export interface TextReader {
  count: number;
  textOf(i: number): string;
}

/**
 * A passage whose text is read when asked for. Its text is a getter of the class (a getter per object made
 * each passage its own hidden class: 480 bytes a passage), so a spread of it lacks `text`: `toJSON` gives it
 * to JSON; nothing in src spreads a passage for its text.
 */
class ReadPassage implements Passage {
  readonly id: string;
  readonly index: number;
  readonly total: number;
  declare url?: string;
  declare page?: number;
  /** Not enumerable: a passage's own enumerable fields are its data (a private field upset test matchers). */
  declare private readonly reader: TextReader;

  constructor(
    readonly file: string,
    readonly scope: Scope,
    readonly title: string,
    url: string | undefined,
    reader: TextReader,
    i: number,
  ) {
    this.id = `${file}#${i + 1}`;
    this.index = i + 1;
    this.total = reader.count;
    if (url) this.url = url;
    Object.defineProperty(this, 'reader', { value: reader });
  }

  get text(): string {
    return this.reader.textOf(this.index - 1);
  }

  /** As a passage of decoded text is written (its fields in `passagesOf`'s order). */
  toJSON(): Passage {
    const { id, file, scope, index, total, title, url, text, page } = this;
    return {
      id,
      file,
      scope,
      index,
      total,
      title,
      ...(url !== undefined ? { url } : {}),
      text,
      ...(page !== undefined ? { page } : {}),
    };
  }
}

/** The page of each passage of a paged (PDF) article, or undefined when it has none (every other format). */
export function pagesOf(article: Pick<Article, 'passages'>): number[] | undefined {
  if (!article.passages.some((passage) => passage.page !== undefined)) return undefined;
  return article.passages.map((passage) => passage.page ?? 0);
}

/** The article with an override's title and url (on the article and each passage), if it gives any. */
export function applyOverrides(article: Article, override: Override | undefined): Article {
  if (!override?.title && !override?.url) return article;
  const title = override.title ?? article.title;
  const url = override.url ?? article.url;
  return {
    ...article,
    title,
    ...(url ? { url } : {}),
    passages: passagesOf(
      article.file,
      article.scope,
      { title, url, pages: pagesOf(article) },
      article.passages.map((passage) => passage.text),
    ),
  };
}

/** Whether the article already shows what the override gives (then an unchanged file need not be parsed again). */
export function showsOverride(article: Article, override: Override | undefined): boolean {
  return (
    (!override?.title || override.title === article.title) && (!override?.url || override.url === article.url)
  );
}
