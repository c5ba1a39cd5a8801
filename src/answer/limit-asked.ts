/**
 * "Max stuff per visit?", "sandbag limit per house?", "whats the minimum age for helping": a limit asked,
 * which an article says as a bound ("a maximum of two items", "no more than 10 bags per household",
 * "Volunteers must be 16 or over", "at least 3 learners", "up to 50 queries") more often than with the
 * question's word. The question's words for a limit are held by a sentence that states a bound.
 */
import type { QueryPlan } from './query-plan.js';

/** Words that ask for a limit. */
const LIMIT_WORDS: ReadonlySet<string> = new Set([
  'minimum',
  'minimun',
  'min',
  'maximum',
  'max',
  'cap',
  'caps',
  'limit',
  'limits',
  'ceiling',
]);

/** A bound stated: "at least", "up to", "no more than", "16 or over", "capped at", "must not exceed". */
const BOUND_SAID =
  /\b(?:at\s+(?:least|most)|up\s+to|(?:no|not)\s+(?:more|less|fewer|longer|shorter|later|earlier|further|higher|lower|bigger|larger|smaller|older|younger|heavier|wider|taller)\s+than|(?:further|longer|more)\s+than|or\s+(?:more|over|less|under|fewer|above|below|older|younger)|maximum|minimum|max|min|capped|limited\s+to|a\s+(?:limit|cap)\s+of|(?:must|may|can)\s*not\s+exceed|cannot\s+exceed)\b/i;

const limitTermsOf = new WeakMap<QueryPlan, readonly string[]>();

/** The plan's terms that ask for a limit ("max", "limit"), if any. */
export function limitTerms(plan: QueryPlan): readonly string[] {
  let terms = limitTermsOf.get(plan);
  if (terms === undefined) {
    terms = plan.terms.filter((term) =>
      (plan.surfaces.get(term) ?? []).some((surface) => LIMIT_WORDS.has(surface.toLowerCase())),
    );
    limitTermsOf.set(plan, terms);
  }
  return terms;
}

/** Does the sentence state a bound? */
export function statesBound(text: string): boolean {
  return BOUND_SAID.test(text);
}
