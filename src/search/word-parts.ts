/**
 * The word parts of folded ASCII text (its code units, corpus/code-units.ts), one after another, each with its hash
 * (word-cache.ts) taken as it is scanned: the one scan behind the analyzer's tokenize and analyzeIds. There the analyzer's `WORD` is
 * [a-z0-9]+ joined by ' or -, and hyphens split parts, so a plain scan finds them without a match object and a
 * split per word. Characters past ASCII are read as neither letters nor digits, but for the lower-case Greek
 * letters (folding leaves them, and science writes "TGF-β"). A scanner object rather than a
 * callback per part: the loops that read it are compiled with it inline (a callback shared by several callers
 * is not), which is most of the cost of a part.
 */
import { GREEK_FIRST, GREEK_LAST } from './fold.js';
import { HASH_START, HASH_STEP } from './word-cache.js';

/** Per code unit, 1 for a letter or digit of folded text (what `WORD` matches there): a-z, 0-9, α-ω. */
const WORD_UNITS = new Uint8Array(0x10000);
WORD_UNITS.fill(1, 0x61, 0x7a + 1);
WORD_UNITS.fill(1, 0x30, 0x39 + 1);
WORD_UNITS.fill(1, GREEK_FIRST, GREEK_LAST + 1);

export class AsciiWordParts {
  /** The part found by the last `next()`: its offsets and hash. */
  start = 0;
  end = 0;
  hash = 0;
  private at = 0;
  /** Inside a word whose last part ended at a hyphen. */
  private inWord = false;

  /** `units`: the folded text's code units, `length` of them, then two 0s (`CodeUnits.load`). */
  constructor(
    private readonly units: Uint16Array,
    private readonly length: number,
  ) {}

  /** Finds the next part; false at the end of the text. */
  next(): boolean {
    const { units, length } = this;
    let i = this.at;
    if (!this.inWord) {
      while (i < length && WORD_UNITS[units[i]!] === 0) i++;
      if (i >= length) return false;
    }
    this.start = i;
    let hash = HASH_START;
    for (;;) {
      let code = units[i]!;
      while (i < length && WORD_UNITS[code] === 1) {
        hash = Math.imul(hash ^ code, HASH_STEP);
        code = units[++i]!;
      }
      // A joiner continues the word only when a letter or digit follows; a hyphen ends a part.
      if ((code === 0x27 || code === 0x2d) && WORD_UNITS[units[i + 1]!] === 1) {
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
