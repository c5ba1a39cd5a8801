/**
 * Stage 4: align the question with each sentence of a candidate passage. A question word matches a
 * sentence word exactly (same term, or an alias), or softly: the nearest word in meaning, by word vectors
 * ("died" ~ "killed"; see term-match.ts). A sentence scores by the share of the
 * question's rarity-weighted words it holds (Yadav, Sharp & Surdeanu 2018, unsupervised alignment), how
 * close they stand, whether they are written as in the question, and whether it holds the kind of thing
 * asked for. The best sentence, sometimes with its neighbour, becomes the verbatim excerpt.
 */
import { givesPurpose } from './purpose-asked.js';
import type { Passage } from '../corpus/types.js';
import { HEADING_MAX_CHARS } from '../corpus/sentences.js';
import { outcomeOfAsked } from './outcome.js';
import { definesThing } from './answer-type.js';
import { termOf } from '../search/analyzer.js';
import { otherWordings } from './said-otherwise.js';
import type { PassageReader, ReadSentence } from './passage-reader.js';
import type { QueryPlan } from './query-plan.js';
import { answerShape, requiredShape } from './answer-shape.js';
import { concludesFromBefore, givesCause } from './reason-given.js';
import { matchedShare, type Matches, matchSentence, type SoftScan, writtenWords } from './term-match.js';
import type { WrittenWords } from './written-words.js';

export const EXCERPT_SETTINGS = {
  /** Bonus for question terms standing next to each other in question order (a phrase match). */
  proximityWeight: 0.3,
  /** Bonus when the sentence holds what the question type wants (a name for "who", "where"). */
  answerShapeWeight: 0.2,
  /**
   * The same for a question only a number or date answers ("how many", "when"): a sentence without one
   * cannot answer, however many words it shares. @example 0.6 rather than 0.2: WikiQA tune excerpt +2
   * questions, SQuAD tune-sample excerpt +0.004.
   */
  requiredShapeWeight: 0.6,
  /**
   * The same for a why-question and a sentence giving a cause ("The reason it took so long is that ..."): a
   * cause answers, in whatever words the question named the thing. @example session 60, 0.4 rather than 0.2
   * (0.3: +1, 0.5: +4, 0.6: +5 with twice the changes, 1: -3): dev sets +7 -2.
   */
  causeShapeWeight: 0.4,
  /**
   * Strength at which a sentence holding the shape asked holds the words asked with ("cost" by "£385",
   * "percent" by "23%"): as a near synonym, for a sum may be another thing's (a fine for "what did the chains
   * cost").
   */
  shapeTermStrength: 0.7,
  /** A neighbouring sentence joins the excerpt when it adds at least this share of the question's weight. */
  neighbourGain: 0.1,
  /**
   * A neighbouring sentence scoring at least this share of the best one's score is quoted with it (0: never):
   * when two sentences side by side are nearly tied, the answer is as likely in either. @example 0.7: chat
   * set +3, WikiQA tune excerpt 74 -> 76 (check 58 -> 60), SQuAD all 0.7710 -> 0.7789; no decision changes.
   */
  runnerUpShare: 0.7,
  /**
   * A neighbouring sentence scoring at least this share of the best one's score is shown with the excerpt, though
   * the decision reads the excerpt without it (0: never): on articles no rule was written for, the answer is
   * often the sentence beside the one sharing the question's words ("The site has room for 52 pitches" after the
   * one naming the new site). @example session 49, 0.3: dev sets (sixth to tenth six) 377 -> 387 of 996, the
   * 397 232 -> 235, seed chat set 15,276 -> 15,297, SQuAD excerpt 8,297 -> 8,376, blind sets 46 -> 49 of 200;
   * no decision changes; excerpts answered are longer (mean 181 -> 208 characters; 0.15: 227, for +3 more).
   * Decided on, such a neighbour made traps answered (0.3: seed chat set traps -16). @example session 65, 0.3 ->
   * 0.15 ("how much quicker are exports": "That is roughly a 2.8x speed-up" after the sentence timing them):
   * dev sets (4,574 questions) +10, seed chat set +5, no decision changes; mean excerpt answered 163 -> 166
   * characters on the dev sets, 174 -> 181 on the seed set (0.1: dev +11, two fewer answered).
   */
  shownNeighbourShare: 0.15,
  /**
   * A best sentence shorter than this is too thin to quote alone: its next sentence joins it ("The pressure
   * of the blast was so strong, people were blown away." and what people did next). @example 70 rather than
   * 50: chat set +1, SQuAD guard sample 796 -> 797, all 10,570 0.7692 -> 0.7696; WikiQA unchanged.
   */
  minSentenceChars: 70,
  /**
   * Bonus for the share of the question's weight whose words stand in the sentence exactly as the question
   * writes them ("licensed" for "licensed", not only "licensing"): stems merge forms, the exact form is the
   * stronger sign. @example 0.5 moved SQuAD recall@1 +0.4 points and excerpt-holds-answer +0.5.
   */
  exactWordWeight: 0.5,
  /**
   * How much of the weight a neighbouring sentence adds to the excerpt counts in its score (the answer is
   * sometimes split across two sentences: "He was born in Smiljan. The village lies in Lika.").
   * @example 0.5 moved SQuAD recall@1 +0.2 points.
   */
  neighbourScoreShare: 0.5,
  /**
   * Bonus, for "what is X", for a sentence saying what X is ("Mosul, Iraq's second largest city") rather
   * than one that only names it. @example 0.3: chat set +1 ("whats mosul"), WikiQA tune unchanged.
   */
  definitionWeight: 0.3,
  /**
   * Bonus, when choosing among a passage's sentences, for the article's first sentence: articles say what
   * matters most first (an encyclopedia's lead defines its subject, a news story's lead says what happened).
   * Not counted when passages are ranked against each other. @example 0.2: WikiQA tune excerpt 0.520 ->
   * 0.543, F1 0.359 -> 0.377; chat set and SQuAD tune sample unchanged (0.1: +0; 0.3: +1).
   */
  leadWeight: 0.2,
  /**
   * Bonus for a heading among the opening lines (first three sentences) of an article's first passage, in
   * choosing among its sentences and in ranking passages, when a question asks what the headline says
   * (`headlineAsked`). @example session 19, 0.5 (0.3 and 1 the same; 0: off): chat set 2,082 -> 2,083, dev
   * +1; WikiQA tune, SQuAD sample and SQuAD's 25 right headline / title questions unchanged. Session 33, 1
   * (with the subheading read as speaking of the headline's names though it says none of the question's
   * words): chat set +2 against 0.5 (+1 at 0.5; 2 the same as 1); every other set and SQuAD unchanged.
   */
  headlineWeight: 1,
  /**
   * Bonus, for "what did the survivor say about the blast", for a sentence that quotes someone. @example
   * session 18, with "say" read as only how such a question asks (query-plan.ts): chat set 1,548 -> 1,550,
   * dev set h24 +1; WikiQA tune, SQuAD sample and SQuAD's 52 "what did X say" questions unchanged (0.4: same).
   */
  quoteWeight: 0.2,
  /**
   * Bonus, for "how did pakistan's gamble turn out", for a sentence saying how something ended ("has
   * backfired", "have failed"; outcome.ts).
   */
  outcomeWeight: 0.5,
  /**
   * A short title names its article's subject ("Mary Matalin", "Apollo program"), which every sentence of
   * the article speaks of ("She is married to James Carville."): in a sentence that matches any of the
   * question, the title's words count as said at this strength. A headline (a longer title) names no one
   * subject, so the seed articles are untouched. @example 0.8: WikiQA tune excerpt 0.535 -> 0.551, F1 0.385
   * -> 0.393; SQuAD recall@1 0.832 -> 0.835, excerpt 0.765 -> 0.767 (CI guard sample 798 -> 796); chat set
   * unchanged. Counted when choosing only (not ranking): SQuAD sample 795, WikiQA tune 0.543.
   */
  subjectStrength: 0.8,
  /** Most words a title may have to name the article's subject. */
  maxSubjectTitleWords: 4,
  /**
   * A sentence opening with a pronoun ("Their ultimate goal? ...", "He said that ...") speaks of a name said
   * before it in its passage: in such a sentence that matches any of the question, the question's names said
   * earlier in the passage count as said at this strength. @example 0.8: SQuAD tune sample 767 -> 769, guard
   * sample 795 -> 796, all 10,570 0.7688 -> 0.7692; WikiQA tune no-answer quoted 97 -> 95; chat set
   * unchanged (any pronoun, not only an opening one: chat set -2; every question word, not only names: SQuAD
   * samples -1 / -2).
   */
  pronounStrength: 0.8,
  /**
   * Penalty, for "where did X come from", for a sentence where X itself follows "from": there X is where
   * something else came from ("Islamic State emerged from al-Qa'ida"), not what came from somewhere.
   * @example 0.3 (0.6 the same): chat set 616 -> 618 of 726; WikiQA both halves and SQuAD all unchanged.
   */
  sourceNotAskedWeight: 0.3,
  /**
   * Bonus, for a claim checked by its figure ("did 52 people die at the shrine"), for a sentence that gives
   * that figure ("The attack killed at least 52"): the figure weighs little in the question (another
   * figure may refute the claim), so a sentence with a commoner word ("killed more than 60 people") won.
   */
  checkedFigureWeight: 0.3,
} as const;

