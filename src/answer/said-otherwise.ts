/**
 * A question's word that articles say in other words, held by a sentence that says it so: a limit ("max stuff
 * per visit?", "sandbag limit per house?", "whats the minimum age for helping"), said as a bound ("a maximum of
 * two items", "no more than 10 bags per household", "must be 16 or over", "at least 3 learners", "up to 50
 * queries"). @example session 51: newer dev sets +4 answers, no trap lost; seed chat set +1; SQuAD unchanged.
 * A deadline, said as a date something is due by ("renewals are due April 1", "within six weeks of ...").
 * Tried and left out: a turnout ("how many folks turned up") said as people who came ("Twenty-two members
 * came out"), and a capacity ("could fit") said as "seating 380" (dev sets 0 and -1).
 */
import type { QueryPlan } from './query-plan.js';

interface OtherWording {
  /** The question's words (lower-cased, as typed) that ask for it. */
  asked: ReadonlySet<string>;
  /** What says it in a sentence. */
  said: RegExp;
}

const OTHER_WORDINGS: readonly OtherWording[] = [
  {
    asked: new Set([
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
    ]),
    said: /\b(?:at\s+(?:least|most)|up\s+to|(?:no|not)\s+(?:more|less|fewer|longer|shorter|later|earlier|further|higher|lower|bigger|larger|smaller|older|younger|heavier|wider|taller)\s+than|(?:further|longer|more)\s+than|or\s+(?:more|over|less|under|fewer|above|below|older|younger)|maximum|minimum|max|min|capped|limited\s+to|a\s+(?:limit|cap)\s+of|(?:must|may|can)\s*not\s+exceed|cannot\s+exceed)\b/i,
  },
  {
    // "whats the deadline to renew", "when's the balance due": "renewals are due April 1", "the balance must be
    // paid by Friday 27 June", "must be brought within six weeks of ...".
    asked: new Set(['deadline', 'deadlines', 'due']),
    said: /\b(?:(?:is|are)\s+due\b|due\s+(?:on|by|in)\b|by\s+(?:the\s+end\s+of\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|midnight|noon)|within\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|thirty)\s+(?:days?|weeks?|months?)\b|no\s+later\s+than\b|closing\s+date\b)/i,
  },
];

const heldOf = new WeakMap<QueryPlan, ReadonlyArray<{ terms: readonly string[]; said: RegExp }>>();

/** For each other wording the question asks with: its terms, and what says it. */
export function otherWordings(plan: QueryPlan): ReadonlyArray<{ terms: readonly string[]; said: RegExp }> {
  let held = heldOf.get(plan);
  if (held === undefined) {
    held = OTHER_WORDINGS.flatMap(({ asked, said }) => {
      const terms = plan.terms.filter((term) =>
        (plan.surfaces.get(term) ?? []).some((surface) => asked.has(surface.toLowerCase())),
      );
      return terms.length > 0 ? [{ terms, said }] : [];
    });
    heldOf.set(plan, held);
  }
  return held;
}
