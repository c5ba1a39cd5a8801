/**
 * "How many yellow cards did the referee give": an excerpt that says "a straight red card" and never "yellow"
 * speaks of another card. A question's colour (contrast-sets.ts) that the excerpt lacks, where it says
 * another colour instead, declines the excerpt.
 */
import { termOf } from '../search/analyzer.js';
import { contrasting, inRulingSet, isColour } from '../search/contrast-sets.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

const WORD = /\p{L}+/gu;

/** Does the excerpt say a rival of a ruling-set word the question asks and the excerpt does not say? */
export function rivalSaid(plan: QueryPlan, excerpt: ExcerptChoice, minMatch: number): boolean {
  const asked = plan.terms.filter((term) => inRulingSet(term) && (excerpt.matches.get(term) ?? 0) < minMatch);
  if (asked.length === 0) return false;
  for (const word of excerpt.text.toLowerCase().match(WORD) ?? []) {
    const term = termOf(word);
    if (term && asked.some((own) => contrasting(own, term))) return true;
  }
  return false;
}

/** "What colour card did he get", "which color is the flag": the answer is a colour. */
const COLOUR_ASKED = /\b(?:what|which|wat|wht)\s+colou?rs?\b/i;

export function asksColour(question: string): boolean {
  return COLOUR_ASKED.test(question);
}

/** A colour asked for ("what colour card") that the excerpt does not say: it cannot answer. */
export function colourUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (!asksColour(plan.asked)) return false;
  for (const word of excerpt.text.toLowerCase().match(WORD) ?? []) {
    const term = termOf(word);
    if (term && isColour(term)) return false;
  }
  return true;
}
