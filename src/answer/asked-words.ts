/**
 * What a question asks about beside its topic: the word it asks after ("who is the [leader] of ISKP", "when
 * was ISKP [founded]") and, for "who is the X of Y", the role X. Read from the question's words in lower case.
 */
import { STOP_WORDS } from '../search/analyzer.js';
import { GENERIC_COUNTED } from './answer-type.js';
import { plainQuestion } from './plain-question.js';

const WORDS = /[\p{L}\p{N}]+/gu;

const ASK_PATTERNS: RegExp[] = [
  // "who is the leader of ...", "what was the name of ...", "whats the capital of ..."
  /^(?:who|what|whats|which|where|wheres|whos)(?:\s+(?:is|was|are|were|s))?\s+(?:the|a|an|its|their|his|her)\s+(\w+)/,
  // "what day ...", "which province ...", "what kind of ..."
  /^(?:what|which|whose)\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b|the\b|a\b|an\b)(\w+)/,
  // "how many fighters ...", "how much money ..."
  /^(?:how many|how much)\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b)(\w+)/,
  // "who owns ...", "who won ..."
  /^(?:who)\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)(\w+)/,
];
/**
 * Words that only give a question its form ("what is the name of", "what happened", "what does X want"):
 * the answer says the name, the event or the aim without repeating them.
 */
const QUESTION_FORM_WORDS = new Set(
  (
    'name names called type types kind kinds sort term terms word words mean means meaning happen happens ' +
    'happened happening occur occurs occurred go goes went gone make makes made get gets got give gives gave ' +
    'take takes took year years percent percentage time times way ways cause causes caused use uses used ' +
    'want wants wanted need needs needed thing things stand stands'
  ).split(' '),
);

/** "when was iskp founded", "what did the taliban say (about ...)", "how did she die": the clause's verb. */
const ASK_CLAUSE =
  /^(?:when|what|how|why|where|who)\s+(?:did|does|do|was|were|has|have|had|will|would|can|could)\s+(.+)$/;
const CLAUSE_END =
  /\s(?:about|with|in|at|on|to|for|from|after|before|during|of|by|into|against|between)\s.*$/;

/**
 * The word a question asks about, beside its topic: "who is the [leader] of ISKP", "when was ISKP
 * [founded]", "how many [fighters] does ISKP have". An answer must speak of it; sharing the topic's words
 * is not enough. Empty when the shape is not one of these.
 */
export function askWords(question: string): string[] {
  const q = plainQuestion(question);
  const words: string[] = [];
  for (const pattern of ASK_PATTERNS) {
    const match = pattern.exec(q);
    if (match?.[1]) words.push(match[1]);
  }
  const clause = ASK_CLAUSE.exec(q)?.[1]?.replace(CLAUSE_END, '').match(WORDS);
  const verb = clause && clause.length > 1 ? clause.at(-1) : undefined;
  if (verb) words.push(verb);
  return [...new Set(words)].filter(
    (word) => !STOP_WORDS.has(word) && !GENERIC_COUNTED.has(word) && !QUESTION_FORM_WORDS.has(word),
  );
}

/** A question ending on a preposition asks about what follows it ("... loyal to", "... working with"). */
const ENDS_WITH_PREPOSITION = /\b(?:to|with|by|for|from|about|on|at|in|of|into|against)\W*$/;

/**
 * "who is the [president] of Iraq", "who was the [head] of ...", "who is the army [chief] of Pakistan": a role
 * held in or over something (an institution's word before it says whose).
 */
const ROLE_OF =
  /^(?:who|whos)(?:\s+(?:is|was|are|were|s))?\s+(?:the|a|an)\s+(?:(?:army|military|police|party|state|group|spy|intelligence|security|team|club|company|university|church|union|prime|vice|deputy|foreign|interior)\s+)?(\w+)\s+(of|in|at|for)\s/;
/**
 * The same with a word saying which holder ("who is the overall leader of IS", "the current head of ...").
 * @example session 18: dev set h23 +1; chat set, WikiQA tune, SQuAD sample and SQuAD's 1,096 "who"
 * questions unchanged (851 right).
 */
const ROLE_OF_ADJ =
  /^(?:who|whos)(?:\s+(?:is|was|are|were|s))?\s+(?:the|a|an)\s+(?:overall|current|top|new|former|main|real|actual|supreme|chief)\s+(\w+)\s+(of|in|at|for)\s/;

/**
 * The role of a "who is the X of / in / at Y" match: any X of or for Y, but only a title in or at a place
 * ("the mayor in Quetta"): "the bomber at the shrine" is whoever bombed there, not a post the shrine has.
 */
function roleOfPlace(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined;
  const [, role, preposition] = match;
  if ((preposition === 'in' || preposition === 'at') && !TITLE_WORDS.has(role!)) return undefined;
  return role;
}

/** Titles a person holds (not "enemy" or "rival": an answer names those without the word). */
const TITLES =
  'president|king|queen|minister|premier|chancellor|governor|mayor|leader|commander|general|emperor|pope|chairman|spokesman|spokesperson|founder|director|chief|ambassador|senator|reporter|correspondent|journalist';
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.split('|').flatMap((title) => [title, `${title}s`]));

