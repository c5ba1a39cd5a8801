/**
 * "Which three councillors voted against the skatepark site": "The three councillors who voted against were
 * worried about noise" counts them and names none. A question asking which two or more things by their
 * number wants them named: an excerpt that speaks of them by a number ("the three councillors", "both
 * surgeries", "12 schools") and names fewer than were asked (names the question does not already give) tells
 * of the group, not which ones, and is declined. Things named in lower case ("both ctenophores and
 * cnidarians") are no group counted. It ends the search (answer.ts): the passage on the group tells no more.
 * @example session 67: dev sets +4 (all traps), nothing lost; SQuAD's 17 "which two ..." questions unchanged
 * (without the number in the excerpt: -6, lists in lower case and names joined by "and").
 */
import { termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

const COUNT_WORDS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "Which two engines", "which 3 players", "which both": the number of things asked to be named. */
const WHICH_COUNT =
  /\bwhich\s+(both|two|three|four|five|six|[2-6])\s+([\p{L}'\u2019-]+)(?:\s+([\p{L}'\u2019-]+))?/iu;
/** A group spoken of by its number: "the three councillors", "both surgeries", "12 primary schools". */
const COUNTED =
  /\b(?:both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\p{L}-]+\s+)?([\p{L}'\u2019-]+)/giu;
/** A run of capitalised words, with "of" or "the" inside it: "Carrack Vale", "Friends of the Park". */
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{N}'\u2019.-]*(?:\s+(?:(?:of|the|de|van|von)\s+)*\p{Lu}[\p{L}\p{N}'\u2019.-]*)*/gu;
/** Words that open sentences and list items or name times, never the things asked. */
const NOT_NAMES =
  /^(?:i|i'm|i've|we|the|a|an|our|this|that|these|those|it|they|he|she|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** How many things the question asks to be named by number (0 for none), and the words naming the kind. */
function countAsked(question: string): { wanted: number; kind: Set<string> } {
  const match = WHICH_COUNT.exec(question);
  if (!match) return { wanted: 0, kind: new Set() };
  const word = match[1]!.toLowerCase();
  const kind = [match[2], match[3]].flatMap((written) => (written ? [termOf(written.toLowerCase())] : []));
  return { wanted: COUNT_WORDS[word] ?? Number(word), kind: new Set(kind.filter((term) => term !== null)) };
}

/** Does the text speak of the kind asked by a number ("the three councillors")? */
function groupCounted(text: string, kind: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(COUNTED)) {
    const words = match[0].split(/\s+/u).slice(1);
    if (words.some((word) => kind.has(termOf(word.toLowerCase()) ?? ''))) return true;
  }
  return false;
}

/** Distinct names in a text that the question does not give: capitalised runs not opening a sentence. */
function namesBeyondQuestion(text: string, plan: QueryPlan): Set<string> {
  const names = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?:])\s+|\n+/u)) {
    const opening = /^\W*/u.exec(sentence)![0].length;
    for (const match of sentence.matchAll(CAPITALISED_RUN)) {
      const words = match[0].split(/\s+/u);
      // The sentence's first word is capitalised for its place, not as a name ("Both surgeries ...").
      if (match.index === opening) words.shift();
      const named = words.filter((word) => !NOT_NAMES.test(word));
      if (named.length === 0) continue;
      const terms = named.map((word) => termOf(word.toLowerCase()));
      if (terms.every((term) => term === null || plan.terms.includes(term))) continue;
      names.add(named.join(' ').toLowerCase());
    }
  }
  return names;
}

/** Does a "which two X" question's excerpt name fewer things than it asks for? */
export function countedNotNamed(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const { wanted, kind } = countAsked(plan.question);
  return (
    wanted >= 2 && groupCounted(excerpt.text, kind) && namesBeyondQuestion(excerpt.text, plan).size < wanted
  );
}
