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
