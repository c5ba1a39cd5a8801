/**
 * "What time does the Fairbrook Co-op shut", excerpt "Donations can be left at Mill Lane on Tuesdays and
 * Thursdays between 9am and 12 noon, or in the green crates at Wrenfield's and the Fairbrook Co-op": the
 * figure asked for (a time, a sum, a count) stands in one part of the sentence, the name the question asks it
 * of in a later one, offered as another choice. The figure is then another thing's. @example session 51:
 * newer dev sets +2 traps declined, no answer lost; seed chat set unchanged.
 */
import { termOf } from '../search/analyzer.js';
import { hasAnswerShape, hasMoney } from './answer-type.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';
import { WORD } from './term-match.js';

/**
 * Where a sentence's parts part: a semicolon, a comma before "or", "but", "while", "whereas", and "or"
 * before a preposition of place ("... at Mill Lane, or in the green crates at ..."). Not "and": what follows it
 * goes on about the same thing ("On 1 July 1851, writs were issued ..., and the independence of Victoria was
 * established"; with it, SQuAD -2).
 */
const PART_BREAK = /;|,\s+(?:or|but|while|whereas)\s+|\s+or\s+(?=(?:in|at|on|from|to)\s)/giu;

/** The question kinds a figure answers. */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['count', 'amount', 'date']);

/**
 * Does every part of the excerpt that names a name the question asks about lack the figure asked for,
 * though a part before them holds one?
 */
export function figureBoundElsewhere(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (!FIGURE_TYPES.has(plan.type) || plan.specific.size === 0) return false;
  const parts = excerpt.text.split(PART_BREAK);
  if (parts.length < 2) return false;
  // Names, not numbers: "3.2" in the question is no place a figure is said of.
  const names = [...plan.specific].filter(
    (term) => !/^\d/.test(term) && (excerpt.matches.get(term) ?? 0) >= 1,
  );
  if (names.length === 0) return false;
  if (otherItemsFigure(plan, excerpt.text, names)) return true;
  let named = false;
  let figureBefore = false;
  for (const part of parts) {
    const shaped = hasAnswerShape(part, plan.type, plan.askedWords);
    const namesOne = [...part.matchAll(WORD)].some((word) =>
      names.includes(termOf(word[0].toLowerCase()) ?? ''),
    );
    if (namesOne) {
      if (shaped) return false;
      named = true;
    } else if (shaped) {
      // A figure after the name's part may be said of it still ("In Brackenhurst Wood ..., and the team
      // counted ... the first recorded there since 2019"): only figures before it, the name then offered as
      // another choice, part ways.
      if (named) return false;
      figureBefore = true;
    }
  }
  return named && figureBefore;
}

/**
 * In a list of three or more items split by semicolons ("Femi's jollof rice and suya; the Patels at number 17
 * with samosas; ... the Hendersons' barbecue (burgers £3, ...)"), does only another item than the one naming
 * the question's name hold the figure? A figure is said of its own item.
 */
function otherItemsFigure(plan: QueryPlan, text: string, names: readonly string[]): boolean {
  const items = text.split(';');
  if (items.length < 3) return false;
  const shaped = (item: string) =>
    plan.money ? hasMoney(item) : hasAnswerShape(item, plan.type, plan.askedWords);
  const naming = items.filter((item) =>
    [...item.matchAll(WORD)].some((word) => names.includes(termOf(word[0].toLowerCase()) ?? '')),
  );
  return naming.length > 0 && !naming.some(shaped) && items.some(shaped);
}
