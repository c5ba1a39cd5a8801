/**
 * Holidays on a fixed date, as people name them ("are they open on xmas eve", "is the hall free on boxing
 * day") read as the date an article's timetable writes ("Tuesday 24 December: 9am to 12 noon"), unless the
 * articles name the holiday themselves (then its name finds it).
 */

/** A holiday's name, the word that tells whether the articles write it, and its date. */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\b(?:christmas|xmas|x-mas)\s+eve\b/giu, 'eve', '24 december'],
  [/\bnew\s+year['\u2019]?s?\s+eve\b/giu, 'eve', '31 december'],
  [/\bboxing\s+day\b/giu, 'boxing', '26 december'],
  [/\bhallowe['\u2019]?en\b/giu, 'halloween', '31 october'],
  [/\b(?:bonfire|guy\s+fawkes)\s+night\b/giu, 'bonfire', '5 november'],
  [/\bvalentine['\u2019]?s?\s+day\b/giu, 'valentine', '14 february'],
];

/** The text with each fixed-date holiday the articles never name (`corpusHas`) written as its date. */
export function withHolidayDates(text: string, corpusHas: (word: string) => boolean): string {
  let out = text;
  for (const [name, word, date] of HOLIDAYS) {
    // `search`, not `test`: a global pattern's `test` would leave its lastIndex for the `replace` after it.
    if (out.search(name) >= 0 && !corpusHas(word)) out = out.replace(name, date);
  }
  return out;
}
