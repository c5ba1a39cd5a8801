/**
 * A long chat message often tells a story around its question ("my brother works in security and says
 * suicide bombers are the worst, does the article say why they're a problem for intel"): the clause that
 * asks is what an answer must hold; the story's words only help find where. A message asking two things is
 * cut into one message for each (`oneQuestionEach`), so that the one the articles answer is answered.
 */
import { type Token, tokenize } from '../search/analyzer.js';

/**
 * Words that open a clause that asks: a question word (after a preposition too: "from when", "since when")
 * or an auxiliary ("was that planned ...").
 */
const ASKING_OPENER =
  /^(?:(?:so|and|but|ok|okay|like|then)\s+)*(?:(?:from|since|until|till)\s+(?=(?:what|when|where|which)\b))?(?:what|whats|who|whos|whom|whose|where|wheres|when|why|how|hows|which|is|isnt|was|wasnt|are|arent|were|did|didnt|does|doesnt|do|dont|can|could|will|would|has|have|had|should)\b/i;

/**
 * Where a message breaks into clauses: sentence ends, a comma before a clause that asks, and a question word
 * before its auxiliary, a question's start even where chat drops the stop before it ("the shrine thing...
 * where do most members come from": the dots are gone when shorthand is written out).
 */
const CLAUSE_BREAK = new RegExp(
  String.raw`[.?!;]+|,(?=\s*${ASKING_OPENER.source.slice(1)})|\s(?=(?:what|who|where|when|why|how|which)\s+(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had)\b)`,
  'gi',
);

/** Words a chat clause may open with before its question word ("so", "and", "like"). */
const LEAD_WORDS = String.raw`(?:(?:so|and|but|ok|okay|like|then)\s+)`;
/** Auxiliaries and the question words that never open a relative clause. */
const ALWAYS_ASKING =
  'is|isnt|was|wasnt|are|arent|were|did|didnt|does|doesnt|do|dont|can|could|will|would|has|have|had|should|what|whats|why|how|hows';
/** Question words that also open relative clauses ("the coach, who was hired ..."). */
const ALSO_RELATIVE = 'who|whos|whom|whose|which|where|wheres|when';
/** Titles and initials whose full stop ends no sentence ("Ted Ginn Jr.", "Thomas B. Edsall"). */
const NOT_A_STOP = String.raw`(?<!\b(?:[A-Z]|Jr|Sr|Dr|Mr|Mrs|Ms|St|Mt|No|Co|vs|etc))`;

/**
 * What "and" opens as a question of its own: a question word (after a preposition too: "and for how long",
 * "and by what percent") before an auxiliary or "many", "much", "long" ("and how many were hurt", "and why do
 * they"), or ending the message ("... and why"); "whats", "who's"; an auxiliary before a pronoun or a
 * determiner ("and did those efforts work", "and was he caught"), not before a verb ("and was later banned").
 */
const AND_ASKING = String.raw`(?:whats|what['\u2019]s|whos|who['\u2019]s|hows|wheres|(?:(?:for|by|in|since|from|to)\s+)?(?:what|who|whom|where|when|why|how|which)(?=\s+(?:is|was|are|were|did|does|do|can|could|will|would|has|have|had|should|many|much|long|old|far|close|big|often|percent|year|kind|sort|type)\b|\W*$))|(?:is|isnt|was|wasnt|are|arent|were|did|didnt|does|doesnt|can|could|will|would)\s+(?:he|she|they|it|there|the|that|this|those|these|his|her|their|its|any|anyone|anybody|someone)`;

/**
 * Where a message breaks into questions of their own: a sentence's end, and a comma before a clause that
 * asks: one opened by an auxiliary, "what", "how" or "why" (after "so", "and", "like" too), by any question
 * word after "and", "but", "so" ("..., and where did they go?"), or by "who", "which", "where" or "when"
 * with "do" or "did" after it ("..., where do they come from"), or by "from", "since" or "until" before a
 * question word ("..., since when"). Otherwise those four often open a relative
 * clause ("the Broncos' head coach, who was hired after John Fox") or follow a clause setting the time ("When
 * John Fox left, who replaced him?"): no question of its own. A question word inside a sentence ("the mosque
 * which was bombed", "who he was and when he lived") breaks nothing.
 */
const QUESTION_BREAK = new RegExp(
  [
    String.raw`${NOT_A_STOP}\.+(?=\s|$)`,
    String.raw`[?!;]+`,
    String.raw`,(?=\s*${LEAD_WORDS}+(?:${ALWAYS_ASKING}|${ALSO_RELATIVE})\b)`,
    String.raw`,(?=\s*${LEAD_WORDS}*(?:${ALWAYS_ASKING})\b)`,
    String.raw`,(?=\s*(?:${ALSO_RELATIVE})\s+(?:do|does|did|can|could|will|would|should)\b)`,
    // "..., from when exactly do they attack", "..., since when": a preposition before the question word.
    String.raw`,(?=\s*(?:from|since|until|till)\s+(?:when|where|what|which)\b)`,
  ].join('|'),
  'gi',
);

