/**
 * HTML: metadata from <title>/<h1>, <link rel=canonical>/og:url and a few <meta> tags; the citable text is
 * what html-to-text extracts (that extracted text is the "verbatim" text passages are cut from).
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';
import { cleanTitle, type Extracted, safeUrl } from '../meta.js';

// Bounds for hostile markup; content past them is dropped (an ellipsis would become junk text).
const LIMITS = { maxDepth: 200, maxChildNodes: 20_000, ellipsis: '' };

const TEXT_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  limits: LIMITS,
  selectors: [
    // Chrome and code never reach the text; links keep their words only.
    ...[
      'script',
      'style',
      'noscript',
      'template',
      'nav',
      'svg',
      'iframe',
      'object',
      'embed',
      'img',
      'head',
      'title',
    ].map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/** Text of the first element matching `selector` (entities decoded), if any. */
function textOf(html: string, selector: string): string | undefined {
  const text = convert(html, {
    wordwrap: false,
    limits: LIMITS,
    baseElements: { selectors: [selector], returnDomByDefault: false, orderBy: 'occurrence' },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
    ],
  });
  return cleanTitle(text.split(/\n\s*\n/)[0]);
}

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    // Own keys only: "&constructor;" must stay as written, not read the object's prototype.
    const name = code.toLowerCase();
    return Object.hasOwn(named, name) ? named[name]! : whole;
  });
}

/** Attributes of every `<tag ...>` outside comments, scripts and styles. */
function tagsNamed(html: string, tag: string): Array<Record<string, string>> {
  const visible = html.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const tags: Array<Record<string, string>> = [];
  for (const match of visible.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const name = a[1]?.toLowerCase();
      if (name && !(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push(attrs);
  }
  return tags;
}

function metaContent(metas: Array<Record<string, string>>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const meta = metas.find((m) => (m.property ?? m.name ?? '').toLowerCase() === key);
    const content = meta?.content?.trim();
    if (content) return content;
  }
  return undefined;
}

export function extractHtml(html: string): Extracted {
  const text = convert(html, TEXT_OPTIONS);
  const links = tagsNamed(html, 'link');
  const metas = tagsNamed(html, 'meta');
  const canonical = links.find((l) => (l.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.href;
  return {
    text,
    bodyStart: 0,
    bodyEnd: text.length,
    markdown: false,
    title: textOf(html, 'title') ?? textOf(html, 'h1'),
    url: safeUrl(canonical) ?? safeUrl(metaContent(metas, 'og:url')),
    author: metaContent(metas, 'author', 'article:author'),
    date: metaContent(metas, 'article:published_time', 'date'),
  };
}
