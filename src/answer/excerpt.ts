/**
 * Picking the sentences that answer: every sentence of a candidate passage is scored by the share of the
 * question's (rarity-weighted) terms it holds, how close together they stand, and whether it holds the kind
 * of thing asked for (a number for "how many", a year for "when"...). The best sentence, sometimes with
 * its neighbour, becomes the verbatim excerpt.
 */
import { type Sentence as TextSentence, splitSentences } from '../corpus/sentences.js';
import type { Passage } from '../corpus/types.js';
import { analyze, analyzeAsciiWithOffsets } from '../search/analyzer.js';
import { coverage, coveredTerms, type QueryPlan } from './query-plan.js';
import { hasAnswerShape } from './question.js';

export const EXCERPT_SETTINGS = {
  /** Bonus for question terms standing next to each other in question order (a phrase match). */
  proximityWeight: 0.3,
  /** Bonus when the sentence holds what the question type wants (a number, a date, a name). */
  answerShapeWeight: 0.2,
  /** A neighbouring sentence joins the excerpt when it adds at least this share of the question's weight. */
  neighbourGain: 0.1,
  /** A best sentence shorter than this is too thin to quote alone: its next sentence joins it. */
  minSentenceChars: 50,
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
} as const;

export interface Sentence {
  text: string;
  /** Offsets in the passage text. */
  start: number;
  end: number;
  terms: string[];
  /** `terms` as a set: every question's scoring looks terms up in it, so it is made once, with the sentence. */
  termSet: ReadonlySet<string>;
  /** Its words lower-cased as written (not stemmed), made on first use. */
  words?: ReadonlySet<string>;
}

export interface ExcerptChoice {
  /** Verbatim: passage.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Share of the question's weight held by the excerpt (0..1). */
  coverage: number;
  /** Sentence score: coverage plus proximity and answer-shape bonuses. */
  score: number;
  covered: Set<string>;
}

interface ReadPassage {
  sentences: Sentence[];
  /** Terms of the title and all sentences, made on first use. */
  terms?: ReadonlySet<string>;
  /** The same in order, repeats kept, made on first use. */
  termList?: readonly string[];
}

// Sentence splitting is the costly part of answering; the same passages come back for related questions.
// Keyed by the passage object (a changed file brings new ones); the oldest entries go first when full.
const sentenceCache = new Map<Passage, ReadPassage>();
const SENTENCE_CACHE_LIMIT = 5_000;

function readPassage(passage: Passage): ReadPassage {
  const cached = sentenceCache.get(passage);
  if (cached) return cached;
  const sentences = sentenceTerms(passage.text).map(({ sentence, terms }) => ({
    ...sentence,
    terms,
    termSet: new Set(terms),
  }));
  if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value!);
  const read = { sentences };
  sentenceCache.set(passage, read);
  return read;
}

/**
 * A text's sentences with their terms (`analyze` of each). ASCII text is analysed once and its terms dealt
 * out by offset; other text (or a word across a sentence boundary, which splitting never makes) sentence
 * by sentence.
 */
function sentenceTerms(text: string): Array<{ sentence: TextSentence; terms: string[] }> {
  const sentences = splitSentences(text);
  const whole = analyzeAsciiWithOffsets(text);
  if (whole) {
    const { terms, offsets } = whole;
    const dealt: string[][] = [];
    let k = 0;
    for (const { start, end } of sentences) {
      const first = k;
      while (k < terms.length && offsets[k * 2]! >= start && offsets[k * 2 + 1]! <= end) k++;
      dealt.push(terms.slice(first, k));
    }
    if (k === terms.length) return sentences.map((sentence, i) => ({ sentence, terms: dealt[i]! }));
  }
  return sentences.map((sentence) => ({ sentence, terms: analyze(sentence.text) }));
}

export function sentencesOf(passage: Passage): Sentence[] {
  return readPassage(passage).sentences;
}

/** The terms of a passage's title and sentences (cached with its sentences). */
export function passageTermsOf(passage: Passage): ReadonlySet<string> {
  const read = readPassage(passage);
  read.terms ??= new Set(termsInOrder(passage, read));
  return read.terms;
}

/** The terms of a passage's title and sentences in order, repeats kept (cached with its sentences). */
export function passageTermListOf(passage: Passage): readonly string[] {
  const read = readPassage(passage);
  read.termList ??= [...termsInOrder(passage, read)];
  return read.termList;
}

function* termsInOrder(passage: Passage, read: ReadPassage): Generator<string> {
  yield* analyze(passage.title);
  for (const sentence of read.sentences) yield* sentence.terms;
}