/**
 * A question narrowing the one before it, no question of its own: "where was it, which city", "which mill was
 * damaged, whats it called", "got names?".
 */
const NARROWING = /^(?:(?:and|but|like|or)\s+)*(?:which|what)\s+[a-z]+\W*$|\b(?:names?|called)\b/i;

/** Quotes, Markdown marks and a quote block's ">" around a whole message. */
const WRAPPING = /^[\s>*_~`"'\u201c\u201d\u2018\u2019]+|[\s*_~`"'\u201c\u201d\u2018\u2019]+$/g;

/**
 * A question about someone or something the one before it named ("which attacks did they carry out, and when
 * did they occur?"): the two ask together. Not "do they say": the articles' writers, not the thing asked about.
 */
const FOLLOWING_UP = /\b(?:he|she|they)\b(?!\s+(?:say|said|mention|mentioned|talk|write|wrote)\b)/i;

/**
 * A clause that sets the time or condition of the question after it, no question of its own: "When many
 * people are arrested, what ...", "If the talks fail, who ...". Not "when did it start, ...".
 */
const SUBORDINATE =
  /^\s*(?:when|if|after|before|since|because|while|although|though|once|until|unless)\s+(?!(?:is|was|are|were|did|does|do|can|could|will|would|has|have|had|should)\b)[^?]*,\s*$/i;

/** A topic named for the question after it, no question of its own: "what about syria, who's winning there". */
const TOPIC_FIRST = /^(?:(?:so|and|but|ok|okay)\s+)*what about\b/i;

/**
 * The asker speaking of themselves: "i was reading", "my brother says", "im confused", and as chat drops the
 * "I": "reading the piece about the shrine", "saw something about america".
 */
const FIRST_PERSON =
  /\b(?:i|im|ive|id|ill|my|me|mine|myself)\b|^(?:(?:so|and|but|ok|okay|just)\s+)*(?:reading|read|watching|saw|seen|seeing|heard|hearing)\b/i;

/** A question ending on a word that points back at what was just told ("which group was that?"). */
const POINTING_BACK = /\b(?:that|this|it|those|these)\W*$/i;
/** A yes/no clause putting a guess to "it" or "that": "was it back in may", "or is it the one on church lane". */
const GUESS_AT_ANSWER =
  /^\W*(?:(?:or|and|so)\s+)?(?:is|was|are|were|will|would)\s+(?:it|that|this)\b(?!\s+(?:true|right|correct|still|ever|possible)\b)/i;
/** Most terms of a question that only points back ("which group was that": "group"). */
const MAX_POINTING_TERMS = 2;
/** Most terms of a question that points back too bare to be asked alone ("what was the point of it"). */
const MAX_BARE_POINTING_TERMS = MAX_POINTING_TERMS - 1;
/** Most terms of a question that names nothing ("how many died", "when"), pointing word or not. */
const MAX_BARE_TERMS = 1;
/** A clause that says the question before it again: "like what got bombed", "i mean who did it". */
const REPHRASING = /^\W*(?:like|i\s+mean|as\s+in|or\s+rather|basically|specifically|in\s+other\s+words)\b/iu;
/** A clause ending where a rephrasing starts: "how strong was it, like, what happened to folks". */
const REPHRASED_AFTER = /\b(?:like|i\s+mean|as\s+in|or\s+rather)\W*$/iu;

/** A message this long (in words) may hold a story beside its question; shorter ones are all question. */
export const MIN_STORY_WORDS = 14;

/**
 * The terms of a long message that stand only in the asker's story, outside the clauses that ask (ended by
 * "?" or opened by a question word or an auxiliary). Empty when the message is short, or is all question,
 * or all story. Its names (`specific`) are left out when the question asks "there" or "then".
 */
export function storyTerms(
  text: string,
  tokens: readonly Token[],
  specific: ReadonlySet<string> = new Set(),
): Set<string> {
  if (tokens.length < MIN_STORY_WORDS) return new Set();
  const clauses = clausesOf(text);
  const asking = clauses.filter(({ kind }) => kind !== 'story').map(({ from, to }) => [from, to] as const);
  const anyStory = clauses.some(({ kind }) => kind === 'story');
  if (asking.length === 0 || !anyStory) return new Set();
  const inAsking = (token: Token) => asking.some(([from, to]) => token.start >= from && token.end <= to);
  const asked = new Set(tokens.filter(inAsking).flatMap((token) => (token.term ? [token.term] : [])));
  // "I heard their deals with another group fell apart. Which group was that?": a short question pointing
  // back at the story asks about it; the story's words are the topic.
  if (
    asked.size <= MAX_POINTING_TERMS &&
    asking.every(([from, to]) => POINTING_BACK.test(text.slice(from, to)))
  )
    return new Set();
  // "I heard they hit Karachi too. How many died there?": the place or time told is what is asked about, so
  // the story's names keep their weight.
  const namesAskedAbout = asking.some(([from, to]) => POINTS_TO_TOLD.test(text.slice(from, to)));
  return new Set(
    tokens.flatMap((token) =>
      token.term &&
      !asked.has(token.term) &&
      !inAsking(token) &&
      !(namesAskedAbout && specific.has(token.term))
        ? [token.term]
        : [],
    ),
  );
}

/** A stretch of a message: a clause that asks, the asker's own story, or neither (part of the question). */
interface Clause {
  from: number;
  to: number;
  /** Where the clause's break ends ("?", ", "), so that a clause is written out with its mark. */
  through: number;
  kind: 'asking' | 'story' | 'part';
}

/**
 * A clause that tells, its "I" dropped as chat drops it: an auxiliary straight before a participle ("was
 * packing up in a rush when the clouds came over, ..."), which a question would put its subject between ("was
 * he packing ...").
 */
const SUBJECT_DROPPED =
  /^(?:(?:so|and|but|ok|okay|like|then)\s+)*(?:was|were|am|had|have|has)\s+(?:just\s+|still\s+|only\s+|already\s+)?\p{L}{2,}(?:ing|ed)\b/iu;

/**
 * Question words that also open a relative clause: "everyone who was out". Not before "do", "can", "will": a
 * relative clause asks no help of them ("... harbour fire where do most of the sailors come from").
 */
const RELATIVE_OPENER =
  /^(?:who|whom|whose|which|where|when)\b(?!\s+(?:do|does|did|can|could|will|would|should)\b)/i;

/** A message cut into its clauses (see CLAUSE_BREAK), each marked by what it does. */
function clausesOf(text: string, breaks = CLAUSE_BREAK): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  /** Did the clause begin mid-sentence, at a space ("everyone who was out in that frost")? */
  let midSentence = false;
  const close = (end: number, mark: string) => {
    const clause = text.slice(start, end).trim();
    if (clause.length === 0) return;
    // A clause neither asking nor the asker's story ("If the teacher focuses on order, what ...") is part
    // of the question. "who", "which", "where", "when" inside a sentence that ends without "?" open a
    // relative clause ("nice work everyone who was out in that frost."), no question.
    const relative = midSentence && !mark.includes('?') && RELATIVE_OPENER.test(clause);
    // A relative clause goes on with the clause it hangs from: the asker's story, here.
    const kind = relative
      ? (clauses.at(-1)?.kind ?? 'part')
      : mark.includes('?') || (ASKING_OPENER.test(clause) && !SUBJECT_DROPPED.test(clause))
        ? 'asking'
        : FIRST_PERSON.test(clause)
          ? 'story'
          : 'part';
    clauses.push({ from: start, to: end, through: end + mark.length, kind });
  };
  for (const match of text.matchAll(breaks)) {
    close(match.index, match[0]);
    start = match.index + match[0].length;
    midSentence = match[0].trim() === '';
  }
  close(text.length, '');
  return clauses;
}

