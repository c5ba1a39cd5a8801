/**
 * Stage 4: align the question with each sentence of a candidate passage. A question word matches a
 * sentence word exactly (same term, or an alias), or softly: the nearest word in meaning, by word vectors
 * ("died" ~ "killed"), counted at its cosine times `softMatchWeight`. A sentence scores by the share of the
 * question's rarity-weighted words it holds (Yadav, Sharp & Surdeanu 2018, unsupervised alignment), how
 * close they stand, whether they are written as in the question, and whether it holds the kind of thing
 * asked for. The best sentence, sometimes with its neighbour, becomes the verbatim excerpt.
 */
import type { Passage } from '../corpus/types.js';
import {
  hasAgeWord,
  hasAnswerShape,
  hasDuration,
  hasMeasure,
  hasMoney,
  isNumberTerm,
  REQUIRED_SHAPES,
} from './answer-type.js';
import type { PassageReader, Sentence } from './passage-reader.js';
import { coveredTerms, type QueryPlan } from './query-plan.js';
import type { Relatedness } from './relatedness.js';

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
  /** A soft match counts its squared cosine times this: a related word is weaker evidence than the word. */
  softMatchWeight: 1,
  /** Least cosine for a soft match: below it words are merely on the same topic. */
  minSoftCosine: 0.6,
  /**
   * Words commoner than this (rank in English) match only exactly: the vectors of "want", "say" or "make"
   * sit near dozens of others ("want" ~ "hoping" 0.78), so their nearest word in any sentence scores high.
   * @example 250 rather than 500 ("died" is the 263rd): chat set 111 -> 113, SQuAD excerpt +0.009 (1,000).
   */
  minSoftRank: 250,
  /**
   * Match strength of a WordNet synonym (first two senses) that the vectors place apart ("hurt" ~ "wounded"
   * 0.48): as a soft match of cosine 0.7. @example chat set +1, SQuAD tune sample excerpt +0.006.
   */
  synonymStrength: 0.5,
  /** Least cosine for a WordNet synonym to count: "die" ~ "dice" is a synonym only in a rare sense. */
  minSynonymCosine: 0.3,
} as const;

/** How well each of the question's own terms is matched in a text: 1 exactly, less for a related word. */
export type Matches = Map<string, number>;

export interface ExcerptChoice {
  /** Verbatim: passage.text.slice(start, end). */
  text: string;
  start: number;
  end: number;
  /** Share of the question's weight held by the excerpt (0..1), soft matches counted at their strength. */
  coverage: number;
  /** Sentence score: coverage plus proximity and answer-shape bonuses. */
  score: number;
  /** Own terms matched exactly (or through an alias). */
  covered: Set<string>;
  /** Every own term's match strength in the excerpt. */
  matches: Matches;
  /** Corpus terms that stood in for question words (soft matches): shown in bold like the rest. */
  softTerms: Set<string>;
  /**
   * How surely the excerpt holds the kind of thing the question asks for (0..1): 1 for a date for "when";
   * for "how many", a number beside what is counted, at that word's match strength.
   */
  shape: number;
}

