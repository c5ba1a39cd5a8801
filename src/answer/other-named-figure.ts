/**
 * "Wisp assists total?": "Marcus "Lumen" Hale - midfield, led the team in assists with 41" gives the figure
 * asked, but of someone else. A figure question naming someone the excerpt never names, where the excerpt
 * names another instead, asks of a figure the article does not give (the name said elsewhere in the
 * passage is what let the excerpt through).
 */
import { termOf } from '../search/analyzer.js';
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
