/**
 * "Wisp assists total?": "Marcus "Lumen" Hale - midfield, led the team in assists with 41" gives the figure
 * asked, but of someone else. A figure question naming someone the excerpt never names, where the excerpt
 * names another instead, asks of a figure the article does not give (the name said elsewhere in the
 * passage is what let the excerpt through).
 */
import { analyze, termOf } from '../search/analyzer.js';
import { isNumberTerm } from './answer-type.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';
import type { Passage } from '../corpus/types.js';
import { escapeRegExp } from '../search/reg-exp.js';

/** The question kinds a figure answers. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['count', 'amount', 'date']);

/** A capitalised word after a space, a quote, an asterisk or a bracket: a name ("Marcus", "Lumen", "Quetta"). */
const INNER_NAME = /(?<=[\s"\u201c*(])\p{Lu}\p{Ll}{2,}/gu;

/** Capitalised words that are no one's name (the stop words among them `termOf` drops anyway). */
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday the and but our their this that these those there then when where what which who why how it its his her they we you he she i'.split(
    ' ',
  ),
);

/** A list item's opening: "- **Marcus "Lumen" Hale** (22) - ...", "3. Wren Alley, ...". */
const LIST_ITEM = /^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+/u;

/**
 * Does a figure question name someone the excerpt never names, while the excerpt, a list item, names
 * another in its first words? (Only list items: a sentence's other names are as often the figure's place or
 * source, "The attack killed at least 52" beside "Shah Noorani": seed -113, SQuAD -107 read everywhere.)
 */
export function figureOfOtherName(plan: QueryPlan, passage: Passage, excerpt: ExcerptChoice): boolean {
  if (!FIGURE_TYPES.has(plan.type) && !plan.money) return false;
  if (!LIST_ITEM.test(excerpt.text)) return false;
  // The question's names the excerpt lacks: its specific terms, and words the passage writes only as a
  // name ("Wisp", a player's handle, is an English word too).
  const unnamed = plan.terms.filter(
    (term) =>
      !/\d/.test(term) &&
      (excerpt.matches.get(term) ?? 0) < 1 &&
      (plan.specific.has(term) ||
        (plan.surfaces.get(term) ?? []).some((surface) => writtenAsName(passage.text, surface))),
  );
  if (unnamed.length === 0) return false;
  const label = excerpt.text.replace(LIST_ITEM, ' ').slice(0, 40);
  for (const match of label.matchAll(INNER_NAME)) {
    const word = match[0].toLowerCase();
    if (NOT_NAMES.has(word)) continue;
    const term = termOf(word);
    if (term && !plan.terms.includes(term)) return true;
  }
  return false;
}

/** Does the text write this word, and only capitalised (a name, never a common word)? */
function writtenAsName(text: string, surface: string): boolean {
  if (surface.length < 3) return false;
  const word = new RegExp(String.raw`\b${escapeRegExp(surface)}\b`, 'giu');
  let seen = false;
  for (const match of text.matchAll(word)) {
    if (!/^\p{Lu}/u.test(match[0])) return false;
    seen = true;
  }
  return seen;
}

/** Where a clause giving one person's figure ends and another's begins: ", and to", ", and", "; ", ", while". */
const PERSON_CLAUSE_BREAK = /,\s+(?:and|while|whereas|but)\s+|;\s+/i;
/** A clause opening with a person's full name, the one it tells of: "to Anita Shah, who completed ...". */
const OPENS_WITH_NAME =
  /^\W*(?:(?:and\s+)?(?:to|for|with|from)\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,?\s+(?:who|whose|with|had|has|made|did|completed|drove|scored|took|won|ran)\b/u;

/**
 * "how many trips did dennis farrow do": "a big thank-you to Dennis Farrow, who drove 6,420 miles for us last
 * year, and to Anita Shah, who completed 212 trips". The number counting what is asked stands in a clause that
 * names another person in full and not the one asked, whom another clause of the sentence names: it is theirs.
 */
export function countOfOtherPersonClause(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (plan.type !== 'count' || plan.countFocus.length === 0) return false;
  const names = plan.terms.filter((term) => plan.specific.has(term) && !/\d/.test(term));
  if (names.length === 0) return false;
  for (const sentence of excerpt.text.split(/(?<=[.!?])\s+/)) {
    const clauses = sentence.split(PERSON_CLAUSE_BREAK);
    if (clauses.length < 2) continue;
    const terms = clauses.map((clause) => analyze(clause));
    const namesAsked = (k: number) => names.some((name) => terms[k]!.includes(name));
    const asked = clauses.flatMap((_, k) => (namesAsked(k) ? [k] : []));
    // The clause naming the one asked gives no such count of its own ("Cotchery (39 receptions ...), rookie
    // Devin Funchess (31 receptions ...)" answers for Cotchery).
    if (asked.length === 0 || asked.some((k) => countsFocus(terms[k]!, plan.countFocus))) continue;
    for (let k = 0; k < clauses.length; k++) {
      if (namesAsked(k) || !OPENS_WITH_NAME.test(clauses[k]!) || !countsFocus(terms[k]!, plan.countFocus))
        continue;
      return true;
    }
  }
  return false;
}

/** Does a number stand just before a counted word ("212 trips")? */
function countsFocus(terms: readonly string[], focus: readonly string[]): boolean {
  return terms.some(
    (term, i) => isNumberTerm(term) && terms.slice(i + 1, i + 3).some((next) => focus.includes(next)),
  );
}