/**
 * "Which US [president] ordered the strikes", "which ISKP [commander] planned it": a "which" question whose
 * thing is a name's title, asked of its holder as "who is the president of" is. (Without a name, "what
 * leader led the Dutch Revolt" is answered by "William the Silent": SQuAD's which / what questions -11.)
 */
const WHICH_TITLE = new RegExp(
  String.raw`^(?:which|what)\s+((?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|s)\b)[\w'\u2019.-]+\s+){1,2}?)(${TITLES})s?\s+(?!of\b)(?:\w+)`,
);

/**
 * "Who was the ISKP [commander] that ordered the attack", "who is the Pakistani intelligence [chief] who made
 * the deals", "who was the ISKP [leader] behind the bombing": a title with what its holder did, asked as
 * "which ISKP commander ordered" is.
 */
const WHO_TITLE_THAT = new RegExp(
  String.raw`^(?:who|whos)\s+(?:(?:is|was|are|were)\s+)?the\s+((?:(?!(?:is|was|are|were|did|does|do|has|have|had)\b)[\w'\u2019.-]+\s+){1,2}?)(${TITLES})s?\s+(?:that|who|which|whom|behind)\b`,
);
/** "bla [leader] name", "iskp [commander] who?": the same, typed as search words. */
const TITLE_NAME_KEYWORDS = new RegExp(
  String.raw`^((?:(?!(?:what|whats|who|whos|which|the|is|was)\b)[\w'\u2019.-]+\s+){1,2}?)(${TITLES})s?\s+(?:names?|who)\W*$`,
);
/** "What's the name of the ISI [chief] who ...", "name of the BLA [leader]": the same, asked by name. */
const NAME_OF_TITLE = new RegExp(
  String.raw`^(?:(?:what|whats)\s+(?:(?:is|was|s)\s+)?)?(?:the\s+)?names?\s+of\s+the\s+((?:(?!(?:is|was|are|were|did|does|do|has|have|had)\b)[\w'\u2019.-]+\s+){1,2}?)(${TITLES})s?\b`,
);

/**
 * The title a "which US president ..." question asks the holder of, and the words naming whose title it is
 * ("us"); undefined for other questions.
 */
export function askedTitle(
  question: string,
): { title: string; owner: string; saysWhatHolderDid: boolean } | undefined {
  const q = plainQuestion(question);
  const which = WHICH_TITLE.exec(q);
  if (which) return { title: which[2]!, owner: which[1]!, saysWhatHolderDid: false };
  const found = WHO_TITLE_THAT.exec(q) ?? NAME_OF_TITLE.exec(q) ?? TITLE_NAME_KEYWORDS.exec(q);
  return found ? { title: found[2]!, owner: found[1]!, saysWhatHolderDid: true } : undefined;
}

/**
 * "who is Pakistan's prime [minister]", "who was ISKP's [leader]", "who is pakistan prime [minister]": a role
 * held by the name before it (read from the plain question, which drops apostrophes: "pakistans").
 */
const ROLE_POSSESSED = new RegExp(
  String.raw`^(?:who|whos)(?:\s+(?:is|was|are|were|s))?\s+(?:(?:the\s+)?(?!(?:is|was|has|does)\b)[\w-]+s|(?!(?:the|a|an|is|was|has|does|became|becomes|become|remains|remained)\b)(?![\w-]+ed\b)[\w-]+)\s+(?:(?:prime|vice|deputy|foreign|interior|defen[cs]e|chief|top|current|new|former|overall|main|supreme|army|military|police|party|intelligence|security|spy)\s+)?(${TITLES})s?(?:\s+(?:when|at|during|in|after|before|now|today|then)\b|\W*$)`,
);

/** "who [leads] the Islamic State", "who [founded] ISKP": the role said as what its holder does. */
const ROLE_VERB =
  /^(?:who|whos)\s+(?:(?:is|was|are|were|s)\s+)?(?:currently\s+|now\s+)?(leads|leading|heads|heading|runs|running|owns|rules|commands)\s/;

/** Does the question ask who does something ("who leads ISKP"), rather than who holds a title? */
export function roleVerbOf(question: string): boolean {
  const q = plainQuestion(question);
  return !ROLE_OF.test(q) && ROLE_VERB.test(q);
}

/**
 * The role a "who is the X of Y" question asks who holds ("president" in "who is the president of iraq"),
 * or undefined for other questions. The answer must name the role itself: a sentence about Iraq that never
 * speaks of a president says nothing of who is Iraq's president.
 */
export function askedRole(question: string): string | undefined {
  const q = plainQuestion(question);
  // "who are the troops in syria loyal to" asks who they are loyal to, not who the troops are.
  if (ENDS_WITH_PREPOSITION.test(q)) return undefined;
  const role =
    roleOfPlace(ROLE_OF.exec(q)) ??
    roleOfPlace(ROLE_OF_ADJ.exec(q)) ??
    ROLE_VERB.exec(q)?.[1] ??
    ROLE_POSSESSED.exec(q)?.[1];
  return role && !STOP_WORDS.has(role) && !QUESTION_FORM_WORDS.has(role) ? role : undefined;
}