export interface ExcerptChoice {
  /** Verbatim: passage.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Share of the question's weight held by the excerpt (0..1), soft matches counted at their strength. */
  coverage: number;
  /**
   * The excerpt with a neighbouring sentence nearly as good, verbatim, when there is one (`shownNeighbourShare`):
   * what the answer quotes; `text` is what it is decided on.
   */
  shown?: string;
  /** Sentence score: coverage plus proximity and answer-shape bonuses. */
  score: number;
  /** Own terms matched exactly (or through an alias). */
  covered: Set<string>;
  /** Every own term's match strength in the excerpt. */
  matches: Matches;
  /** Corpus terms that stood in for question words (soft matches): shown in bold like the rest. */
  softTerms: ReadonlySet<string>;
  /**
   * How surely the excerpt holds the kind of thing the question asks for (0..1): 1 for a date for "when";
   * for "how many", a number beside what is counted, at that word's match strength.
   */
  shape: number;
}

/** The verbatim text of a passage from one sentence's start to another's end, trimmed. */
function shownSpan(text: string, from: ReadSentence, to: ReadSentence): string {
  return text.slice(from.start, to.end).trim();
}

/**
 * A copy of a sentence's matches, entry by entry: `new Map(map)` walks it through the iterator protocol, an
 * entry pair and a result object made per entry (several copies a candidate).
 */
function copyOf(matches: Matches): Matches {
  const copy: Matches = new Map();
  matches.forEach((strength, term) => copy.set(term, strength));
  return copy;
}

function union(a: Matches, b: Matches): Matches {
  const merged = copyOf(a);
  b.forEach((strength, term) => merged.set(term, Math.max(strength, merged.get(term) ?? 0)));
  return merged;
}

/**
 * Share of adjacent question-term pairs that also stand together (within two words) in the sentence.
 * `present`: the plan's terms the sentence's passage holds.
 */
function proximity(plan: QueryPlan, sentence: ReadSentence, present: readonly string[]): number {
  if (plan.terms.length < 2 || present.length < 2) return 0;
  // Most sentences hold fewer than two of the question's terms: no pair can stand together.
  let held = 0;
  for (const term of present) if (sentence.termSet.has(term)) held++;
  if (held < 2) return 0;
  // Each pair looked for in place (the first term, the second one or two words after it): a map of every
  // term's positions per sentence was a tenth of an answer's garbage at 100k passages.
  const terms = sentence.terms;
  let near = 0;
  for (let i = 0; i + 1 < plan.terms.length; i++) {
    if (standsBefore(terms, plan.terms[i]!, plan.terms[i + 1]!)) near++;
  }
  return near / (plan.terms.length - 1);
}

