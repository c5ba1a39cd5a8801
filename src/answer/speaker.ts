/**
 * "What did the US say about the bombing": the answer is what the speaker said, so a sentence of the
 * excerpt's passage must name the speaker beside a word of saying ("Analysts also note ...", "..., Sabahat
 * Khan ... told The Media Line"). A passage that only mentions the US says nothing of what the US said.
 */
import type { Passage } from '../corpus/types.js';
import { analyze, termOf } from '../search/analyzer.js';
import type { ExcerptChoice } from './align.js';
import type { PassageReader } from './passage-reader.js';
import type { QueryPlan } from './query-plan.js';
import { matchTerms } from './term-match.js';

/** Verbs a question asks a speaker's words with ("what did X [say]"). */
const ASKING_VERBS =
  'say says said saying tell tells told telling think thinks thought believe believes believed claim claims ' +
  'claimed comment comments commented argue argues argued warn warns warned suggest suggests suggested ' +
  'write writes wrote written mention mentions mentioned predict predicts predicted';

/**
 * Words an article reports a speaker's words or views with: the asking verbs and their kin. Not "state"
 * nor "report": as nouns ("the United States", "news reports") they say nothing of a speaker.
 */
const REPORTING_WORDS =
  `${ASKING_VERBS} note notes noted add adds added explain explains explained insist insists insisted ` +
  'announce announces announced declare declares declared according assume assumes assumed consider ' +
  'considers considered contend contends contended allege alleges alleged assert asserts asserted conclude ' +
  'concludes concluded propose proposes proposed describe describes described admit admits admitted deny ' +
  'denies denied acknowledge acknowledges acknowledged estimate estimates estimated speculate speculated ' +
  'reply replied respond responded urge urged accuse accused criticize criticized criticise criticised ' +
  'praise praised recommend recommended message messages statement statements quote quoted hold holds held ' +
  'maintain maintains maintained view views opinion opinions position stance';

const REPORTING_TERMS: ReadonlySet<string> = new Set(analyze(REPORTING_WORDS));
/**
 * Words of saying search ignores (stop words, analyzer.ts), so read from the text: "According to Biraben",
 * "Khan said that".
 */
const UNINDEXED_SAYING = /\b(?:according\s+to|said|tell)\b/i;

const VERB = ASKING_VERBS.split(' ').join('|');
/** "what did X say", "what does X think about ...", "what has X told ...". */
const DID_SAY = new RegExp(
  String.raw`^(?:so\s+)?(?:what|wat|wht)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(${VERB})\b`,
);
/**
 * "What statement did X give", "what comments has X made": what X said. @example session 18: dev set h27 +1;
 * chat set, WikiQA tune, SQuAD sample unchanged (SQuAD has no such question).
 */
const STATEMENT_BY =
  /^(?:so\s+)?(?:what|which|wat)\s+(?:statements?|comments?|remarks?|quotes?)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(give|make|made|issue|offer|release|provide)\b/;
/**
 * "What is X's view on ...", "whats X's take on ...": what X said about it. The view word takes the verb's
 * place (group 2), as a word that only says how the question asks.
 */
