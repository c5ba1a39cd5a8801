/**
 * Stage 3: retrieve candidate passages (BM25 over the index) and re-rank the best of them by their best
 * excerpt: what answers cite and `/search` lists.
 */
import type { Passage } from '../corpus/types.js';
import { expandWithFeedback, FEEDBACK_SETTINGS } from '../search/feedback.js';
import { idf, type PassageIndex, type QueryTerm } from '../search/passage-index.js';
import { SEARCH_SETTINGS } from '../search/settings.js';
import { EXCERPT_SETTINGS, type ExcerptChoice, opensWithHeading, pickExcerpt } from './align.js';
import { matchedShare, matchTerms } from './term-match.js';
import type { PassageReader } from './passage-reader.js';
import type { QueryPlan } from './query-plan.js';
import { isQuestion } from './read-question.js';

export const RANK_SETTINGS = {
  /** Candidates whose sentences are read (the rest keep their retrieval order). */
  rerankDepth: 12,
  /** Weight of the (normalised) retrieval score against the excerpt score when re-ranking. */
  retrievalWeight: 0.2,
  /** Weight, when re-ranking, of the share of the question held anywhere in the passage and its title. */
  passageWeight: 0.5,
} as const;

/** What ranking reads: the index, the passages behind its ids, and the reader that splits them. */
export interface RankSources {
  index: PassageIndex;
  passage(id: string): Passage | undefined;
  /** Passage `n` (from 1) of a file: `passage` of the id `<file>#<n>`, found without making that id. */
  passageIn(file: string, n: number): Passage | undefined;
  reader: PassageReader;
  scopes: string[];
}

export interface Candidate {
  passage: Passage;
  retrievalScore: number;
  excerpt: ExcerptChoice | null;
  rank: number;
}

/**
 * Candidate passages for a question, re-ranked by their best excerpt. `feedback` lets a topic lookup search
 * again with words its best passages share (see `withFeedback`): for ranked lists. An answer skips it: it
 * must quote the question's own words, which feedback cannot add.
 */
export function rankPassages(
  plan: QueryPlan,
  sources: RankSources,
  limit: number,
  { feedback }: { feedback: boolean },
): Candidate[] {
  const depth = Math.max(limit, SEARCH_SETTINGS.candidates);
  const query = feedback ? withFeedback(plan, sources) : plan.queryTerms;
  const ranked = sources.index.query(query, sources.scopes, depth);
  const candidates = ranked.flatMap(({ id, score }) => {
    const passage = sources.passage(id);
    return passage ? [{ passage, retrievalScore: score, excerpt: null, rank: 0 }] : [];
  });
  return rerank(candidates, plan, sources, !feedback).slice(0, limit);
}

/**
 * The plan's query plus feedback terms from the passages a first search ranks best, for topic lookups only
 * ("vitamin D and asthma"): they want every passage on the topic, and feedback finds those worded otherwise.
 * A question ("Who licensed Tesla's motor?") wants the one passage that says it: feedback pulls in its
 * siblings on the same topic (SQuAD recall@1 -0.4 points with it, NFCorpus nDCG@10 +0.016 without the rule).
 */
function withFeedback(plan: QueryPlan, sources: RankSources): QueryTerm[] {
  if (FEEDBACK_SETTINGS.weight <= 0 || isQuestion(plan.question)) return plan.literalQuery;
  const first = sources.index.query(plan.literalQuery, sources.scopes, FEEDBACK_SETTINGS.passages);
  const read = first.flatMap(({ id, score }) => {
    const passage = sources.passage(id);
    return passage ? [{ score, terms: sources.reader.termList(passage) }] : [];
  });
  const documentCount = Math.max(sources.index.documentCount, 1);
  return expandWithFeedback(plan.literalQuery, read, (term) =>
    idf(sources.index.documentFrequency(term), documentCount),
  );
}

/**
 * Orders candidates by best excerpt, retrieval score and passage coverage; unread ones keep their order.
 * For an answer (`forAnswer`) the coverage counts the passage's context too ("The attack killed at least
 * 52" follows the passage naming the shrine: chat set +1); ranked search leaves it out, or every passage
 * of an article would look alike.
 */
function rerank(
  candidates: Candidate[],
  plan: QueryPlan,
  sources: RankSources,
  forAnswer: boolean,
): Candidate[] {
  const top = candidates[0]?.retrievalScore ?? 1;
  const depth = Math.min(RANK_SETTINGS.rerankDepth, candidates.length);
  for (let i = 0; i < depth; i++) {
    const candidate = candidates[i]!;
    candidate.excerpt = pickExcerpt(plan, candidate.passage, sources.reader);
    const retrieval = candidate.retrievalScore / top;
    candidate.rank =
      (candidate.excerpt?.score ?? 0) * (1 - RANK_SETTINGS.retrievalWeight) +
      retrieval * RANK_SETTINGS.retrievalWeight +
      RANK_SETTINGS.passageWeight *
        passageCoverage(plan, candidate.passage, sources, candidate.excerpt, forAnswer) +
      (plan.headlineAsked && candidate.passage.index === 1 && opensWithHeading(candidate.passage.text)
        ? EXCERPT_SETTINGS.headlineWeight
        : 0);
  }
  const read = candidates.slice(0, depth).sort((a, b) => b.rank - a.rank);
  return [...read, ...candidates.slice(depth)];
}

/** The passage at a 1-based position of the same article, if there is one (ids are `<file>#<n>`). */
export function articlePassage(passage: Passage, index: number, sources: RankSources): Passage | undefined {
  if (index < 1 || index > passage.total) return undefined;
  return sources.passageIn(passage.file, index);
}

/** The article's lead (it names the subject) and the passage before (what "the attack" refers to). */
export function contextPassages(passage: Passage, sources: RankSources): Passage[] {
  const found: Passage[] = [];
  // The lead, then the one before unless that is the lead (no Set made for two numbers, per candidate).
  for (const index of passage.index - 1 === 1 ? [1] : [1, passage.index - 1]) {
    if (index === passage.index) continue;
    const context = articlePassage(passage, index, sources);
    if (context) found.push(context);
  }
  return found;
}

/**
 * Share of the question's weight held in a passage and its title, and whatever its excerpt matched softly;
 * `withContext` adds the article's opening passage (its subject) and the passage before it (what "the
 * attack" in "The attack killed at least 52" refers to). Re-ranking leaves the context out: it would make
 * every passage of an article look alike (SQuAD recall@1 -0.2 points with it).
 */
export function passageCoverage(
  plan: QueryPlan,
  passage: Passage,
  sources: RankSources,
  excerpt: ExcerptChoice | null,
  withContext = true,
): number {
  const terms = withContext
    ? sources.reader.contextTerms(passage, () => contextPassages(passage, sources))
    : sources.reader.terms(passage);
  const matches = matchTerms(plan, terms);
  // forEach, not for-of: no [term, strength] pair made per entry.
  excerpt?.matches.forEach((strength, term) => matches.set(term, Math.max(strength, matches.get(term) ?? 0)));
  return matchedShare(plan, matches);
}
