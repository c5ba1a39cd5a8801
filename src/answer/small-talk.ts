/**
 * Messages that are not questions about the articles: a greeting, thanks, a request for help, or a question
 * about the bot itself ("what can you do"). They get a friendly word back, not "I couldn't find that".
 * Only whole messages count: "hi, how many died at the shrine" is a question.
 */

export type SmallTalkKind = 'greeting' | 'thanks' | 'farewell' | 'help' | 'summary';

const ADDRESSEE = String.raw`(?:\s+(?:there|all|everyone|everybody|guys|folks|bot|citebot))?`;
const END = String.raw`[\s!.?,:)(;\-]*$`;

const PATTERNS: ReadonlyArray<[SmallTalkKind, RegExp]> = [
  [
    'greeting',
    new RegExp(
      String.raw`^(?:hi+|hello+|hey+|heya|hiya|yo|howdy|sup|wassup|good\s+(?:morning|afternoon|evening|day)|greetings)${ADDRESSEE}${END}`,
      'i',
    ),
  ],
  [
    'thanks',
    new RegExp(
      String.raw`^(?:(?:ok(?:ay)?|great|cool|nice|perfect|awesome)[\s,!]+)?(?:thanks?(?:\s+(?:you|u))?|thank\s+(?:you|u)|thx|ty|tysm|cheers|much\s+appreciated)(?:\s+(?:so\s+much|a\s+lot|very\s+much|again))?${ADDRESSEE}${END}`,
      'i',
    ),
  ],
  [
    'farewell',
    new RegExp(
      String.raw`^(?:bye+|goodbye|good\s+night|see\s+(?:you|ya|u)(?:\s+later)?|cya|later)${ADDRESSEE}${END}`,
      'i',
    ),
  ],
  [
    'summary',
    new RegExp(
      String.raw`^(?:(?:can\s+you\s+|please\s+)?(?:summari[sz]e|sum\s+up|give\s+me\s+a\s+summary\s+of|tl;?dr)(?:\s+(?:this|these|the|both|all))?(?!\s+(?:what|whats|who|whos|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do)\b)(?:\s+(?:it|them|everything)|(?:\s+[\w-]+){0,3}?\s+(?:articles?|texts?|stor(?:y|ies)|news))?|tl;?dr|what\s+(?:is|are|s)\s+(?:this|these|the)\s+(?:articles?|stor(?:y|ies))\s+about|whats\s+(?:this|the)\s+(?:article|story)\s+about)${END}`,
      'i',
    ),
  ],
  [
    'help',
    new RegExp(
      String.raw`^(?:help(?:\s+me)?|how\s+(?:does\s+this|do\s+(?:i|you))\s+(?:work|use\s+(?:this|you|it))|how\s+do\s+i\s+use\s+(?:this|you|it|citebot)|what\s+(?:can|do|should)\s+(?:you|i)\s+(?:do|ask)(?:\s+you)?|what\s+(?:are|r)\s+(?:you|u)|who\s+(?:are|r)\s+(?:you|u)|what\s+is\s+(?:this\s+bot|citebot)|whats\s+citebot|what\s+(?:articles|topics|sources|documents|docs|files)\s+(?:do|can)\s+(?:you|u)\s+(?:have|know|cover|use|answer\s+from)|what\s+do\s+(?:you|u)\s+know(?:\s+about)?)${END}`,
      'i',
    ),
  ],
];

const REPLIES: Readonly<Record<SmallTalkKind, string>> = {
  greeting:
    "Hi! Ask me a question about the articles, in your own words, and I'll quote the sentences that answer it and say where they come from.",
  thanks: "You're welcome! Ask again any time.",
  farewell: 'Bye! Ask again any time.',
  summary:
    "I don't write summaries: I only quote the articles' own sentences. Ask me what you want to know from them (who, what, when, how many...), and I'll quote the sentences that answer.",
  help: "I answer questions from the articles I have: I quote the sentences that answer, word for word, name the article and passage they come from, and say plainly when the articles don't say. Ask in your own words; /help lists the commands.",
};

/** The kind of small talk a whole message is, with the reply to give, or undefined for a question. */
export function smallTalk(text: string): { kind: SmallTalkKind; reply: string } | undefined {
  const message = text.trim().replace(/\s+/g, ' ');
  for (const [kind, pattern] of PATTERNS) if (pattern.test(message)) return { kind, reply: REPLIES[kind] };
  return undefined;
}
