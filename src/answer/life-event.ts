/**
 * Questions about a part of a person's life ("where does Mike Huckabee live", "where did Brian Williams go to
 * school", "who is Emilio Estevez related to", "who is Mary Matalin married to"): an encyclopedia's lead
 * ("Michael Dale Huckabee (born August 24, 1955) is an American politician ...") shares the person's name and
 * nothing of that part of the life. The answer must hold a word of it: a home, a school, a kin word, a
 * marriage. @example session 30: WikiQA tune half excerpt 0.606 -> 0.614, no-answer quoted 90 -> 87 of 191,
 * F1 0.441 -> 0.452 ("who has brad pitt dated" now quotes "Following a high-profile relationship with ...",
 * "who is mary matalin married to" no longer quotes the lead, a wrong sentence); SQuAD all 10,570 8,236
 * unchanged (with "where did ... live" too: -1), chat and dev sets unchanged.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** "Where does X live", "who is X married to": each part of a life asked, and the words that tell of it. */
const LIFE_EVENTS: ReadonlyArray<{ asked: RegExp; said: RegExp }> = [
  {
    // "Who was Shah Noorani and when did he live", "in which century was he living": when a life was lived,
    // which only a year, a century or an era tells (anywhere in the message: it is often the second question).
    asked:
      /\b(?:when|(?:in\s+)?(?:what|which)\s+(?:century|centuries|year|era|period|age))\s+(?:did|does|was|were|is)\s+(?:[\p{L}\p{N}.'\u2019-]+\s+){1,4}?(?:live|living|alive)\b/iu,
    said: /\b(?:\d{3,4}s?|centur(?:y|ies)|born|died|lived|era|dynasty|reign\w*|ruled)\b/i,
  },
  {
    // "When did Ben Carson die": the lead's "(born September 18, 1951)" dates a birth. A death is dated by a
    // word of dying or by a lifespan's closing year ("(1808 – December 6, 1889)").
    asked:
      /\bwhen\s+(?:did|does|was|were|is)\s+(?:[\p{L}\p{N}.'\u2019-]+\s+){1,5}?(?:die|pass\s+away|killed|murdered|assassinated)\b/iu,
    said: /\b(?:die[ds]|death|dead|killed|murdered|assassinated|executed|passed\s+away|\d{3,4}\s*[-\u2013\u2014]\s*(?:[\p{L}]+\s+)?(?:\d{1,2},?\s+)?\d{3,4}\))/iu,
  },
  {
    // "Does": one person's home. "Where did British settlers live" asks where a people spread, which a
    // sentence may tell without a word of living ("ranged along the eastern coast").
    asked: /^\W*where\s+(?:does|is)\s+(?:[\p{L}\p{N}.'\u2019-]+\s+){1,5}?(?:live|living|reside)\W*$/iu,
    said: /\b(?:live[sd]?|living|resid\w*|home|house|moved|settled|based|ranch|estate|apartment)\b/i,
  },
  {
    asked:
      /^\W*(?:where|what\s+(?:school|college|university))\s+(?:does|do|did|is|was)\s+(?:[\p{L}\p{N}.'\u2019-]+\s+){1,5}?(?:go\s+to\s+(?:school|college|university|high\s+school)|study|studied|graduate|graduated|attend|attended|get\s+(?:his|her|their)\s+degree)\b/iu,
    said: /\b(?:schools?|college|universit\w*|academy|institute|graduat\w*|stud(?:y|ied|ies|ying)|educat\w*|attend\w*|alma\s+mater|degree|enroll?ed)\b/i,
  },
  {
    asked:
      /^\W*(?:who|whom)\s+(?:is|was|are|were)\s+(?:[\p{L}\p{N}.'\u2019-]+\s+){1,5}?(?:related\s+to|married\s+to)\W*$/iu,
    said: /\b(?:son|sons|daughters?|brothers?|sisters?|siblings?|father|mother|parents?|uncle|aunt|cousins?|niece|nephew|grand\w*|related|relatives?|family|famil(?:y|ies)|marri\w*|wife|husband|wed\w*|spouse|widow\w*)\b/i,
  },
  {
    asked:
      /^\W*(?:who|whom)\s+(?:has|have|had|did|does|do|is|was)\s+(?:[\p{L}\p{N}.'\u2019-]+\s+){1,5}?(?:dated|date|dating)\W*$/iu,
    said: /\b(?:dat(?:ed|ing)|relationship|girlfriend|boyfriend|partner|engaged|engagement|romantic\w*|marri\w*|wife|husband|spouse|fianc\w*)\b/i,
  },
];

/** Does the question ask a part of a person's life the excerpt says no word of? */
export function lifeEventUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return LIFE_EVENTS.some(({ asked, said }) => asked.test(plan.asked) && !said.test(excerpt.text));
}
