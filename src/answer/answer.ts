/**
 * Question → ranked passages → best sentences → an Answer with citations, or an honest "no answer".
 *
 * Retrieval (MiniSearch, BM25) proposes candidate passages; each candidate's best excerpt is scored, and the
 * passages are re-ranked by excerpt score blended with retrieval score. The answer is given only when the
 * best excerpt holds enough of the question's rare words: otherwise the closest passages are offered.
 */
import type { Passage } from '../corpus/types.js';
import type { AliasBook } from '../search/aliases.js';
import { expandWithFeedback, FEEDBACK_SETTINGS } from '../search/feedback.js';
import { idf, type PassageIndex, type QueryTerm } from '../search/passage-index.js';
import { SEARCH_SETTINGS } from '../search/settings.js';
import { didYouMean } from './did-you-mean.js';
import { hitOf } from './hits.js';
import {
  type ExcerptChoice,
  passageTermListOf,
  passageTermsOf,
  pickExcerpt,
  sentencesOf,
} from './excerpt.js';
import { matchedSurfaces } from './highlight.js';
import { coverage, coveredTerms, planQuery, type QueryPlan } from './query-plan.js';
import { checkQuestion, isQuestion } from './question.js';
import type { Answer, Citation } from './types.js';

export const ANSWER_SETTINGS = {
  /** Candidates whose sentences are read (the rest keep their retrieval order). */
  rerankDepth: 12,
  /** Weight of the (normalised) retrieval score against the excerpt score when re-ranking. */
  retrievalWeight: 0.2,
  /** Weight, when re-ranking, of the share of the question held anywhere in the passage and its title. */
  passageWeight: 0.5,
  /**
   * Confidence blends how much of the question the excerpt holds with how much its whole passage (and title)
   * holds: a sentence that matches only common words inside an unrelated passage should not pass.
   */
  excerptShare: 0.7,
  /** No answer below this confidence (0..1). */
  minConfidence: 0.455,
  maxCitations: 4,
} as const;

export interface AnswerContext {
  index: PassageIndex;
  aliases: AliasBook;
  passage(id: string): Passage | undefined;
  scopes: string[];
  maxQuestionChars?: number;
  maxCitations?: number;
}

export interface Candidate {
  passage: Passage;
  retrievalScore: number;
  excerpt: ExcerptChoice | null;
  rank: number;
}

/**
 * Candidate passages for a question, re-ranked by their best excerpt: what answers and `/search` show.
 * `feedback` lets a topic lookup search again with words its best passages share (see `withFeedback`): for
 * ranked lists. An answer skips it: it must quote the question's own words, which feedback cannot add.
 */
export function rankPassages(
  plan: QueryPlan,
  context: AnswerContext,
  limit: number,
  { feedback }: { feedback: boolean },
): Candidate[] {
  const depth = Math.max(limit, SEARCH_SETTINGS.candidates);
  const query = feedback ? withFeedback(plan, context) : plan.queryTerms;
  const ranked = context.index.query(query, context.scopes, depth);
  const candidates = ranked.flatMap(({ id, score }) => {
    const passage = context.passage(id);
    return passage ? [{ passage, retrievalScore: score, excerpt: null, rank: 0 }] : [];
  });
  return rerank(candidates, plan).slice(0, limit);
}

