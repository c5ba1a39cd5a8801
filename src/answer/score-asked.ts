/**
 * "What was the score in the B final", "whats the final score": a game's result is asked, and only a sentence
 * writing one answers ("who beat Balgonie 6-3"), not the one that merely names the final ("we could finally go
 * back to a proper A, B and C event").
 */

/** A "what" as chat types it. */
const WHAT = String.raw`\b(?:what|wat|wot|whats|what['\u2019]s|wats)\b`;
/**
 * The question asks a game's score: "what was the (final) score", "the scoreline". Not "what score did Ollie get"
 * (one gymnast's mark, written "scored 12.950") nor "what score do you need".
 */
const SCORE_ASKED = new RegExp(
  String.raw`${WHAT}\s+(?:(?:was|were|is|are|s)\s+)?(?:the\s+)?(?:final\s+|full[\s-]?time\s+|half[\s-]?time\s+|end\s+)?(?:score|scores|scoreline)\b(?!\s*(?:board|card|sheet)s?\b)(?!\s+(?:did|do|does|would|will|you|u|they|we|she|he)\b)`,
  'iu',
);

/**
 * A result as reports write it: "6-3", "21–18", "31 to 12", "down by 12", "74 points"; not a range of ages, pages,
 * opening hours or dates ("ages 5-11", "open 10-4", "3-4 May").
 */
const SCORE_SAID = new RegExp(
  String.raw`(?<![\d/£$€-]|\d[.,]|\b(?:ages?|aged|pages?|open|opens|from|between|rooms?|sections?|chapters?|years?|sizes?)\s+)` +
    String.raw`\b\d{1,3}\s?(?:[-–—]|\s+to\s+)\s?\d{1,3}\b(?![\d/-]|[.,]\d|\s*(?:am|pm|a\.m|p\.m|years?|yrs|year-olds?|months?|weeks?|days?|hours?|hrs|mins?|minutes?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b)` +
    String.raw`|\b(?:up|down|ahead|behind|won|lost|led|lead|leading|trailed|trailing)\s+by\s+\d{1,3}\b|\b\d{1,3}\s+(?:points?|pts|goals?|runs?|tries)\b`,
  'iu',
);

export function asksScore(asked: string): boolean {
  return SCORE_ASKED.test(asked);
}

export function givesScore(sentence: string): boolean {
  return SCORE_SAID.test(sentence);
}
