/**
 * Folding makes spellings that mean the same word compare equal: case, diacritics, curly quotes,
 * ligatures and full-width forms. It is used for search only; excerpts are always shown verbatim.
 */

// NFKD leaves these letters whole (they are not letter + mark), so map them by hand.
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb\u0060\u00b4\uff07]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
/** Invisible characters that sit inside words (zero-width space and joiners, soft hyphen, BOM): dropped. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Signs NFKD would spell out and glue to the word before them ("Google™" -> "googletm"): made spaces. */
const SIGNS = /[\u2122\u2120\u00ae\u00a9]/g;

/**
 * Lower-case, strip diacritics (é → e, ł → l), straighten apostrophes and dashes, drop invisible characters
 * inside words ("IS\u200bKP" → "iskp") and keep "™" or "®" from joining the word ("Google™" → "google ").
 */
export function foldText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(SIGNS, ' ')
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-');
}

// Folding that keeps offsets, for the analyzer (analyzer.ts): it finds words in folded text and maps them
// back to the original.

const ASCII_FOLDED = Array.from({ length: 0x80 }, (_, code) => foldText(String.fromCharCode(code)));

/**
 * `foldText(text)` with, for each of its characters, the range of `text` it came from. Folding can grow a
 * character ("ﬁ" → "fi"), drop one (a combining accent) or turn a non-word character into a word character
 * ("‘" → "'"), so words are found in the folded text (as `analyze` does) and mapped back to the original.
 */
export function foldWithOffsets(text: string): { folded: string; from: number[]; to: number[] } {
  const folded = foldText(text);
  const from: number[] = [];
  const to: number[] = [];
  const pieces: string[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const piece = code < 0x80 ? ASCII_FOLDED[code]! : foldText(text.slice(i, i + width));
    pieces.push(piece);
    for (let k = 0; k < piece.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  // Folding one character at a time matches folding the whole text (lengths only differ by context, e.g. a
  // final sigma, which keeps the length); should it ever not, use the piecewise fold so offsets stay exact.
  return { folded: from.length === folded.length ? folded : pieces.join(''), from, to };
}

/** ASCII text as `foldText` folds it: only case and the backtick apostrophe change. */
export function foldAscii(text: string): string {
  return text.toLowerCase().replaceAll('`', "'");
}

const NON_ASCII_UNITS = /[^\x00-\x7f]/g;
/** Per UTF-16 code unit: 2 + what it folds to on its own (see `foldByUnit`), 1 if not one unit, 0 not known yet. */
const unitFolds = new Int32Array(0x10000);
const LETTER_NUMBER_OR_MARK = /[\p{L}\p{N}\p{M}]/u;
/** Lower-case Greek letters (α-ω): the ASCII scan reads them as letters (word-parts.ts); common in science. */
export const GREEK_FIRST = 0x3b1;
export const GREEK_LAST = 0x3c9;

/**
 * `foldText(text)` when it is made of the folds of the text's code units one by one, each one character that
 * is ASCII, a lower-case Greek letter or no letter, digit or mark (so offsets hold, and the ASCII scan reads
 * it as `WORD` reads the whole fold); otherwise undefined. Folding is per character but for context (a final
 * sigma) and
 * what changes length ("…" to "...", a dropped combining mark or zero-width space, "ß" to "ss"), and surrogate
 * pairs are left out.
 */
export function foldByUnit(text: string): string | undefined {
  let foldable = true;
  const replaced = text.replace(NON_ASCII_UNITS, (unit) => {
    const code = unit.charCodeAt(0);
    let fold = unitFolds[code]! - 2;
    if (fold === -2) {
      fold = -1;
      if (code < 0xd800 || code > 0xdfff) {
        const folded = foldText(unit);
        const to = folded.charCodeAt(0);
        const greek = to >= GREEK_FIRST && to <= GREEK_LAST;
        // A unit that folds otherwise after a letter is never folded by unit: "Σ", and "Ϲ" (lunate sigma),
        // fold to "σ" alone but to "ς" at a word's end.
        const contextFree = foldText(`a${unit}`) === `a${folded}`;
        if (folded.length === 1 && contextFree && (to < 0x80 || greek || !LETTER_NUMBER_OR_MARK.test(folded)))
          fold = to;
      }
      unitFolds[code] = fold + 2;
    }
    if (fold < 0) foldable = false;
    return String.fromCharCode(Math.max(fold, 0));
  });
  return foldable ? foldAscii(replaced) : undefined;
}
