/**
 * A guess or a doubt put after the question: "whose shrine got bombed, some random saint nobody knows?",
 * "whats iskp after, just wrecking the country?", "who did the mosque bombing, is that even confirmed". The
 * asker's guess is not what is asked: at full weight its words ("random", "saint") counted as missing from the
 * sentence that answers. Only after a question word opens the message, and only asides in the shapes below:
 * ", and how many died" is a second question, and a jab ("attention seeking much?") or a choice ("friend or
 * foe") is left as typed.
 */
import { POINTS_TO_TOLD } from './question-clause.js';

/** The message opens with a question word: what comes before the comma is a whole question. */
const OPENS_WITH_QUESTION_WORD =
  /^\W*(?:so\s+|ok\s+|okay\s+|and\s+|but\s+)?(?:who|whom|whose|what|whats|what['\u2019]s|when|where|wheres|why|how|which)\b/iu;

/**
 * The aside after the last comma (or dash): a guess ("some random saint?", "just wrecking the country?") or
 * a doubt about the question itself ("is that even confirmed", "do we even know", "is he from the islamabad
 * article"). Not an aside that asks ("some gaps in what?"), nor any few words put as a question: ", according
 * to analysts?", ", dead and injured?" say what is asked (tried in session 30: chat set -4).
 */
const ASIDE = new RegExp(
  String.raw`\s*(?:,|\s[-\u2013\u2014])\s*(?:` +
    String.raw`(?:some|just)\b[^,;]*` +
    String.raw`|(?:is|was)\s+(?:that|it|this)\s+(?:even\s+|actually\s+|really\s+)?(?:confirmed|known|clear|certain|sure)` +
    String.raw`|(?:do|does|did)\s+(?:we|they|anyone|anybody)\s+(?:even\s+|actually\s+|really\s+)?know` +
    String.raw`|(?:is|was|are|were)\s+(?:he|she|it|that|this|they)\s+(?:from|in|mentioned\s+in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:article|one|piece|story|text)` +
    String.raw`)\s*([?!.]*)\s*$`,
  'iu',
);

/** An aside with a question word of its own asks something ("some gaps in what?"). */
const ASKS = /\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b/iu;

/** Most words an aside runs to: a longer tail is more likely the question's own words. */
const MAX_ASIDE_WORDS = 8;

/**
 * Where a guess or jab after the question starts (its comma), or undefined. Its words are kept, lighter
 * (query-plan.ts): a trap's guess ("who paid the bomber, some foreign government?") may name what the articles
 * lack, and an answer need not say it.
 */
export function asideStart(text: string): number | undefined {
  if (!OPENS_WITH_QUESTION_WORD.test(text)) return undefined;
  const aside = ASIDE.exec(text);
  if (!aside) return undefined;
  // At least three words of question must stay ("who, some guy?" is all question).
  if ((text.slice(0, aside.index).match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return undefined;
  if ((aside[0].match(/[\p{L}\p{N}]+/gu) ?? []).length > MAX_ASIDE_WORDS) return undefined;
  if (ASKS.test(aside[0])) return undefined;
  return aside.index;
}

/**
 * A guess, hearsay or opinion put before the question: "i bet it was the taliban, who actually did the mosque
 * bombing?", "i heard it was a car bomb at the shrine, who set it off?", "seems like pakistan messed up, what
 * did the writer say about its strategy". What the asker guesses is not what is asked, and often what the
 * articles never say ("car bomb").
 */
const GUESS_BEFORE = new RegExp(
  String.raw`^\W*(?:(?:ok|okay|so|tbh|honestly|ngl|lol)\W+)*(?:(?:i\s+(?:bet|guess|think|thought|heard|hear|reckon|assume|assumed|suspect|figure|figured|read\s+somewhere)|(?:it\s+)?(?:feels|felt|seems|seemed|sounds|sounded|looks|looked)\s+like|(?:my\s+)?guess\s+is|probably|prob)\b[^?,;]*,` +
    // "no it was the taliban?? who bombed the mosque": a reply's guess, its own sentence, then the question.
    String.raw`|(?:no|nah|nope|yeah|yea|yes)\W+(?:i\s+think\s+)?(?:it\s+was|it['\u2019]?s|was\s+it)\b[^?,;.!]*[?.!]+)\s*(?:but\s+|so\s+|and\s+)?(?=(?:who|whom|whose|what|whats|what['\u2019]s|when|where|why|how|which|is|are|was|were|did|does|do|has|have)\b)`,
  'iu',
);

/**
 * Where the question starts after a guess put before it, or undefined. Not when the question points back at
 * it ("i heard they hit karachi too, how many died there?"): then it tells what is asked about.
 */
export function guessBeforeEnd(text: string): number | undefined {
  const guess = GUESS_BEFORE.exec(text);
  if (!guess || POINTS_TO_TOLD.test(text.slice(guess[0].length))) return undefined;
  return guess[0].length;
}
