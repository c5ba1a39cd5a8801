/** Title and URL hygiene shared by every format: what ends up in a citation must be short and safe. */
import { splitSentences } from './sentences.js';
import type { AliasLine } from './types.js';

/** Longest title kept from a file or an override. */
export const MAX_TITLE_CHARS = 150;
/** Titles made up from the first sentence are shorter: they are a label, not the text. */
export const DERIVED_TITLE_CHARS = 80;

/** Cuts on a word boundary and adds "…" when `text` is longer than `max`. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (!/\s/.test(text.charAt(max))) {
    const space = cut.search(/\s\S*$/);
    if (space > max / 2) cut = cut.slice(0, space);
  }
  return `${cut.replace(/[\s,;:\-–—(]+$/, '')}…`;
}

/** Whitespace collapsed, trimmed, capped; undefined when nothing is left or it is not a string. */
export function cleanTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  return title ? shorten(title, MAX_TITLE_CHARS) : undefined;
}

/** A title made from the first sentence of `text`, without its final period. */
export function deriveTitle(text: string): string | undefined {
  const first = splitSentences(text)[0]?.text;
  if (!first) return undefined;
  const title = first.replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  return /[\p{L}\p{N}]/u.test(title) ? shorten(title, DERIVED_TITLE_CHARS) : undefined;
}

/**
 * The URL as written if it is a plain http(s) URL (no credentials, no spaces); otherwise undefined. The one check
 * for every URL an article carries: a file's own (front matter, canonical link, source line), one given at
 * upload (`/corpus add url:`, `npm run corpus -- add --url`), and one read back from the overrides file. Links
 * are still escaped where they are shown (src/discord/render/markdown.ts).
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (!url || url.length > 2048 || /\s/.test(url)) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (parsed.username || parsed.password) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/** What a format found in a file: the canonical text and where the citable body lies in it. */
export interface Extracted {
  /** The canonical text: every passage is a substring of it. */
  text: string;
  /** The citable part of `text` (a source line or title line at the top is left out). */
  bodyStart: number;
  bodyEnd: number;
  /** Split options: Markdown keeps fenced code blocks whole. */
  markdown: boolean;
  title?: string;
  url?: string;
  author?: string;
  date?: string;
  /** Aliases declared in the file (Markdown front matter `aliases:`). */
  aliasLines?: AliasLine[];
}
