/**
 * "What was the headline of the shrine piece", "the headline said it killed how many": the article's own
 * headline quoted as the answer. The headline is the title a file gives itself (a title line, front matter,
 * an HTML title) or the admin gave it at upload; it is not passage text, so no sentence can quote it. A title
 * made up from the first sentence or the file name is no headline: such an article has none to quote.
 *
 * Only when the question asks what the headline is or says; "why is IS hitting pakistan, per the headline"
 * asks for a reason the subheading gives (it is passage text, weighted in align.ts), and "i only read the
 * headline but ..." asks about something else.
 */
import { titleFromFileName } from '../corpus/parse.js';
import type { Passage } from '../corpus/types.js';
import { tokenize } from '../search/analyzer.js';
import { opensWithHeading } from './align.js';
import { writesCardinal } from './number-words.js';
import type { QueryPlan } from './query-plan.js';

/** "Title" is a headline only beside a word for the article ("the article's title", "title of the piece"). */
const ARTICLE_WORD = String.raw`(?:article|piece|story|post|report|write-?up|news|one)`;
const HEADLINE = String.raw`(?:(?<!sub-?)(?:head ?lines?|headings?)|${ARTICLE_WORD}(?:'?s)?\s+titles?|titles?(?=\s+of\s+(?:the\s+|this\s+|that\s+|it\b|them\b)(?:[\w-]+\s+){0,4}?${ARTICLE_WORD}\b|\s+of\s+(?:it|them)\b))`;
/** "what was the headline", "whats the title of the piece", "the headline of the second article". */
const WHAT_HEADLINE = new RegExp(
  String.raw`\bwhat(?:'?s| is| was| are| were)?\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,4}?${HEADLINE}|${HEADLINE}\s+of\b`,
  'iu',
);
/** "the headline said ...", "what does the media line headline say", "what kill count does the headline give". */
const HEADLINE_SAYS = new RegExp(
  String.raw`${HEADLINE}\s+(?:[\w-]+\s+){0,6}?(?:say|says|said|give|gives|gave|read|reads|claim|claims|claimed|call|calls|state|states|mention|mentions)\b`,
  'iu',
);
/** "summarise the headline", "give me the headline death toll". */
const HEADLINE_WANTED = new RegExp(
  String.raw`\b(?:summari[sz]e|quote|read|give|tell|show|paste)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?${HEADLINE}`,
  'iu',
);
const REASON_ASKED = /\b(?:why|how come|reason|what made|cause[sd]?)\b/iu;
/** The headline as the asker's starting point, then another question: "headline says 50 dead, but how many ...". */
const THEN_ASKS =
  /(?:\bbut\b|,\s*and\b|;|\s[-–—]\s|\?\s*\S|\b(?:what(?:'?s)? the (?:actual|real|exact)|how many of (?:those|them|these)))/iu;

/** Does the question ask what an article's headline is or says? */
export function asksHeadline(plan: QueryPlan): boolean {
  if (!plan.headlineAsked) return false;
  const text = plan.asked;
  if (REASON_ASKED.test(text)) return false;
  const match = WHAT_HEADLINE.exec(text) ?? HEADLINE_SAYS.exec(text) ?? HEADLINE_WANTED.exec(text);
  return match !== null && !THEN_ASKS.test(text.slice(match.index + match[0].length));
}

/** Of a checked claim's own words, the share a headline must hold to settle it ("headline said it killed over 100"). */
const CLAIM_SHARE = 0.5;
const HEADLINE_WORDS = new Set([
  'headlin',
  'head',
  'line',
  'titl',
  'articl',
  'piec',
  'stori',
  'post',
  'say',
  'said',
  'give',
  'read',
]);

/** Does the headline hold enough of what the question claims it says? */
function holdsClaim(plan: QueryPlan, headline: string): boolean {
  const own = plan.terms.filter((term) => !HEADLINE_WORDS.has(term));
  return own.length === 0 || ownTermsHeld(plan, headline) >= CLAIM_SHARE * own.length;
}

/** How many of the question's own terms (not its words for the headline) a line holds. */
function ownTermsHeld(plan: QueryPlan, line: string): number {
  const held = new Set(tokenize(line).flatMap((token) => (token.term === null ? [] : [token.term])));
  return plan.terms.filter((term) => !HEADLINE_WORDS.has(term) && held.has(term)).length;
}

/** The article's headline, when its title is one the file (or the admin) gave, not one made up. */
export function headlineOf(first: Passage): string | undefined {
  const title = first.title.trim();
  if (!title || title === titleFromFileName(first.file)) return undefined;
  // A title derived from the opening sentence is that sentence, cut ("…") or whole.
  const opening = title.replace(/…$/u, '').replace(/\s+/g, ' ');
  if (opensWithSpaced(first.text, opening)) return undefined;
  return title;
}

/**
 * Does the text, its white space runs read as one space and its leading space left out, open with `opening`?
 * Only the text's opening is read: read whole, the first passage was copied for every candidate asked of.
 */
function opensWithSpaced(text: string, opening: string): boolean {
  const trimmed = text.trimStart();
  // A run of white space is one space however long, so an opening's worth of the text may need more characters.
  for (let length = 2 * opening.length + 64; ; length *= 4) {
    // A cut through a run of spaces still ends in the one space the whole text has there.
    const spaced = trimmed.slice(0, length).replace(/\s+/g, ' ');
    if (spaced.length >= opening.length || length >= trimmed.length) return spaced.startsWith(opening);
  }
}

/**
 * The headline that answers the question from the article of the best-ranked passage (or the subheading
 * under it, when that holds more of the question), with that article's first passage to cite; undefined when
 * the question does not ask for a headline, the article has none, or a count is asked and the headline gives
 * no number.
 */
export function headlineAnswering(
  plan: QueryPlan,
  top: Passage | undefined,
  passageIn: (file: string, n: number) => Passage | undefined,
): { headline: string; passage: Passage } | undefined {
  if (!top || !asksHeadline(plan)) return undefined;
  const first = passageIn(top.file, 1);
  const headline = first && headlineOf(first);
  if (!first || !headline) return undefined;
  if (plan.type === 'count' && !writesCardinal(headline)) return undefined;
  if (plan.claimAsked && !holdsClaim(plan, headline)) return undefined;
  // "headline says IS is looking for what": the subheading under it says so ("Group looking for attention").
  const subheading = opensWithHeading(first.text) ? first.text.trimStart().split('\n', 1)[0]!.trim() : '';
  if (subheading && ownTermsHeld(plan, subheading) > ownTermsHeld(plan, headline))
    return { headline: subheading, passage: first };
  return { headline, passage: first };
}
