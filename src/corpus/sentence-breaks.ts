/**
 * Where ICU's sentence segmenter (Intl.Segmenter, granularity 'sentence') puts its boundaries, found without
 * it for text whose every character is of a known kind: ICU costs ~1 µs a character through its JS wrapper,
 * and a passage is split once when it is indexed. These are the rules of Unicode's sentence segmentation
 * (UAX #29, SB3-SB11), which ICU implements, over its sentence-break classes. A character outside the table
 * below (combining marks, format characters, scripts beyond Latin, Greek and Cyrillic, rare punctuation)
 * makes the whole text go to ICU. The boundaries are checked against ICU's over every eval corpus and over
 * random text (test/corpus/sentence-breaks.test.ts).
 */
import { CodeUnits } from './code-units.js';

/** Sentence-break classes (UAX #29); UNKNOWN: not in the table, ask ICU. */
const UNKNOWN = 0;
const OTHER = 1;
const CR = 2;
const LF = 3;
const SEP = 4;
const SP = 5;
const LOWER = 6;
const UPPER = 7;
const OLETTER = 8;
const NUMERIC = 9;
const ATERM = 10;
const STERM = 11;
const CLOSE = 12;
const SCONTINUE = 13;

/** Classes by code unit: those from 0x2300 up are all unknown. */
const classes = new Uint8Array(0x10000);

function setClass(kind: number, ...codes: Array<number | [number, number]>): void {
  for (const code of codes) {
    const [from, to] = typeof code === 'number' ? [code, code] : code;
    for (let c = from; c <= to; c++) classes[c] = kind;
  }
}

// ASCII: control characters other than these stay unknown.
setClass(OTHER, [0x20, 0x7e]);
setClass(SP, 0x09, 0x0b, 0x0c, 0x20);
setClass(LF, 0x0a);
setClass(CR, 0x0d);
setClass(LOWER, [0x61, 0x7a]);
setClass(UPPER, [0x41, 0x5a]);
setClass(NUMERIC, [0x30, 0x39]);
setClass(ATERM, 0x2e);
setClass(STERM, 0x21, 0x3f);
setClass(CLOSE, 0x22, 0x27, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d);
setClass(SCONTINUE, 0x2c, 0x2d, 0x3a, 0x3b);

