/**
 * "How much did the questionnaire cost": a price is the price of the thing asked about only where the excerpt
 * names that thing. "The new hedgehog hospital will cost £9,400" in the passage that also thanks those who
 * answered the survey prices the hospital, not the questionnaire.
 */
import { termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';
import { hasMoney } from './answer-type.js';
import { WORD } from './term-match.js';

/** "How much is/was/did/will (the|a|an) THING ...": the word after the verb and its article. */
const PRICED_THING =
  /^\W*(?:so\s+|and\s+|ok\s+)?how\s+much\s+(?:is|are|was|were|did|does|do|will|would)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+|that\s+|this\s+|those\s+|these\s+)?(?:new\s+|old\s+)?([\p{L}-]{3,})\s+(?:cost|costs|costing|be|go\s+for|sell\s+for|set)/iu;

/** A sentence opening with a word that points back: "It cost £40", "They were £5 each". */
const POINTS_BACK = /^\W*(?:it|they|this|that|these|those|each|both|which)\b/i;

/** Does a money question about one thing get an excerpt that never names it? */
export function pricedThingUnsaid(plan: QueryPlan, excerpt: ExcerptChoice, minMatch: number): boolean {
  if (!plan.money) return false;
  const thing = PRICED_THING.exec(plan.asked)?.[1];
  if (!thing) return false;
  const term = termOf(thing.toLowerCase());
  if (!term || !plan.terms.includes(term)) return false;
  // The sentence that gives a sum must name the thing: a neighbour joined to it may name another.
  const sentences = excerpt.text.split(/(?<=[.!?])\s+/);
  const priced = sentences.filter(hasMoney);
  if (priced.length === 0) return false;
  const names = (sentence: string) =>
    [...sentence.matchAll(WORD)].some((word) => termOf(word[0].toLowerCase()) === term);
  // "The new kettle arrived in May. It cost £40.": a sentence opening with a pronoun speaks of the one before.
  if (priced.some((sentence) => names(sentence) || POINTS_BACK.test(sentence))) return false;
  // One sentence: named in other words ("the survey" for "the questionnaire") counts.
  if (sentences.length === 1) return (excerpt.matches.get(term) ?? 0) < minMatch;
  return true;
}
