/**
 * "Who is taking over as treasurer once Derek's done?", "who will be the new quartermaster after Pete
 * leaves?": a successor is asked, and an excerpt that names only who holds the post now ("our Quartermaster
 * Pete Hanley") does not say who follows. Answered only by a sentence that speaks of someone following:
 * replacing, succeeding, taking over, a new holder, an election or appointment.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/**
 * "Who" asking for whoever follows someone: "taking over (from her)", "replacing Margaret", "succeeds him",
 * "the new X after / once / when ...", "who is gonna run the thursday mornings after kirsty goes".
 */
const SUCCESSOR_ASKED =
  /\bwho(?:'s|\u2019s|s)?\b(?:\s+[\p{L}'\u2019-]+){0,4}?\s+(?:tak(?:e|es|ing)\s+over|replac(?:e|es|ing)|succeed(?:s|ing)?|(?:the\s+)?new\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:after|once|when|now\s+that)\b|(?:gonna|going\s+to|will|to)\s+be\s+the\s+new\s+[\p{L}-]+)|\bwho(?:'s|\u2019s|s)?\b[^?.!]{0,60}?\b(?:after|once|when|now)\s+(?:that\s+)?[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?\s+(?:goes|leaves|has\s+(?:gone|left)|steps?\s+down|retires|quits|moves(?:\s+away)?|is\s+gone|stands?\s+down)\b/iu;

/** Words that tell of someone following: the answer names them with one of these. */
const SUCCESSOR_SAID =
  /\b(?:replac(?:e|es|ed|ing|ement)|succeed(?:s|ed|ing)?|successor|tak(?:e|es|ing)\s+over|took\s+over|tak(?:e|es|ing)\s+on\s+the\s+role|step(?:s|ped|ping)?\s+(?:in|up|into)|hand(?:s|ed|ing)?\s+over|new\s+[\p{L}-]+|elected|appointed|appointment|co-opted|volunteered\s+to|to\s+become|delegat(?:e|es|ed|ing)|(?:hand|pass)(?:s|ed|ing)?\s+(?:over\s+)?(?:the|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to|in\s+place\s+of|instead\s+of|from\s+now\s+on)\b/iu;

/** Is a successor asked, and the excerpt silent on anyone following? */
export function successorUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return SUCCESSOR_ASKED.test(plan.asked) && !SUCCESSOR_SAID.test(excerpt.text);
}