// Letters of the Latin, Greek and Cyrillic blocks by their case; the signs among them are listed after.
const LOWERCASE = /\p{Lowercase}/u;
const UPPERCASE = /[\p{Uppercase}\p{Lt}]/u;
const ALPHABETIC = /\p{Alphabetic}/u;
const MARK = /[\p{M}\p{Cf}]/u;
for (const [from, to] of [
  [0xa0, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
]) {
  for (let code = from!; code <= to!; code++) {
    const char = String.fromCharCode(code);
    if (MARK.test(char)) continue;
    if (LOWERCASE.test(char)) classes[code] = LOWER;
    else if (UPPERCASE.test(char)) classes[code] = UPPER;
    else if (ALPHABETIC.test(char)) classes[code] = OLETTER;
    else if (code <= 0xbf) classes[code] = OTHER; // Latin-1 signs; those of another class follow
  }
}
setClass(SP, 0xa0);
setClass(CLOSE, 0xab, 0xbb);
setClass(OTHER, 0xd7, 0xf7); // × ÷
setClass(UNKNOWN, 0xad); // soft hyphen: a format character
// General punctuation: spaces, dashes, quotes, bullets, the ellipsis; a few signs, arrows and operators.
setClass(OTHER, [0x2010, 0x2012], 0x2015, 0x2016, 0x2017, [0x2020, 0x2023], 0x2026, 0x2027, [0x2030, 0x2038]);
setClass(OTHER, [0x203e, 0x2044], [0x20a0, 0x20c0], 0x2116, 0x2122, [0x2190, 0x21ff], [0x2200, 0x22ff]);
setClass(SP, [0x2000, 0x200a], 0x202f, 0x205f);
setClass(SEP, 0x2028, 0x2029);
setClass(SCONTINUE, 0x2013, 0x2014);
setClass(CLOSE, [0x2018, 0x201f], 0x2039, 0x203a);
setClass(ATERM, 0x2024);
setClass(STERM, 0x203c, 0x203d);

/** The code units of the text being split (read from a typed array: see code-units.ts). */
const textUnits = new CodeUnits();

/** The class of `units[i]`; UNKNOWN past the text's end (its units are followed by 0s). */
function classOf(units: Uint16Array, i: number): number {
  return classes[units[i]!]!;
}

/**
 * Per code unit, what the scan does there: PASS (letters, spaces and the like never make a boundary), END (a
 * sentence end, SB11, or a paragraph end, SB4, after which a boundary can come) or GIVE_UP (an unknown class).
 */
const PASS = 0;
const END = 1;
const GIVE_UP = 2;
const steps = classes.map((kind) =>
  kind === UNKNOWN ? GIVE_UP : [ATERM, STERM, CR, LF, SEP].includes(kind) ? END : PASS,
);

/**
 * ICU's sentence boundaries in `text` (the ends of every segment but the last, ascending), or undefined when a
 * character of the text is not in the table.
 */
export function fastSentenceBreaks(text: string): number[] | undefined {
  const n = text.length;
  const units = textUnits.load(text);
  const breaks: number[] = [];
  // Every character the scan passes over is read here but for those `sentenceEnd` skips (closers, spaces and
  // line ends, all of known classes), so any unknown one is found.
  for (let i = 0; ; ) {
    // (The 0 after the text's units is of no known class: the scan stops there without a test of `i`.)
    while (steps[units[i]!] === PASS) i++;
    if (i >= n) return breaks;
    if (steps[units[i]!] === GIVE_UP) return undefined;
    const kind = classOf(units, i);
    if (kind === ATERM || kind === STERM) i = sentenceEnd(units, n, i, kind, breaks);
    else {
      i = kind === CR && classOf(units, i + 1) === LF ? i + 2 : i + 1; // SB3: CR LF stay together; SB4
      if (i < n) breaks.push(i);
    }
  }
}

/**
 * After the sentence end (ATerm or STerm) at `i`: pushes the boundary it makes, if any, and returns where to
 * read on (SB6-SB11).
 */
function sentenceEnd(units: Uint16Array, n: number, i: number, kind: number, breaks: number[]): number {
  const after = i + 1;
  const next = classOf(units, after);
  // SB6: "3.5"; SB7: "U.S", "e.G".
  if (kind === ATERM && next === NUMERIC) return after;
  if (kind === ATERM && next === UPPER && i > 0) {
    const before = classOf(units, i - 1);
    if (before === UPPER || before === LOWER) return after;
  }
  let j = after;
  while (j < n && classOf(units, j) === CLOSE) j++; // SB9
  while (j < n && classOf(units, j) === SP) j++; // SB10
  if (j >= n) return n;
  const then = classOf(units, j);
  if (then === CR || then === LF || then === SEP) {
    j += then === CR && classOf(units, j + 1) === LF ? 2 : 1; // SB11: the break follows the paragraph end
    if (j < n) breaks.push(j);
    return j;
  }
  // SB8: no break when a lower-case letter comes before any other letter or sentence end.
  if (kind === ATERM) {
    let k = j;
    let c = then;
    while (k < n && !(c === OLETTER || c === UPPER || c === LOWER || c === ATERM || c === STERM || c === CR || c === LF || c === SEP))
      c = classOf(units, ++k);
    if (k < n && c === LOWER) return j;
  }
  // SB8a: a comma, another full stop and the like go on the sentence; SB11 otherwise.
  if (then !== SCONTINUE && then !== ATERM && then !== STERM) breaks.push(j);
  return j;
}
