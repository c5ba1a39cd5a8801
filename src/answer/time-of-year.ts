/**
 * Months and seasons a question asks of, against those its excerpt says.
 *
 * "How many carers came along to the october cafe sessions": "12 September: 14 guests (6 living with dementia,
 * 8 carers)" counts September's. A month a question names that the excerpt neither says nor spans, where it
 * dates what it says by other months, declines the excerpt: it tells of another time. As `otherYearSaid` does
 * for years and `weekdayUnsaid` for days. Not a month guessed ("the lad who joined in like feb?", "in august or
 * something", "is it in november"): the article's own month settles a guess.
 */
import { analyze } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month written in full or short: "October", "Oct", "Sept". */
const MONTH =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/giu;
/** Two months joined as a span: "September to November", "between July and September", "Jan-Mar". */
const SPAN = new RegExp(
  `(?:\\bbetween\\s+${MONTH.source}\\s*and|${MONTH.source}\\s*(?:to|through|till|until|-|\\u2013|\\u2014))\\s*${MONTH.source}`,
  'giu',
);
/** A time word before a month's name that dates it: "in may", "3rd may", "last march", "early march". */
const DATED =
  /(?:\b(?:in|on|of|since|until|till|by|from|during|last|next|this|early|late|mid|end)\s+|\d(?:st|nd|rd|th)?\s+)$/iu;
/** A day's number after a month's name that dates it: "may 3", "march 3rd". */
const DAY_AFTER = /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/u;

/**
 * Words that make a month a guess: "like feb", "i think", "or something", "is it in november", "was it" near the
 * end. Also "about", which more often frames the question than guesses ("at the wild garlic walk in may someone
 * said theres a rule about picking"): the check then stays silent, as it should when unsure.
 */
const GUESSED =
  /\b(?:like|maybe|prob(?:ably)?|around|about|i\s+think|i\s+thought|think\s+it|or\s+something|or\s+so|iirc|i\s+guess|i\s+reckon|or\s+was)\b|\b(?:is|was|isn['\u2019]?t|wasn['\u2019]?t)\s+it\b(?=[^?]{0,30}\?*\s*$)|\bright\s*\?+\s*$/iu;

/**
 * The month (0 = January) a written name stands for. Short names and the words that are other words too ("may",
 * "march", "jan") count in a question only dated ("in may", "march 3rd"); in an excerpt only capitalised.
 */
function monthOf(written: string, before: string, after: string, inExcerpt: boolean): number | undefined {
  const word = written.replace(/\.$/, '').toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(word.slice(0, 3)));
  if (index < 0) return undefined;
  const full = MONTHS[index] === word || (word === 'sept' && index === 8);
  const ambiguous = !full || word === 'may' || word === 'march';
  if (inExcerpt) return /^\p{Lu}/u.test(written) ? index : undefined;
  if (ambiguous && !DATED.test(before) && !DAY_AFTER.test(after)) {
    // "feb", "oct", "sept" typed alone are months: no other word is spelled so.
    if (!['feb', 'sept', 'oct', 'nov', 'aug', 'dec'].includes(word)) return undefined;
  }
  return index;
}

/** The months a text says, spans ("September to November") filled in. */
function monthsSaid(text: string, inExcerpt: boolean): Set<number> {
  const said = new Set<number>();
  for (const match of text.matchAll(SPAN)) {
    const words = [...match[0].matchAll(MONTH)];
    const before = text.slice(0, match.index);
    const end = match.index + match[0].length;
    const from = monthOf(words[0]![1]!, before, '', inExcerpt);
    const to = monthOf(words.at(-1)![1]!, match[0].slice(0, words.at(-1)!.index), text.slice(end), inExcerpt);
    if (from === undefined || to === undefined) continue;
    for (let month = from; ; month = (month + 1) % 12) {
      said.add(month);
      if (month === to) break;
    }
  }
  for (const match of text.matchAll(MONTH)) {
    const month = monthOf(
      match[1]!,
      text.slice(0, match.index),
      text.slice(match.index + match[0].length),
      inExcerpt,
    );
    if (month !== undefined) said.add(month);
  }
  return said;
}

