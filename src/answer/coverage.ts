/**
 * How much of a question a text holds: which of the plan's own terms a set of text terms covers (aliases
 * counted both ways), and the share of the question's weight they carry.
 */
import type { QueryPlan } from './query-plan.js';

/**
 * Which of the plan's own terms a set of text terms covers, counting aliases: a text saying "ISKP" covers a
 * question's "Islamic State Khorasan Province", and the other way round.
 */
export function coveredTerms(plan: QueryPlan, textTerms: ReadonlySet<string>): Set<string> {
  const covered = new Set<string>();
  coverTerms(plan, textTerms, covered);
  return covered;
}

/**
 * `coveredTerms` added to a set or map (as 1) the caller already has: sentence scoring asks it of every
 * sentence, and a set made only to be copied cost more than the lookups. `own`: the plan's terms the text
 * can hold, in the plan's order (a sentence can hold only those its passage holds).
 */
export function coverTerms(
  plan: QueryPlan,
  textTerms: ReadonlySet<string>,
  into: Set<string> | Map<string, number>,
  own: readonly string[] = plan.terms,
): void {
  for (const term of own) if (textTerms.has(term)) cover(into, term);
  for (const alias of plan.aliases) {
    // The whole long form must be there: "Islamic State ... province" is not "Islamic State Khorasan Province".
    const longFormPresent = holdsAll(textTerms, alias.longForm);
    if (textTerms.has(alias.acronym) || longFormPresent) {
      if (plan.weights.has(alias.acronym)) cover(into, alias.acronym);
      for (const term of alias.longForm) if (plan.weights.has(term)) cover(into, term);
    }
  }
}

/** Whether the text holds every term (a loop: no closure made per alias for every sentence). */
function holdsAll(textTerms: ReadonlySet<string>, terms: readonly string[]): boolean {
  for (const term of terms) if (!textTerms.has(term)) return false;
  return true;
}

function cover(into: Set<string> | Map<string, number>, term: string): void {
  if (into instanceof Set) into.add(term);
  else into.set(term, 1);
}

/** Share of the question's weight that a set of covered terms carries (0..1). */
export function coverage(plan: QueryPlan, covered: ReadonlySet<string>): number {
  if (plan.totalWeight === 0) return 0;
  let sum = 0;
  for (const term of covered) sum += plan.weights.get(term) ?? 0;
  return sum / plan.totalWeight;
}