/** Share of adjacent question-term pairs that also stand together (within two words) in the sentence. */
function proximity(plan: QueryPlan, sentence: Sentence): number {
  if (plan.terms.length < 2) return 0;
  // Most sentences hold fewer than two of the question's terms: no pair can stand together.
  let present = 0;
  for (const term of plan.terms) if (sentence.termSet.has(term)) present++;
  if (present < 2) return 0;
  const terms = sentence.terms;
  const positions = new Map<string, number[]>();
  terms.forEach((term, i) => {
    const list = positions.get(term);
    if (list) list.push(i);
    else positions.set(term, [i]);
  });
  let near = 0;
  for (let i = 0; i + 1 < plan.terms.length; i++) {
    const first = positions.get(plan.terms[i]!);
    const second = positions.get(plan.terms[i + 1]!);
    if (first && second && first.some((a) => second.some((b) => b > a && b - a <= 2))) near++;
  }
  return near / (plan.terms.length - 1);
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** Share of the question's weight among covered terms that the sentence holds in the question's own form. */
function exactWordShare(plan: QueryPlan, sentence: Sentence, covered: ReadonlySet<string>): number {
  if (plan.totalWeight === 0) return 0;
  sentence.words ??= new Set(sentence.text.toLowerCase().match(WORD) ?? []);
  let sum = 0;
  for (const term of covered) {
    if (plan.surfaces.get(term)?.some((word) => sentence.words!.has(word)))
      sum += plan.weights.get(term) ?? 0;
  }
  return sum / plan.totalWeight;
}

function scoreSentence(
  plan: QueryPlan,
  sentence: Sentence,
): { score: number; coverage: number; covered: Set<string> } {
  const covered = coveredTerms(plan, sentence.termSet);
  const share = coverage(plan, covered);
  let score = share + EXCERPT_SETTINGS.proximityWeight * proximity(plan, sentence);
  if (share === 0) return { score, coverage: share, covered };
  if (hasAnswerShape(sentence.text, plan.type, plan.askedWords)) score += EXCERPT_SETTINGS.answerShapeWeight;
  score += EXCERPT_SETTINGS.exactWordWeight * exactWordShare(plan, sentence, covered);
  return { score, coverage: share, covered };
}

/** The best one or two consecutive sentences of a passage for a question, or null if none matches. */
export function pickExcerpt(plan: QueryPlan, passage: Passage): ExcerptChoice | null {
  const sentences = sentencesOf(passage);
  let best = -1;
  let bestScore = { score: 0, coverage: 0, covered: new Set<string>() };
  sentences.forEach((sentence, i) => {
    const scored = scoreSentence(plan, sentence);
    if (scored.score > bestScore.score) {
      best = i;
      bestScore = scored;
    }
  });
  if (best < 0) return null;
  let first = best;
  let last = best;
  let covered = bestScore.covered;
  const gainOf = (i: number) => {
    const neighbour = sentences[i];
    if (!neighbour) return { gain: 0, covered };
    const union = new Set([...covered, ...coveredTerms(plan, neighbour.termSet)]);
    return { gain: coverage(plan, union) - coverage(plan, covered), covered: union };
  };
  const next = gainOf(best + 1);
  const previous = gainOf(best - 1);
  const bestText = sentences[best]!.text.trim();
  // A question in the text ("Their ultimate goal?") or a very short sentence is answered by what follows it.
  const needsNext = bestText.endsWith('?') || bestText.length < EXCERPT_SETTINGS.minSentenceChars;
  if (needsNext && sentences[best + 1]) {
    last = best + 1;
    covered = next.covered;
  } else if (next.gain >= EXCERPT_SETTINGS.neighbourGain && next.gain >= previous.gain) {
    last = best + 1;
    covered = next.covered;
  } else if (previous.gain >= EXCERPT_SETTINGS.neighbourGain) {
    first = best - 1;
    covered = previous.covered;
  }
  const start = sentences[first]!.start;
  const end = sentences[last]!.end;
  const raw = passage.text.slice(start, end);
  // Trim surrounding whitespace but keep offsets exact, so the excerpt stays a verbatim substring.
  const leading = raw.length - raw.trimStart().length;
  const trailing = raw.length - raw.trimEnd().length;
  const excerptCoverage = coverage(plan, covered);
  return {
    text: raw.trim(),
    start: start + leading,
    end: end - trailing,
    coverage: excerptCoverage,
    score: bestScore.score + EXCERPT_SETTINGS.neighbourScoreShare * (excerptCoverage - bestScore.coverage),
    covered,
  };
}
