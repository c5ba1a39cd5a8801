/**
 * Stage 1 of answering: read the question once. Is it askable at all; its words (tokenised once, here);
 * its search terms; and what kind of answer it wants. Nothing here depends on letter case: "HOW MANY DIED"
 * and "how many died" read the same.
 */
import { type Token, tokenize } from '../search/analyzer.js';
import { type QuestionType, questionType } from './answer-type.js';
import { asQuestion } from './keyword-query.js';
import { withoutCourtesies } from './courtesies.js';
import { withoutHedges } from './hedges.js';
import { withNameIs } from './name-is.js';
import { asRequestedQuestion } from './requests.js';
import { withAskedWordInFront, withBlankAsked } from './in-situ.js';
import { withTopicInPlace } from './topic-first.js';
import { asEnglishQuestion } from './roman-urdu.js';
import { withoutPersona } from './persona.js';
import { asRemembered } from './half-remembered.js';
import { withoutSourceDemand } from './source-demand.js';
import { bahasaAsEnglish } from './bahasa.js';
import { banglishAsEnglish } from './banglish.js';
import { portugueseAsEnglish } from './portuguese.js';
import { spanishAsEnglish } from './spanish.js';
import { withStrayWordsGlossed } from './stray-words.js';
import { listedOtherSpelling } from '../search/american-spelling.js';
import { tagalogAsEnglish } from './tagalog.js';
import { withStretchedWordsCut, writeOutShorthand } from './shorthand.js';
import { smallTalk } from './small-talk.js';

export const DEFAULT_MAX_QUESTION_CHARS = 500;

export interface ReadQuestion {
  /** As asked. */
  text: string;
  /** Its words (mentions left out), with their terms (null for stop words). */
  tokens: readonly Token[];
  /** Distinct search terms, in order. */
  terms: string[];
  /** Each term's words as the question writes them, lower-cased ("licensed" for "licens"). */
  surfaces: Map<string, string[]>;
  /** Every word of the question, lower-cased (stop words too): an answer must bring something else. */
  askedWords: ReadonlySet<string>;
  type: QuestionType;
  /** The question's words with chat shorthand written out ("ppl" -> "people"): what is searched. */
  searchText: string;
}

export type QuestionReading =
  | { ok: true; question: ReadQuestion }
  | {
      ok: false;
      message: string;
      /** `small_talk`: a greeting, thanks or a request for help, answered in kind, not a bad question. */
      code?: 'invalid' | 'small_talk';
    };

const HAS_WORD = /[\p{L}\p{N}]/u;
/** Discord mentions (@everyone, @here, <@user>, <@&role>, <#channel>) name people or places to ping, not topics. */
// Typed out as well as Discord's own: "@Citebot what did they exploit" names the bot, not a topic.
const MENTIONS = /(?<![\p{L}\p{N}@.])@[\p{L}\p{N}_.]+(?![\p{L}\p{N}])|<(?:@[!&]?|#)\d+>/giu;
const WORDS = /[\p{L}\p{N}]+/gu;
/**
 * Discord's other markup: custom emoji (`<:pepe:123>`, `<a:wave:123>`), timestamps (`<t:1700000000:R>`), slash
 * command and server-guide mentions (`</ask:123>`, `<id:customize>`): shown as pictures, times or buttons,
 * never words of the question.
 */
const DISCORD_MARKUP = /<a?:\w+:\d+>|<t:-?\d+(?::[tTdDfFR])?>|<\/[\w -]+:\d+>|<id:\w+>/gu;
/**
 * Links: a Markdown link keeps its label ("who bombed the [mosque](https://...)"), a bare address goes; an
 * address is where something is, not what is asked ("http" is no name the articles lack).
 */
const LINKS = /\[([^\]\n]*)\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)|<?\bhttps?:\/\/[^\s>]+>?/giu;

/**
 * Markdown and quotes around a whole message (a quote's "> ", bold, italics, strike-through, spoilers, code),
 * what is left of chat dropped before the question ("hey quick q, ..." leaves ", ..."; "so like what is ..."),
 * and hashtags after it ("... #help").
 */
