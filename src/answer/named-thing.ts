/**
 * "What is the name of the teenage bomber": a name answers only when it is the bomber's, written beside the
 * word for him ("the bomber, Ali Khan", "bomber Ali Khan") or given as a name ("a method known as trial
 * division"). A sentence about the bomber that names no one ("A teenage suicide bomber blew himself up"),
 * or names someone far from him, does not say his name.
 */
import { STOP_WORDS, termOf } from '../search/analyzer.js';
import type { QueryPlan } from './query-plan.js';
import { meaningMatch, WORD } from './term-match.js';

/**
 * Words that may stand between a name and the word for what it names: "the boat, the Grey Heron", "The
 * Quasiturbine is a uniflow engine", "the name of their castle: Afranji", "policies such as Roosevelt's
 * interventionism". Any other word between them
 * ("Islamic State terrorist attacks, especially by suicide bombers") means the name is not the thing's.
 */
const LINKS = new Set([
  'the',
  'a',
  'an',
  'is',
  'was',
  'are',
  'were',
  'its',
  'their',
  'his',
  'her',
  'known',
  'as',
]);
/** Most words between a name and a word for what it names. */
const NAME_REACH = 3;
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
    // "Pakistan's most violent sectarian groups": an owner, not the groups' name.
    const owner = /['’]s$/.test(lower);
    const name = capitalised && !owner && !STOP_WORDS.has(lower) && !plan.askedWords.has(lower);
    if (named || name) names.push(i);
    const term = termOf(lower);
    if (term && plan.namedThing.some((thing) => meaningMatch(plan, thing, term) >= MIN_THING_MATCH))
      things.push(i);
  });
  if (plan.namedThing.length === 0) return names.length > 0;
  // "The teachers of Dharma in Tibet are most commonly called a Lama": the thing, then a word naming it.
  const naming = words.findIndex((word, i) => NAMING.has(word.toLowerCase()) || isKnownAs(words, i));
  if (naming >= 0 && things.some((t) => t < naming)) return true;
  return names.some((n) => things.some((t) => n !== t && linked(words, n, t)));
}

/** Do the words between a name and a thing word only link them ("the", "is a", "known as")? */
function linked(words: readonly string[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  if (to - from - 1 > NAME_REACH) return false;
  for (let i = from + 1; i < to; i++) if (!LINKS.has(words[i]!.toLowerCase())) return false;
  return true;
}

function isKnownAs(words: readonly string[], i: number): boolean {
  return i > 1 && words[i - 1]!.toLowerCase() === 'as' && words[i - 2]!.toLowerCase() === 'known';
}