/** Whether `second` stands one or two words after some `first` in `terms`. */
function standsBefore(terms: readonly string[], first: string, second: string): boolean {
  for (let a = 0; a + 1 < terms.length; a++) {
    if (terms[a] !== first) continue;
    if (terms[a + 1] === second || (a + 2 < terms.length && terms[a + 2] === second)) return true;
  }
  return false;
}

/** Share of the question's weight among exactly matched terms that the sentence holds in the question's form. */
function exactWordShare(plan: QueryPlan, sentence: ReadSentence, matches: Matches): number {
  if (plan.totalWeight === 0) return 0;
  summing.plan = plan;
  summing.words = writtenWords(sentence);
  summing.sum = 0;
  matches.forEach(addExactWord);
  return summing.sum / plan.totalWeight;
}

/**
 * What the sums below are over, for callbacks made once (not closures made for each sentence and candidate,
 * where they were a few KB of garbage a question at 100k passages). Read only during one sum: none calls
 * another.
 */
const summing: { plan: QueryPlan | undefined; words: WrittenWords | undefined; other: Matches; sum: number } =
  {
    plan: undefined,
    words: undefined,
    other: new Map(),
    sum: 0,
  };

function addExactWord(strength: number, term: string): void {
  const surfaces = strength >= 1 ? summing.plan!.surfaces.get(term) : undefined;
  if (!surfaces) return;
  const words = summing.words!;
  for (const word of surfaces) {
    if (words.has(word)) {
      summing.sum += summing.plan!.weights.get(term) ?? 0;
      return;
    }
  }
}

/** No soft terms: shared by the sentences that find none (most). */
const NO_TERMS: ReadonlySet<string> = new Set<string>();

interface ScoredSentence {
  score: number;
  coverage: number;
  matches: Matches;
  softTerms: ReadonlySet<string>;
  shape: number;
  /** `matches` before the title's and an earlier name's words were counted: what a neighbour adds. */
  own: Matches;
}

function scoreSentence(
  plan: QueryPlan,
  sentence: ReadSentence,
  present: readonly string[],
  subject: readonly string[] = [],
  said: readonly string[] = [],
  speakers: ReadonlyMap<string, number> = NO_SPEAKERS,
  subjectAlone = false,
): ScoredSentence {
  const soft: SoftScan = { sentence, found: undefined, present };
  // NO_MATCHES when the sentence matches nothing: then nothing below writes to it (every write needs a match).
  const own = matchSentence(plan, soft);
  const softTerms = soft.found ?? NO_TERMS;
  // The sentence's own matches stay as they are (copied only when words are added): a neighbour's gain
  // reads them, where matching the sentence again cost a fifth of sentence matching.
  // Names said before that this sentence lacks, looked for only when it opens with a pronoun and matched:
  // a list filtered for every sentence was most of the passage loop's garbage.
  // Inside a quotation, only its speaker is carried: "Pakistan" said before is no subject of it.
  const carried = speakers.size > 0 ? [...speakers.keys()] : said;
  const carriedHere =
    carried.length > 0 &&
    own.size > 0 &&
    (speakers.size > 0 || OPENING_PRONOUN.test(sentence.text) || PERSON_PRONOUN.test(sentence.text)) &&
    !holdsAll(sentence, carried);
  // A subheading asked about by the headline ("why is IS hitting pakistan per the headline": "Group looking
  // for attention ...") speaks of the headline's names though it says none of the question's words.
  const withSubject = subject.length > 0 && (own.size > 0 || subjectAlone);
  let matches = withSubject || carriedHere ? copyOf(own) : own;
  if (withSubject) {
    for (const term of subject)
      matches.set(term, Math.max(EXCERPT_SETTINGS.subjectStrength, matches.get(term) ?? 0));
  }
  if (carriedHere) {
    for (const term of carried) {
      if (sentence.termSet.has(term)) continue;
      // Never stronger than where the speaker was named ("o'driscol" matched "O'Driscoll" at 0.7 there).
      const strength = Math.min(EXCERPT_SETTINGS.pronounStrength, speakers.get(term) ?? 1);
      matches.set(term, Math.max(strength, matches.get(term) ?? 0));
    }
  }
  let share = matchedShare(plan, matches);
  let score = share + EXCERPT_SETTINGS.proximityWeight * proximity(plan, sentence, present);
  if (share === 0) return { score, coverage: share, matches, softTerms, shape: 0, own };
  const shape = answerShape(plan, sentence);
  // A sum says "money" and "cost", a share "percent": the words asked with are held where the shape is.
  if (shape >= SHAPE_HELD && plan.shapeTerms.length > 0) {
    matches = heldAsShape(matches, own, plan.shapeTerms);
    const withShape = matchedShare(plan, matches);
    score += withShape - share;
    share = withShape;
  }
  // "Max stuff per visit?": "a maximum of two items" holds the limit asked (said-otherwise.ts).
  for (const { terms, said } of otherWordings(plan)) {
    if (!said.test(sentence.text)) continue;
    matches = heldAsShape(matches, own, terms);
    const withWording = matchedShare(plan, matches);
    score += withWording - share;
    share = withWording;
  }
  const shapeWeight = requiredShape(plan)
    ? EXCERPT_SETTINGS.requiredShapeWeight
    : plan.causeAsked
      ? EXCERPT_SETTINGS.causeShapeWeight
      : EXCERPT_SETTINGS.answerShapeWeight;
  score += shapeWeight * shape;
  // The sentence lower-cased is kept with its written words.
  if (
    plan.defined &&
    definesThing(sentence.text, plan.defined, writtenWords(sentence).text, plan.definedStarts)
  )
    score += EXCERPT_SETTINGS.definitionWeight;
  score += EXCERPT_SETTINGS.exactWordWeight * exactWordShare(plan, sentence, matches);
  if (plan.originAsked && nameIsSource(plan, sentence)) score -= EXCERPT_SETTINGS.sourceNotAskedWeight;
  if (plan.quoteAsked && QUOTED.test(sentence.text)) score += EXCERPT_SETTINGS.quoteWeight;
  if (outcomeOfAsked(plan, sentence.text, matches)) score += EXCERPT_SETTINGS.outcomeWeight;
  score += EXCERPT_SETTINGS.checkedFigureWeight * checkedFigureNearness(plan, sentence);
  return { score, coverage: share, matches, softTerms, shape, own };
}

