/**
 * "What does Khorasan mean", "what does 'Khorasan' in ISKP refer to": the meaning of a word is asked, and an
 * excerpt that only uses the word ("the Islamic State Khorasan Province (ISKP)") does not give it. What a
 * name an alias spells out stands for is asked and checked in query-plan.ts instead.
 */
import { termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import { plainQuestion } from './plain-question.js';
import type { QueryPlan } from './query-plan.js';

/**
 * "what does (the word) X (in Y) mean / refer to (here, at a sufi shrine)", "(what is) the meaning of (the word) X": X, 1-3
 * words.
 */
const MEANING_ASKED =
  /^\W*(?:what\s+(?:does|do|did)\s+(?:the\s+(?:word|name|term|phrase|title|abbreviation|acronym)\s+)?["\u201c]?(?!(?:it|this|that|they|these|those|he|she)\b)([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)["\u201d]?\s+(?:(?:in|of)\s+[\p{L}-]+\s+)?(?:mean|refer\s+to)(?:\s+(?:here|there|in\s+(?:this|that)\s+context|(?:in|at)\s+(?:(?:a|an|the)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?))?\W*$|(?:what\s+is\s+|whats\s+)?the\s+(?:original\s+)?meaning\s+of\s+(?:the\s+(?:word|name|term)\s+)?["\u201c]?([\p{L}-]+)\W*$)/u;

/** Words that give a meaning ("means", "literally", "known as", "named after"). */
const MEANING_SAID =
  /\b(?:mean(?:s|t|ing)?|refer(?:s|red|ring)?\s+to|lit(?:erally)?\b|translat\w*|known\s+as|called|stands?\s+for|short\s+for|deriv\w*|comes?\s+from|equivalent|signif\w*|defin\w*|named\s+(?:after|for)|word\s+for)\b/iu;

/**
 * A gloss right after the word: a quotation or a bracket ("the Obersee ("upper lake")"), a colon or a dash,
 * "is" / "was", or a comma before what it is (a quotation: "Gür Khan, "universal ruler""; "Mosul, Iraq's
 * second largest city"; ", a ...", ", meaning ..."); not a comma before a clause ("Pakistan's gambit, it
 * seems, has backfired").
 */
const GLOSS_AFTER =
  /^["\u201d]?\s*(?:["\u201c(:\u2013\u2014]|(?:is|are|was|were)\b|,\s*(?:["\u201c(]|(?:a|an|the|which|meaning|literally|or|i\.?e\.?)\b|\p{Lu}\p{L}*['\u2019]s\b))/u;

/** The word whose meaning a question asks, in lower case, or undefined. */
export function meaningAsked(question: string): string | undefined {
  const found = MEANING_ASKED.exec(plainQuestion(question));
  return found?.[1] ?? found?.[2];
}

/**
 * Is the meaning of a word asked that the excerpt does not give: no word of meaning ("means", "literally")
 * and no gloss beside the word ("the Obersee ("upper lake")", "Mosul, Iraq's second city", "X is ...")?
 */
export function meaningUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const word = meaningAsked(plan.asked);
  if (word === undefined) return false;
  // "What does ISKP mean": an alias says, and the stand-for reading checks it.
  if (plan.aliases.some((alias) => alias.acronym === termOf(word))) return false;
  if (MEANING_SAID.test(excerpt.text)) return false;
  const at = excerpt.text.toLowerCase().indexOf(word);
  if (at < 0) return true;
  const after = excerpt.text.slice(at + word.length);
  return !GLOSS_AFTER.test(after);
}
