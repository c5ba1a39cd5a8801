/**
 * "How much were tickets for the quiz night" answered by "The quiz night at the Wheatsheaf raised £1,240": the
 * question asks the price of one thing (a ticket, each hoodie), and the excerpt gives only what was taken in
 * all. A total is no price.
 */
import type { ExcerptChoice } from './align.js';
import type { QueryPlan } from './query-plan.js';

/** The price of one: tickets, entry, "each", "per head", "one of the hoodies". */
const ONE_PRICED =
  /\b(?:tickets?|tix|tikets?|tkts?|entry|admission|each|apiece|per\s+(?:head|person|ticket|item)|a\s+head|one\s+of\s+(?:the|them|those))\b/i;

/** What was taken in all: "raised £1,240", "took £636 on the door", "hoodie sales (£312)". */
const TOTAL_SAID =
  /\b(?:raised|raising|took|taken|brought\s+in|made|sales|proceeds|income|profits?|totall?ed|in\s+total|takings)\b/i;

/** A total asked, not a price: "how much did the raffle tickets make", "what did the ticket sales bring in". */
const TOTAL_ASKED =
  /\b(?:make|made|makes|raise|raised|raises|bring\s+in|brought\s+in|brings\s+in|take\s+in|took\s+in|earn|earned|earns|net|netted|rake\s+in|raked\s+in|in\s+total|altogether|all\s+together|overall)\b/i;

/** A price of one said: "£6 each", "tickets at £6", "tickets were £15", "costs £20", "£8.50 for adults". */
const PRICE_OF_ONE_SAID =
  /\b(?:each|apiece|per|a\s+(?:head|ticket|person|go|time|night|session)|tickets?\s+(?:were|are|was|is|cost|costs|at|for|priced)|costs?|costing|priced|charged?|charges|pay|pays|paid|fee|fees)\b|\d\s*(?:a|an|per)\s+\w|\bat\s+[\p{Sc}]?\d|\bfor\s+(?:adults?|children|kids|members|non-members|concessions|under-\d+s?|over-\d+s?)\b/iu;

/** A ticket's price asked: "senior cup final ticket price", "how much were tikets". */
const TICKET_ASKED = /\b(?:tickets?|tix|tikets?|tkts?)\b/i;
/** A ticket or getting in, said: "tickets", "entry is £5", "paid to get in", "on the door". */
const TICKET_SAID = /\b(?:tickets?|entry|entrance|admission|door|get\s+in|pay\s+in|paid\s+in|seats?)\b/i;

/**
 * A price for each person, which is what a ticket costs though no ticket is named: "112 covers at £28 a head",
 * "Prices were $18 for adults". @example session 67: dev sets and seed chat set unchanged (kept: "how much wer tix
 * for grown ups" was answered only while "wer" was read as a name).
 */
const PRICE_PER_PERSON =
  /[\p{Sc}][\d,.]+\s+(?:a|per)\s+(?:head|person)\b|[\p{Sc}][\d,.]+\s+for\s+(?:adults?|children|kids|members|non-members|concessions|seniors|students|under-\d+s?|over-\d+s?)\b/iu;

/**
 * Does a question asking the price of one get only a total taken, or, asking a ticket's price, an excerpt that
 * speaks of no ticket ("prize money of £5,000")?
 */
export function unitPriceUnsaid(plan: QueryPlan, excerpt: ExcerptChoice): boolean {
  if (!plan.money || !ONE_PRICED.test(plan.asked) || TOTAL_ASKED.test(plan.asked)) return false;
  if (
    TICKET_ASKED.test(plan.asked) &&
    !TICKET_SAID.test(excerpt.text) &&
    !PRICE_PER_PERSON.test(excerpt.text)
  )
    return true;
  return TOTAL_SAID.test(excerpt.text) && !PRICE_OF_ONE_SAID.test(excerpt.text);
}
