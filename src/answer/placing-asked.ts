/**
 * "Who came second in the victoria sponge class": an excerpt naming the class's winner and no other place
 * ("The overall winner, Margaret Pell, took the Victoria sponge class") does not say who was second. A place
 * in a contest the question asks about, below first, that the excerpt says nothing of declines it.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** A place below first, as a question asks it: "came second", "finished 3rd", "the runner-up", "2nd place". */
const PLACING_ASKED =
  /\b(?:(?:came|come|comes|finished|finish|placed|place|was|were|is|got|get|took|take)\s+(?:in\s+)?(?:second|third|fourth|fifth|2nd|3rd|4th|5th|last)\b|(?:second|third|fourth|fifth|2nd|3rd|4th|5th|last)\s+place\b|runners?[\s-]?up\b)/i;

/** Any place or ranking an excerpt may give: an ordinal, a runner-up, a place behind someone. */
const PLACING_SAID =
  /\b(?:second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th)|runners?[\s-]?up|behind|ahead\s+of|place[ds]?|podium)\b/i;

/** Does the question ask for a place below first that the excerpt does not give? */
export function placingUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return !plan.claimAsked && PLACING_ASKED.test(plan.asked) && !PLACING_SAID.test(excerpt.text);
}

/**
 * "Where did the hawks end up in the table", "where did the A team finish in the division", "what position did the
 * club place": a standing is asked, and only a sentence giving one answers ("finishing fourth out of ten teams"),
 * not a place's name. "Where does the fun run finish" asks a place.
 */
const STANDING_ASKED =
  /\bwhere\s+(?:did|do|does|will|would|have|has|are|were|is|was)\b.*\b(?:in|on|up)\s+(?:the\s+)?(?:table|standings?|league\s+table|rankings?|ladder|leaderboard)\b|\bwhere\s+(?:did|do|does|will)\s+(?:[\p{L}\d'\u2019-]+\s+){1,4}?finish\b.*\b(?:table|standings?|league|division|rankings?|ladder|leaderboard)\b|\b(?:what|which)\s+position\b.*\b(?:finish(?:ed)?|come|came|end\s+up|ended\s+up|place|placed)\b/iu;

/** A standing as reports give it: an ordinal finish or place, top or bottom of the table, a title won. */
/** An ordinal place: "fourth", "3rd". */
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;
const STANDING_SAID = new RegExp(
  String.raw`\b(?:(?:finish(?:ed|ing)?|came|placed|ended(?:\s+up)?)\s+(?:in\s+)?(?:${ORDINAL}|last(?!\s+(?:week|weekend|month|year|night|time|season|summer|winter|spring|autumn))|top|bottom)|${ORDINAL}\s+(?:out\s+of|place)|(?:top|bottom)\s+of\s+the\s+(?:table|league|division|standings|group|ladder)|mid-?table|runners?[\s-]?up|champions(?!\s+league)|won\s+(?:the\s+)?(?:league|division|title))\b`,
  'i',
);

export function asksStanding(question: string): boolean {
  return STANDING_ASKED.test(question);
}

export function givesStanding(sentence: string): boolean {
  return STANDING_SAID.test(sentence);
}