/**
 * A message asking two things ("how many were wounded at the shrine? and did the hospitals cope?") or
 * remarking after its question ("how strong was it? sounds terrifying"), one message for each question: the
 * story and the rest before it kept, the other questions and what follows left out, so that the one the
 * articles answer is answered. Empty when the message is its one question.
 */
export function oneQuestionEach(message: string): string[] {
  // Quotes and Markdown around the whole message ("> **...**") belong to neither question.
  const text = message.replace(WRAPPING, '');
  const clauses = clausesOf(text, QUESTION_BREAK).map((clause, at) =>
    at === 0 &&
    (TOPIC_FIRST.test(text.slice(clause.from, clause.to).trim()) ||
      SUBORDINATE.test(text.slice(clause.from, clause.through)))
      ? { ...clause, kind: 'part' as const }
      : clause,
  );
  const asking = clauses.filter(({ kind }) => kind === 'asking');
  const written = ({ from, through }: Clause) => text.slice(from, through).trim();
  if (asking.slice(1).some((clause) => NARROWING.test(written(clause)) || FOLLOWING_UP.test(written(clause))))
    return [];
  const messages = new Set<string>();
  clauses.forEach((kept, at) => {
    if (kept.kind !== 'asking') return;
    // Told after the question, the asker's own words stay ("... ? I should like to know its name"); a
    // question pointing back ("what was the point of it") keeps those before it, which say what "it" is.
    const terms = tokenize(written(kept)).filter(({ term }) => term).length;
    // A question too bare to say what it asks about ("how many died?" after "what happened in the karachi
    // attack") is not asked alone: any passage would answer it. Not a rephrasing of the question before it
    // ("what got bombed, like what was hit"), nor one after words not asking that say what it is about.
    if (
      at > 0 &&
      terms <= MAX_BARE_TERMS &&
      !POINTING_BACK.test(written(kept)) &&
      !REPHRASING.test(written(kept)) &&
      !REPHRASED_AFTER.test(written(clauses[at - 1]!)) &&
      !clauses.some((clause, other) => other < at && clause.kind !== 'asking')
    )
      return;
    // A guess at the answer to the question before it ("when did they last inspect the reservoir, was it back
    // in may?", "where do we go, is it the community centre?"): the guess alone asks of nothing. Not a choice
    // ("and is it temp or perma", "was it 25 goals or something"): that may be asked alone.
    if (at > 0 && GUESS_AT_ANSWER.test(written(kept)) && !/\bor\b/i.test(written(kept))) return;
    const pointsBack = POINTING_BACK.test(written(kept)) && terms <= MAX_BARE_POINTING_TERMS;
    const message = clauses
      .filter((clause, other) =>
        clause.kind === 'asking'
          ? clause === kept || (pointsBack && other < at)
          : other < at || clause.kind === 'story',
      )
      .map(written)
      .join(' ');
    if (message !== text.trim()) messages.add(message);
  });
  return [...messages];
}

