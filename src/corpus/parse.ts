/** One file's bytes -> an Article with its passages. Pure: no file system access. */
import { createHash } from 'node:crypto';
import { CorpusError } from '../engine-api.js';
import { decodeText } from './decode.js';
import { type FileKind, requireFileKind } from './file-types.js';
import { extractHtml } from './formats/html.js';
import { extractMarkdown } from './formats/markdown.js';
import { extractText } from './formats/text.js';
import { cleanTitle, deriveTitle, type Extracted, safeUrl } from './meta.js';
import { splitPassages } from './split.js';
import type { Article, Passage, Scope } from './types.js';

export interface ParseOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Override the title found in the file. */
  title?: string;
  /** Override the URL found in the file (dropped unless http(s)). */
  url?: string;
}

const EXTRACTORS: Readonly<Record<FileKind, (text: string) => Extracted>> = {
  text: extractText,
  markdown: extractMarkdown,
  html: extractHtml,
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Last resort title: the file name without folders and extension. */
function titleFromFileName(file: string): string {
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
  const extracted = EXTRACTORS[kind](decodeText(bytes, options.maxBytes));
  const body = extracted.text.slice(extracted.bodyStart, extracted.bodyEnd);
  const ranges = splitPassages(body, { markdown: extracted.markdown });
  if (ranges.length === 0) throw new CorpusError('the file has no text to cite');

  const title =
    cleanTitle(options.title) ??
    extracted.title ??
    deriveTitle(ranges[0]?.text ?? '') ??
    titleFromFileName(file);
  const url = safeUrl(options.url) ?? extracted.url;

  const passages: Passage[] = ranges.map((range, i) => ({
    id: `${file}#${i + 1}`,
    file,
    scope,
    index: i + 1,
    total: ranges.length,
    title,
    ...(url ? { url } : {}),
    text: range.text,
  }));
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