const EDGE_MARKUP =
  /^(?:[\s>*_~`|,;:."\u201c\u201d-]+|(?:so|and|but|also|anyway|well|right|alright|like)\b)+|[\s*_~`|,;:"\u201c\u201d-]+$|(?:\s+#[\p{L}\p{N}_]+)+\s*$/giu;
/**
 * Markdown inside a message: "ok but **which** group", "what was it meant to *show*", "||spoiler||", "`iskp`":
 * the words stay, the marks go (around the whole message, `EDGE_MARKUP` takes them). Not a lone "_" or "*"
 * (snake_case, "5 * 3").
 */
const INLINE_MARKUP = /(\*\*|__|~~|\|\||\*|`+)(?=\S)([^\n]*?\S)\1/gu;
/** A reaction before the question: "+1", "this ^", "^^ and did the deals work". */
const REACTION =
  /^\s*(?:\+1|\^+\s*this\b|this\s*\^+|\^+|bump\b|ditto\b)[\s,.!:;-]*(?:(?:and|but|also|so)\s+)?/iu;
/** Dots or an ellipsis between words. */
const PAUSE = /([\p{L}\p{N}])(?:\.{2,}|\u2026)\s*(?=[\p{L}\p{N}])/gu;
/**
 * A label before the question: "Q:", "question:", "plz help:", and a quiz's ("trivia time -", "quiz:", "true
 * or false:", "fill in the blank:"): the question, or the claim to check, follows it.
 */
const LABEL =
  /^\W*(?:q|qs|question|help|(?:plz|pls|please)\s+help|(?:(?:pop|quick|bonus|daily)\s+)?(?:quiz|trivia)(?:\s+(?:time|question|q))?|true\s+or\s+false|fill\s+in\s+the\s+blanks?)\s*(?::|[-\u2013\u2014]\s)/iu;
/** What a message may end with past its last word: "??", "...", "?!", emoji. */
const TRAILING = /[\s?!.\u2026\p{Extended_Pictographic}\u{FE0F}\u200d]+$/u;

/**
 * The message without what decorates its edges ("> **whats mosul??** 🤔" reads "whats mosul?"): the
 * question's shapes are read from its first and last words.
 */
function tidyEdges(text: string): string {
  // "how... many died": a trailing-off inside the question is a pause, not the end of a sentence.
  const bare = text.replace(PAUSE, '$1 ').replace(LABEL, '').replace(EDGE_MARKUP, '');
  const end = TRAILING.exec(bare);
  if (!end) return bare;
  return bare.slice(0, end.index) + (end[0].includes('?') ? '?' : '');
}

/** A quoted line ("> ...") and, in Discord, everything after a ">>> ". */
const QUOTED_LINE = /^\s*>\s/u;
const QUOTED_REST = /^\s*>>>\s/u;
/** A question mark or a question word: the lines that ask something. */
const ASKS = /\?|\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b/iu;

/**
 * A reply that quotes another message ("> pretty sure the taliban did it\nnah, who was behind the bombing"):
 * the quoted lines are someone else's words, the question is in the lines that are not quoted. A message
 * that is all quote ("> whats mosul??"), or whose own lines ask nothing while the quote does, is read as typed.
 */
function withoutQuotedLines(text: string): string {
  const lines = text.split('\n');
  const restQuoted = lines.findIndex((line) => QUOTED_REST.test(line));
  const own = lines.filter((line, i) => !(restQuoted >= 0 && i >= restQuoted) && !QUOTED_LINE.test(line));
  const mine = own.join('\n');
  // "> what does the blast prove\nquoting myself bc nobody answered": the quote is the question.
  if (!HAS_WORD.test(mine.replace(MENTIONS, ' ')) || (!ASKS.test(mine) && ASKS.test(text))) return text;
  // "> the bomber was like 30\nnah how old was he actually": "he" is the quote's subject, its claim left out.
  const quoted = lines.find((line) => QUOTED_LINE.test(line) || QUOTED_REST.test(line));
  const subject =
    quoted === undefined ? undefined : QUOTED_SUBJECT.exec(quoted.replace(/^\s*>+\s/u, ''))?.[1];
  return subject === undefined ? mine : mine.replace(PERSONAL_PRONOUN, subject);
}

/** A quote's subject, "the bomber" of "the bomber was like 30": a few words after "the", before its verb. */
const QUOTED_SUBJECT =
  /^\W*((?:the|that|this)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:was|is|were|are|did|does|had|has|got|said|says)\b/iu;
/** The person or thing a reply asks about, by pronoun: "how old was he". */
const PERSONAL_PRONOUN = /\b(?:he|she|they|it|him|her|them)\b/iu;

/**
 * A name spelt out letter by letter, as a phone's voice typing writes it ("the t t p", "i s k p", "the u s"):
 * one word again, in capitals ("TTP", "ISKP", "US"). Not runs of chat's one-letter words alone ("how r u",
 * "y n"): a run joins only with a letter that is no such word.
 */
const SPELT_OUT = /(?<![\p{L}\p{N}'\u2019.-])\p{L}(?:\s\p{L}){1,5}(?![\p{L}\p{N}'\u2019-])/gu;
const ONE_LETTER_WORDS = /^[airuynwckb]$/iu;

/** "isis k", ISIS-K typed without its hyphen: there the lone "k" is the name's, not chat's "ok". */
const NAME_LETTER_APART = /\b(isis|isil|daesh)\s+(k)(?![\p{L}\p{N}'\u2019-])/giu;

function withLettersJoined(text: string): string {
  return text.replace(NAME_LETTER_APART, '$1-$2').replace(SPELT_OUT, (run) => {
    const letters = run.split(' ');
    return letters.every((letter) => ONE_LETTER_WORDS.test(letter)) ? run : letters.join('').toUpperCase();
  });
}

/** What the articles write: a reading keeps as typed the words they use. */
export interface CorpusWords {
  /** Written as a word, a figure or an acronym, not only in a name ("nerf"; not "devs" where only "Dev Shah" is). */
  asWord(word: string): boolean;
  /** Written at all, names included ("Masa Madre"). */
  atAll(word: string): boolean;
}

/**
 * "When do the ringers practise", "were the tyres checked": a word in the British or American spelling the
 * articles do not use, where they write the other ("Practice night", "tires"), is read as they write it. The
 * stems differ, so neither the index nor the vectors join them; the en-GB dictionary knows both as words, so
 * "did you mean" does not either.
 */
function inCorpusSpelling(text: string, corpus?: CorpusWords): string {
  if (!corpus) return text;
  return text.replace(/\p{L}+/gu, (word) => {
    const other = listedOtherSpelling(word.toLowerCase());
    return other !== undefined && !corpus.atAll(word) && corpus.atAll(other) ? other : word;
  });
}

/** What reading a question does to its words, in this order (see the comments in `readQuestion`). */
const READING_STAGES: ReadonlyArray<(text: string, corpus?: CorpusWords) => string> = [
  withLettersJoined,
  withoutPersona,
  (text, corpus) => withStrayWordsGlossed(text, corpus?.atAll),
  inCorpusSpelling,
  asEnglishQuestion,
  tagalogAsEnglish,
  portugueseAsEnglish,
  spanishAsEnglish,
  banglishAsEnglish,
  bahasaAsEnglish,
  withoutCourtesies,
  withoutSourceDemand,
  asRemembered,
  tidyEdges,
  asRequestedQuestion,
  (text, corpus) => writeOutShorthand(text, corpus?.asWord),
  tidyEdges,
  withTopicInPlace,
  withAskedWordInFront,
];

/** Reads a question, or rejects what cannot be searched with a reason fit to show the person who asked. */
export function readQuestion(
  typed: string,
  maxChars = DEFAULT_MAX_QUESTION_CHARS,
  /** What the corpus writes: a community's own shorthand ("nerf") and names ("Masa Madre") are kept as typed. */
  corpus?: CorpusWords,
): QuestionReading {
  const typedLength = typed.trim().length;
  if (typedLength === 0) return { ok: false, message: 'Please type a question: it was empty.' };
  if (typedLength > maxChars) {
    return {
      ok: false,
      message: `That question is ${typedLength} characters long; please keep it under ${maxChars}.`,
    };
  }
  // A word stretched for feeling ("sooo", "diiid") is the word: every later reading, the plan's too, sees it so.
  const text = withStretchedWordsCut(typed);
  const trimmed = text.trim();
  const withoutMentions = withBlankAsked(withoutQuotedLines(trimmed)).replace(MENTIONS, ' ');
  const unmarked = withoutMentions
    .replace(DISCORD_MARKUP, ' ')
    .replace(INLINE_MARKUP, '$2')
    .replace(REACTION, '');
  const unmentioned = unmarked.replace(LINKS, (_, label: string | undefined) => label ?? ' ');
  if (!HAS_WORD.test(unmentioned)) {
    if (withoutMentions !== trimmed)
      return { ok: false, message: 'That only mentions people or channels. Please ask a question in words.' };
    return unmentioned !== unmarked
      ? { ok: false, message: "That is only a link, and I don't open links. Please ask a question in words." }
      : { ok: false, message: 'That has no words I can search for. Please ask a question in words.' };
  }
  const talk = smallTalk(unmentioned);
  if (talk) return { ok: false, message: talk.reply, code: 'small_talk' };
  // Edges tidied before shorthand (its patterns read the question's ends: "did the deals work 🤔") and after
  // (dropped chat leaves its commas: "hey quick q, who ...").
  // A hedge ("do they say when ...") and a search-box query ("police academy attack city") are read as the
  // questions they stand for.
  // A polite message's greeting, thanks and words about the asker go first ("Good afternoon. I am a retired
  // nurse. How many died? Thank you."): only its question is read.
  // A part to play or rules to drop put around the question ("pretend you're a news anchor: ...") is left out.
  // A question typed in Roman Urdu ("shrine pe kitne log mare") is read as the English it asks.
  // A command ("give me the date of ...") is read as the question it stands for, a demand for the source
  // ("where does it say the bomber was a teen") as the claim it doubts, and a half-remembered line ("wasnt
  // there a bit saying the timing wasnt random") as the claim remembered.
  // A question word typed where its answer would stand ("the bomber was how old") is read in front.
  // A topic typed first ("iskp: who leads it?") is put where its pronoun stands.
  const written = READING_STAGES.reduce((text, stage) => stage(text, corpus), unmentioned);
  const words = asQuestion(tidyEdges(withoutHedges(tidyEdges(written))));
  if (!HAS_WORD.test(words)) {
    return {
      ok: false,
      message: 'That is only chat ("lol", "ok"). Ask me a question about the articles, in your own words.',
    };
  }
  const tokens = withNameIs(withoutAuxiliaries(tokenize(words)));
  const terms = [...new Set(tokens.flatMap((token) => (token.term === null ? [] : [token.term])))];
  if (terms.length === 0) {
    return {
      ok: false,
      message:
        'Your question only has very common words. Please add the names or topics you are asking about.',
    };
  }
  return {
    ok: true,
    question: {
      text,
      tokens,
      terms,
      surfaces: surfacesOf(tokens),
      askedWords: questionWords(words),
      type: questionType(words),
      searchText: words,
    },
  };
}

/** Auxiliaries search keeps as words ("the will of the people", "in May") that a question asks with. */
const AUXILIARIES = new Set(['will', 'shall', 'may']);
const QUESTION_WORDS = new Set(['what', 'whats', 'when', 'where', 'who', 'whom', 'why', 'how', 'which']);

/** Words before which "will" is a noun ("the will of the people", "his will", "free will"). */
const BEFORE_NOUN_WILL = new Set(
  'the a an his her their its my our your whose this that free political own good ill last'.split(' '),
);

/**
 * "Will ISIS attack again", "what will they do", "what does O'Driscoll think will happen": the auxiliary only
 * asks, so it is no search term (else "it will take months" answers). "The will of the people" keeps it.
 * "May" only asks when it opens the question ("May I ask ..."); "shall" also after a question word or "and".
 */
function withoutAuxiliaries(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    const word = token.surface.toLowerCase();
    if (!AUXILIARIES.has(word)) return token;
    const before = i === 0 ? undefined : tokens[i - 1]!.surface.toLowerCase();
    return asksOnly(word, before) ? { ...token, term: null } : token;
  });
}

/** Does this auxiliary, after the word `before` (none: it opens the question), only ask? */
function asksOnly(word: string, before: string | undefined): boolean {
  if (before === undefined) return true;
  // "Who may be a teacher" keeps "may": the text says "may" too (and it is a month).
  if (word === 'may') return false;
  if (word === 'will') return !BEFORE_NOUN_WILL.has(before);
  return QUESTION_WORDS.has(before) || before === 'and';
}

/** The words of a text, lower-cased: what an answer must not merely repeat. */
export function questionWords(text: string): ReadonlySet<string> {
  return new Set(text.toLowerCase().match(WORDS) ?? []);
}

function surfacesOf(tokens: readonly Token[]): Map<string, string[]> {
  const surfaces = new Map<string, string[]>();
  for (const { term, surface } of tokens) {
    if (term === null) continue;
    const list = surfaces.get(term) ?? [];
    list.push(surface.toLowerCase());
    surfaces.set(term, list);
  }
  return surfaces;
}

/** Words a question may open with ("who", "is", "can't" ...), chat spellings included ("whats"). */
const QUESTION_OPENERS = new Set(
  (
    'who whom whose what whats when where wheres why which how hows is are was were am do does did can could ' +
    "should would will shall may might must has have had isn't aren't wasn't weren't don't doesn't didn't " +
    "can't couldn't shouldn't wouldn't won't hasn't haven't"
  ).split(' '),
);

/** Opening with a question word is only trusted for a real sentence, not "what" or "how so". */
const MIN_WORDS_WITHOUT_QUESTION_MARK = 3;

/**
 * Is the text phrased as a question, not a remark or a topic lookup ("vitamin D and asthma")? It ends with
 * "?" (closing quotes, brackets and emoji after it allowed) or opens with a question word and runs at least
 * three words. The one rule for both the answer stages and the bot's answer channels.
 */
export function isQuestion(text: string): boolean {
  const trimmed = text.trim();
  if (!/\p{L}/u.test(trimmed)) return false;
  if (/\?[\s"'”’)\]!.\p{Extended_Pictographic}]*$/u.test(trimmed)) return true;
  const words = trimmed
    .replace(/’/g, "'")
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ''));
  return words.length >= MIN_WORDS_WITHOUT_QUESTION_MARK && QUESTION_OPENERS.has(words[0] ?? '');
}
