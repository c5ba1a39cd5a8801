import { parseArticle } from '../../src/corpus/parse.js';
import type { Article } from '../../src/corpus/types.js';

/**
 * An article as a person would save it: YAML front matter with the title (JSON-quoted, which YAML reads as is),
 * then the paragraphs separated by blank lines. Newlines inside a paragraph become spaces, so the file's
 * paragraphs are exactly the ones given.
 */
export function markdownFile(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p.length > 0);
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body.join('\n\n')}\n`;
}

/** The generous file-size limit of the eval: what is measured is passages, not upload limits. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The Article the product makes of such a file when it loads it from a corpus folder (the same parse, split
 * into passages and title rules as `Engine.open`), without touching the disk.
 */
export function articleFromMarkdown(file: string, markdown: string): Article {
  return parseArticle(file, 'global', new TextEncoder().encode(markdown), { maxBytes: MAX_BYTES });
}
