/**
 * The question inside a hedge. People ask whether the articles say something rather than asking it: "do they
 * say when the peace deals broke down", "does the article mention anything about how long ISKP had gone
 * quiet", "do they ever name the bomber", "not sure if i read this right but ...". Read as typed, "say" asks
 * what someone said and the question word sits mid-sentence, so "when" asks no date; read without the hedge,
 * the question is what is asked ("when the peace deals broke down": a date, declined when none is given).
 */

/** Who is asked whether they say it: the articles, by any name people give them. */
const SOURCE = String.raw`(?:they|it|any(?:one|body)|either(?:\s+(?:one|article|of\s+them))?|the\s+(?:articles?|text|stor(?:y|ies)|pieces?|authors?|writers?|reports?))`;
/** Ways of saying "say". */
const TELL = String.raw`(?:say|mention|tell(?:\s+(?:us|me))?|explain|give|state|report|note|reveal|specify|talk\s+about|get\s+into|go\s+into)`;
const OPENING = String.raw`^\W*(?:(?:so|ok|okay|and|but|also)\W+)?(?:do|does|did)\s+${SOURCE}\s+(?:ever\s+|actually\s+|even\s+)?`;

/** "Do they say when ...", "does the article mention anything about how ...": the question word then asks. */
const SAYS_WHETHER = new RegExp(
  String.raw`${OPENING}${TELL}(?:\s+anything)?(?:\s+(?:about|on|regarding|of))?\s+(?=(?:what|whats|when|where|who|whom|whose|why|how|which)\b)`,
  'iu',
);
/** "Do they say anything about the attacker": the topic asked about. */
const SAYS_ANYTHING = new RegExp(
  // ("Anything" may be gone already: the question reader drops it as a word that only frames a question.)
  String.raw`${OPENING}${TELL}\s+(?:(?:anything|much|something)\s+)?(?:about|on|regarding|of)\s+`,
  'iu',
);
/**
 * "What does it say about the TTP", "what do they write about shehzad", "what does the shrine article say
 * about mosul": the topic is what is asked.
 */
const WHAT_SAYS = new RegExp(
  String.raw`^\W*(?:(?:so|ok|okay|and|but|also)\W+)?what\s+(?:do|does|did)\s+(?:${SOURCE}|the\s+(?:[\p{L}-]+\s+){1,2}(?:articles?|stor(?:y|ies)|pieces?|reports?))\s+(?:${TELL}|write|have\s+to\s+say)\s+(?:about|on|regarding)\s+(?=\p{L})`,
  'iu',
);
/** "Do they (ever) name the bomber": asks for the name. */
const NAMES = new RegExp(String.raw`${OPENING}(?:name|identify)\s+`, 'iu');
/**
 * Doubts put before or after the question ("not sure if i read this right but", ", not sure if they say", "or
 * am i making that up").
 */
const DOUBTS =
  /,?\s*\bor\s+(?:am\s+i|i['\u2019]?m)\s+(?:just\s+)?(?:making\s+(?:that|this|it)\s+up|misremembering|mixing\s+(?:it|that|this|things)\s+up|imagining\s+(?:it|that|this|things)|wrong|mistaken|confused)\s*(?=[?!.]*\s*$)|^\W*not\s+sure\s+(?:if|whether)\s+i\s+(?:read|got|understood|remember)\s+(?:this|that|it)\s+(?:right|correctly)\W*(?:but\s+)?|,?\s*not\s+sure\s+(?:if|whether)\s+(?:they|it|the\s+articles?)\s+(?:say|says|mention|mentions)(?:\s+it)?\s*(?=[?!.]*\s*$)/giu;

/**
 * A doubt of one's own memory put first, then "but" or a comma: "i might be mixing things up but", "not 100%
 * but", "correct me if im wrong,", "maybe im reading too much into it but", "idk but". The question follows.
 */
const OWN_DOUBT =
  /^\W*(?:i\s+(?:might|may|could)\s+be\s+(?:mixing\s+(?:things|it|stuff|them)\s+up|wrong|misremembering|confused)|not\s+(?:100\s*%?|sure|certain|totally\s+sure)|idk|i\s+dunno|correct\s+me\s+if\s+(?:i['\u2019]?m\s+|im\s+|i\s+am\s+)?wrong|maybe\s+(?:i['\u2019]?m|im)\s+(?:wrong|reading\s+too\s+much\s+into\s+(?:it|this|that))|(?:i\s+)?could\s+be\s+wrong|iirc|if\s+i\s+remember\s+(?:right|correctly))\s*(?:,|\bbut\b|\.{2,}|\u2026)\s*(?=\p{L})/iu;

/**
 * "Can you confirm (that) the shrine was in Karachi", "am I right that ...": the claim is what is asked
 * (query-plan.ts reads the whole message as checking one); "confirm" and "right" are no topic ("The blast
 * confirms ISKP's resolve").
 */
const CONFIRM =
  /^\W*(?:(?:so|ok|okay|and|but|also|hey)\W+)?(?:(?:can|could)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+|pls\s+)?confirm|am\s+i\s+(?:right|correct)(?:\s+in\s+thinking)?)\s+(?:(?:that|if|whether)\s+)?(?=\p{L})/iu;

/**
 * "Did (the article say) what the bomber's name was": the words about the article are read past before this
 * (shorthand.ts), leaving the auxiliary before the question it hedged.
 */
const DANGLING_AUXILIARY =
  /^\W*(?:(?:so|ok|okay|and|but|also)\W+)?(?:do|does|did)\s+(?=(?:what|whats|when|where|who|whom|whose|why|how|which)\b)/iu;

/** The text with a hedge around its question taken away; unchanged when there is none. */
export function withoutHedges(text: string): string {
  const plain = text.replace(DOUBTS, ' ').replace(CONFIRM, '').replace(OWN_DOUBT, '').trim();
  if (SAYS_WHETHER.test(plain)) return askedInOrder(plain.replace(SAYS_WHETHER, ''));
  if (DANGLING_AUXILIARY.test(plain)) return askedInOrder(plain.replace(DANGLING_AUXILIARY, ''));
  if (SAYS_ANYTHING.test(plain)) return plain.replace(SAYS_ANYTHING, '');
  if (WHAT_SAYS.test(plain)) return plain.replace(WHAT_SAYS, '');
  if (NAMES.test(plain)) return plain.replace(NAMES, 'what is the name of ');
  return plain;
}

/**
 * An embedded question put back in a question's order: "what the bomber's name was" (after "did the article
 * say") asks "what was the bomber's name", which the question reader knows as asking a name.
 */
const EMBEDDED =
  /^(\W*(?:what|who|where|which|how\s+(?:many|much|old|long|big))\b)\s+(.+?)\s+(is|was|are|were)(\s*[?!.]*\s*)$/iu;

function askedInOrder(question: string): string {
  return question.replace(EMBEDDED, '$1 $3 $2$4');
}
