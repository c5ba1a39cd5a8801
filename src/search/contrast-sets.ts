/**
 * Closed sets of words that stand side by side in text and so sit close in word vectors, yet each rules the
 * others out: "yellow" ~ "red" (0.68), "monday" ~ "tuesday", "boys" ~ "girls", "north" ~ "south". A question
 * about yellow cards is not answered by a red card, however near the vectors put them.
 */
import { termOf } from './analyzer.js';

/** Each set: its words, separated by spaces. Colours first (`COLOURS`). */
const SETS: readonly string[] = [
  'red orange yellow green blue purple violet pink brown black white grey silver gold',
  'monday tuesday wednesday thursday friday saturday sunday',
  'january february march april june july august september october november december',
  'spring summer autumn winter',
  'north south east west northern southern eastern western',
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion',
  'first second third fourth fifth sixth seventh eighth ninth tenth last',
  'boy girl male female man woman',
  'husband wife son daughter brother sister father mother uncle aunt nephew niece king queen',
  'left right',
];

/** The place of the colours in `SETS`. */
const COLOURS = 0;

let setOf: Map<string, number> | undefined;

function sets(): Map<string, number> {
  if (setOf) return setOf;
  setOf = new Map();
  SETS.forEach((words, i) => {
    for (const word of words.split(' ')) {
      const term = termOf(word);
      if (term) setOf!.set(term, i);
    }
  });
  return setOf;
}

/** Are two analyzer terms different members of one contrast set ("yellow" and "red")? */
export function contrasting(a: string, b: string): boolean {
  if (a === b) return false;
  const set = sets().get(a);
  return set !== undefined && sets().get(b) === set;
}

/** Whether an analyzer term belongs to a contrast set: only then need its soft matches be checked. */
export function inContrastSet(term: string): boolean {
  return sets().has(term);
}

/** Is an analyzer term a colour? */
export function isColour(term: string): boolean {
  return sets().get(term) === COLOURS;
}
