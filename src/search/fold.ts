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
