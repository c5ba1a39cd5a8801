/**
 * The sentence splitter as it was before sentence-breaks.ts (ICU's segmenter for every window, the joins read
 * through regular expressions over slices), kept as the reference that test/corpus/sentence-breaks.test.ts
 * holds src/corpus/sentences.ts to: the same sentences for every text.
 */
import {
  ALWAYS_JOIN,
  JOIN_BEFORE_NUMBER,
  LIST_MARKER,
  MAYBE_JOIN,
  SENTENCE_STARTERS,
  type Sentence,
  withSoftWrapsJoined,
} from '../../src/corpus/sentences.js';

// The word lists are the product's (they are data, not the splitting this reference holds the new code to).

function shouldJoin(previous: string, next: string): boolean {
  // A line break inside a segment is a hard paragraph break: never glue across it.
  if (/\n\s*$/.test(previous)) return false;
  const lastToken = /(\S+)\s*$/.exec(previous)?.[1]?.replace(/^[("'“‘[]+/, '');
  if (!lastToken?.endsWith('.')) return false;
  const word = lastToken.slice(0, -1);
  const key = word.toLowerCase();
  const nextWord = /^\s*[("'“‘[]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  const startsSentence = SENTENCE_STARTERS.has(nextWord.toLowerCase());

  if (JOIN_BEFORE_NUMBER.has(key)) return /^\s*\d/.test(next);
  if (ALWAYS_JOIN.has(key)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. R. R. Tolkien"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return !startsSentence; // "U.S.", "e.g.", "p.m."
  if (MAYBE_JOIN.has(key)) return !startsSentence;
  return false;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Text given to the segmenter at once: its cost grows with the square of the input length on Node 20. */
const WINDOW_CHARS = 2_000;
/** A "sentence" longer than this is cut at a space: no real sentence is, and it keeps the cost bounded. */
const MAX_WINDOW_CHARS = 32_000;

/** ICU sentence segments of `text` as ranges, computed window by window. */
function* segments(text: string): Generator<{ start: number; end: number }> {
  let pos = 0;
  let size = WINDOW_CHARS;
  while (pos < text.length) {
    const end = Math.min(text.length, pos + size);
    const parts = [...segmenter.segment(text.slice(pos, end))];
    const last = parts.at(-1);
    if (end === text.length || (last && parts.length > 1)) {
      // The window's last segment may be cut short by the window edge: redo it in the next window.
      const keep = end === text.length ? parts : parts.slice(0, -1);
      for (const part of keep) yield { start: pos + part.index, end: pos + part.index + part.segment.length };
      pos = end === text.length ? end : pos + (last?.index ?? 0);
      size = WINDOW_CHARS;
    } else if (size < MAX_WINDOW_CHARS) {
      size *= 2;
    } else {
      const window = text.slice(pos, end);
      const space = window.search(/\s\S*$/);
      const cut = space > 0 ? space + 1 : window.length;
      yield { start: pos, end: pos + cut };
      pos += cut;
    }
  }
}

/** Sentences of `text`, in order, with offsets into it. Whitespace-only stretches are dropped. */
export function referenceSplitSentences(original: string): Sentence[] {
  // A single line break inside running text is a soft wrap, not a sentence end (ICU breaks at every LF):
  // segment a copy with it made a space (same length, so offsets hold), unless the next line opens a block
  // or the line before is a plain-text heading. The product's rule for that, not a second copy of it: this
  // reference holds the segmenter and the joins to their old results, not the reading of line breaks.
  const text = withSoftWrapsJoined(original);
  const merged: Array<{ start: number; end: number }> = [];
  for (const segment of segments(text)) {
    const last = merged.at(-1);
    // Only the tail of the previous sentence matters (its last word), so don't hand over all of it.
    // A list item's marker at a line's start ("1. ") stays with its item (session 47).
    const marker =
      last !== undefined &&
      LIST_MARKER.test(text.slice(last.start, last.end)) &&
      /(?:^|\n)[ \t]*$/.test(text.slice(0, last.start));
    if (
      last &&
      (marker ||
        shouldJoin(
          text.slice(Math.max(last.start, last.end - 100), last.end),
          text.slice(segment.start, segment.start + 100),
        ))
    ) {
      last.end = segment.end;
    } else {
      merged.push({ ...segment });
    }
  }
  const sentences: Sentence[] = [];
  for (const range of merged) {
    const raw = original.slice(range.start, range.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = range.start + lead;
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return sentences;
}
