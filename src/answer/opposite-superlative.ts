/**
 * "Who was the oldest player": an excerpt that says "Our youngest player was Ollie Brandt" and never
 * "oldest" names the other end. A superlative the question asks whose opposite the excerpt says, without the
 * one asked (or a word of its side), declines the excerpt. Words of one side: "eldest" is "oldest",
 * "littlest" both "youngest" and "smallest".
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** Pairs of opposite ends, each a list of words for one end. */
const OPPOSITES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ['oldest', 'eldest'],
    ['youngest', 'littlest'],
  ],
  [
    ['biggest', 'largest'],
    ['smallest', 'tiniest', 'littlest'],
  ],
  [['highest'], ['lowest']],
  [['longest'], ['shortest']],
  [['tallest'], ['shortest']],
  [['fastest', 'quickest'], ['slowest']],
  [['earliest'], ['latest']],
  [['heaviest'], ['lightest']],
  [['best'], ['worst']],
  [['cheapest'], ['dearest', 'priciest']],
  [
    ['hottest', 'warmest'],
    ['coldest', 'coolest'],
  ],
  [
    ['nearest', 'closest'],
    ['furthest', 'farthest'],
  ],
  [['richest', 'wealthiest'], ['poorest']],
];

const WORD = /\p{L}+/gu;

/** A superlative of a figure: "the smallest number", "the highest estimate". */
const FIGURE_BOUND = /\b\w+est\s+(?:number|amount|figure|estimate|total|count|percentage|share)\b/i;

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/** Does the excerpt say only the opposite end of a superlative the question asks? */
export function oppositeSuperlativeSaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  // "The smallest number of Bolivians estimated": the low end of a range, which a sentence saying "the
  // largest such percentage" may still give ("between 500 and 2,000"). SQuAD -1 without this.
  if (FIGURE_BOUND.test(plan.asked)) return false;
  const asked = wordsOf(plan.asked);
  let said: Set<string> | undefined;
  for (const [one, other] of OPPOSITES)
    for (const [own, opposite] of [
      [one, other],
      [other, one],
    ] as const) {
      if (!own.some((word) => asked.has(word)) || opposite.some((word) => asked.has(word))) continue;
      said ??= wordsOf(excerpt.text);
      if (opposite.some((word) => said!.has(word)) && !own.some((word) => said!.has(word))) return true;
    }
  return false;
}
