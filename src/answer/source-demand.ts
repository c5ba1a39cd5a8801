/**
 * A demand for the source, put around a claim: "where does it say the bomber was a teen", "prove pakistan made
 * deals with iskp", "source that isis did the shrine attack?", "no way 90 attacks, says who?", "who says no
 * one could hear them, that a real quote?". A cited excerpt is the proof asked for, so the claim is what is
 * asked: read as "is it true that ..." (a claim checked, query-plan.ts), the tag after it dropped. Its words
 * ("source", "prove", "real") are no topic: "real" weighed against "a real quote" sent the question to
 * whichever sentence had a quotation.
 */

/** Who or what is said to say it. */
const SAYER = String.raw`(?:it|they|he|she|the\s+(?:articles?|text|stor(?:y|ies)|pieces?|authors?|writers?|reporters?|reports?|headline))`;
const SAYS = String.raw`(?:says?|said|mentions?|mentioned|claims?|claimed|states?|stated|writes?|wrote)`;

/**
 * The demand put first: "where (in the article) does it say (that)", "show me where it says", "source for",
 * "any proof that", "prove (that)". Then the claim. Not "what's the source for X": which source is asked.
 */
const DEMAND_FIRST = new RegExp(
  String.raw`^\W*(?:(?:ok|okay|so|but|and|hm+|wait)\W+)?(?:` +
    String.raw`(?:where|which\s+(?:part|bit|line|paragraph|sentence))\s+(?:exactly\s+)?(?:in\s+the\s+(?:articles?|text|story|piece)\s+)?(?:does|did)\s+${SAYER}\s+(?:actually\s+|even\s+)?${SAYS}` +
    String.raw`|show\s+(?:me|us)\s+where\s+${SAYER}\s+${SAYS}` +
    String.raw`|(?:(?:any|got\s+a|need\s+a|gimme\s+a|give\s+me\s+a)\s+)?(?:source|proof|citation)s?\s+(?:for|that|on|of)` +
    String.raw`|(?:pls\s+|please\s+)?prove` +
    // A question word after it asks for something else: "evidence for what structures was found".
    String.raw`)\s+(?:that\s+|the\s+claim\s+that\s+)?(?!(?:what|which|who|whom|whose|when|where|why|how)\b)(?=\p{L}|\d)`,
  'iu',
);

/**
 * The demand put after the claim: ", says who?", "source pls", "sounds made up", "that a real quote?", "is he
 * even real", "or is that just the headline", "proof?". Only at the end of the message.
 */
const DEMAND_AFTER = new RegExp(
  String.raw`(?:` +
    // A bare "source?" or "proof" needs a comma or question mark before it: "what was used as evidence" asks.
    String.raw`\s*[,;:?\u2013\u2014-]\s*(?:(?:got\s+a|any|need\s+a|wheres?\s+the|where['\u2019]s\s+the)\s+)?(?:source|proof|evidence|citation)s?(?:\s+(?:needed|for\s+(?:that|this)))?` +
    String.raw`|(?:\s*[,;:?\u2013\u2014-]\s*|\s)(?:` +
    String.raw`(?:source|proof|citation)s?\s+(?:pls|plz|please)` +
    String.raw`|says\s+who|according\s+to\s+(?:who|whom)` +
    String.raw`|(?:that\s+|it\s+|this\s+)?sounds\s+(?:made\s+up|fake|sus|fishy|like\s+bs)` +
    String.raw`|(?:is\s+)?(?:that|it|this)\s+(?:even\s+)?(?:a\s+)?real(?:\s+quote)?` +
    String.raw`|(?:is|was)\s+(?:he|she|they|that\s+(?:guy|person))\s+(?:even\s+)?real` +
    String.raw`|or\s+is\s+(?:that|it|this)\s+just\s+(?:the\s+|a\s+)?(?:headline|guess|speculation|rumou?r|opinion)` +
    String.raw`|or\s+(?:are\s+)?(?:you|u|they|people)\s+(?:just\s+)?making\s+(?:it|that|this)\s+up` +
    String.raw`))\s*[?!.]*\s*$`,
  'iu',
);

/** "No way 90 attacks": disbelief before the claim is no part of it. */
const DISBELIEF = /^\W*(?:no\s+way|i\s+doubt|doubt\s+it|yeah\s+right|as\s+if|bs)\b\W*/iu;

/** The claim inside a demand for its source, read as checking it; the text unchanged when there is none. */
export function withoutSourceDemand(text: string): string {
  const cut = text.replace(DEMAND_AFTER, '');
  // The whole message a tag ("is that a real quote?") asks about itself.
  const tagless = (cut.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2 ? cut : text;
  const first = DEMAND_FIRST.exec(tagless);
  if (first) return `is it true that ${tagless.slice(first[0].length)}`;
  if (tagless === text) return text;
  return tagless.replace(DISBELIEF, '');
}
