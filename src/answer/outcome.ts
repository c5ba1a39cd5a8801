/**
 * "How did Pakistan's gamble with ISKP turn out", "did the talks pay off", "what was the upshot of the deal":
 * how something ended is asked, and the answer says so in a word of outcome ("Pakistan's gambit, it seems, has
 * backfired spectacularly", "these efforts have failed"), rarely with the question's "turn out" or "pay off".
 */

/** Where a clause ends: the text's end, a stop, or words that follow an outcome asked ("in the end"). */
const CLAUSE_END = String.raw`(?=\s*(?:$|[?!.,;:\u2013\u2014-]|\b(?:ultimately|eventually|finally|in\s+the\s+end|for|or|and|lol|then|so\s+far)\b))`;

/** A question asking how something ended; the verb phrase it asks with is captured (its words weigh little). */
const OUTCOME_ASKED = new RegExp(
  [
    // "how did X turn out / end up / go / work out / pan out / play out", the verb ending its clause ("how
    // did Denver score at the end of the drive" asks no outcome)
    String.raw`\bhow\s+(?:badly\s+|well\s+)?(?:did|has|have|had|does|do|is|was|were)\b.+?\b(turn(?:ed|s|ing)?\s+out|end(?:ed|s)?(?:\s+up)?|go(?:ne|ing)?|went|work(?:ed)?\s+out|pan(?:ned)?\s+out|play(?:ed)?\s+out)${CLAUSE_END}`,
    // "did X pay off / pan out / work out" (read as typed: shorthand.ts writes them "succeed", as it does a
    // plain "did it work", which is left to its own word)
    String.raw`\b(?:did|has|have|had|does|do)\b.+?\b(pa(?:y|id)\s+off|pan(?:ned)?\s+out|work(?:ed)?\s+out)\b`,
    // "the outcome / upshot / verdict of X", "what came of X"
    String.raw`\b(outcome|upshot|verdict|end\s+result)\b`,
    String.raw`\bwhat\s+(came|become|became)\s+of\b`,
  ].join('|'),
  'iu',
);

/** Words that say how something ended. */
const OUTCOME_SAID =
  /\b(?:backfir\w*|fail(?:ed|s|ure|ures)?|succe(?:ed\w*|ss\w*)|unsuccessful|paid\s+off|pays\s+off|work(?:ed)?\s+out|collaps\w*|fell\s+apart|came\s+to\s+nothing|in\s+vain|futile|proved|proven)\b/iu;

/** "In the end" (written out as "ultimately" before this reads it), "finally": the outcome asked again. */
const IN_THE_END = /\b(?:ultimately|eventually|finally)\b/giu;

/**
 * The words a question asks an outcome with ("turn out", "pay off", "ultimately"), or undefined when it asks
 * none.
 */
export function outcomeAsked(question: string): string | undefined {
  const found = OUTCOME_ASKED.exec(question);
  if (!found) return undefined;
  const verb = found.slice(1).find((group) => group !== undefined) ?? found[0];
  // Asked as typed, "pay off" is read as "succeed" (shorthand.ts): that word asks the outcome too.
  const written = found[2] === undefined ? [] : ['succeed'];
  return [verb, ...written, ...(question.match(IN_THE_END) ?? [])].join(' ');
}

/** Least strength of the match that ties an outcome to the thing asked about ("gambit" for "gamble": 0.8). */
const MIN_THING_MATCH = 0.5;

/**
 * Does a sentence say how the thing asked about ended (false when no outcome is asked): a word of outcome,
 * and a match of a word of the question that is neither a name (nor an alias's word) nor the words it asks
 * with ("Pakistan's gambit ... has backfired" for "how did pakistan's gamble with iskp turn out"; not "these
 * efforts have failed", which matches only the names)?
 */
export function outcomeOfAsked(
  plan: {
    specific: ReadonlySet<string>;
    aliasTerms: ReadonlySet<string>;
    weights: ReadonlyMap<string, number>;
    outcomeWords: readonly string[] | undefined;
  },
  text: string,
  matches: ReadonlyMap<string, number>,
): boolean {
  const askedWith = plan.outcomeWords;
  if (!askedWith || !OUTCOME_SAID.test(text)) return false;
  for (const [term, strength] of matches) {
    if (strength < MIN_THING_MATCH || askedWith.includes(term)) continue;
    if (plan.specific.has(term) || plan.aliasTerms.has(term)) continue;
    if ((plan.weights.get(term) ?? 0) > 0) return true;
  }
  return false;
}