const VIEW_OF =
  /^(?:so\s+)?(?:what|wat|wht)(?:['\u2019]?s|\s+(?:is|was|are|were))\s+(.+?)['\u2019]s?\s+(views?|opinions?|take|position|stance|thoughts?)\s+(?:on|about|of|regarding)\b/;
/**
 * "what is X saying", "what's X saying", "what X is saying" (as learners of English ask), "what X said about
 * ..." (the last only of a name: see below).
 */
const IS_SAYING = new RegExp(
  String.raw`^(?:so\s+)?(?:what|wat|wht)(?<aux>['\u2019]?s\b|\s+(?:is|was|are|were)\b)?\s*(?<subject>.+?)(?<after>\s+(?:is|was|are|were))?\s+(?<verb>${VERB})\b`,
);
/**
 * "did the US say anything about ...", "has Khan commented on ...": whether X said it is asked, so X must be
 * the one saying it. @example chat set 1,099 -> 1,100 (a trap), WikiQA tune and SQuAD sample unchanged.
 */
const DID_X_SAY = didXVerb(VERB);
/**
 * "did the Taliban condemn the bombing", "has the US responded": whether X answered it, in words. Not "how
 * did X react", which an action answers as often ("dispatched six regiments"). @example chat set 1,287 ->
 * 1,294 (seven traps), WikiQA tune, SQuAD sample and SQuAD's 20 questions with these verbs unchanged.
 */
const REACTING_VERBS = 'react reacts reacted respond responds responded condemn condemns condemned';
const DID_X_REACT = didXVerb(REACTING_VERBS.split(' ').join('|'));

/** "did|has X <verb>": X (group 1) and the verb (group 2), the verb one of `verbs` ("say|said|..."). */
function didXVerb(verbs: string): RegExp {
  return new RegExp(String.raw`^(?:so\s+)?(?:did|does|do|has|have|had)\s+(.+?)\s+(${verbs})\b`);
}
/** Most words a speaker is named with: a longer subject is a clause ("the last episode that X wrote"). */
const MAX_SPEAKER_WORDS = 4;
/** A subject holding one of these is a clause or a question of another form ("what book did Luther write"). */
const CLAUSE_WORD =
  /\b(?:that|which|who|whom|whose|when|where|if|because|to|did|does|do|is|was|are|were|has|have|had)\b/;

/** Events and findings "say" only what they show: "what does the (mosque) blast say about what ISKP wants". */
const EVENT_WORDS =
  'blast blasts bombing bombings attack attacks explosion incident event evidence data study research history';
const EVENTS: ReadonlySet<string> = new Set(EVENT_WORDS.split(' '));

/**
 * Words naming the article itself, no one in particular or no one at all: "what does the article say about
 * ISKP" asks what the text says, which any sentence of it does.
 */
const NOT_A_SPEAKER = new Set(
  (
    'the a an this that these article articles text story stories piece report reports post page document ' +
    'source sources author writer writers it its they them he she you we i people everyone anyone someone ' +
    'media news paper ' +
    // Words for anyone, or any place, that a reader puts before what says who: "the guy from the research
    // place in iraq" is named by "research" and "iraq".
    'guy guys dude bloke lady person place thing outfit ' +
    EVENT_WORDS
  ).split(' '),
);

export interface AskedSpeaker {
  /** The speaker's terms ("us" in "what did the US say about the bombing"). */
  terms: string[];
  /** The term of the verb asking for their words ("say"): any word of saying in the passage answers it. */
  verb: string | null;
  /**
   * Written with no verb before it ("what Khan said"): read as a speaker only when every word of it is a
   * name, since "what journalist wrote ..." asks which journalist.
   */
  bare: boolean;
  /** The terms are the lead-in's, for a pronoun asked after it: only its names are the speaker. */
  fromLeadIn?: boolean;
}

/**
 * Whose words a question asks for, or undefined when it does not ask what someone said. In lower case. The
 * clause that asks may follow a lead-in ("not sure I get it, what did O'Driscoll say about ...").
 */
export function askedSpeaker(question: string): AskedSpeaker | undefined {
  // Apostrophes kept: "o'driscoll" must read as the question's own term for it.
  const q = question.toLowerCase().replace(/\s+/g, ' ').trim();
  const whole = speakerIn(q);
  if (whole) return whole;
  const clause = [...q.matchAll(CLAUSE_START)].at(-1);
  if (!clause) return undefined;
  const asking = q.slice(clause.index + clause[0].length);
  const later = speakerIn(asking);
  if (later) return later;
  // "Sabahat Khan is an analyst. What did he say about ...": "he" is someone the lead-in named; the caller
  // keeps its names.
  const pronoun = speakerIn(asking, true);
  return pronoun ? { ...pronoun, terms: analyze(q.slice(0, clause.index)), fromLeadIn: true } : undefined;
}

/** A break before a clause that may ask what someone said: "..., what did X say" (the last one counts). */
const CLAUSE_START = /[,.;:!?]\s*(?=(?:so\s+)?(?:what|wat|wht|did|does|do|has|have|had)\b)/g;

/** He, she or they as the whole subject: someone named before. */
const PERSONAL_PRONOUN = /^(?:he|she|they)$/;

/** The speaker a clause asks for; with `pronounOnly`, only when the subject is a pronoun (terms empty). */
function speakerIn(q: string, pronounOnly = false): AskedSpeaker | undefined {
  // "did the taliban respond to iskp saying ...": the first verb after the subject is the one asked.
  const did =
    DID_SAY.exec(q) ??
    STATEMENT_BY.exec(q) ??
    VIEW_OF.exec(q) ??
    firstVerb(DID_X_SAY.exec(q), DID_X_REACT.exec(q));
  const saying = did ? undefined : IS_SAYING.exec(q);
  // Not "according to X": what a theory or a person holds is often written without a word of saying
  // ("Luther taught that ..."), and the passage is about them anyway.
  const subject = did?.[1] ?? saying?.groups?.subject;
  const verb = did?.[2] ?? saying?.groups?.verb;
  // "What X is saying", not the passive "what store is thought to be the first".
  if (saying?.groups?.after !== undefined && !verb?.endsWith('ing')) return undefined;
  if (!subject || CLAUSE_WORD.test(subject)) return undefined;
  if (pronounOnly) {
    if (!PERSONAL_PRONOUN.test(subject)) return undefined;
    return { terms: [], verb: verb === undefined ? null : termOf(verb), bare: false };
  }
  // "the islamabad mosque blast": an event named by where it was is no one either.
  if (EVENTS.has(subject.split(' ').at(-1)!)) return undefined;
  const words = subject
    .split(' ')
    // "what did Tesla mistakenly believe": the adverb says how, not who.
    .filter((word) => !NOT_A_SPEAKER.has(word) && !/..ly$/.test(word));
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return undefined;
  const terms = analyze(words.join(' '));
  if (terms.length === 0) return undefined;
  return {
    terms,
    verb: verb === undefined ? null : termOf(verb),
    bare:
      saying !== null &&
      saying !== undefined &&
      saying.groups?.aux === undefined &&
      saying.groups?.after === undefined,
  };
}

/** Of two "did X <verb>" readings, the one with the shorter subject: its verb comes first. */
function firstVerb(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  if (!a || !b) return a ?? b;
  return b[1]!.length < a[1]!.length ? b : a;
}

/** Words for someone who saw an event, as chat names whoever an article quotes about it. */
export const WITNESS_WORDS: ReadonlySet<string> = new Set(
  'witness witnesses eyewitness eyewitnesses survivor survivors onlooker onlookers bystander bystanders'.split(
    ' ',
  ),
);
const WITNESS_TERMS: ReadonlySet<string> = new Set(analyze([...WITNESS_WORDS].join(' ')));
/** A sentence holding a quotation's opening or closing mark. */
const QUOTATION = /["\u201c\u201d]/u;

/** A sentence opening with one of these speaks of someone named before it ("He said that ..."). */
const OPENING_PRONOUN = /^\W*(?:he|she|they|his|her|their)\b/i;

/**
 * Does a sentence of the passage name the question's speaker beside a word of saying, or say it of a
 * pronoun when the speaker was the last one quoted ("Sabahat Khan ... told The Media Line. ... He said
 * that")?
 */
export function speakerSays(
  plan: QueryPlan,
  passage: Passage,
  reader: PassageReader,
  minMatch: number,
  around: ReadonlySet<string> = new Set(),
): boolean {
  const speaker = plan.speaker;
  if (speaker === undefined || speaker.length === 0) return true;
  // "The shrine witness": the words before the speaker's own say which one, and may be said around the quote.
  const head = speaker.length - 1;
  // Whether the last one quoted before this sentence was the speaker: "She added" speaks of them only then.
  let lastQuoted = false;
  return reader.sentences(passage).some((sentence) => {
    if (!sentence.terms.some((term) => REPORTING_TERMS.has(term)) && !UNINDEXED_SAYING.test(sentence.text))
      return false;
    const matches = matchTerms(plan, sentence.termSet, { sentence, found: new Set() });
    const naming = speaker.every(
      (term, i) =>
        (matches.get(term) ?? 0) >= minMatch ||
        (i < head && around.has(term)) ||
        // "The shrine witness": whoever the article quotes about it, named by no word for a witness.
        (i === head && WITNESS_TERMS.has(term) && QUOTATION.test(sentence.text)),
    );
    const says = naming || (lastQuoted && OPENING_PRONOUN.test(sentence.text));
    lastQuoted = says;
    return says;
  });
}

/**
 * "What did Khan say about Afghanistan": what the speaker said must name it. A name the question asks about,
 * besides the speaker's own and another name for the article's subject ("isis" where the title says
 * "Islamic State": a quote calls it "they"), missing from the excerpt means the quote is about something else.
 */
export function speakerTopicUnsaid(
  plan: QueryPlan,
  excerpt: ExcerptChoice,
  titleTerms: readonly string[],
  minMatch: number,
  around: ReadonlySet<string> = new Set(),
): boolean {
  const speaker = plan.speaker;
  if (speaker === undefined || speaker.length === 0) return false;
  const subject = (term: string) =>
    plan.aliases.some(
      (alias) => alias.acronym === term && alias.longForm.every((word) => titleTerms.includes(word)),
    );
  const topic = termOf(SAID_ABOUT.exec(plan.asked)?.[1] ?? '');
  const topicUnsaid =
    topic !== null &&
    !LOOSE_TOPICS.has(topic) &&
    !speaker.includes(topic) &&
    !subject(topic) &&
    (plan.weights.get(topic) ?? 0) > 0 &&
    (excerpt.matches.get(topic) ?? 0) < minMatch;
  return (
    topicUnsaid ||
    [...plan.specific].some(
      (term) =>
        !speaker.includes(term) &&
        !subject(term) &&
        !plan.checked.has(term) &&
        (excerpt.matches.get(term) ?? 0) < minMatch &&
        // "Officials suggest ISKP seized this moment": the moment is the Islamabad attack the sentence before
        // names; a quote pointing back speaks of the name around it.
        !(around.has(term) && POINTING_BACK.test(excerpt.text)),
    )
  );
}

/** A noun pointed back at: "this moment", "these attacks". */
const POINTING_BACK = /\b(?:this|these)\s+\p{L}+/iu;

/**
 * "What did Shehzad say about the bomber": the thing said about, which the quote must speak of, a common
 * word too. Not a word that only places the question ("about what happened"), nor one that only relates
 * what follows ("about the link between ...") or a when ("about the timing": "this moment"). @example
 * session 29: chat set +1, dev set h122 +1 (two traps); SQuAD all 10,570 and blind sets unchanged.
 */
const SAID_ABOUT =
  /\b(?:say|said|says|saying|tell|told|think|thinks|thought)\s+about\s+(?:what\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?([a-z][a-z-]+)/i;
const LOOSE_TOPICS: ReadonlySet<string | null> = new Set(
  'link links connection relationship relation situation thing things stuff matter issue topic timing time'
    .split(' ')
    .map((word) => termOf(word)),
);
