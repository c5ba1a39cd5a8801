/**
 * A request put as a command, read as the question it stands for. People in a channel often give orders
 * rather than ask: "give me the date of the mosque bombing", "tell me the shrine bomber's name", "explain why
 * IS hit the shrine", "describe the scene after the blast", "list the cities hit", "name the group IS
 * partnered with". Read as typed, no question word says what kind of answer is wanted, so any sentence sharing
 * the words answered ("give me the date ..." quoted a sentence with no date). Read as the question, the answer
 * must hold a date, a name, an age, as it must for the question typed out.
 */

/** Who may be asked, before the command: "can you", "could someone", "could u please", "pls". */
const POLITE = String.raw`(?:(?:can|could|would|will|might)\s+(?:you|u|ya|some(?:one|body)|any(?:one|body))\s+)?(?:please\s+|pls\s+|plz\s+|kindly\s+|just\s+|quickly\s+)?`;
const TO_ME = String.raw`(?:me|us)`;
const THE = String.raw`(?:the|a|an)`;
const WH = String.raw`(?:who|whom|whose|what|whats|when|where|why|how|which)`;
/** "info on", "any details about", "anything on": a request for what the articles say of something. */
const INFO_ON = String.raw`(?:any\s+)?(?:info|information|details|deets|anything|something|more|the\s+lowdown)\s+(?:on|about|regarding|re)`;

/** "Do we know", "does anyone know", "anyone know", "any idea": whether it is known, asking the question after. */
const ASKS_IF_KNOWN = String.raw`(?:(?:do|does|did)\s+(?:you|u|ya|we|they|any(?:one|body|1)|some(?:one|body))\s+(?:even\s+|actually\s+|already\s+)?know|(?:any(?:one|body|1)|some(?:one|body))\s+know|(?:(?:has|have)\s+)?(?:any(?:one|body)|you)\s+got\s+any\s+idea|(?:any|no)\s+idea)`;

/**
 * A request after the question: "how many got hurt, need the number", "2021 a turning point? explain",
 * "..., explain pls": how it is asked, dropped.
 */
const REQUEST_AFTER =
  /(?:[,?.!]|\s[-\u2013\u2014])\s*(?:(?:i\s+)?(?:need|want)\s+(?:the\s+|a\s+)?(?:exact\s+)?(?:number|figure|date|name|year|count|total|answer)|explain|elaborate|details?)(?:\s+(?:pls|plz|please))?\s*[.!]*\s*$/iu;

/** Rewrites, tried in order on the whole message; the first that matches is used. */
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // "tell me who did it", "explain why IS hit the shrine", "summarize what analysts expect", "do we know why the
  // pump died", "anyone know when it reopens", "any idea who won": the question word asks.
  [
    new RegExp(
      String.raw`^(\W*)(?:${POLITE}(?:(?:tell|show|give)\s+${TO_ME}|tell|explain(?:\s+to\s+${TO_ME})?|describe|summari[sz]e|sum\s+up|${INFO_ON})|${ASKS_IF_KNOWN})\s+(?=${WH}\b)`,
      'iu',
    ),
    '$1',
  ],
  // "give me the date of ...", "tell me the bomber's name", "kindly tell the death toll", "i need the death
  // toll": what is it.
  [
    new RegExp(
      String.raw`^(\W*)${POLITE}(?:(?:give|tell|show|get|find)\s+${TO_ME}|tell|share|(?:i\s+)?(?:need|want)(?:\s+to\s+know)?|${INFO_ON})\s+(?=${THE}\s)`,
      'iu',
    ),
    '$1what is ',
  ],
  // "explain the iskp taliban beef": what it is.
  [new RegExp(String.raw`^(\W*)${POLITE}explain(?:\s+to\s+${TO_ME})?\s+(?=${THE}\s)`, 'iu'), '$1what is '],
  // "describe the scene right after the blast": what it was like ("like" after the thing described).
  [
    new RegExp(
      String.raw`^(\W*)${POLITE}describe\s+(${THE}\s+[^,.;?!]+?)(?=\s+(?:right\s+|just\s+)?(?:after|before|at|in|on|during|when|following|inside|outside)\b)`,
      'iu',
    ),
    '$1what was $2 like',
  ],
  [
    new RegExp(String.raw`^(\W*)${POLITE}describe\s+(${THE}\s+[^,.;?!]+?)(\W*)$`, 'iu'),
    '$1what was $2 like$3',
  ],
  // "list the cities hit", "summarize the casualties": what they are.
  [
    new RegExp(String.raw`^(\W*)${POLITE}(?:list|summari[sz]e|sum\s+up)\s+(?:all\s+)?(?=the\s)`, 'iu'),
    '$1what are ',
  ],
  // "which article talks about mosul", "which of the two articles mentions karachi, the shrine one or the
  // mosque one": the sentence that does, quoted with its article's name, answers.
  [
    new RegExp(
      String.raw`^(\W*)(?:so\s+)?(?:which|what)\s+(?:one\s+of\s+the\s+(?:two\s+)?|of\s+the\s+(?:two\s+)?)?(?:articles?|ones?|pieces?|stor(?:y|ies)|texts?|reports?)\s+(?:(?:even|actually|ever)\s+)?(?:talks?\s+about|mentions?|brings?\s+up|covers?|discuss(?:es)?|writes?\s+about|is\s+about|describes?|quotes?|says?\s+(?:anything\s+)?about|names?)\s+(.+?)(?:,?\s+(?:the\s+)?[\p{L}-]+\s+(?:one|article|piece)\s+or\s+(?:the\s+)?[\p{L}-]+\s+(?:one|article|piece))?(\W*)$`,
      'iu',
    ),
    '$1what do the articles say about $2$3',
  ],
  // "name the group IS partnered with": which one (its name).
  [new RegExp(String.raw`^(\W*)${POLITE}name\s+the\s+(?=\p{L})`, 'iu'), '$1which '],
];

/** The question a command stands for, or the text unchanged when it gives none. */
export function asRequestedQuestion(typed: string): string {
  const text = typed.replace(REQUEST_AFTER, (ending) => (ending.trimStart().startsWith('?') ? '?' : ''));
  for (const [pattern, replacement] of REWRITES) {
    if (pattern.test(text)) return text.replace(pattern, replacement);
  }
  return text;
}
