/**
 * "When did IS finally lose Mosul", excerpt "... advancing toward Mosul, Iraq's second largest city, which
 * Islamic State took over in 2014": the excerpt's date dates another event (the taking, not the losing).
 * A date answers a "when" question only with a word of the asked event near it: the question's own words
 * other than its names (the names say whose event, not which). Said only in other words, the event cannot be
 * placed, and the date is left to the other checks.
 */
import { termOf } from '../search/analyzer.js';
import { englishDictionary } from '../search/dictionary.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

export const DATE_BINDING = {
  /** Words before a date that say what it dates whatever stands between ("founded by John Smith in 1890"). */
  wordsBefore: 10,
  /** A question word weighing less than this share of the question's heaviest names no event ("happen"). */
  minEventShare: 0.3,
} as const;

/** Words, a hyphenated one in its parts ("US-backed": "backed" may be the event). */
const WORD = /[\p{L}\p{N}'\u2019]+/gu;
const SENTENCE_END = /(?<=[.!?]["'\u201d\u2019]?)\s+/u;
const YEAR = /^(?:1\d|20|21)\d\d(?:s)?$/;
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** Words a "when" question uses to ask for the date, which no answer need repeat. */
const DATE_WORDS = new Set(
  ['when', 'year', 'date', 'day', 'month', 'time', 'exactly', 'first', 'start', 'begin', 'happen', 'occur']
    .map((word) => termOf(word))
    .filter((term): term is string => term !== null),
);

/**
 * Does the excerpt date another event: its dated sentence names the asked event only before a relative
 * clause that holds the date ("advancing toward Mosul ..., which Islamic State took over in 2014")?
 */
export function dateOfOtherEvent(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (plan.type !== 'date') return false;
  const heaviest = Math.max(0, ...plan.terms.map((term) => plan.weights.get(term) ?? 0));
  // A word no dictionary holds ("iskp") names someone, like a name.
  const dictionary = englishDictionary();
  const events = new Set(
    plan.terms.filter(
      (term) =>
        !plan.specific.has(term) &&
        (plan.surfaces.get(term) ?? []).some((surface) => dictionary.isWord(surface)) &&
        !DATE_WORDS.has(term) &&
        (plan.weights.get(term) ?? 0) >= heaviest * DATE_BINDING.minEventShare,
    ),
  );
  if (events.size === 0) return false;
  // Only words written as the question writes them place the event: one matched in meaning may stand for
  // how the question asks ("start" read as "took").
  const written = (word: string) => {
    const term = termOf(word.toLowerCase());
    return term !== null && events.has(term);
  };
  let separated = false;
  for (const sentence of excerpt.text.split(SENTENCE_END)) {
    const found = [...sentence.matchAll(WORD)];
    const words = found.map((match) => match[0]);
    const dates = words.flatMap((word, i) => (YEAR.test(word) || MONTH.test(word) ? [i] : []));
    const eventAt = words.map(written);
    // A sentence without a date, or without the event, says nothing of which event the date is.
    if (dates.length === 0 || !eventAt.includes(true)) continue;
    const anchored = dates.some((at) => {
      if (eventAt.slice(at + 1).includes(true)) return true;
      const first = Math.max(0, at - DATE_BINDING.wordsBefore);
      if (eventAt.slice(first, at).includes(true)) return true;
      // Farther before the date, the event is still the date's unless a relative clause starts between
      // ("advancing toward Mosul, Iraq's second largest city, which Islamic State took over in 2014"):
      // long sentences name their event early ("Martin Luther was born to Hans Luder ... on 10 November").
      // A relative clause closed by a comma before the date is an aside: "Season 7 of Ironvale, which we've
      // been calling "Low Tide" ..., goes live on Tuesday, 17 March 2026".
      const last = eventAt.lastIndexOf(true, at);
      const dateStart = found[at]!.index;
      return !found
        .slice(last + 1, at)
        .some(
          (match) =>
            RELATIVE.test(match[0]) &&
            !sentence.slice(match.index + match[0].length, dateStart).includes(','),
        );
    });
    if (anchored) return false;
    separated = true;
  }
  return separated;
}

/** Words opening a relative clause, which says something of its own. */
const RELATIVE = /^(?:which|who|whom|whose|where|when)$/i;