/** A question pointing back at the place or time the words before it told: "how many died there". */
export const POINTS_TO_TOLD = /\b(?:there|then)\b/i;

/** Words that point outside their clause: asked alone, it would not say what they stand for. */
const POINTS_OUTSIDE = /\b(?:it|its|he|she|him|his|her|they|them|their|this|that|those|these|there|then)\b/i;

/**
 * The one clause that asks in a message telling the asker's own story around it ("my poli sci prof says IS
 * is weirdly organized. how does sabahat khan describe ...?"), asked alone: the story's words ("prof",
 * "2015", "urs") can sink a question the articles answer. Undefined unless the message is long enough to
 * hold a story, holds one, asks in exactly one clause, and that clause names its own topic (no "it", "he",
 * "that", which the story would explain).
 */
export function questionWithoutStory(message: string): string | undefined {
  const text = message.replace(WRAPPING, '');
  if (tokenize(text).length < MIN_STORY_WORDS) return undefined;
  const clauses = clausesOf(text, QUESTION_BREAK);
  const asking = clauses.filter(({ kind }) => kind === 'asking');
  if (asking.length !== 1) return undefined;
  const at = clauses.indexOf(asking[0]!);
  // A story told after the question often says more of what is asked ("I should like to know its name").
  if (!clauses.slice(0, at).some(({ kind }) => kind === 'story')) return undefined;
  if (clauses.slice(at + 1).some(({ kind }) => kind === 'story')) return undefined;
  const question = text.slice(asking[0]!.from, asking[0]!.through).trim();
  // "that" opening a clause after a noun ("the group that survivor came with") points nowhere; after a
  // preposition ("in that mosque bombing") it points at the story.
  if (
    POINTS_OUTSIDE.test(
      question.replace(
        /(?<!\b(?:in|at|of|on|for|from|with|about|by|to|after|before|during)\s+)\bthat\s+(?=\p{L})/giu,
        '',
      ),
    )
  )
    return undefined;
  return question;
}

/**
 * A second question joined by "and" without a comma (see AND_ASKING), and all after it. With a comma,
 * `oneQuestionEach` cuts it, and keeps together two that ask about one thing ("..., and when did they occur").
 */
const AND_THEN_QUESTION = new RegExp(String.raw`(?<!,)\s+and\s+(?:${AND_ASKING})\b.*$`, 'is');

/**
 * The first of two questions joined by "and": "who did the shrine attack and why", "how bad was the damage
 * and how long will rebuilding take". Only the first is asked alone: the second often points back at it
 * ("and how many died there"), and read alone it answers something else. Undefined when there is no such
 * second question, or nothing stands before it.
 */
export function firstOfTwoQuestions(message: string): string | undefined {
  const text = message.replace(WRAPPING, '');
  const first = text.replace(AND_THEN_QUESTION, '');
  return first !== text && ASKING_OPENER.test(first.trim()) ? first.trim() : undefined;
}
