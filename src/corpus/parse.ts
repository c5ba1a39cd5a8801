/**
 * One file's bytes -> an Article with its passages. Pure: no file system access. `articleFromBytes` is the
 * one way the engine makes an article (load, upload, watcher): parsed, then the admin's title/url override.
 */
import { CorpusError } from './errors.js';
import { decodeText } from './decode.js';
import { type FileKind, requireFileKind } from './file-types.js';
import { extractDocx } from './formats/docx.js';
import { extractHtml } from './formats/html.js';
import { extractMarkdown } from './formats/markdown.js';
import { extractPdfPages } from './formats/pdf.js';
import { extractText } from './formats/text.js';
import { cleanTitle, deriveTitle, type Extracted } from './meta.js';
import { scopeOf } from './names.js';
import type { Override } from './overrides.js';
import { splitPassages } from './split.js';
import type { Article, Scope } from './types.js';
import { applyOverrides, passagesOf, sha256Hex } from './article.js';

export { applyOverrides, pagesOf, passagesOf, sha256Hex, showsOverride } from './article.js';

export interface ParseOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

export interface ArticleOptions extends ParseOptions {
  /** The title and url given at upload time (corpus/overrides.ts), in place of those the file says. */
  override?: Override | undefined;
}

/** The formats read synchronously from decoded text; PDF and Word are read by `articleFromFile` (async). */
const EXTRACTORS: Readonly<Record<Exclude<FileKind, 'pdf' | 'docx'>, (text: string) => Extracted>> = {
  text: extractText,
  markdown: extractMarkdown,
  html: extractHtml,
};

/** Last resort title: the file name without folders and extension. */
export function titleFromFileName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return cleanTitle((dot > 0 ? base.slice(0, dot) : base).replace(/[-_]+/g, ' ')) ?? base;
}

/**
 * Parses one corpus file. `file` is its corpus-relative POSIX path (it names the passages: `<file>#<n>`).
 * Throws CorpusError with a reason people can act on when the file cannot be an article.
 */
export function parseArticle(file: string, scope: Scope, bytes: Uint8Array, options: ParseOptions): Article {
  const kind = requireFileKind(file);
  if (kind === 'pdf' || kind === 'docx') {
    throw new CorpusError(`${kind === 'pdf' ? 'PDF' : 'Word'} files are read by articleFromFile (asynchronously)`);
  }
  return articleOf(file, scope, bytes, [EXTRACTORS[kind](decodeText(bytes, options.maxBytes))]);
}

/**
 * The article made of extracted parts: one for a text file, one a page for a PDF (each part split on its own,
 * so a passage never crosses a page; `page` set when `paged`).
 */
function articleOf(file: string, scope: Scope, bytes: Uint8Array, parts: Extracted[], paged = false): Article {
  const texts: string[] = [];
  const pages: number[] = [];
  for (const [i, extracted] of parts.entries()) {
    const body = extracted.text.slice(extracted.bodyStart, extracted.bodyEnd);
    for (const range of splitPassages(body, { markdown: extracted.markdown })) {
      texts.push(range.text);
      pages.push(i + 1);
    }
  }
  if (texts.length === 0) throw new CorpusError('the file has no text to cite');
  const extracted = parts[0]!;

  const title = extracted.title ?? deriveTitle(texts[0] ?? '') ?? titleFromFileName(file);
  const url = extracted.url;

  const passages = passagesOf(file, scope, { title, url, ...(paged ? { pages } : {}) }, texts);
  return {
    file,
    scope,
    hash: sha256Hex(bytes),
    title,
    ...(url ? { url } : {}),
    ...(extracted.author ? { author: extracted.author } : {}),
    ...(extracted.date ? { date: extracted.date } : {}),
    passages,
    ...(extracted.aliasLines?.length ? { aliasLines: extracted.aliasLines } : {}),
  };
}

/**
 * A corpus file's bytes as the article the engine keeps: parsed (scoped by its path), then its override
 * applied. Throws CorpusError with a reason people can act on when the file cannot be an article.
 */
export function articleFromBytes(file: string, bytes: Uint8Array, options: ArticleOptions): Article {
  return applyOverrides(parseArticle(file, scopeOf(file), bytes, { maxBytes: options.maxBytes }), options.override);
}

/** `parseArticle` for every format, PDF and Word included (their libraries are asynchronous). */
export async function parseArticleAsync(
  file: string,
  scope: Scope,
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<Article> {
  const kind = requireFileKind(file);
  if (kind === 'pdf') {
    const { pages, title } = await extractPdfPages(bytes, options.maxBytes);
    const parts = pages.map((text, i) => ({
      text,
      bodyStart: 0,
      bodyEnd: text.length,
      markdown: false,
      ...(i === 0 && title ? { title: cleanTitle(title) } : {}),
    }));
    return articleOf(file, scope, bytes, parts, true);
  }
  if (kind === 'docx') {
    const { text } = await extractDocx(bytes, options.maxBytes);
    const heading = /^#{1,6} (.+)$/m.exec(text)?.[1];
    const title = heading ? cleanTitle(heading) : undefined;
    return articleOf(file, scope, bytes, [
      { text, bodyStart: 0, bodyEnd: text.length, markdown: true, ...(title ? { title } : {}) },
    ]);
  }
  return parseArticle(file, scope, bytes, options);
}

/**
 * `articleFromBytes` for every format: the one way the engine makes an article (load, upload, watcher). PDF
 * and Word files are read here, asynchronously; other formats as `articleFromBytes`.
 */
export async function articleFromFile(file: string, bytes: Uint8Array, options: ArticleOptions): Promise<Article> {
  const article = await parseArticleAsync(file, scopeOf(file), bytes, { maxBytes: options.maxBytes });
  return applyOverrides(article, options.override);
}