/**
 * `matches` with `terms` held at `shapeTermStrength` (at least), copied first if it is still the sentence's own
 * set (which a neighbour's gain reads unchanged).
 */
function heldAsShape(matches: Matches, own: Matches, terms: readonly string[]): Matches {
  const held = matches === own ? copyOf(own) : matches;
  for (const term of terms) held.set(term, Math.max(EXCERPT_SETTINGS.shapeTermStrength, held.get(term) ?? 0));
  return held;
}

/**
 * How near the sentence comes to a figure the question checks, 1 for the figure itself ("did 52 die": "killed at
 * least 52"), less for one near it ("did we sell around 800 seats": "we sold 712 tickets", not "sold out all 180
 * seats"), 0 for none within half or twice it. A guess names the figure asked about, if not its value.
 * @example session 67, near figures: dev sets +5 -1 (a narrower excerpt lost the word "tour"); seed chat set
 * unchanged.
 */
function checkedFigureNearness(plan: QueryPlan, sentence: ReadSentence): number {
  let nearest = 0;
  for (const term of plan.checked) {
    if (!/^\d/.test(term)) continue;
    if (sentence.termSet.has(term)) return 1;
    const guessed = Number(term.replace(/,/g, ''));
    // Not a release or a small number ("lumen 3", "win 7"): those name things, they guess no count.
    if (!Number.isFinite(guessed) || guessed < 10 || YEAR_LIKE.test(term)) continue;
    for (const written of sentence.text.match(FIGURE) ?? []) {
      const figure = Number(written.replace(/,/g, ''));
      if (!(figure > 0) || YEAR_LIKE.test(written)) continue;
      nearest = Math.max(nearest, 1 - Math.abs(Math.log(figure / guessed)) / Math.LN2);
    }
  }
  return Math.max(0, nearest);
}

/** A figure as written: "1,150", "712", "2.5". */
const FIGURE = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/g;
/** A year, not a count: 1800 to 2099 written without a comma. */
const YEAR_LIKE = /^(?:18|19|20)\d\d$/;

/** Does a question's name stand right after "from" in the sentence ("emerged from al-Qa'ida")? */
function nameIsSource(plan: QueryPlan, sentence: ReadSentence): boolean {
  const words = writtenWords(sentence).text.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'from') continue;
    const next = words[i + 1] === 'the' ? words[i + 2] : words[i + 1];
    const term = next === undefined ? null : termOf(next);
    if (term !== null && plan.specific.has(term)) return true;
  }
  return false;
}

/** Whether the sentence holds every one of the terms. */
function holdsAll(sentence: ReadSentence, terms: readonly string[]): boolean {
  for (const term of terms) if (!sentence.termSet.has(term)) return false;
  return true;
}

/** A sentence that quotes someone: it opens or closes a quotation. */
const QUOTED = /^\W*["\u201c]|["\u201d]/u;

const OPENING_PRONOUN = /^\W*(?:he|she|it|its|they|their|his|her)\b/i;
/**
 * Narrower than OPENING_PRONOUN: a subject pronoun opening a sentence, for the thing or person the one before
 * spoke of, whose figure it gives ("It rises 1,874 metres", `shapedNeighbour`).
 */
const CARRIES_SUBJECT = /^\s*(?:It|She|He|They)\s/;
/** A sentence opening on someone said before: "He had promised to shave off his beard ...". */
const REFERS_TO_PERSON = /^\s*(?:She|He|They)\s/;
/** A sentence saying who it was instead: "That was our events lead, Gareth Moss", "It was Priya who ...". */
const NAMES_INSTEAD = /^\s*(?:That|It)\s+was\s+(?:\p{Ll}+,?\s+){0,4}\p{Lu}/u;
/** A sentence saying someone did not do it: "she wasn't involved", "did not arbitrate", "not him". */
const NEGATED = /\b(?:not|never)\b|n['\u2019]t\b/i;
/**
 * "Club officials said later that he had been taken to hospital": a person said before, spoken of by a
 * pronoun inside the sentence (not "it" or "they", which refer to anything).
 */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her)\b/i;
/** A sentence opening a quotation. */
const OPENING_QUOTE = /^\s*\u201c/u;

const NO_SPEAKERS: ReadonlyMap<string, number> = new Map();

