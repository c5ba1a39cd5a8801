/**
 * A sentence's words lower-cased as written (not stemmed), as `WORD` finds them: sentence scoring asks whether
 * the sentence writes a question word as the question does. Kept with each sentence read, so kept small: the
 * text (lower-cased when asked for), searched for the word where a word can begin and end. A Set of the words,
 * and the words cut out of the text, held ~1.5 KB per sentence and were most of what the reader's cache kept
 * (and the collector moved) at 100k passages.
 */
import { asciiPartsWithTerm, firstUnitsOf } from '../search/analyzer.js';

/** A word as written, apostrophes and hyphens inside it kept. */
export const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

const ASCII = /^[\x00-\x7f]*$/;
/**
 * Words looked for in a text as written before it is lower-cased once for all: a sentence read for one
 * question is asked a few times, one kept and met again (small corpora) many times, where indexOf over the
 * lower-cased text is ~2x faster than finding the word's first letter in either case.
 */
const LOWER_AFTER = 4;

export class WrittenWords {
  /** For text that is not all ASCII lower-cased (rare): its words as a set, found by `WORD`. */
  private readonly set: ReadonlySet<string> | undefined;
  /** The text lower-cased, made when first needed (`has` reads ASCII text as written until asked often). */
  private lowered: string | undefined;
  /** How many times `has` read the text as written. */
  private asked = 0;

  /**
   * `written`: the text as written. Lower-cased only when something asks for that text: most sentences are
   * only asked whether they write a word, which ASCII text answers as written, letter case folded as read
   * (a lower-cased copy of every sentence matched was kept with it, ~5 KB a question at 100k passages).
   */
  constructor(private readonly written: string) {
    if (ASCII.test(written)) return;
    this.lowered = written.toLowerCase();
    if (!ASCII.test(this.lowered)) this.set = new Set(this.lowered.match(WORD) ?? []);
  }

  /** The text, lower-cased. */
  get text(): string {
    return (this.lowered ??= this.written.toLowerCase());
  }

  /** Whether the text writes this word (lower-cased) as one of its words. */
  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    // In ASCII text a word is [a-z0-9]+ joined by ' or -: nothing else is one of its words.
    if (!isAsciiWord(word)) return false;
    // Asked often (a sentence kept and met again by later questions), the lower-cased text pays for itself.
    if (this.lowered === undefined && ++this.asked > LOWER_AFTER) this.lowered = this.written.toLowerCase();
    const lowered = this.lowered;
    if (lowered !== undefined) {
      for (let at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + 1)) {
        if (beginsWord(lowered, at) && endsWord(lowered, at + word.length)) return true;
      }
      return false;
    }
    // The text as written (ASCII), read with A-Z folded: the lower-cased text. The word's places are found by
    // its first letter in either case (indexOf: much faster than a loop over the text).
    const text = this.written;
    const last = text.length - word.length;
    const first = word.charCodeAt(0);
    const lower = word.charAt(0);
    const upper = first >= 0x61 && first <= 0x7a ? String.fromCharCode(first - 0x20) : '';
    let atLower = text.indexOf(lower);
    let atUpper = upper ? text.indexOf(upper) : -1;
    while (atLower >= 0 || atUpper >= 0) {
      const at = atUpper < 0 || (atLower >= 0 && atLower < atUpper) ? atLower : atUpper;
      if (at > last) return false;
      if (writesAt(text, at, word) && beginsWord(text, at) && endsWord(text, at + word.length)) return true;
      if (at === atLower) atLower = text.indexOf(lower, at + 1);
      else atUpper = text.indexOf(upper, at + 1);
    }
    return false;
  }

  /** The distinct words, in order (made anew on each call). */
  all(): ReadonlySet<string> {
    if (this.set) return this.set;
    const words = new Set<string>();
    forEachAsciiWord(this.text, (word) => void words.add(word));
    return words;
  }

  /**
   * Whether a word part (a hyphenated word's parts, else the word) whose term is `term` passes the test:
   * `termOf` gives a part's term. ASCII text finds its parts with the term in place (analyzer.ts), no string
   * cut for the others; the test sees the parts in order, a repeated one again.
   */
  somePartWithTerm(
    term: string,
    test: (part: string) => boolean,
    termOf: (part: string) => string | null,
  ): boolean {
    if (this.set) {
      // A part beginning with a-z or 0-9 has the term only if it begins as the term can (analyzer.ts).
      const firsts = firstUnitsOf(term);
      const mayHave = (part: string) => {
        const code = part.charCodeAt(0);
        return !isAsciiWordChar(code) || firsts.includes(code);
      };
      for (const word of this.set) {
        for (const part of word.includes('-') ? word.split('-') : [word])
          if (mayHave(part) && termOf(part) === term && test(part)) return true;
      }
      return false;
    }
    // Its own array (a test may scan another text): emptying a shared one (`length = 0`) and copying it out
    // cost more than a new small array.
    const found: number[] = [];
    const lower = this.text;
    asciiPartsWithTerm(lower, term, found);
    for (let i = 0; i < found.length; i += 2) if (test(lower.slice(found[i], found[i + 1]))) return true;
    return false;
  }

  /** Whether any word passes the test (asked of each word in order, a repeated word again; no set made). */
  some(test: (word: string) => boolean): boolean {
    if (!this.set) return forEachAsciiWord(this.text, test);
    for (const word of this.set) if (test(word)) return true;
    return false;
  }
}

/**
 * `WORD`'s matches in lower-cased ASCII text, in order, scanned by character code (cheaper than the regular
 * expression), until `each` returns true; whether one did.
 */
function forEachAsciiWord(lower: string, each: (word: string) => boolean | void): boolean {
  const length = lower.length;
  let i = 0;
  while (i < length) {
    if (!isAsciiWordChar(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < length && isAsciiWordChar(lower.charCodeAt(i))) i++;
      if (isJoiner(lower.charCodeAt(i)) && isAsciiWordChar(lower.charCodeAt(i + 1))) i++;
      else break;
    }
    if (each(lower.slice(start, i)) === true) return true;
  }
  return false;
}

/** A character code with A-Z lower-cased (all that lower-casing changes in ASCII). */
function lowerCode(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Whether the text, A-Z folded, has `word` (lower-case ASCII) at `at`. */
function writesAt(text: string, at: number, word: string): boolean {
  for (let k = 1; k < word.length; k++)
    if (lowerCode(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Does a word of the text begin at `at`: no word character before it, nor a joiner that follows one? (A-Z
 * folded: the text may be ASCII as written.)
 */
function beginsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = lowerCode(text.charCodeAt(at - 1));
  if (isAsciiWordChar(before)) return false;
  return !(isJoiner(before) && isAsciiWordChar(lowerCode(text.charCodeAt(at - 2))));
}

/** Does a word of the text end at `end`: no word character after it, nor a joiner followed by one? (A-Z folded.) */
function endsWord(text: string, end: number): boolean {
  const after = lowerCode(text.charCodeAt(end));
  if (isAsciiWordChar(after)) return false;
  return !(isJoiner(after) && isAsciiWordChar(lowerCode(text.charCodeAt(end + 1))));
}

/** Is the string one ASCII word as `WORD` finds it: letters and digits, joined by single ' or -? */
function isAsciiWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isAsciiWordChar(code)) continue;
    // A joiner stands between two word characters.
    if (!isJoiner(code) || i === 0 || !isAsciiWordChar(word.charCodeAt(i + 1))) return false;
  }
  return true;
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2d;
}

/** A lower-case ASCII letter or digit (charCodeAt past either end gives NaN: no). */
function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}
