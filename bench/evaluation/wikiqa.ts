/**
 * WikiQA test, corpus-wide: every page is one article (built as the product builds a Markdown file), every
 * question is asked of the whole corpus (`IndexedSystem.ask`). Strict scoring: an answerable question is right
 * only when the excerpt holds one of its gold sentences; a question whose page holds no answer should be
 * declined. Reported for the EVEN (tune) and ODD (check) halves by the number in QuestionID, and for all.
 */
import {
  halfOf,
  pageIdOfPassage,
  type WikiqaDataset,
  type WikiqaHalf,
  type WikiqaQuestion,
  wikiqaArticles,
} from '../datasets/wikiqa.js';
import type { SystemUnderTest } from '../systems/types.js';
import { containsAnyAnswer } from '../text.js';
import { timed } from './timer.js';
import type { SystemRun, Timing } from './types.js';

export type WikiqaSplit = WikiqaHalf | 'all';
export const WIKIQA_SPLITS: readonly WikiqaSplit[] = ['even', 'odd', 'all'];

/**
 * What happened to one question, in one word:
 * right; declined (answerable, no answer); wrong-sentence (quoted its own page, but no gold sentence);
 * other-page (answerable, quoted another page); abstained (no answer on the page, declined: good);
 * own-page (no answer on the page, yet quoted it); other-page-unanswerable (no answer on the page, quoted another).
 */
export type WikiqaOutcome =
  | 'right'
  | 'declined'
  | 'wrong-sentence'
  | 'other-page'
  | 'abstained'
  | 'own-page'
  | 'other-page-unanswerable';

export interface WikiqaRow {
  id: string;
  half: WikiqaHalf;
  question: string;
  page: string;
  title: string;
  answerable: boolean;
  status: 'answered' | 'no_answer';
  excerpt: string | null;
  /** The page of citations[0], the passage the excerpt was taken from. */
  citedPage: string | null;
  citedTitle: string | null;
  gold: string[];
  right: boolean;
  outcome: WikiqaOutcome;
}

function outcomeOf(answerable: boolean, answered: boolean, right: boolean, ownPage: boolean): WikiqaOutcome {
  if (answerable) {
    if (right) return 'right';
    if (!answered) return 'declined';
    return ownPage ? 'wrong-sentence' : 'other-page';
  }
  if (!answered) return 'abstained';
  return ownPage ? 'own-page' : 'other-page-unanswerable';
}

/** Measures over a set of rows; the ids are `wikiqa.<split>.<measure>`, counts give each one's n. */
function measuresOf(split: WikiqaSplit, rows: readonly WikiqaRow[]) {
  const answerable = rows.filter((r) => r.answerable);
  const unanswerable = rows.filter((r) => !r.answerable);
  const answered = rows.filter((r) => r.status === 'answered');
  const right = rows.filter((r) => r.right).length;
  const share = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
  const precision = share(right, answered.length);
  const recall = share(right, answerable.length);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const id = (name: string) => `wikiqa.${split}.${name}`;
  const measures: Record<string, number> = {
    [id('excerptHoldsGold')]: recall,
    [id('noAnswerOwnPageQuoted')]: share(
      unanswerable.filter((r) => r.outcome === 'own-page').length,
      unanswerable.length,
    ),
    [id('noAnswerAnswered')]: share(
      unanswerable.filter((r) => r.status === 'answered').length,
      unanswerable.length,
    ),
    [id('answerableAnswered')]: share(
      answerable.filter((r) => r.status === 'answered').length,
      answerable.length,
    ),
    [id('precision')]: precision,
    [id('f1')]: f1,
  };
  const counts: Record<string, number> = {
    [id('excerptHoldsGold')]: answerable.length,
    [id('noAnswerOwnPageQuoted')]: unanswerable.length,
    [id('noAnswerAnswered')]: unanswerable.length,
    [id('answerableAnswered')]: answerable.length,
    [id('precision')]: answered.length,
    [id('f1')]: rows.length,
  };
  return { measures, counts };
}

function outcomeCounts(rows: readonly WikiqaRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
  return counts;
}

/** The questions of a split, in file order. */
export function wikiqaQuestions(dataset: WikiqaDataset, split: WikiqaSplit): WikiqaQuestion[] {
  return split === 'all' ? dataset.questions : dataset.questions.filter((q) => halfOf(q) === split);
}

export interface WikiqaRun extends SystemRun {
  rows: WikiqaRow[];
  counts: Record<string, number>;
}

export function runWikiqa(
  dataset: WikiqaDataset,
  system: SystemUnderTest,
  questions: readonly WikiqaQuestion[],
): WikiqaRun {
  const timings: Timing[] = [];
  const note = (what: string, ms: number, count?: number) =>
    timings.push({ dataset: 'wikiqa', system: system.label, what, ms, count });
  const articles = wikiqaArticles(dataset.pages);
  const titleOfPage = new Map(dataset.pages.map((p) => [p.id, p.title]));
  const passages = articles.reduce((n, a) => n + a.passages.length, 0);
  const built = timed(() => system.build(articles));
  note(`build index (${dataset.pages.length} pages, ${passages} passages)`, built.ms, passages);

  const rows: WikiqaRow[] = [];
  const asked = timed(() => {
    for (const q of questions) {
      const answer = built.result.ask(q.question);
      const answerable = q.gold.length > 0;
      const citedPage = pageIdOfPassage(answer.citationIds[0]) ?? null;
      const right = answerable && answer.answered && containsAnyAnswer(answer.excerpt, q.gold);
      rows.push({
        id: q.id,
        half: halfOf(q),
        question: q.question,
        page: q.pageId,
        title: titleOfPage.get(q.pageId) ?? '',
        answerable,
        status: answer.answered ? 'answered' : 'no_answer',
        excerpt: answer.answered ? answer.excerpt : null,
        citedPage,
        citedTitle: citedPage ? (titleOfPage.get(citedPage) ?? null) : null,
        gold: q.gold,
        right,
        outcome: outcomeOf(answerable, answer.answered, right, citedPage === q.pageId),
      });
    }
  });
  note('ask', asked.ms, questions.length);

  const measures: Record<string, number> = {};
  const counts: Record<string, number> = {};
  const details: Record<string, unknown> = {};
  const halves = new Set(rows.map((r) => r.half));
  for (const split of WIKIQA_SPLITS) {
    // 'all' only when both halves were asked: with one half it would repeat that half's figures.
    if (split === 'all' ? halves.size < 2 : !halves.has(split)) continue;
    const part = split === 'all' ? rows : rows.filter((r) => r.half === split);
    const result = measuresOf(split, part);
    Object.assign(measures, result.measures);
    Object.assign(counts, result.counts);
    details[`outcomes.${split}`] = outcomeCounts(part);
  }
  return { measures, timings, details, rows, counts };
}
