/**
 * "What make is the new bandsaw", "what variety was Davey's pumpkin", "what brand are the new beginner bows":
 * the question asks for a maker's or a kind's name, and an excerpt about the thing that names none ("the new
 * 14-inch bandsaw arrived on 3 March") does not answer it. A name is a capitalised word or a model code (a
 * word of letters, then digits), not the first word of a sentence, not the question's own, not a month or a
 * weekday, not an owner ("Davey Nkemelu's pumpkin"); where the question names the thing, it stands within a
 * few words of one of its words ("a Ryobi bandsaw", "the pups are all Labrador crosses").
 */
import { STOP_WORDS, termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/**
 * "What make is", "which brand of", "what breed are they", "what's the variety": opening the question. Not "what
 * makes ctenophores different", "what make the plants green", "in what model do grana ...".
 */
const BRAND_ASKED =
  /^\W*(?:(?:so|and|but|ok|hey)\W+)?(?:what|which|wat|wht)(?:['\u2019]s|\s+is|\s+was|\s+were)?\s+(?:the\s+)?(?:brands?|make|models?|variet(?:y|ies)|breeds?|manufacturers?|cultivars?|marques?)\b(?!\s+(?:up|it|sure|them|sense|money|people|us|you|him|her|the|a|an|this|that|these|those)\b)(.*)$/iu;

/** Months and weekdays: capitalised, yet no maker's name. */
const CALENDAR =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/i;

/** How many words from the thing's word a name may stand ("a Ryobi 10-inch bandsaw", "pups are all Labrador"). */
const NAME_NEAR_THING = 3;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]*/gu;

/** Does a question asking a maker's or a kind's name get an excerpt that names none? */
export function brandUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const asked = BRAND_ASKED.exec(plan.asked);
  if (!asked) return false;
  const askedTerms = new Set(plan.terms);
  // The thing's words: the question's content words after "what make ..." ("bandsaw", "bows").
  const thing = new Set(
    (asked[1]!.toLowerCase().match(WORD) ?? [])
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => termOf(word))
      .filter((term): term is string => term !== null),
  );
  for (const sentence of excerpt.text.split(/(?<=[.!?])\s+|\n+/u)) {
    const words = [...sentence.matchAll(WORD)].map((match) => match[0]);
    for (let i = 1; i < words.length; i++) {
      if (!isName(words[i]!, askedTerms)) continue;
      if (thing.size === 0) return false;
      const near = [
        ...words.slice(Math.max(0, i - NAME_NEAR_THING), i),
        ...words.slice(i + 1, i + 1 + NAME_NEAR_THING),
      ].map((word) => termOf(word.toLowerCase()));
      if (near.some((term) => term !== null && thing.has(term))) return false;
    }
  }
  return true;
}

function isName(word: string, askedTerms: ReadonlySet<string>): boolean {
  if (/['\u2019]s$/u.test(word)) return false;
  // A model code starts with letters ("RS200", "GT-3"); "14-inch" and "18lb" are sizes.
  const code = /^\p{L}+-?\d/u.test(word);
  if (!code && !/^\p{Lu}/u.test(word)) return false;
  if (CALENDAR.test(word)) return false;
  const term = termOf(word.toLowerCase());
  return term === null || !askedTerms.has(term);
}
