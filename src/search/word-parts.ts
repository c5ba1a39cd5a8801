/**
 * The word parts of folded ASCII text, one after another, each with its hash (word-cache.ts) taken as it is
 * scanned: the one scan behind the analyzer's tokenize and analyzeIds. There the analyzer's `WORD` is
 * [a-z0-9]+ joined by ' or -, and hyphens split parts, so a plain scan finds them without a match object and a
 * split per word. Characters past ASCII are read as neither letters nor digits, but for the lower-case Greek
 * letters (folding leaves them, and science writes "TGF-β"). A scanner object rather than a
 * callback per part: the loops that read it are compiled with it inline (a callback shared by several callers
 * is not), which is most of the cost of a part.
 */
import { GREEK_FIRST, GREEK_LAST } from './fold.js';
import { HASH_START, HASH_STEP } from './word-cache.js';

/** Is this code unit a letter or digit of folded text (what `WORD` matches there): a-z, 0-9, α-ω? */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= GREEK_FIRST && code <= GREEK_LAST)
  );
}

export class AsciiWordParts {
  /** The part found by the last `next()`: its offsets and hash. */
  start = 0;
  end = 0;
  hash = 0;
  private at = 0;
  /** Inside a word whose last part ended at a hyphen. */
  private inWord = false;

  constructor(private readonly folded: string) {}

  /** Finds the next part; false at the end of the text. */
  next(): boolean {
    const folded = this.folded;
    const length = folded.length;
    let i = this.at;
    if (!this.inWord) {
      while (i < length && !isWordChar(folded.charCodeAt(i))) i++;
      if (i >= length) return false;
    }
    this.start = i;
    let hash = HASH_START;
    for (;;) {
      let code = folded.charCodeAt(i);
      while (i < length && isWordChar(code)) {
        hash = Math.imul(hash ^ code, HASH_STEP);
        code = folded.charCodeAt(++i);
      }
      // A joiner continues the word only when a letter or digit follows; a hyphen ends a part.
      if ((code === 0x27 || code === 0x2d) && isWordChar(folded.charCodeAt(i + 1))) {
        if (code === 0x2d) {
          this.end = i;
          this.hash = hash;
          this.at = i + 1;
          this.inWord = true;
          return true;
        }
        hash = Math.imul(hash ^ code, HASH_STEP);
        i++;
        continue;
      }
      break;
    }
    this.end = i;
    this.hash = hash;
    this.at = i;
    this.inWord = false;
    return true;
  }
}
