/**
 * What a member half remembers, put as the question: "something about them exploiting gaps in security?",
 * "wasnt there a line at the start saying the islamabad thing was more than just a tragedy? what did it call
 * it", "there was a bit saying the attack timing wasnt random right", "and a line like nobody could hear them
 * crying, whats the exact quote". The remembered words are what is asked: a claim read as checking it ("is it
 * true that ..."), a topic read as it stands, and a last question that only points back at it ("what did it
 * call it", "whats the exact wording") dropped. Read as typed, "line", "bit", "call" and "wording" weighed as
 * topics, and the claim after "saying" was no question at all.
 */

/** Ways of pointing at a place in an article: "a line", "a bit at the start", "one part in the iskp article". */
const PLACE = String.raw`(?:(?:a|one|the)\s+(?:line|bit|part|sentence|quote|paragraph|mention|passage|section)|something|smth|sth|stuff)`;
const WHERE = String.raw`(?:\s+(?:at|near|towards?)\s+the\s+(?:start|end|beginning|top|bottom)|\s+in\s+(?:the\s+|that\s+)?(?:[\p{L}-]+\s+){0,2}?(?:article|piece|one|story|text)|\s+somewhere)?`;

/** "Wasnt there a line (at the start) saying", "there was a bit saying", "and a line like": a claim follows. */
const REMEMBERED_CLAIM = new RegExp(
  String.raw`^\W*(?:(?:and|also|oh|ok|so)\W+)?(?:(?:wasn['\u2019]?t|isn['\u2019]?t)\s+there\s+|there\s+(?:was|is)\s+|there['\u2019]?s\s+|i\s+(?:think|remember|recall)\s+(?:there\s+(?:was|being)\s+)?)?${PLACE}${WHERE}\s+(?:saying|that\s+(?:said|says)|like|where\s+(?:it|they|he|she)\s+(?:said|says))\s+(?:that\s+)?(?=\p{L}|\d)`,
  'iu',
);

/** "Something about them exploiting gaps", "smth about peace talks collapsing": a topic follows. */
const REMEMBERED_TOPIC = new RegExp(
  String.raw`^\W*(?:(?:and|also|oh|ok|so)\W+)?(?:(?:wasn['\u2019]?t|isn['\u2019]?t)\s+there\s+|there\s+(?:was|is)\s+|there['\u2019]?s\s+|i\s+(?:think|remember|recall)\s+(?:there\s+(?:was|being)\s+)?)?(?:something|smth|sth|a\s+(?:line|bit|part|mention))${WHERE}\s+(?:about|on|regarding)\s+(?=\p{L}|\d)`,
  'iu',
);

/**
 * A last question that only points back at what was remembered: "what did it call it", "whats the exact
 * wording", "what was the line", "right", "i think".
 */
const POINTING_BACK = new RegExp(
  String.raw`(?:[?.,;!]+\s*|\s+)(?:` +
    String.raw`what\s+(?:did|does)\s+(?:it|they|he|she|the\s+(?:article|writer|author))\s+call\s+(?:it|that|this|them)` +
    String.raw`|what(?:['\u2019]?s|\s+is|\s+was|\s+were)\s+the\s+(?:exact\s+|actual\s+)?(?:wording|quote|line|words?|phrase|bit|sentence)` +
    String.raw`|(?:right|i\s+think|or\s+(?:something|smth|sth))` +
    String.raw`)\s*[?!.]*\s*$`,
  'iu',
);

/** The remembered claim or topic as the question; the text unchanged when it is not put so. */
export function asRemembered(text: string): string {
  const claim = REMEMBERED_CLAIM.exec(text);
  if (claim) return `is it true that ${withoutPointingBack(text.slice(claim[0].length))}`;
  const topic = REMEMBERED_TOPIC.exec(text);
  if (topic) return withoutPointingBack(text.slice(topic[0].length));
  return text;
}

function withoutPointingBack(text: string): string {
  const cut = text.replace(POINTING_BACK, '');
  return (cut.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2 ? cut : text;
}
