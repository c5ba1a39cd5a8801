/**
 * "What is the name of the teenage bomber": a name answers only when it is the bomber's, written beside the
 * word for him ("the bomber, Ali Khan", "bomber Ali Khan") or given as a name ("a method known as trial
 * division"). A sentence about the bomber that names no one ("A teenage suicide bomber blew himself up"),
 * or names someone far from him, does not say his name.
 */
import { STOP_WORDS, termOf } from '../search/analyzer.js';
import type { QueryPlan } from './query-plan.js';
import { meaningMatch, WORD } from './term-match.js';

/** Most words between a name and a word for what it names ("The Quasiturbine is a uniflow rotary steam engine"). */
const NAME_REACH = 5;
/** Least match between a sentence word and a word of the named thing for the one to stand for the other. */
const MIN_THING_MATCH = 0.8;
/** Words that give what follows as a name, capitalised or not ("known as trial division"). */
const NAMING = new Set(['called', 'named', 'termed', 'dubbed', 'titled', 'entitled']);

/** Does the sentence give a name, not one the question says, beside a word for the thing named? */
export function namesThing(plan: QueryPlan, text: string): boolean {
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  const names: number[] = [];
  const things: number[] = [];
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    const capitalised = word[0] !== lower[0];
    const named = i > 0 && (NAMING.has(words[i - 1]!.toLowerCase()) || isKnownAs(words, i));
    if (named || (capitalised && !STOP_WORDS.has(lower) && !plan.askedWords.has(lower))) names.push(i);
    const term = termOf(lower);
    if (term && plan.namedThing.some((thing) => meaningMatch(plan, thing, term) >= MIN_THING_MATCH))
      things.push(i);
  });
  if (plan.namedThing.length === 0) return names.length > 0;
  return names.some((n) => things.some((t) => n !== t && Math.abs(n - t) <= NAME_REACH));
}

function isKnownAs(words: readonly string[], i: number): boolean {
  return i > 1 && words[i - 1]!.toLowerCase() === 'as' && words[i - 2]!.toLowerCase() === 'known';
}