/** Each own term's match in a set of text terms: exact (1), through an alias (1), or soft (cosine-based). */
export function matchTerms(
  plan: QueryPlan,
  textTerms: ReadonlySet<string>,
  soft?: { sentence: Sentence; found: Set<string>; skip?: ReadonlySet<string> },
): Matches {
  const matches: Matches = new Map();
  for (const term of coveredTerms(plan, textTerms)) matches.set(term, 1);
  const relatedness = plan.relatedness;
  if (!relatedness || !soft) return matches;
  for (const term of plan.terms) {
    if (matches.has(term) || soft.skip?.has(term) || !relatedness.has(term)) continue;
    if (plan.specific.has(term)) {
      // A name matches softly only through its near-spellings in the corpus ("pakistani" -> "pakistan").
      const near = plan.related.get(term)?.find(({ term: other }) => textTerms.has(other));
      if (near) {
        matches.set(term, softStrength(near.cosine));
        soft.found.add(near.term);
      }
      continue;
    }
    if ((relatedness.frequencyRank(term) ?? 0) < EXCERPT_SETTINGS.minSoftRank) continue;
    const synonym = synonymIn(relatedness, term, textTerms);
    if (synonym) {
      matches.set(term, EXCERPT_SETTINGS.synonymStrength);
      soft.found.add(synonym);
    }
    // By vector row, computed once per sentence: hashing each term pair's strings cost a fifth of an answer.
    const ids = (soft.sentence.vectorIds ??= Int32Array.from(soft.sentence.terms, (t) =>
      relatedness.termId(t),
    ));
    const own = relatedness.termId(term);
    let best = 0;
    let bestAt = -1;
    for (let i = 0; i < ids.length; i++) {
      if (ids[i]! < 0) continue;
      const cosine = cachedCosine(plan, relatedness, own, ids[i]!);
      if (cosine > best) {
        best = cosine;
        bestAt = i;
      }
    }
    const bestTerm = soft.sentence.terms[bestAt] ?? '';
    if (softStrength(best) > (matches.get(term) ?? 0)) {
      matches.set(term, softStrength(best));
      soft.found.add(bestTerm);
    }
  }
  return matches;
}

/** A cosine between two vector rows, remembered for the question (its words meet the same words again). */
function cachedCosine(plan: QueryPlan, relatedness: Relatedness, a: number, b: number): number {
  const cache = (plan.cosines ??= new Map());
  const key = a * 0x100000 + b;
  let cosine = cache.get(key);
  if (cosine === undefined) {
    cosine = relatedness.cosineById(a, b);
    cache.set(key, cosine);
  }
  return cosine;
}

/** Share of the question's weight its matches carry (0..1). */
export function matchedShare(plan: QueryPlan, matches: Matches): number {
  if (plan.totalWeight === 0) return 0;
  let sum = 0;
  for (const [term, strength] of matches) sum += (plan.weights.get(term) ?? 0) * strength;
  return sum / plan.totalWeight;
}

function union(a: Matches, b: Matches): Matches {
  const merged = new Map(a);
  for (const [term, strength] of b) merged.set(term, Math.max(strength, merged.get(term) ?? 0));
  return merged;
}

