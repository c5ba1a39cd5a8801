/**
 * Plain text. Metadata is found by inspection: an optional source line holding a URL at the top
 * ("- The Media Line - https://themedialine.org -") or at the bottom, then an optional title line.
 */
import { cleanTitle, type Extracted, safeUrl } from '../meta.js';
import { splitSentences } from '../sentences.js';

const URL_IN_LINE = /https?:\/\/[^\s<>"'`]+/;
/** Longest line still treated as a title. */
const MAX_TITLE_LINE = 120;

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's newline. */
  next: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start, next: Math.min(text.length, start + line.length + 1) });
    start += line.length + 1;
  }
  return lines;
}

/** A short line that is mostly a URL (with at most a few words of source name around it). */
function sourceUrl(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 200) return undefined;
  const match = URL_IN_LINE.exec(trimmed);
  if (!match) return undefined;
  const rest = trimmed.replace(match[0], ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ');
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length > 8) return undefined;
  return safeUrl(match[0].replace(/[.,;:!?)\]}»”’'"-]+$/, ''));
}

/** A short line that is not a sentence: no final period/comma/colon, one sentence at most. */
function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_TITLE_LINE) return false;
  if (/[.,;:]["'”’)\]]*$/.test(t)) return false;
  if (/^[-*•>#|]/.test(t)) return false; // bullets, quotes, tables: content, not a title
  if (!/\p{L}/u.test(t)) return false;
  return splitSentences(t).length === 1;
}

/** A rule under a title line: "======", "------". */
const UNDERLINE = /^\s*(?:={3,}|-{3,}|~{3,})\s*$/;

/**
 * A title line as people write one in plain text: a label before it ("Title: Harvest report", "Subject: ...")
 * or Markdown's heading marks ("# Harvest report") are not part of it.
 */
function titleText(line: string): string {
  return line.replace(/^\s*(?:#{1,6}\s+|(?:title|subject|headline)\s*:\s*)/i, '');
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

export function extractText(text: string): Extracted {
  const lines = linesOf(text);
  const nonBlank = lines.map((l, i) => (isBlank(l) ? -1 : i)).filter((i) => i >= 0);
  let first = 0; // index into nonBlank of the first line still in the body
  let last = nonBlank.length - 1;
  let url: string | undefined;

  const top = lines[nonBlank[first] ?? -1];
  const topUrl = top ? sourceUrl(top.text) : undefined;
  if (topUrl && nonBlank.length > 1) {
    url = topUrl;
    first++;
  } else {
    const bottom = lines[nonBlank[last] ?? -1];
    const bottomUrl = bottom && nonBlank.length > 1 ? sourceUrl(bottom.text) : undefined;
    if (bottomUrl) {
      url = bottomUrl;
      last--;
    }
  }

  let title: string | undefined;
  const titleIndex = nonBlank[first];
  const titleLine = titleIndex === undefined ? undefined : lines[titleIndex];
  // A title line stands alone (blank line after it, or a rule under it: "Harvest report" over "======")
  // and leaves some body behind it.
  const underlined =
    titleIndex !== undefined && UNDERLINE.test(lines[titleIndex + 1]?.text ?? '') && isBlank(lines[titleIndex + 2]);
  if (titleLine && titleIndex !== undefined && (underlined || isBlank(lines[titleIndex + 1])) && first < last) {
    const written = titleText(titleLine.text);
    if (isTitleLine(written)) {
      title = cleanTitle(written);
      first += underlined ? 2 : 1;
    }
  }

  // The source line may also sit just below the title.
  const afterTitle = title && !url && first < last ? lines[nonBlank[first] ?? -1] : undefined;
  const lateUrl = afterTitle ? sourceUrl(afterTitle.text) : undefined;
  if (lateUrl) {
    url = lateUrl;
    first++;
  }

  const bodyStart = lines[nonBlank[first] ?? -1]?.start ?? text.length;
  const lastLine = lines[nonBlank[last] ?? -1];
  const bodyEnd = lastLine ? lastLine.start + lastLine.text.length : bodyStart;
  return { text, bodyStart, bodyEnd: Math.max(bodyStart, bodyEnd), markdown: false, title, url };
}
