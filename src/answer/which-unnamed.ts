/**
 * "Which sectarian group did IS partner with", where the best passage says only "has partnered with one of
 * Pakistan's most violent sectarian groups": the question knows the kind already and asks which one, and the
 * article says it was one of several without naming it. Such an excerpt answers nothing, and no later passage
 * is tried (`attempt` in answer.ts): the one that tells of the thing has said it is unnamed.
 */
import { termOf } from '../search/analyzer.js';
import { regionOfDemonym } from './region-names.js';
import type { ExcerptChoice } from './align.js';
import { plainQuestion } from './plain-question.js';
import type { QueryPlan } from './query-plan.js';

/**
 * "Which sectarian group did ...", "which sectarian group partnered with ...": the thing asked for, its last
 * word the head ("group"), before an auxiliary or a verb in the past; "which mosque in Islamabad was hit":
 * the place after it says its kind as a word before it would ("an Islamabad mosque").
 */
const WHICH_THING =
  /^\W*(?:(?:in|with|to|from|by|at|on)\s+)?(?:which|what)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?:\s+(?:in|at|from)\s+([a-z-]+))?\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can|got|gets|get|[a-z]+ed)\b/;
/** "One of Pakistan's most violent sectarian groups": one of several, not named. */
const ONE_OF = /\b(?:one|some|two|three|several|many|few)\s+of\s+([^,.;:!?]*)/giu;
/**
 * "On a police academy": one of a kind, not named, unless the article names the thing as it says what it is
 * ("Beethoven, a German composer", "Khan was a senior analyst").
 */
const INDEFINITE =
  /(?<!(?:[,(\u2013\u2014]|\b(?:is|was|are|were|as|be|been|being|became|becomes|remains|remained))\s*)\b(?:a|an|another)\s+(?=([^,.;:!?()]*))/giu;
/** Most words between "one of" and the thing: "one of [Pakistan's most violent sectarian] groups". */
const ONE_OF_REACH = 6;
/** A name set beside a phrase's head: ", the Red Hand", " (the Butcher Market)", " called Dock Street". */
const NAME_SET_BESIDE =
  /^['\u2019]?s?\s*(?:[,(\u2013\u2014:]\s*|\s+(?:called|named|known\s+as)\s+)(?:the\s+)?\p{Lu}/u;
/** Words that ask for care, not for a kind: "which specific group". */
const CARE_TERMS: ReadonlySet<string | null> = new Set(
  ['specific', 'particular', 'exact', 'exactly', 'precise', 'actual'].map((word) => termOf(word)),
);

export const WHICH_UNNAMED_SETTINGS = {
  /** A word this near the asked thing in meaning is the thing ("organisation" ~ "groups" 0.62). */
  minHeadCosine: 0.5,
};

/**
 * "Which sectarian group did IS partner with", excerpt "has partnered with one of Pakistan's most violent
 * sectarian groups": the excerpt says it was one of a kind, and names none. A name anywhere in it may still
 * be the one ("one of the groups, Lashkar-e-Jhangvi, ..."). The same for "which police academy was attacked",
 * excerpt "another attack ... on a police academy in the same province": one of a kind, said with "a".
 */
export function whichLeftUnnamed(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  const asked = WHICH_THING.exec(plainQuestion(plan.asked));
  // "Which specific group", "which group exactly" ask no more than "which group".
  const thing = asked
    ? asked[1]!
        .split(/\s+/)
        .map((word) => termOf(word))
        .filter((term) => !CARE_TERMS.has(term))
    : [];
  const head = thing.at(-1) ?? null;
  // "Which group": a description ("a sectarian group") says which. "Which sectarian group": the question
  // knows the kind already, only a name says which one.
  const place = asked?.[2] === undefined ? [] : [termOf(asked[2])];
  const kind = [...thing.slice(0, -1), ...place];
  if (head === null || kind.length === 0 || kind.includes(null)) return false;
  // "Which sectarian organisation": the excerpt's "groups" is the same thing.
  const isHead = (term: string | null) =>
    term !== null &&
    (term === head || (plan.relatedness?.cosine(head, term) ?? 0) >= WHICH_UNNAMED_SETTINGS.minHeadCosine);
  // "What earlier market did it replace": "an earlier market, the Butcher Market, ..." is often how the
  // answer is told; only "which" insists on the one.
  const mentions = /\bwhich\b/i.test(asked![0])
    ? [...excerpt.text.matchAll(ONE_OF), ...excerpt.text.matchAll(INDEFINITE)]
    : excerpt.text.matchAll(ONE_OF);
  for (const match of mentions) {
    const spans = [...match[1]!.matchAll(/\S+/gu)].slice(0, ONE_OF_REACH + 1);
    const words = spans.map((span) => span[0]);
    const terms = words.map((word) => termOf(word.toLowerCase()));
    // "Which pakistani sectarian group": "one of Pakistan's ... groups" says the kind by its country.
    const plain = words.map((word) => word.toLowerCase().replace(/['\u2019]s$/u, ''));
    const said = (known: string | null, before: number) => {
      if (terms.slice(0, before).includes(known)) return true;
      const country = known === null ? undefined : regionOfDemonym(known);
      return country !== undefined && plain.slice(0, before).includes(country);
    };
    const at = terms.findIndex((term, i) => isHead(term) && kind.every((known) => said(known, i)));
    if (at < 0) continue;
    // A name set right after it may be the one: "one of the groups, Lashkar-e-Jhangvi", "a market called
    // Dock Street". Not a name further on ("an Islamabad mosque by the Islamic State ..." names the attacker).
    // (An indefinite's phrase is read ahead, not taken: "another attack ... on a police academy" holds two.)
    const phraseStart =
      match.index! + (match[0].endsWith(match[1]!) ? match[0].length - match[1]!.length : match[0].length);
    const headEnd = phraseStart + spans[at]!.index! + spans[at]![0].length;
    return !NAME_SET_BESIDE.test(excerpt.text.slice(headEnd));
  }
  return false;
}