/** Share of adjacent question-term pairs that also stand together (within two words) in the sentence. */
function proximity(plan: QueryPlan, sentence: Sentence): number {
  if (plan.terms.length < 2) return 0;
  // Most sentences hold fewer than two of the question's terms: no pair can stand together.
  let present = 0;
  for (const term of plan.terms) if (sentence.termSet.has(term)) present++;
  if (present < 2) return 0;
  const positions = new Map<string, number[]>();
  sentence.terms.forEach((term, i) => {
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

/** Share of the question's weight among exactly matched terms that the sentence holds in the question's form. */
function exactWordShare(plan: QueryPlan, sentence: Sentence, matches: Matches): number {
  if (plan.totalWeight === 0) return 0;
  sentence.words ??= new Set(sentence.text.toLowerCase().match(WORD) ?? []);
  let sum = 0;
  for (const [term, strength] of matches) {
    if (strength < 1) continue;
    if (plan.surfaces.get(term)?.some((word) => sentence.words!.has(word)))
      sum += plan.weights.get(term) ?? 0;
  }
  return sum / plan.totalWeight;
}

/**
 * Words between a verb and the number it counts ("killed [at least] 52", "wounded [nearly] 100"), as search
 * terms (stop words such as "at", "than" and "more" are already gone).
 */
const QUANTIFIERS = new Set([
  'least',
  'near',
  'over',
  'around',
  'almost',
  'approxim',
  'rough',
  'some',
  'estim',
  'total',
  'toll',
]);

/** Verbs that say a count ("numbered", "totalled", "stood at"), as search terms. */
const COUNTING_VERBS = new Set(['number', 'total', 'reach', 'stood', 'stand', 'amount', 'count']);

/**
 * Positions of the words a number counts: the one to three after it ("178 Vivienne Westwood costumes") ("hundreds of worshippers", "90 claimed
 * attacks"), and the one before it, past quantifiers ("killed at least 52"), but not a word that merely
 * stands before it ("the blast occurred as hundreds ...").
 */
function countedPositions(terms: readonly string[], i: number): number[] {
  const positions = [i + 1, i + 2, i + 3].filter((j) => j < terms.length);
  let j = i - 1;
  while (j >= 0 && QUANTIFIERS.has(terms[j]!)) j--;
  if (j >= 0) positions.push(j);
  // "The quokka colony numbered forty-two", "the death toll stood at 52": what the verb's subject counts.
  if (j >= 0 && COUNTING_VERBS.has(terms[j]!)) positions.push(...[j - 1, j - 2].filter((k) => k >= 0));
  return positions;
}

/**
 * Does the sentence hold what the question asks for? A measure wants a number with a unit; a count wants a
 * number standing near what is counted ("how many died": "killed at least 52", not "hundreds of
 * worshippers"); other types their shape anywhere in the sentence.
 */
function answerShape(plan: QueryPlan, sentence: Sentence): number {
  if (plan.money) return hasMoney(sentence.text) ? 1 : 0;
  if (plan.measure) {
    const lasted = plan.askedWords.has('long') && hasDuration(sentence.text);
    return lasted || hasMeasure(sentence.text, plan.askedWords) ? 1 : 0;
  }
  if (plan.age && hasAgeWord(sentence.text)) return 1;
  if (plan.type !== 'count' || plan.countFocus.length === 0)
    return hasAnswerShape(sentence.text, plan.type, plan.askedWords) ? 1 : 0;
  const terms = sentence.terms;
  let best = 0;
  terms.forEach((term, i) => {
    if (!isNumberTerm(term) || plan.askedWords.has(term)) return;
    for (const j of countedPositions(terms, i)) {
      for (const focus of plan.countFocus) best = Math.max(best, meaningMatch(plan, focus, terms[j]!));
    }
  });
  return best;
}

/** Can the question only be answered by a number, a date, a measure or a sum of money? */
export function requiredShape(plan: QueryPlan): boolean {
  return plan.measure || plan.money || REQUIRED_SHAPES.has(plan.type);
}

/** How well a text term stands for a question term: 1 itself or an alias, else its soft-match strength. */
function meaningMatch(plan: QueryPlan, questionTerm: string, textTerm: string): number {
  if (questionTerm === textTerm) return 1;
  if (plan.aliases.some((a) => a.acronym === textTerm && a.longForm.includes(questionTerm))) return 1;
  const relatedness = plan.relatedness;
  if (!relatedness) return 0;
  const strength = softStrength(relatedness.cosine(questionTerm, textTerm));
  const synonym = synonymIn(relatedness, questionTerm, new Set([textTerm])) !== undefined;
  return synonym ? Math.max(strength, EXCERPT_SETTINGS.synonymStrength) : strength;
}

/**
 * A WordNet synonym of a question term among a text's terms ("wounded" for "hurt", cosine 0.48: the vectors
 * alone miss it), if its vectors are not far apart: a synonym in a rare sense ("die" ~ "dice") is no match.
 */
function synonymIn(
  relatedness: Relatedness,
  term: string,
  textTerms: ReadonlySet<string>,
): string | undefined {
  return relatedness
    .synonyms(term)
    .find(
      (other) => textTerms.has(other) && relatedness.cosine(term, other) >= EXCERPT_SETTINGS.minSynonymCosine,
    );
}

/**
 * A soft match's strength from its cosine: 0 below `minSoftCosine`, else the cosine squared, so
 * near-synonyms (injured/wounded 0.84 -> 0.70) stay well above mere relatives (injured/killed 0.72 -> 0.51).
 */
function softStrength(cosine: number): number {
  return cosine >= EXCERPT_SETTINGS.minSoftCosine ? EXCERPT_SETTINGS.softMatchWeight * cosine * cosine : 0;
}

interface ScoredSentence {
  score: number;
  coverage: number;
  matches: Matches;
  softTerms: Set<string>;
  shape: number;
}

function scoreSentence(plan: QueryPlan, sentence: Sentence, skip: ReadonlySet<string>): ScoredSentence {
  const softTerms = new Set<string>();
  const matches = matchTerms(plan, sentence.termSet, { sentence, found: softTerms, skip });
  const share = matchedShare(plan, matches);
  let score = share + EXCERPT_SETTINGS.proximityWeight * proximity(plan, sentence);
  if (share === 0) return { score, coverage: share, matches, softTerms, shape: 0 };
  const shape = answerShape(plan, sentence);
  const shapeWeight = requiredShape(plan)
    ? EXCERPT_SETTINGS.requiredShapeWeight
    : EXCERPT_SETTINGS.answerShapeWeight;
  score += shapeWeight * shape;
  score += EXCERPT_SETTINGS.exactWordWeight * exactWordShare(plan, sentence, matches);
  return { score, coverage: share, matches, softTerms, shape };
}

/** The best one or two consecutive sentences of a passage for a question, or null if none matches. */
export function pickExcerpt(plan: QueryPlan, passage: Passage, reader: PassageReader): ExcerptChoice | null {
  const sentences = reader.sentences(passage);
  // A question word the passage holds as it is is not looked for by meaning in its sentences: the sentence
  // that says it wins anyway, and soft matching is the costly part of scoring.
  const passageTerms = reader.terms(passage);
  const skip = new Set(plan.terms.filter((term) => passageTerms.has(term)));
  let best = -1;
  let bestScore: ScoredSentence | undefined;
  sentences.forEach((sentence, i) => {
    const scored = scoreSentence(plan, sentence, skip);
    if (scored.score > (bestScore?.score ?? 0)) {
      best = i;
      bestScore = scored;
    }
  });
  if (best < 0 || !bestScore) return null;
  let first = best;
  let last = best;
  let matches = bestScore.matches;
  const softTerms = new Set(bestScore.softTerms);
  const share = (m: Matches) => matchedShare(plan, m);
  const gainOf = (i: number) => {
    const neighbour = sentences[i];
    if (!neighbour) return { gain: 0, matches, soft: new Set<string>() };
    const soft = new Set<string>();
    const merged = union(
      matches,
      matchTerms(plan, neighbour.termSet, { sentence: neighbour, found: soft, skip }),
    );
    return { gain: share(merged) - share(matches), matches: merged, soft };
  };
  const next = gainOf(best + 1);
  const previous = gainOf(best - 1);
  const bestText = sentences[best]!.text.trim();
  let joined: Sentence | undefined;
  // A question in the text ("Their ultimate goal?") or a very short sentence is answered by what follows it.
  const needsNext = bestText.endsWith('?') || bestText.length < EXCERPT_SETTINGS.minSentenceChars;
  if (
    (needsNext && sentences[best + 1]) ||
    (next.gain >= EXCERPT_SETTINGS.neighbourGain && next.gain >= previous.gain)
  ) {
    last = best + 1;
    matches = next.matches;
    joined = sentences[last];
    for (const term of next.soft) softTerms.add(term);
  } else if (previous.gain >= EXCERPT_SETTINGS.neighbourGain) {
    first = best - 1;
    matches = previous.matches;
    joined = sentences[first];
    for (const term of previous.soft) softTerms.add(term);
  }
  const start = sentences[first]!.start;
  const end = sentences[last]!.end;
  const raw = passage.text.slice(start, end);
  // Trim surrounding whitespace but keep offsets exact, so the excerpt stays a verbatim substring.
  const leading = raw.length - raw.trimStart().length;
  const trailing = raw.length - raw.trimEnd().length;
  const excerptCoverage = share(matches);
  const shape = Math.max(bestScore.shape, joined ? answerShape(plan, joined) : 0);
  return {
    text: raw.trim(),
    start: start + leading,
    end: end - trailing,
    coverage: excerptCoverage,
    score: bestScore.score + EXCERPT_SETTINGS.neighbourScoreShare * (excerptCoverage - bestScore.coverage),
    covered: new Set([...matches].flatMap(([term, strength]) => (strength >= 1 ? [term] : []))),
    matches,
    softTerms,
    shape,
  };
}
