/**
 * The best-ranked excerpt, declined only for its confidence, still answers a number, date or person question when
 * it stands clearly above the candidates ranked after it. A paraphrase shares few words with its answer, so its
 * confidence is low, but the one passage that speaks of the thing asked is then alone in speaking of it ("how
 * much did the collecting tins bring in": "Bucket collections across the weekend raised £11,860", 0.46, the next
 * candidate 0.06). A question the articles do not answer more often finds several passages sharing its words
 * about equally. The rivals are judged with the first candidate's model (no `laterBias` for another article's):
 * a passage of another article is not weak merely for being ranked lower. It needs at least one rival holding an
 * excerpt (a lone passage stands above nothing), no name of the question the article never uses ("how many were
 * killed in the attack in europe"), and for "who" an excerpt naming someone new ("a dedicated mentor" names no
 * one): without these three, eight earlier tests' traps were answered ("who won the meat hamper in the raffle").
 * @example session 66, threshold 0.4 and margin 0.15: dev sets +38 (+46 -8; odd-numbered +18), seed chat set +4
 * (answerable +15, traps -11). Without the three guards: dev +35, seed +6, eight earlier tests failing. For every
 * question type: dev +72 and seed +9, but more than half of the "what" answers it adds are wrong ones and seed
 * traps -68. With place questions: dev +5 more, seed -13. Rivals judged with their own model: dev +43, SQuAD's
 * withheld-article sample answered 22 more of 1,200 (12 with the first candidate's). Threshold 0.38 / 0.42,
 * margin 0.1 / 0.2: dev +39 / +32 / +36 / +20, seed +2 / +5 / +6 / +6 (before the guards).
 */
import type { ExcerptChoice } from './align.js';
import type { QuestionType } from './answer-type.js';
import { type Decision, decide, type DECISION_MODEL } from './decide.js';
import type { QueryPlan } from './query-plan.js';
import type { Candidate, RankSources } from './rank.js';

export const STAND_OUT = {
  /** Least confidence of an excerpt that stands out (the decision model's own threshold is 0.5). */
  threshold: 0.4,
  /** How far above every other candidate's confidence (within the decision depth) it must stand. */
  margin: 0.15,
  /**
   * The question types it serves: those whose excerpt must hold the kind asked (a number, a date, a name), which
   * a passage merely sharing the question's words seldom does. "What does the BLA want" or "where is INEGMA
   * based" finds one passage naming them that answers neither.
   */
  types: new Set<QuestionType>(['count', 'amount', 'date', 'person']),
} as const;

/**
 * The decision on the first candidate with an excerpt, at the lower threshold when it stands out from `rivals`
 * (the candidates ranked after it that are checked for an answer).
 */
export function decideStandingOut(
  plan: QueryPlan,
  candidate: Candidate,
  excerpt: ExcerptChoice,
  rivals: readonly Candidate[],
  model: typeof DECISION_MODEL,
  sources: RankSources,
): Decision {
  const decision = decide(plan, candidate.passage, excerpt, sources, model);
  if (decision.answer || decision.vetoedBy !== 'lowConfidence') return decision;
  if (!STAND_OUT.types.has(plan.type) || decision.confidence < STAND_OUT.threshold) return decision;
  // A name the question gives that the article never uses ("the attack in europe") is another thing asked; a
  // "who" answered by an excerpt naming nobody new ("a dedicated mentor") names no one.
  const features = decision.features;
  if (features && (features.missingName > 0 || (plan.type === 'person' && features.nobodyNew > 0)))
    return decision;
  let rivalled = false;
  for (const rival of rivals) {
    if (!rival.excerpt) continue;
    const { confidence } = decide(plan, rival.passage, rival.excerpt, sources, model);
    if (decision.confidence - confidence < STAND_OUT.margin) return decision;
    rivalled = true;
  }
  // Alone, it stands above nothing: an article of one passage tells no more for it.
  if (!rivalled) return decision;
  return decide(plan, candidate.passage, excerpt, sources, { ...model, threshold: STAND_OUT.threshold });
}
