/**
 * "How many yellow cards did the referee give": an excerpt that says "a straight red card" and never "yellow"
 * speaks of another card. A question's colour (contrast-sets.ts) that the excerpt lacks, where it says
 * another colour instead, declines the excerpt. Only colours: days, months and numbers are answered by
 * another member ("was it on a monday": "on Saturday"), and sexes and kin stand side by side ("Börte's first
 * son": a sentence naming his wife and his son; SQuAD -6 as a decline).
 */
import { termOf } from '../search/analyzer.js';
import { contrasting, isColour } from '../search/contrast-sets.js';
import type { ExcerptChoice } from './align.js';
import { asksColour } from './answer-type.js';
import type { QueryPlan } from './query-plan.js';

const WORD = /\p{L}+/gu;

/** Whether some word of the text has a term that passes `test`. */
function someTermOf(text: string, test: (term: string) => boolean): boolean {
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const term = termOf(word);
    if (term && test(term)) return true;
  }
  return false;
}

/** Does the excerpt say another colour than one the question asks and the excerpt does not say? */
export function rivalSaid(plan: QueryPlan, excerpt: ExcerptChoice, minMatch: number): boolean {
  const asked = plan.terms.filter((term) => isColour(term) && (excerpt.matches.get(term) ?? 0) < minMatch);
  if (asked.length === 0) return false;
  return someTermOf(excerpt.text, (term) => asked.some((own) => contrasting(own, term)));
}

/** A colour asked for ("what colour card") that the excerpt does not say: it cannot answer. */
export function colourUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return asksColour(plan.asked) && !someTermOf(excerpt.text, isColour);
}
