/** Pieces shared by answers, source pages and search results: citation lines, source fields, question footer. */
import type { APIEmbedField, APIEmbedFooter } from 'discord.js';
import type { SearchHit } from '../../answer/types.js';
import { QUESTION_FOOTER_PREFIX } from './custom-ids.js';
import { fitRendered, LIMITS, truncateWords } from './limits.js';
import { boldTerms, defangMentions, maskedLink, oneLine, safeText, safeUrl } from './markdown.js';

/** What a citation line needs: a SearchHit's (and so a Citation's) title, link, position and text. */
export type SourceRef = Pick<SearchHit, 'title' | 'url' | 'passage' | 'total' | 'text' | 'file' | 'page'>;

const TITLE_CHARS = 150;
const SOURCE_EXCERPT_CHARS = 280;
const FOOTER_QUESTION_CHARS = 1000;

export function titleOf(source: SourceRef): string {
  return oneLine(source.title) || source.file;
}

/** "passage 4 of 9", or "page 2, passage 4 of 9" for a PDF. */
export function position(source: Pick<SourceRef, 'passage' | 'total' | 'page'>): string {
  const where = `passage ${source.passage} of ${source.total}`;
  return source.page !== undefined ? `page ${source.page}, ${where}` : where;
}

/** "[1] [Title](<url>) — passage 4 of 9" (the title linked only when the url is http(s)). */
export function citationLine(n: number, source: SourceRef): string {
  return `[${n}] ${maskedLink(truncateWords(titleOf(source), TITLE_CHARS), source.url)} — ${position(source)}`;
}

/** A further source as an embed field: "[n] Title — passage N of M", then a short excerpt and a link. */
export function sourceField(n: number, source: SourceRef, terms: readonly string[] = []): APIEmbedField {
  const number = `[${n}] `; // ours, not escaped; only the title is untrusted
  const name = fitRendered(
    `${titleOf(source)} — ${position(source)}`,
    LIMITS.fieldName - number.length,
    safeText,
  );
  const href = safeUrl(source.url);
  const link = href ? `\n[Open article](<${href}>)` : '';
  const excerpt = fitRendered(oneLine(source.text), SOURCE_EXCERPT_CHARS, (text) =>
    boldTerms(safeText(text), terms),
  );
  return { name: name ? `${number}${name}` : `[${n}]`, value: `${excerpt || '(empty passage)'}${link}` };
}

/** Footer holding the question (plain text: footers show no Markdown), so buttons can re-derive it. */
export function questionFooter(question: string, note?: string): APIEmbedFooter | undefined {
  const asked = oneLine(question);
  const parts = [
    note,
    asked
      ? `${QUESTION_FOOTER_PREFIX}${defangMentions(truncateWords(asked, FOOTER_QUESTION_CHARS))}`
      : undefined,
  ];
  const text = parts.filter(Boolean).join(' · ');
  return text ? { text: truncateWords(text, LIMITS.footer) } : undefined;
}

/** The question as an embed title, escaped and shortened. */
export function questionTitle(question: string): string | undefined {
  const title = fitRendered(oneLine(question), LIMITS.embedTitle, safeText);
  return title || undefined;
}

/** "“a”, “b” or “c”" */
export function orList(words: readonly string[]): string {
  const quoted = words.map((word) => `“${safeText(truncateWords(oneLine(word), 200))}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
