/**
 * Sentence splitting shared by the passage splitter, the index (which keeps each passage's sentences) and the
 * answer module (excerpts are 1-2 sentences). ICU's sentence segments (Intl.Segmenter, found without it for
 * text of common characters: sentence-breaks.ts) do the work; on Node 20 its ICU data splits after
 * abbreviations ("Mr. ", "U.S. ", "Gen. ", initials), so those splits are re-joined here.
 */
import { fastSentenceBreaks } from './sentence-breaks.js';

export interface Sentence {
  /** Exactly `source.slice(start, end)`: no surrounding whitespace, never rewritten. */
  text: string;
  start: number;
  end: number;
}

/** Never end a sentence: titles and the like always come before a name or number. */
export const ALWAYS_JOIN: ReadonlySet<string> = new Set(
  (
    'mr mrs ms mx messrs mmes dr prof rev fr hon pres gov sen rep gen lt col maj capt cmdr adm sgt ' +
    'cpl pvt brig supt insp st mt ft vs v cf approx ca nos vol pp p fig figs ch est wm chas thos jas geo'
  ).split(' '),
);

/** Join only before a number ("No. 5", "Jan. 6"): as words they can end a sentence ("No. It is not."). */
export const JOIN_BEFORE_NUMBER: ReadonlySet<string> = new Set('no jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Can end a sentence ("... in the U.S. He left."), so they join only when no new sentence starts next. */
export const MAYBE_JOIN: ReadonlySet<string> = new Set('jr sr inc ltd co corp bros etc al'.split(' '));

/** Words that, capitalised after an abbreviation, usually open a new sentence. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those he she it they we i you his her its their our my there here but ' +
    'and or so yet if when while after before since however meanwhile in on at for as by from with ' +
    'what why how who where officials analysts both some many most still also then now today ' +
    'yesterday'
  ).split(' '),
);

/** The longest word of the lists above: a longer one joins only as a dotted abbreviation ("U.S.A."). */
const LONGEST_ABBREVIATION = Math.max(
  ...[ALWAYS_JOIN, JOIN_BEFORE_NUMBER, MAYBE_JOIN].flatMap((words) => [...words].map((word) => word.length)),
);

/** What `\s` matches and `trim` removes: JS white space and line ends. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Opening brackets and quotes that may stand before a word ("(Mr.", "“U.S."). */
const OPENERS = '("\'“‘[';

/**
 * Whether the sentence that ends at `end` (looking back no further than `from`) ends with an abbreviation that
 * the sentence starting at `next` continues. Reads the text in place: the last word of the one and the first
 * of the other are all that matter.
 */
function shouldJoin(text: string, from: number, end: number, next: number): boolean {
  let last = end;
  while (last > from && isSpace(text.charCodeAt(last - 1))) {
    // A line break inside a segment is a hard paragraph break: never glue across it.
    if (text.charCodeAt(last - 1) === 0x0a) return false;
    last--;
  }
  if (last === from || text.charCodeAt(last - 1) !== 0x2e) return false; // the last word ends in "."
  let first = last - 1;
  while (first > from && !isSpace(text.charCodeAt(first - 1))) first--;
  while (first < last && OPENERS.includes(text[first]!)) first++;
  if (first === last) return false;
  // Most sentences end with a word longer than any abbreviation and without a dot of its own: no string for it.
  if (last - 1 - first > LONGEST_ABBREVIATION && text.indexOf('.', first) === last - 1) return false;
  const word = text.slice(first, last - 1);
  const key = word.toLowerCase();
  if (JOIN_BEFORE_NUMBER.has(key)) return /^\s*\d/.test(text.slice(next, next + 100));
  if (ALWAYS_JOIN.has(key)) return true;
  // (The length and the "." are looked at first only to spare most words the regular expressions.)
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return true; // an initial: "J. R. R. Tolkien"
  if (word.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(word)) return !startsSentence(text, next); // "U.S.", "e.g."
  if (MAYBE_JOIN.has(key)) return !startsSentence(text, next);
  return false;
}

/** Whether the sentence at `next` opens with a word that usually opens a sentence. */
function startsSentence(text: string, next: number): boolean {
  const nextWord = /^\s*[("'“‘[]*([\p{L}\p{N}]+)/u.exec(text.slice(next, next + 100))?.[1] ?? '';
  return SENTENCE_STARTERS.has(nextWord.toLowerCase());
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Where ICU's sentence segments of `window` start: found by sentence-breaks.ts when it can, else by ICU. */
function segmentStarts(window: string): number[] {
  const breaks = fastSentenceBreaks(window);
  if (breaks) {
    breaks.unshift(0); // (a fresh array each call: no copy needed)
    return breaks;
  }
  return Array.from(segmenter.segment(window), (part) => part.index);
}

/** Text given to the segmenter at once: its cost grows with the square of the input length on Node 20. */
const WINDOW_CHARS = 2_000;
/** A "sentence" longer than this is cut at a space: no real sentence is, and it keeps the cost bounded. */
const MAX_WINDOW_CHARS = 32_000;

/**
 * Where ICU's sentence segments of `text` start (the first at 0), computed window by window: the segments of
 * a text no longer than a window in one go, else `segments`.
 */
function segmentStartsOf(text: string): number[] {
  if (text.length <= WINDOW_CHARS && text.length > 0) return segmentStarts(text);
  const starts: number[] = [];
  for (const segment of segments(text)) starts.push(segment.start);
  return starts;
}

/** ICU sentence segments of `text` as ranges, computed window by window. */
function* segments(text: string): Generator<{ start: number; end: number }> {
  let pos = 0;
  let size = WINDOW_CHARS;
  while (pos < text.length) {
    const end = Math.min(text.length, pos + size);
    const starts = segmentStarts(text.slice(pos, end));
    const last = starts.at(-1);
    if (end === text.length || (last !== undefined && starts.length > 1)) {
      // The window's last segment may be cut short by the window edge: redo it in the next window.
      const keep = end === text.length ? starts.length : starts.length - 1;
      for (let k = 0; k < keep; k++) {
        yield { start: pos + starts[k]!, end: k + 1 < starts.length ? pos + starts[k + 1]! : end };
      }
      pos = end === text.length ? end : pos + (last ?? 0);
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

/** A single line break inside running text is a soft wrap (ICU breaks at every LF), unless a block opens next. */
const SOFT_WRAP = /([^\n])\n(?![ \t]*(?:\n|[-*+>#|]|\d+[.)]\s))/g;

/**
 * A plain-text heading: the first line of a block, short (`HEADING_MAX_CHARS` at most), without a sentence's
 * end, over a line at least twice as long that opens with a capital ("7. Complaint about the Ashworth Cup final"
 * over the minute's paragraph). Its line break is no soft wrap: the heading is a sentence of its own, not the
 * opening words of the one below it. Hard-wrapped prose has no such line (its lines are all about as long; only
 * a paragraph's last is short).
 */
export const HEADING_MAX_CHARS = 60;
function endsHeading(text: string, lineBreak: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineBreak - 1) + 1;
  const length = lineBreak - lineStart;
  if (length > HEADING_MAX_CHARS || /[.!?,;:\u2026]["'\u201d\u2019)]*[ \t]*$/u.test(text.slice(lineStart, lineBreak)))
    return false;
  const blockStart = lineStart === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, lineStart - 8), lineStart - 1));
  if (!blockStart) return false;
  const nextEnd = text.indexOf('\n', lineBreak + 1);
  const next = text.slice(lineBreak + 1, nextEnd < 0 ? text.length : nextEnd);
  // Not a digit: SQuAD's text breaks a line before a subscript ("molecular O\n2 in which ...").
  return next.length >= 2 * length && /^[ \t]*\p{Lu}/u.test(next);
}

/** `text` with each soft wrap made a space (same length, so offsets hold). */
export function withSoftWrapsJoined(text: string): string {
  return text.replace(SOFT_WRAP, (found: string, last: string, at: number) =>
    endsHeading(text, at + 1) ? found : `${last} `,
  );
}

/**
 * The sentences of `original` as offsets, [start, end, start, end, ...] pushed onto `into`, in order, without
 * surrounding white space; whitespace-only stretches are dropped. What `splitSentences` gives, without a
 * string per sentence.
 */
export function sentenceRanges(original: string, into: number[]): void {
  // Segment a copy with soft wraps made spaces (same length, so offsets hold).
  const text = original.includes('\n') ? withSoftWrapsJoined(original) : original;
  const starts = segmentStartsOf(text);
  let start = -1;
  let end = -1;
  for (let k = 0; k < starts.length; k++) {
    const segmentStart = starts[k]!;
    const segmentEnd = k + 1 < starts.length ? starts[k + 1]! : text.length;
    // Only the tail of the previous sentence matters (its last word), so look back no further than 100.
    if (
      start >= 0 &&
      (shouldJoin(text, Math.max(start, end - 100), end, segmentStart) || isListMarker(text, start, end))
    ) {
      end = segmentEnd;
      continue;
    }
    if (start >= 0) pushTrimmed(original, start, end, into);
    start = segmentStart;
    end = segmentEnd;
  }
  if (start >= 0) pushTrimmed(original, start, end, into);
}

/** A numbered list item's marker ("1. ", "b) "): ICU ends a sentence after it. */
export const LIST_MARKER = /^(?:\d{1,3}|[a-z])[.)][ \t]+$/i;

/**
 * Is the segment from `start` to `end` only the marker of a list item opening a line ("1. Hoses may be used
 * only on Tuesdays" is one sentence, not "1." and "Hoses ...")? Read in place; a marker is a few characters.
 */
function isListMarker(text: string, start: number, end: number): boolean {
  if (end - start > 6) return false;
  let before = start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  return (before === 0 || text[before - 1] === '\n') && LIST_MARKER.test(text.slice(start, end));
}

/** Pushes the range without the white space around it, unless nothing else is left. */
function pushTrimmed(text: string, start: number, end: number, into: number[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start < end) into.push(start, end);
}

/** Sentences of `text`, in order, with offsets into it. Whitespace-only stretches are dropped. */
export function splitSentences(original: string): Sentence[] {
  const ranges: number[] = [];
  sentenceRanges(original, ranges);
  const sentences: Sentence[] = [];
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!;
    const end = ranges[k + 1]!;
    sentences.push({ text: original.slice(start, end), start, end });
  }
  return sentences;
}