export function answerQuestion(question: string, context: AnswerContext): Answer {
  const checked = checkQuestion(question, context.maxQuestionChars);
  if (!checked.ok) return noAnswer(question, 'invalid', checked.message, [], []);

  const plan = planQuery(question, checked.terms, context.index, context.aliases, context.scopes);
  const candidates = rankPassages(plan, context, SEARCH_SETTINGS.candidates, { feedback: false });
  const maxCitations = context.maxCitations ?? ANSWER_SETTINGS.maxCitations;
  const best = candidates[0];
  const citations = candidates.slice(0, maxCitations).map((candidate, i) => toCitation(candidate, i + 1));

  const confidence = best?.excerpt ? confidenceOf(plan, best.passage, best.excerpt) : 0;
  if (!best?.excerpt || confidence < ANSWER_SETTINGS.minConfidence) {
    const suggestions = didYouMean(question, {
      index: context.index,
      scopes: context.scopes,
      passageText: (id) => context.passage(id)?.text,
    });
    const message =
      candidates.length === 0
        ? "I couldn't find anything about that in the articles I have."
        : "I couldn't find a passage that answers that. These are the closest I have.";
    return {
      ...noAnswer(question, 'not_found', message, citations, suggestions),
      confidence,
    };
  }
  const covered = new Set([...best.excerpt.covered, ...plan.queryTerms.map((q) => q.term)]);
  // Only sentences holding a matched term can hold a word to bold: the rest are not tokenised again.
  const coveredList = [...covered];
  const matchingSentences = candidates
    .slice(0, maxCitations)
    .flatMap(({ passage }) => sentencesOf(passage))
    .filter((sentence) => coveredList.some((term) => sentence.termSet.has(term)))
    .map((sentence) => sentence.text);
  return {
    status: 'answered',
    question,
    excerpt: best.excerpt.text,
    matchedTerms: matchedSurfaces([best.excerpt.text, ...matchingSentences], covered),
    citations,
    confidence,
    suggestions: [],
  };
}

/**
 * The plan's query plus feedback terms from the passages a first search ranks best, for topic lookups only
 * ("vitamin D and asthma"): they want every passage on the topic, and feedback finds those worded otherwise.
 * A question ("Who licensed Tesla's motor?") wants the one passage that says it: feedback pulls in its
 * siblings on the same topic (SQuAD recall@1 -0.4 points with it, NFCorpus nDCG@10 +0.016 without the rule).
 */
function withFeedback(plan: QueryPlan, context: AnswerContext): QueryTerm[] {
  if (FEEDBACK_SETTINGS.weight <= 0 || isQuestion(plan.question)) return plan.queryTerms;
  const first = context.index.query(plan.queryTerms, context.scopes, FEEDBACK_SETTINGS.passages);
  const read = first.flatMap(({ id, score }) => {
    const passage = context.passage(id);
    return passage ? [{ score, terms: passageTermListOf(passage) }] : [];
  });
  const documentCount = Math.max(context.index.documentCount, 1);
  return expandWithFeedback(plan.queryTerms, read, (term) =>
    idf(context.index.documentFrequency(term), documentCount),
  );
}

/** Orders candidates by best excerpt, retrieval score and passage coverage; unread ones keep their order. */
function rerank(candidates: Candidate[], plan: QueryPlan): Candidate[] {
  const top = candidates[0]?.retrievalScore ?? 1;
  const depth = Math.min(ANSWER_SETTINGS.rerankDepth, candidates.length);
  for (let i = 0; i < depth; i++) {
    const candidate = candidates[i]!;
    candidate.excerpt = pickExcerpt(plan, candidate.passage);
    const retrieval = candidate.retrievalScore / top;
    candidate.rank =
      (candidate.excerpt?.score ?? 0) * (1 - ANSWER_SETTINGS.retrievalWeight) +
      retrieval * ANSWER_SETTINGS.retrievalWeight +
      ANSWER_SETTINGS.passageWeight * passageCoverage(plan, candidate.passage);
  }
  const read = candidates.slice(0, depth).sort((a, b) => b.rank - a.rank);
  return [...read, ...candidates.slice(depth)];
}

/** Share of the question's weight held anywhere in a passage or its article title. */
function passageCoverage(plan: QueryPlan, passage: Passage): number {
  return coverage(plan, coveredTerms(plan, passageTermsOf(passage)));
}

/** How sure the answer is: excerpt coverage blended with the coverage of its passage and title. */
function confidenceOf(plan: QueryPlan, passage: Passage, excerpt: ExcerptChoice): number {
  const share = ANSWER_SETTINGS.excerptShare;
  return share * excerpt.coverage + (1 - share) * passageCoverage(plan, passage);
}

function toCitation({ passage, retrievalScore }: Candidate, n: number): Citation {
  return { n, ...hitOf(passage, Math.round(retrievalScore * 1000) / 1000) };
}

function noAnswer(
  question: string,
  code: 'invalid' | 'not_found',
  message: string,
  citations: Citation[],
  suggestions: string[],
): Answer {
  return {
    status: 'no_answer',
    question,
    excerpt: null,
    matchedTerms: [],
    citations,
    confidence: 0,
    reason: { code, message },
    suggestions,
  };
}