/** The names standing after a sentence's closing quotation mark: those it quotes ("...,” Sabahat Khan said). */
function quotedSpeakers(text: string, names: readonly string[]): string[] {
  const close = text.lastIndexOf('\u201d');
  if (close < 0 || names.length === 0) return [];
  const after = text.slice(close + 1).match(/[\p{L}\p{N}'\u2019]+/gu) ?? [];
  const terms = new Set(after.map((word) => termOf(word.toLowerCase())));
  return names.filter((name) => terms.has(name));
}

/** Whether a quotation is open after the sentence: curly marks say which way; the last one decides. */
function quoteStillOpen(text: string, open: boolean): boolean {
  const lastOpen = text.lastIndexOf('\u201c');
  const lastClose = text.lastIndexOf('\u201d');
  if (lastOpen < 0 && lastClose < 0) return open;
  return lastOpen > lastClose;
}

/**
 * The question's terms a short title names as the article's subject (none for a headline). The title's terms
 * come from the reader, which keeps them by title: each candidate used to analyse its title again.
 */
function subjectTerms(plan: QueryPlan, passage: Passage, reader: PassageReader): string[] {
  const words = reader.titleWordCount(passage);
  if (words === 0 || words > EXCERPT_SETTINGS.maxSubjectTitleWords) return [];
  const title = reader.titleTerms(passage);
  return plan.terms.filter((term) => title.includes(term));
}

/**
 * The question's names a headline holds (a name the question gives by an alias counts when the headline
 * holds its long form: "IS" for "Islamic State Attack in Pakistan"), with the short title's subject terms.
 * @example session 31: see `pickExcerpt`.
 */
function headlineNames(
  plan: QueryPlan,
  passage: Passage,
  reader: PassageReader,
  subject: readonly string[],
): readonly string[] {
  const title = reader.titleTerms(passage);
  const names = plan.terms.filter(
    (term) =>
      !subject.includes(term) &&
      ((plan.specific.has(term) && title.includes(term)) ||
        plan.aliases.some(
          (alias) =>
            alias.acronym === term &&
            alias.longForm.length > 0 &&
            alias.longForm.every((part) => title.includes(part)),
        )),
  );
  return names.length === 0 ? subject : [...subject, ...names];
}

/** A sentence that goes on about what the one before said: "The trustees agreed this ...", "That was because". */
const POINTS_BACK =
  /\b(?:this|that|these|it|they|the\s+(?:change|rise|increase|decision|move|cut)|the\s+(?:main\s+|real\s+|chief\s+|biggest\s+)?reason)\b/i;

/**
 * The neighbour that holds the sum, count, date or name asked when the best sentence does not, and shares a
 * question word or is pointed at by a pronoun: "Our junior coaching sessions start again on Thursday March 5 ...
 * They are led by Kate Ferris ... and cost £3 a session" for "how much are junior coaching sessions". The next
 * one first, except for the one naming whom the best sentence calls "he" or "she".
 */
function shapedNeighbour(
  plan: QueryPlan,
  best: ScoredSentence,
  scores: readonly ScoredSentence[],
  at: number,
  /** Whether the next sentence, and the best one, open a list item (`opensListItem`). */
  across: { next: boolean; previous: boolean },
  sentences: readonly ReadSentence[],
): number | undefined {
  // "Was the mayor the one who organised the dog show": "... but she wasn't involved in organising it. That was
  // our events lead, Gareth Moss, and his team." A denial's next sentence says who or what it was instead.
  const after = sentences[at + 1];
  if (after && !across.next && NAMES_INSTEAD.test(after.text) && NEGATED.test(sentences[at]!.text))
    return at + 1;
  // "Why is the fare going up": "From 1 July the fare goes up to 55p ... The trustees agreed this at their meeting
  // on 14 April, mainly because parking charges ... have gone up": the next sentence, pointing back, gives why.
  if (
    plan.causeAsked &&
    best.shape < SHAPE_HELD &&
    after &&
    !across.next &&
    POINTS_BACK.test(after.text) &&
    givesCause(after.text)
  )
    return at + 1;
  // "What are they spending the prize money on": "... collect prize money of £3,000 ... Chairman Lorna Keyes said
  // the money would go towards a new roller": the next sentence says where it goes.
  if (plan.purposeAsked && best.shape < SHAPE_HELD && after && !across.next && givesPurpose(after.text))
    return at + 1;
  // "How come Tolly and Briarwick aren't raiding on Thursday": "... they both work nights. That's why Tolly and
  // Briarwick sit out Thursday.": a sentence drawing the conclusion leaves the cause to the one before.
  const before = sentences[at - 1];
  if (plan.causeAsked && before && !across.previous && concludesFromBefore(sentences[at]!.text))
    return at - 1;
  if (best.shape >= SHAPE_HELD) return undefined;
  // "Who got his beard shaved off": "Declan Hurst returned for a special breakfast show. He had promised to
  // shave off his beard ...": the best sentence speaks of someone by a pronoun, the one before names them.
  // (Not the next sentence's name: "It was cleaned and dressed by our first aider, ..." names another.)
  if (
    (plan.type === 'person' || plan.type === 'place') &&
    before &&
    !across.previous &&
    REFERS_TO_PERSON.test(sentences[at]!.text) &&
    answerShape(plan, before) >= SHAPE_HELD
  )
    return at - 1;
  if (!requiredShape(plan)) return undefined;
  // The next sentence going on about the best one's subject by a pronoun holds its figures: "Teraki is a
  // shield volcano ... It rises 1,874 metres above sea level" for "how tall is teraki".
  // (Its shape is read here: a sentence sharing no question word is scored without one.)
  const next = sentences[at + 1];
  if (next && !across.next && CARRIES_SUBJECT.test(next.text) && answerShape(plan, next) >= SHAPE_HELD)
    return at + 1;
  if (!(plan.money || plan.type === 'count')) return undefined;
  // Otherwise only a sum or a count: a neighbour's date or age is as often another thing's ("A teenage
  // suicide bomber" beside the shrine asked the age of).
  if (plan.age) return undefined;
  for (const i of [at + 1, at - 1]) {
    const neighbour = scores[i];
    // A list item is another item's: "- Coral Fang: ... It still costs 2,100 gold." is no price of the
    // "- Tidebreaker Greatsword" after it.
    const acrossItems = i > at ? across.next : across.previous;
    if (neighbour && neighbour.shape >= SHAPE_HELD && neighbour.own.size > 0 && !acrossItems) return i;
    // One that shares no question word still answers when it counts just what is asked ("That one was free
    // and about 120 people came" after the launch asked about).
    const sentence = sentences[i];
    if (plan.type === 'count' && !plan.measure && neighbour?.coverage === 0 && sentence && !acrossItems)
      if (answerShape(plan, sentence) >= 1) return i;
    // Nor does the next one pricing what the best one tells of ("... the insurers wanted an asbestos survey ...
    // The survey came back clear (it cost £380)"): a sum of its own, pointed back at.
    if (plan.money && i === at + 1 && neighbour?.coverage === 0 && sentence && !acrossItems)
      if (PRICES_WHAT_CAME_BEFORE.test(sentence.text) && answerShape(plan, sentence) >= 1) return i;
  }
  return undefined;
}

/** "It cost £380", "which came to £1,200": a price of a thing said before. */
const PRICES_WHAT_CAME_BEFORE = /\b(?:it|this|that|which)\s+(?:cost|costs|came\s+to|comes\s+to)\b/i;

/**
 * A sentence that tells of a question readers asked ("Several people have asked why the Mill Lane culvert
 * blocked so quickly.", "PixelPete asked whether there's a hidden level.") answers nothing itself: the next
 * sentence does, or says it is not known ("Honestly, we can't say yet."). @example session 50: quoted with the
 * next sentence, eleventh six +2 traps declined; seed chat set, SQuAD, the 397 unchanged.
 */
const REPORTED_QUESTION =
  /\b(?:have|has|had|['\u2019]ve)\s+(?:also\s+)?(?:asked|been\s+asking|wondered|been\s+wondering|queried|enquired|inquired)\s+(?:(?:us|me|the\s+committee)\s+)?(?:why|whether|if|how|when|where|what|who|which|about)\b|^(?:[-*]\s+)?(?:\S+\s+){0,3}asked\s+(?:why|whether|if|how|when|where|what|who|which|about)\b/i;

/** Does the sentence open an item of a list ("- Kelpie Lantern: ...", "2. The gold ...")? */
function opensListItem(sentence: ReadSentence | undefined): boolean {
  return sentence !== undefined && /^\s*(?:[-*\u2022]|\d{1,2}[.)])\s/.test(sentence.text);
}

/** The answer shape at which a sentence holds what is asked (as decide.ts's `minShape`). */
const SHAPE_HELD = 0.4;

/** What a neighbouring sentence (if any; as scored) would add to the best one's matches. */
function neighbourGain(plan: QueryPlan, neighbour: ScoredSentence | undefined, matches: Matches): number {
  if (!neighbour) return 0;
  return unionShare(plan, matches, neighbour.own) - matchedShare(plan, matches);
}

/**
 * `matchedShare` of `union(a, b)`, summed in the same order (a's terms, then b's others), without making the
 * union: both neighbours' gains are asked of every candidate, and at most one is joined.
 */
function unionShare(plan: QueryPlan, a: Matches, b: Matches): number {
  if (plan.totalWeight === 0) return 0;
  summing.plan = plan;
  summing.sum = 0;
  summing.other = b;
  a.forEach(addJoined);
  summing.other = a;
  b.forEach(addOthers);
  return summing.sum / plan.totalWeight;
}

/** A term of the first sentence's matches, at the stronger of its two matches. */
function addJoined(strength: number, term: string): void {
  const other = summing.other.get(term);
  summing.sum +=
    (summing.plan!.weights.get(term) ?? 0) * (other === undefined ? strength : Math.max(other, strength));
}

/** A term of the second sentence's matches that the first lacks. */
function addOthers(strength: number, term: string): void {
  if (!summing.other.has(term)) summing.sum += (summing.plan!.weights.get(term) ?? 0) * Math.max(strength, 0);
}

/** The best sentence's soft terms, then a joined neighbour's (a new set only when it has some). */
function withSoftTerms(
  best: ReadonlySet<string>,
  neighbour: ScoredSentence | undefined,
): ReadonlySet<string> {
  if (!neighbour || neighbour.softTerms.size === 0) return best;
  const joined = new Set(best);
  neighbour.softTerms.forEach((term) => joined.add(term));
  return joined;
}

/** The best sentence's matches with a neighbour's (if it was scored) joined. */
function joinedMatches(matches: Matches, neighbour: ScoredSentence | undefined): Matches {
  return neighbour ? union(matches, neighbour.own) : matches;
}

/**
 * The first sentence of the quotation that `sentence` closes without opening: itself when it opens its own
 * quote, or the sentence before it (at most two back, within the excerpt's length) where the quote opened.
 */
function quoteOpening(sentences: readonly ReadSentence[], sentence: number, last: number): number {
  const text = sentences[sentence]!.text;
  // Curly quotes only: a straight one does not say whether it opens or closes.
  const closing = text.indexOf('”');
  if (closing < 0 || text.slice(0, closing).includes('“')) return sentence;
  for (let i = sentence - 1; i >= Math.max(0, sentence - 2); i--) {
    const before = sentences[i]!.text;
    if (before.includes('”')) return sentence;
    if (before.includes('“')) return last - i < 3 ? i : sentence;
  }
  return sentence;
}

const NO_TERMS_LIST: readonly string[] = [];

/** The excerpt's exact terms with those its section's heading says. */
function withHeadingTerms(exact: Set<string>, heading: readonly string[]): Set<string> {
  for (const term of heading) exact.add(term);
  return exact;
}

/** The terms matched at full strength (no pairs and lists made: asked of every candidate). */
function exactTerms(matches: Matches): Set<string> {
  const exact = new Set<string>();
  matches.forEach((strength, term) => {
    if (strength >= 1) exact.add(term);
  });
  return exact;
}

/**
 * Does a sentence open with a heading, a line with no closing punctuation ("Group looking for attention as
 * it loses ground in Iraq and Syria" before the story's first sentence)?
 */
export function opensWithHeading(text: string): boolean {
  return /^[^\n]*[^.!?:;,"'\u201d\u2019\s][ \t]*\r?\n/u.test(text.trimStart());
}

/** Does the question ask for a date, a count, a sum or a measure (not a name: a heading may hold one)? */
function asksFigure(plan: QueryPlan): boolean {
  return plan.type === 'date' || plan.type === 'count' || plan.money || plan.measure;
}

/** A Markdown heading line ("# Title", "## Money raised"). */
const MARKDOWN_HEADING = /^\s*#{1,6}\s+\S[^\n]*$/;

/**
 * A plain-text heading ("7. Complaint about the Ashworth Cup final" over a minute's paragraph, "NEW STALL
 * RULES"): a short line of its own (line breaks before and after it; as long as the sentence splitter lets a
 * heading be), with no closing punctuation nor comma. A byline ("From Helen Marsh, Market Manager, on behalf
 * of ...") names who wrote, not what follows.
 */
function isPlainHeading(text: string, sentence: ReadSentence): boolean {
  return (
    (sentence.start === 0 || text.charCodeAt(sentence.start - 1) === 10) &&
    text.charCodeAt(sentence.end) === 10 &&
    sentence.text.length <= HEADING_MAX_CHARS &&
    !sentence.text.includes(',') &&
    isHeadingLine(sentence.text)
  );
}

/** Is a sentence a heading line of its own, with no closing punctuation? */
function isHeadingLine(text: string): boolean {
  return !/[.!?:;,"'\u201d\u2019)\]]\s*$/u.test(text) && !text.includes('\n');
}

/** The best one or two consecutive sentences of a passage for a question, or null if none matches. */
export function pickExcerpt(plan: QueryPlan, passage: Passage, reader: PassageReader): ExcerptChoice | null {
  const sentences = reader.sentences(passage);
  // The question's words the passage holds: the only ones its sentences can hold. Those are not looked for
  // by meaning in its sentences (the sentence that says one wins anyway; soft matching is the costly part).
  const passageTerms = reader.terms(passage);
  const present = plan.terms.filter((term) => passageTerms.has(term));
  // The same for the question's names, in their order.
  const presentNames: string[] = [];
  plan.specific.forEach((term) => {
    if (passageTerms.has(term)) presentNames.push(term);
  });
  // An acronym the articles define ("ISKP") names something though the dictionary cannot tell: "Their
  // ultimate goal?" after "ISKP" speaks of ISKP. @example chat set 1,103 -> 1,104; WikiQA tune, SQuAD sample
  // unchanged.
  for (const alias of plan.aliases) {
    const acronym = alias.acronym;
    if (plan.terms.includes(acronym) && passageTerms.has(acronym) && !presentNames.includes(acronym))
      presentNames.push(acronym);
  }
  const subject = subjectTerms(plan, passage, reader);
  let best = -1;
  let bestScore: ScoredSentence | undefined;
  let bestChoice = 0;
  // The question's names said so far in the passage, for sentences that refer back to them.
  const said: string[] = [];
  const scores: ScoredSentence[] = [];
  // Whether a quotation opened in an earlier sentence is still open, and the question's names that
  // earlier quotations were put in the mouth of ("...,” Reuven Ehrlich ... told the Media Line).
  // (Most passages quote no one: then none of this is looked at.)
  const quotes = passage.text.includes('\u201c');
  let quoteOpen = false;
  const speakers = new Map<string, number>();
  // The subject with the question's words the passage's headings so far hold (made anew only at a heading).
  let headedSubject: readonly string[] = subject;
  // The question's words the latest heading says, and those of the heading over the best sentence: written in
  // its section's heading, they anchor the sentence as its own words would ("3. Summer fair" over "The fair
  // will be held on Saturday 21 June" dates the summer fair).
  let heading: readonly string[] = NO_TERMS_LIST;
  let bestHeading: readonly string[] = NO_TERMS_LIST;
  // A loop, not forEach: a closure would keep these variables in a context made for every candidate.
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    // A quotation going on after its speaker was named ("... Ehrlich told the Media Line. “It is important
    // ... At the same time, their main effort is in Iraq and Syria.”") is still that speaker's.
    const quoted = quotes && (quoteOpen || OPENING_QUOTE.test(sentence.text));
    // A subheading under the headline ("Group looking for attention as it loses ground") speaks of the
    // headline's names ("Islamic State Attack in Pakistan ...") as a pronoun speaks of a name before it.
    // @example session 31: chat set 7,834 -> 7,836 (+5 -3: two "where has IS been losing ground" now quote
    // the subheading's "loses ground in Iraq and Syria"), dev set h145 +1; blind sets, SQuAD all unchanged.
    const underHeadline =
      passage.index === 1 && i < 3 && (opensWithHeading(sentence.text) || isHeadingLine(sentence.text));
    const about = underHeadline ? headlineNames(plan, passage, reader, subject) : headedSubject;
    const scored = scoreSentence(
      plan,
      sentence,
      present,
      about,
      said,
      quoted ? speakers : NO_SPEAKERS,
      underHeadline && plan.headlineAsked,
    );
    scores.push(scored);
    if (quotes) {
      quoteOpen = quoteStillOpen(sentence.text, quoteOpen);
      for (const term of quotedSpeakers(sentence.text, presentNames))
        if (!speakers.has(term)) speakers.set(term, scored.own.get(term) ?? 0);
    }
    for (const term of presentNames) if (sentence.termSet.has(term) && !said.includes(term)) said.push(term);
    const lead =
      // A lead without the figure or cause asked for opens the article, it answers nothing ("Thank you to everyone
      // who came out ... one of our best-attended days" before "43 people walked on the day").
      passage.index !== 1 ||
      scored.coverage === 0 ||
      ((asksFigure(plan) || plan.causeAsked) && scored.shape < SHAPE_HELD)
        ? 0
        : (i === 0 ? EXCERPT_SETTINGS.leadWeight : 0) +
          (plan.headlineAsked && i < 3 && opensWithHeading(sentence.text)
            ? EXCERPT_SETTINGS.headlineWeight
            : 0);
    // A Markdown heading ("## Money raised", "# Brindle 3.0.0 release notes") names what the sentences under
    // it speak of: its words count as theirs, though only where they say something of the question too
    // (`scoreSentence`). It is no answer itself where a figure or a date is asked.
    const plainHeading = isPlainHeading(passage.text, sentence);
    if (plainHeading || MARKDOWN_HEADING.test(sentence.text)) {
      const held = plan.terms.filter((term) => sentence.termSet.has(term) && !headedSubject.includes(term));
      if (held.length > 0) headedSubject = [...headedSubject, ...held];
      // Only a plain-text heading's (until session 51 it was read as the opening words of the sentence under it).
      heading = plainHeading ? plan.terms.filter((term) => sentence.termSet.has(term)) : NO_TERMS_LIST;
      if (asksFigure(plan) && scored.shape < SHAPE_HELD) continue;
    }
    if (scored.score + lead > bestChoice) {
      best = i;
      bestScore = scored;
      bestChoice = scored.score + lead;
      bestHeading = heading;
    }
  }
  if (best < 0 || !bestScore) return null;
  let first = best;
  let last = best;
  let matches = bestScore.matches;
  // The best sentence's own set (never written to after its scan) unless a neighbour joined adds some.
  let softTerms = bestScore.softTerms;
  const nextGain = neighbourGain(plan, scores[best + 1], matches);
  const previousGain = neighbourGain(plan, scores[best - 1], matches);
  const bestText = sentences[best]!.text.trim();
  let joined: ReadSentence | undefined;
  /** A neighbour shown with the excerpt but not decided on (`shownNeighbourShare`). */
  let shown: number | undefined;
  // A question in the text ("Their ultimate goal?") or a very short sentence is answered by what follows it.
  const needsNext =
    bestText.endsWith('?') ||
    bestText.length < EXCERPT_SETTINGS.minSentenceChars ||
    REPORTED_QUESTION.test(bestText);
  // A neighbour across the start of a list item speaks of another item (`opensListItem`).
  const nextAcross = opensListItem(sentences[best + 1]);
  const previousAcross = opensListItem(sentences[best]);
  const shapedBeside = shapedNeighbour(
    plan,
    bestScore,
    scores,
    best,
    { next: nextAcross, previous: previousAcross },
    sentences,
  );
  if (
    (needsNext && sentences[best + 1] && shapedBeside !== best - 1) ||
    shapedBeside === best + 1 ||
    (shapedBeside === undefined &&
      !nextAcross &&
      nextGain >= EXCERPT_SETTINGS.neighbourGain &&
      nextGain >= previousGain)
  ) {
    last = best + 1;
    matches = joinedMatches(matches, scores[last]);
    joined = sentences[last];
    softTerms = withSoftTerms(softTerms, scores[last]);
  } else if (
    shapedBeside === best - 1 ||
    (!previousAcross && previousGain >= EXCERPT_SETTINGS.neighbourGain)
  ) {
    first = best - 1;
    matches = joinedMatches(matches, scores[first]);
    joined = sentences[first];
    softTerms = withSoftTerms(softTerms, scores[first]);
  } else if (EXCERPT_SETTINGS.runnerUpShare > 0) {
    // A neighbour that scores almost as well may be the answer instead: quoted too, but not counted in
    // the excerpt's score (it adds no question word the best one lacks), so the decision is the best one's.
    const runnerUp = EXCERPT_SETTINGS.runnerUpShare * bestScore.score;
    const shownUp = EXCERPT_SETTINGS.shownNeighbourShare * bestScore.score;
    const nextScore = scores[best + 1]?.score ?? 0;
    const previousScore = scores[best - 1]?.score ?? 0;
    // The better-scoring neighbour (the next one on a tie), never one across the start of a list item.
    const side =
      !nextAcross && nextScore > 0 && nextScore >= previousScore
        ? 1
        : !previousAcross && previousScore > 0
          ? -1
          : 0;
    const sideScore = side === 1 ? nextScore : previousScore;
    if (side !== 0 && sideScore >= runnerUp) {
      if (side === 1) last = best + 1;
      else first = best - 1;
    } else if (side !== 0 && sideScore >= shownUp) shown = best + side;
  }
  // "What did X say": a quotation that began a sentence or more before the one naming X is quoted from where
  // it opens ("The pressure of the blast was so strong ... ,” Shehzad ... told the AFP").
  if (plan.speaker && first === best) first = quoteOpening(sentences, best, last);
  const start = sentences[first]!.start;
  const end = sentences[last]!.end;
  // Two sentences at most: none beside a quotation opened earlier ("What did X say").
  const shownText =
    shown === undefined || first !== last
      ? undefined
      : shownSpan(passage.text, sentences[Math.min(shown, best)]!, sentences[Math.max(shown, best)]!);
  const raw = passage.text.slice(start, end);
  // Trim surrounding whitespace but keep offsets exact, so the excerpt stays a verbatim substring.
  const leading = raw.length - raw.trimStart().length;
  const trailing = raw.length - raw.trimEnd().length;
  const excerptCoverage = matchedShare(plan, matches);
  // Under a heading the best sentence opens with ("3. Summer fair" above "Claire reported ..."), the
  // runner-up quoted after it gives its figure or date too ("The fair will be held on Saturday 21 June").
  const runnerShape =
    !joined && last === best + 1 && opensWithHeading(bestText) ? (scores[last]?.shape ?? 0) : 0;
  const shape = Math.max(bestScore.shape, joined ? answerShape(plan, joined) : 0, runnerShape);
  return {
    text: raw.trim(),
    start: start + leading,
    end: end - trailing,
    ...(shownText === undefined ? {} : { shown: shownText }),
    coverage: excerptCoverage,
    score: bestScore.score + EXCERPT_SETTINGS.neighbourScoreShare * (excerptCoverage - bestScore.coverage),
    covered: withHeadingTerms(exactTerms(matches), bestHeading),
    matches,
    softTerms,
    shape,
  };
}
