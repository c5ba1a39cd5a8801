/**
 * "When did Hartley's first open" answered by "... plans to open a second shop there in April 2026": a
 * question about what happened, and an excerpt whose every mention of the question's words is something only
 * planned. Its date is when the plan is for, not when the thing happened.
 */
import { termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';
import { WORD } from './term-match.js';

/** A date asked of the past: "when did", "when was", "what year did", "when were they first". */
const PAST_DATE_ASKED =
  /^\W*(?:when|whens|(?:what|which)\s+(?:year|yr|date|day|month)|in\s+what\s+year)\s+(?:did|was|were|had)\b/iu;

/** Words that put the verb after them in the future or in a plan: "plans to", "will", "is due to". */
const PLANNED_BEFORE = /^(?:will|shall|['\u2019]ll|to)$/iu;
const PLANNING_VERBS =
  /^(?:plans?|planned|planning|hopes?|hoped|hoping|aims?|aimed|intends?|intended|due|set|expected|expects?|going|scheduled|proposes?|proposed|wants?|wanted|seeks?)$/iu;

/**
 * Does a question about the past ("when did X open") get an excerpt that says its verb only as a plan ("plans
 * to open ... in April 2026", "will open")? Only the question's verbs are read: the words after its subject
 * ("open" of "when did hartleys first open"), the last of the question's matched terms in the question.
 */
export function onlyPlanned(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (plan.type !== 'date' || !PAST_DATE_ASKED.test(plan.asked)) return false;
  const verb = askedVerb(plan);
  if (!verb) return false;
  const words = [...excerpt.text.matchAll(WORD)].map((word) => word[0]);
  let planned = 0;
  for (let i = 0; i < words.length; i++) {
    if (termOf(words[i]!.toLowerCase()) !== verb) continue;
    if (!isPlanned(words, i)) return false;
    planned++;
  }
  return planned > 0;
}

/** The term of the question's last word the excerpt could say: its verb in "when did X (first) VERB". */
function askedVerb(plan: QueryPlan): string | undefined {
  const words = [...plan.asked.matchAll(WORD)].map((word) => word[0].toLowerCase());
  const last = words.at(-1);
  const term = last ? termOf(last) : undefined;
  return term && plan.terms.includes(term) ? term : undefined;
}

/** Is the word at `i` said as a plan: "will open", "plans to open", "is due to reopen"? */
function isPlanned(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (!before || !PLANNED_BEFORE.test(before)) return false;
  if (before.toLowerCase() !== 'to') return true;
  const planning = words[i - 2];
  return planning !== undefined && PLANNING_VERBS.test(planning);
}

/** A suggestion some people made: "Several people have suggested a weekend outing to Norfolk". */
const SUGGESTED =
  /\b(?:several|some|a\s+few|many|a\s+number\s+of|lots\s+of)\s+(?:people|members|of\s+us|of\s+you|residents|parents|players|ringers|volunteers)\s+(?:have\s+|had\s+)?(?:suggested|proposed|floated|asked\s+for)\b/iu;

/** What is still to come: "next year's outing", "where are we going", "will it be". */
const FUTURE_ASKED = /\b(?:next|upcoming|will|gonna|going|goin)\b|['\u2019]ll\b/iu;

/** Words that say the thing was settled after all: "it was agreed", "we have booked". */
const DECIDED = /\b(?:decided|agreed|confirmed|booked|voted)\b/iu;

/** A question about suggestions themselves is answered by one: "what did people suggest". */
const SUGGESTION_ASKED = /\b(?:suggest\w*|propos\w*|ideas?|options?|floated)\b/iu;

/**
 * Does a question about what is still to come ("where are we going for next year's outing, is it Norfolk")
 * get an excerpt that tells only of a suggestion ("Several people have suggested a weekend outing to
 * Norfolk")? A suggestion is no decision. @example session 53: fourteenth six +2 traps.
 */
export function onlySuggested(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return (
    FUTURE_ASKED.test(plan.asked) &&
    !SUGGESTION_ASKED.test(plan.asked) &&
    SUGGESTED.test(excerpt.text) &&
    !DECIDED.test(excerpt.text)
  );
}
