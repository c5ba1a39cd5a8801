/**
 * "What are they spending the cup money on", "what's the grant going to be used for": what money or a thing
 * will go to is asked, and a sentence saying where it goes answers ("the chairman said it would go towards new
 * floodlights at Mill Lane"), not the one that only names the sum ("Kestrel Bridge collect prize money of
 * £5,000").
 */

/** A "what" as chat types it. */
const WHAT = String.raw`\b(?:what|wat|wot|whats|what['\u2019]s)\b`;
/** The question asks what something is spent on, used for, or goes towards (of money: `MONEY_WORD`). */
const PURPOSE_ASKED = new RegExp(
  [
    String.raw`${WHAT}.*\b(?:spend(?:ing)?|spent|splash(?:ing)?|blow(?:ing)?)\b.*\bon\W*$`,
    String.raw`${WHAT}.*\b(?:(?:be(?:ing)?|get(?:ting)?)\s+)?(?:used|put)\s+(?:for|towards?)\W*$`,
    String.raw`${WHAT}.*\b(?:go(?:ing)?|went)\s+towards?\W*$`,
    String.raw`\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?(?:money|cash|grant|funds?|prize\s+money)\s+for\W*$`,
  ].join('|'),
  'iu',
);

/** Words saying where money or a thing goes. */
const PURPOSE_SAID =
  /\b(?:go(?:es|ing)?|went|put)\s+towards?\b|\btowards\s+(?:the\s+)?(?:cost|price|new|a|an|buying|paying|replacing|repairs?)\b|\b(?:spent|spend|spending)\s+on\b|\bused\s+(?:for|to)\b|\b(?:will|would|to)\s+(?:pay|fund|buy|cover)\b|\bearmarked\b|\bset\s+aside\s+for\b/iu;

/**
 * Money the question asks about: "what is aspirin used for" asks what a thing does, which any sentence defining
 * it answers (WikiQA), not where money goes.
 */
const MONEY_WORD =
  /\b(?:money|cash|grant|grants|funds?|funding|prize|donations?|profits?|surplus|proceeds|budget|takings|raised|pot|kitty|dosh|quid|grand)\b|[£$€]/iu;

export function asksPurpose(asked: string): boolean {
  return PURPOSE_ASKED.test(asked) && MONEY_WORD.test(asked);
}

export function givesPurpose(sentence: string): boolean {
  return PURPOSE_SAID.test(sentence);
}
