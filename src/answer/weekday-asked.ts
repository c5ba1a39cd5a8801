/**
 * "What time is the last saturday sailing": a timetable line for "Monday to Friday" speaks of other days, and
 * "what time is the museum open on bank holiday monday" is not answered by "Tuesday to Saturday ... and on
 * Sundays". A weekday a question names that the excerpt neither says nor spans, where it names other days,
 * declines the excerpt. Not a claim checked: "was it on a monday" is answered by "on Saturday".
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

export const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The weekday (0 = Monday) a day's name or short name stands for ("tues", "Sat"), -1 for none. */
export function weekdayIndex(name: string): number {
  const stem = name.toLowerCase().slice(0, 3);
  return DAY_NAMES.findIndex((day) => day.startsWith(stem));
}

/** A weekday written in full or short, alone or plural: "Saturday", "Sundays", "Sat", "Tues". */
const DAY = /\b(mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?s?\b/giu;
/** A question asking yes or no: "can tomasz do ...", "is it open on ...". */
const YES_NO = /^\W*(?:(?:so|and|but|ok)\s+)?(?:can|could|does|do|is|are|will|would)\b/iu;
/** Days said as the only ones: "only does Wednesday evenings", "on Mondays or Thursdays only". */
const ONLY_DAYS =
  /\bonly\s+(?:\p{L}+\s+){0,3}?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:(?:and|or|&)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+)?only\b/iu;
/** Two weekdays joined as a span: "Monday to Friday", "Tues-Sat", "Monday through Thursday". */
const SPAN = new RegExp(
  `${DAY.source}\\s*(?:to|through|till|until|-|\\u2013|\\u2014)\\s*${DAY.source}`,
  'giu',
);

/** The weekday (0 = Monday) a written day names, or undefined for a word such as "sun" alone. */
function dayOf(stem: string, written: string): number | undefined {
  // "Sun", "Sat", "Wed" alone are other words too; only a day's full name, or a short one in capitals, counts.
  if (!/day/i.test(written) && !/^\p{Lu}/u.test(written)) return undefined;
  const index = weekdayIndex(stem);
  return index < 0 ? undefined : index;
}

/** The weekdays a text says, spans ("Tuesday to Saturday") filled in. */
export function weekdaysSaid(text: string): Set<number> {
  const said = new Set<number>();
  for (const match of text.matchAll(SPAN)) {
    const words = match[0].match(DAY)!;
    const from = dayOf(match[1]!, words[0]!);
    const to = dayOf(match[2]!, words.at(-1)!);
    if (from === undefined || to === undefined) continue;
    for (let day = from; ; day = (day + 1) % 7) {
      said.add(day);
      if (day === to) break;
    }
  }
  for (const match of text.matchAll(DAY)) {
    const day = dayOf(match[1]!, match[0]);
    if (day !== undefined) said.add(day);
  }
  return said;
}

/**
 * A weekday guessed, which the article's own day settles: "the ship on a saturday was it?", "what day does the
 * van turn up there, tuesday afternoon?", "i think it was the friday".
 */
const DAY_GUESSED =
  /\b(?:was|is|wasn['\u2019]?t|isn['\u2019]?t)\s+it\b(?=[^?]{0,30}\?*\s*$)|\b(?:i\s+think|i\s+thought|or\s+something|or\s+so|iirc|i\s+reckon)\b|,\s*(?:on\s+)?(?:an?\s+|the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?\s*\?+\s*$/iu;
/** A day set against another: "on Sunday morning and not Saturday", "rather than the friday". */
const DAY_CONTRASTED =
  /\b(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?(?:an?\s+|the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/iu;

/**
 * Does the excerpt name only other weekdays than one the question asks about? Not a day guessed or set
 * against another (`DAY_GUESSED`, `DAY_CONTRASTED`). @example session 67, the guesses and contrasts: dev sets
 * +1 ("the ship on a saturday was it?" of "Friday 8 November"), nothing lost; seed chat set unchanged.
 */
export function weekdayUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (DAY_GUESSED.test(plan.question) || DAY_CONTRASTED.test(plan.question)) return false;
  // "Can Tomasz do my induction on a saturday": "Tomasz only does Wednesday evenings" answers no.
  if (YES_NO.test(plan.asked) && ONLY_DAYS.test(excerpt.text)) return false;
  const asked = [...plan.asked.matchAll(DAY)]
    .filter((match) => /day/i.test(match[0]))
    .map((match) => dayOf(match[1]!, match[0])!);
  if (asked.length === 0) return false;
  const said = weekdaysSaid(excerpt.text);
  // A claim checked ("was it on a monday") is answered "no" by another day ("on Saturday").
  if (said.size > 0) return !plan.claimAsked && asked.some((day) => !said.has(day));
  // "Is the number 17 bus running on Sunday": an excerpt naming no day at all ("running hourly") cannot say
  // yes or no for one, unless it speaks of every day ("daily", "seven days a week") or of weekends.
  return (
    (YES_NO.test(plan.asked) || CLAUSE_YES_NO.test(plan.asked)) &&
    !EVERY_DAY.test(excerpt.text) &&
    !asked.every((day) => weekdaySpanned(DAY_NAMES[day]!, excerpt.text))
  );
}

/** A yes/no clause after the topic: "the number 17 bus, it is running also on Sunday?", "..., does it run". */
const CLAUSE_YES_NO =
  /[,;:]\s*(?:is|are|does|do|can|will)\s+(?:it|they)\b|[,;:]\s*(?:it|they)\s+(?:is|are|does|do|can|will)\b/i;

/** Words that speak of every day, or of each day of the week without naming it. */
const EVERY_DAY =
  /\b(?:daily|every\s+day|each\s+day|seven\s+days|7\s+days|all\s+week|every\s+week|weekly|365\s+days|weekdays?)\b/i;

/**
 * Does the text span the weekday a question term names ("saturday" in "Wednesday to Sunday", or "at
 * weekends")? Then the excerpt says that day though it never writes it.
 */
export function weekdaySpanned(term: string, text: string): boolean {
  const day = DAY_NAMES.indexOf(term);
  if (day < 0) return false;
  return weekdaysSaid(text).has(day) || (day >= 5 && WEEKEND.test(text));
}

const WEEKEND = /\bweekends?\b/i;
