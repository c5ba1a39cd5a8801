/**
 * Years and decades as people type them ("the fire in 87", "back in '03", "sometime in the 80s") written in
 * full, as articles write them ("1987", "2003", "the 1980s"). A short year the question uses is otherwise a
 * name the corpus lacks ("87"), and the question is declined for it.
 */

/**
 * The two-digit years read as this century's: up to the current one, later ones are the last century's
 * ("in 87" is 1987, "in 19" is 2019). Taken from the clock once; a question in 2099 reads "in 98" as 1998.
 */
const THIS_CENTURYS_LAST = new Date().getUTCFullYear() % 100;

function fullYear(twoDigits: string): string {
  return `${Number(twoDigits) <= THIS_CENTURYS_LAST ? '20' : '19'}${twoDigits}`;
}

/**
 * "in 87", "since 98", "back in '03", "the summer of 76": a preposition of time and two digits that end the
 * clause (not "in 87 games", "of 12 players"). "Around" only after a word of time ("back around 87"): "the
 * biggest crowd was around 40" guesses a count. @example "how long were they shut after the fire in 87"
 */
const SHORT_YEAR_AFTER_PREPOSITION =
  /\b(in|since|from|until|till|before|after|(?:back|sometime|some\s+time)\s+around|circa|(?:summer|winter|spring|autumn|fall|class)\s+of)\s+['\u2019]?(\d{2})(?=\s*(?:[?!.,;:)]|$|\s+(?:and|or|when|how|what|why|who|was|were|did|do|does|is|right|i\s+think|or\s+so)\b))/giu;

/** "'87", "\u201987": an apostrophe marks a year anywhere. */
const APOSTROPHE_YEAR = /(?<![\p{L}\p{N}])['\u2019](\d{2})\b(?!['\u2019])/gu;

/**
 * "the 80s", "the late '90s": a decade of the last century after "the" (not "in their 80s", an age; not
 * "the 20s", which could be either century's).
 */
const SHORT_DECADE = /\b(the\s+(?:early\s+|mid[\s-]+|late\s+)?)['\u2019]?([3-9]0)['\u2019]?s\b/giu;

/** The text with short years and decades written in full. */
export function withYearsInFull(text: string): string {
  return text
    .replace(SHORT_YEAR_AFTER_PREPOSITION, (_, before: string, year: string) => `${before} ${fullYear(year)}`)
    .replace(APOSTROPHE_YEAR, (_, year: string) => fullYear(year))
    .replace(SHORT_DECADE, (_, before: string, decade: string) => `${before}19${decade}s`);
}

/** "1980s" -> the years it spans as terms ("1980" ... "1989"); undefined for any other term. */
export function yearsOfDecade(term: string): string[] | undefined {
  const decade = /^((?:1[0-9]|20)\d)0s$/.exec(term)?.[1];
  if (!decade) return undefined;
  return Array.from({ length: 10 }, (_, i) => `${decade}${i}`);
}