/**
 * Does the excerpt date what it says by other months only, never the one the question asks of? @example
 * session 67: dev sets +3 -1 (a guess unhedged: "the coldharbour stile that fell down in october", of September);
 * seed and SQuAD's 125 questions naming a month unchanged.
 */
export function otherMonthSaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return saysOnlyOtherTimes(plan, excerpt, monthsSaid);
}

const SEASON_NAMES: Record<string, number> = { winter: 0, spring: 1, summer: 2, autumn: 3, fall: 3 };
/** A season's name; "fall" only where it names one ("last fall", "the fall show"), not "fall asleep". */
const SEASON =
  /\b(winter|spring|summer|autumn)s?\b|(?<=\b(?:this|last|next|the|in|during|over|since|until|by)\s+)(fall)\b(?!\s+(?:asleep|down|over|off|out|apart|behind|ill|in\b|for\b|of\b|through))/giu;

/** The seasons (0 = winter, 1 spring, 2 summer, 3 autumn) a text names. */
function seasonsIn(text: string): Set<number> {
  return new Set(
    [...text.matchAll(SEASON)].map((match) => SEASON_NAMES[(match[1] ?? match[2])!.toLowerCase()]!),
  );
}

/**
 * "How much is entry for the spring ladder gonna be": "Entry was £8 per player per ladder ... as agreed at the
 * autumn committee meeting". A season the question asks of, where the excerpt's answering sentence names other
 * seasons only, declines the excerpt. By name only: a month is no season ("well into October" in a winter
 * update speaks of this winter's hedgehogs), nor is the title's (the spring term's minutes plan the summer fair).
 * @example session 67: dev sets +3 (all traps), nothing lost; with the title's seasons +5 -2, with months -3.
 */
export function otherSeasonSaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  return saysOnlyOtherTimes(plan, excerpt, seasonsIn);
}

/**
 * Does the question ask of a time (`timesIn`: months or seasons) that the excerpt's answering sentence never
 * says, where it says others? Not a claim checked nor a time guessed (`GUESSED`).
 */
function saysOnlyOtherTimes(
  plan: QueryPlan,
  excerpt: ExcerptChoice,
  timesIn: (text: string, inExcerpt: boolean) => ReadonlySet<number>,
): boolean {
  if (plan.claimAsked || GUESSED.test(plan.question)) return false;
  const asked = timesIn(plan.asked, false);
  if (asked.size === 0) return false;
  const said = timesIn(answeringSentences(plan, excerpt.text).join(' '), true);
  return said.size > 0 && ![...asked].some((time) => said.has(time));
}

/**
 * The excerpt's sentences holding most of the question's words besides its months: the one answering. "Our
 * season opener on 14 September drew 31 teams. The charity round on 12 October raised £418" answers "how many
 * teams came to the october quiz" by September's count; October is the next sentence's.
 */
function answeringSentences(plan: QueryPlan, text: string): string[] {
  const asked = plan.terms.filter((term) => !MONTH_TERMS.has(term) && (plan.weights.get(term) ?? 0) > 0);
  const sentences = text.split(SENTENCE_END);
  const held = sentences.map((sentence) => {
    const terms = new Set(analyze(sentence));
    return asked.filter((term) => terms.has(term)).length;
  });
  const most = Math.max(...held);
  return most === 0 ? sentences : sentences.filter((_, i) => held[i] === most);
}

/** The months' own terms, which the answering sentence is not chosen by. */
const MONTH_TERMS: ReadonlySet<string> = new Set(analyze(MONTHS.join(' ')));

/** Where one sentence of an excerpt ends and the next begins. */
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})|\n+/u;
