/**
 * "How many were wounded in the police academy attack", excerpt "The attack killed at least 52, and wounded
 * more than 105. It came just a few weeks after another attack ... on a police academy ... killed more than
 * 60 people.": the number asked for stands in one sentence, what the question says it is about ("police
 * academy") in the other. The number then counts something else, and the excerpt does not answer.
 */
import type { Passage } from '../corpus/types.js';
import { termOf } from '../search/analyzer.js';
import { answerShape } from './answer-shape.js';
import { fateOf, isNumberTerm } from './answer-type.js';
import type { ExcerptChoice } from './align.js';
import { coveredTerms } from './coverage.js';
import type { PassageReader, ReadSentence } from './passage-reader.js';
import type { QueryPlan } from './query-plan.js';

/** Least shape strength of a sentence's number for it to be the one counted (as DECISION_SETTINGS.minShape). */
const MIN_SHAPE = 0.5;
/** A qualifier weighs at least this share of the question's heaviest word beside the counted one. */
const MIN_QUALIFIER_SHARE = 0.5;

/**
 * Does the excerpt's count count something other than what the question asks: another event
 * (`numberCountsOther`) or another year (`countOfAnotherYear`)? The sentences holding the number are found
 * once for both.
 */
export function countsSomethingElse(
  plan: QueryPlan,
  passage: Passage,
  excerpt: ExcerptChoice,
  reader: PassageReader,
): boolean {
  if (plan.type !== 'count') return false;
  const found = numberedSentences(plan, passage, excerpt, reader);
  if (found.numbered.length === 0) return false;
  return (
    numberCountsOther(plan, passage, reader, found) ||
    countOfAnotherYear(plan, found.numbered) ||
    countsTheNegated(plan, found.numbered)
  );
}

/** A count, then what its members did not do: "Thirteen riders did not finish", "12 couldn't attend". */
const NEGATED_COUNT =
  /(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-\w+)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:did\s+not|didn['’]t|could\s+not|couldn['’]t|failed\s+to|were\s+not|weren['’]t|never)\s+([\p{L}-]+)/giu;
/** A question asking of what was not done: "how many riders did not finish". */
const NEGATION_ASKED = /\b(?:not|never|didnt|couldnt|failed|fail)\b|n['\u2019]t\b/i;

/**
 * "How many riders made it all the way round" (finished), excerpt "Thirteen riders did not finish": the
 * number counts those who did not do what the question asks of them, when the sentences holding it count
 * nothing else.
 */
function countsTheNegated(plan: QueryPlan, numbered: readonly ReadSentence[]): boolean {
  if (NEGATION_ASKED.test(plan.asked)) return false;
  return numbered.every((sentence) =>
    [...sentence.text.matchAll(NEGATED_COUNT)].some((match) => {
      const verb = termOf(match[1]!.toLowerCase());
      return verb !== null && plan.terms.includes(verb);
    }),
  );
}

/**
 * Does the excerpt's counted number stand only in sentences holding none of what the question qualifies it
 * with, while a later sentence of it holds some (and no earlier one)? Only for excerpts of two or more
 * sentences.
 */
function numberCountsOther(
  plan: QueryPlan,
  passage: Passage,
  reader: PassageReader,
  { sentences, numbered }: NumberedSentences,
): boolean {
  if (sentences.length < 2) return false;
  // What the question says the count is of, by its rarer words: "attack" in "the police academy attack"
  // would find the other attack.
  // Nor the fate counted ("how many cops were wounded": "wounded" says what befell them, not which event).
  const others = plan.terms.filter((term) => term !== plan.countHead && fateOf(term) === undefined);
  const heaviest = Math.max(0, ...others.map((term) => plan.weights.get(term) ?? 0));
  if (heaviest === 0) return false;
  const qualifiers = others.filter((term) => (plan.weights.get(term) ?? 0) >= heaviest * MIN_QUALIFIER_SHARE);
  const qualified = (sentence: ReadSentence) => {
    const held = coveredTerms(plan, sentence.termSet);
    return qualifiers.some((term) => held.has(term));
  };
  if (numbered.some(qualified)) return false;
  // Only a later sentence tells of something else: an earlier one of the passage may be what the number's
  // sentence goes on about ("Thomas Davis, an 11-year veteran ... Despite this, he ...", "Polonia ... They
  // also won the cup twice").
  const last = numbered.at(-1)!;
  return (
    sentences.some((sentence) => sentence.start > last.start && qualified(sentence)) &&
    !reader.sentences(passage).some((sentence) => sentence.start < last.start && qualified(sentence))
  );
}

/** A year as a term: four digits from 1000 to 2199. */
const YEAR = /^(?:1\d|20|21)\d\d$/;

/**
 * "How many attacks did ISKP claim in 2021", excerpt "... since 2015, their activity sharply intensified
 * after 2022, with a staggering 90 claimed attacks": the year written nearest the count is not a year the
 * question asks about, so the count is of another time. A sentence that names no year leaves the time to
 * its context.
 */
function countOfAnotherYear(plan: QueryPlan, numbered: readonly ReadSentence[]): boolean {
  const asked = plan.terms.filter((term) => YEAR.test(term));
  if (asked.length === 0) return false;
  return numbered.every((sentence) => !countsAskedYear(sentence.terms, asked));
}

interface NumberedSentences {
  sentences: ReadSentence[];
  numbered: ReadSentence[];
}

/**
 * The excerpt's sentences, and those where the number asked for stands: where the shape is surest ("wounded
 * more than 40", not "killed more than 20" for "how many were wounded"), none below MIN_SHAPE.
 */
function numberedSentences(
  plan: QueryPlan,
  passage: Passage,
  excerpt: ExcerptChoice,
  reader: PassageReader,
): NumberedSentences {
  const sentences = reader.sentencesWithin(passage, excerpt);
  const shapes = sentences.map((sentence) => answerShape(plan, sentence));
  const surest = Math.max(0, ...shapes);
  const numbered = surest < MIN_SHAPE ? [] : sentences.filter((_, i) => shapes[i] === surest);
  return { sentences, numbered };
}

/**
 * Does the year nearest some count of the sentence (a number that is no year) stand among the asked years,
 * or in a range with one ("between 1978 and 2008")? True when the sentence has no year or no count to bind.
 */
function countsAskedYear(terms: readonly string[], asked: readonly string[]): boolean {
  const years = terms.flatMap((term, i) => (YEAR.test(term) ? [i] : []));
  const counts = terms.flatMap((term, i) => (!YEAR.test(term) && isNumberTerm(term) ? [i] : []));
  if (years.length === 0 || counts.length === 0) return true;
  return counts.some((i) => {
    let nearest = years.reduce((best, at) => (Math.abs(at - i) < Math.abs(best - i) ? at : best));
    // Years side by side ("1978 and 2008": "and" is no term) are one range.
    while (nearest > 0 && YEAR.test(terms[nearest - 1]!)) nearest--;
    for (let at = nearest; at < terms.length && YEAR.test(terms[at]!); at++)
      if (asked.includes(terms[at]!)) return true;
    return false;
  });
}
