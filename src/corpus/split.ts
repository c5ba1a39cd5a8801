/**
 * Text -> passages: the units that are searched and cited. Every passage is an exact substring of the
 * text it came from (a contiguous range, separators included), so an excerpt quoted from it is verbatim.
 */
import { type Sentence, splitSentences } from './sentences.js';

/** Shorter paragraphs (a standfirst, a byline, a heading) are merged with a neighbour. */
export const MIN_PASSAGE_CHARS = 200;
/** Longer paragraphs are cut on sentence boundaries. */
export const MAX_PASSAGE_CHARS = 1200;

export interface TextRange {
  /** Exactly `source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

export interface SplitOptions {
  /** Keep fenced code blocks (``` / ~~~) whole, blank lines included. */
  markdown?: boolean;
}

interface Range {
  start: number;
  end: number;
}

/** A single newline ends a paragraph only after a finished sentence; otherwise it is a soft wrap. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]*_]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** Paragraphs as trimmed ranges: split at blank lines, and at line ends that close a sentence. */
function paragraphs(text: string, options: SplitOptions): Range[] {
  const result: Range[] = [];
  let current: Range | undefined;
  let inFence = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    const fenceLine = options.markdown === true && FENCE.test(line);
    if (!inFence && !fenceLine && trimmed === '') {
      current = undefined;
      continue;
    }
    const start = lineStart + (line.length - line.trimStart().length);
    const end = lineStart + line.trimEnd().length;
    if (current) current.end = Math.max(current.end, end);
    else {
      current = { start, end: Math.max(start, end) };
      result.push(current);
    }
    if (fenceLine) inFence = !inFence;
    if (!inFence && ENDS_SENTENCE.test(trimmed)) current = undefined;
  }
  return result.filter((r) => r.end > r.start);
}

/** Cuts a run with no usable sentence breaks at the last space before the limit (or at the limit). */
function hardSplit(text: string, range: Range): Range[] {
  const pieces: Range[] = [];
  let start = range.start;
  while (range.end - start > MAX_PASSAGE_CHARS) {
    const window = text.slice(start, start + MAX_PASSAGE_CHARS + 1);
    let cut = window.search(/\s\S*$/);
    if (cut <= MAX_PASSAGE_CHARS / 2) cut = MAX_PASSAGE_CHARS;
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]/.test(text.charAt(start + cut - 1))) cut--;
    const piece = text.slice(start, start + cut).trimEnd();
    pieces.push({ start, end: start + piece.length });
    start += cut;
    while (start < range.end && /\s/.test(text.charAt(start))) start++;
  }
  if (range.end > start) pieces.push({ start, end: range.end });
  return pieces;
}

/** Cuts a long paragraph into pieces of similar size on sentence boundaries. */
function splitLong(text: string, range: Range): Range[] {
  const length = range.end - range.start;
  if (length <= MAX_PASSAGE_CHARS) return [range];
  const sentences: Range[] = splitSentences(text.slice(range.start, range.end)).flatMap((s: Sentence) =>
    hardSplit(text, { start: range.start + s.start, end: range.start + s.end }),
  );
  const target = length / Math.ceil(length / MAX_PASSAGE_CHARS);
  const pieces: Range[] = [];
  let current: Range | undefined;
  for (const sentence of sentences) {
    if (
      current &&
      current.end - current.start < target &&
      sentence.end - current.start <= MAX_PASSAGE_CHARS
    ) {
      current.end = sentence.end;
    } else {
      current = { ...sentence };
      pieces.push(current);
    }
  }
  return pieces;
}

/** A Markdown heading ("## The C team: down, but not out"): it starts the passage it heads. */
const HEADING = /^#{1,6}\s/;

/**
 * Tiny units join the next one; a tiny tail joins the previous passage. A tiny unit before a heading joins the
 * passage before it instead, so the heading is not left at the end of a passage it does not head.
 */
function mergeSmall(text: string, units: Range[]): Range[] {
  const merged: Range[] = [];
  let current: Range | undefined;
  for (const unit of units) {
    const previous = merged.at(-2);
    if (current && previous && current.end - current.start < MIN_PASSAGE_CHARS && startsHeading(text, unit)) {
      previous.end = current.end;
      merged.pop();
      current = { ...unit };
      merged.push(current);
    } else if (current && current.end - current.start < MIN_PASSAGE_CHARS) current.end = unit.end;
    else {
      current = { ...unit };
      merged.push(current);
    }
  }
  const last = merged.at(-1);
  const previous = merged.at(-2);
  if (last && previous && last.end - last.start < MIN_PASSAGE_CHARS) {
    previous.end = last.end;
    merged.pop();
  }
  return merged;
}

function startsHeading(text: string, unit: Range): boolean {
  return HEADING.test(text.slice(unit.start, unit.start + 7));
}

/** Passages of `text` in order; each `text` is `source.slice(start, end)`. Empty text gives []. */
export function splitPassages(text: string, options: SplitOptions = {}): TextRange[] {
  const units = paragraphs(text, options).flatMap((p) => splitLong(text, p));
  return mergeSmall(text, units).map(({ start, end }) => ({ text: text.slice(start, end), start, end }));
}
