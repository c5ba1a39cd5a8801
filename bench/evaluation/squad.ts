import type { Article, Passage } from '../../src/corpus/types.js';
import { squadArticles } from '../datasets/articles.js';
import type { SquadDataset, SquadQuestion } from '../datasets/types.js';
import { mean } from '../metrics.js';
import { sampleInOrder } from '../prng.js';
import type { IndexedSystem, SystemUnderTest } from '../systems/types.js';
import { containsAnyAnswer } from '../text.js';
import { questionType } from './question-types.js';
import { timed } from './timer.js';
import type { SystemRun, Timing } from './types.js';

export interface SquadRunOptions {
  /** Questions for retrieval, pipeline and sentence choice (already sampled). */
  questions: SquadQuestion[];
  /** Questions for the withheld-article abstention check (a smaller sample). */
  abstentionQuestions: SquadQuestion[];
}

const FAILURE_EXAMPLES = 25;

interface PerQuestion {
  question: SquadQuestion;
  rank: number;
  answered: boolean;
  /** The answer's first citation (the excerpt's source) is the gold paragraph. */
  citedGold: boolean;
  excerptHit: boolean;
  citationsHit: boolean;
  sentenceHit: boolean;
  excerpt: string | null;
}

function groupByArticle(questions: SquadQuestion[]): Map<string, SquadQuestion[]> {
  const groups = new Map<string, SquadQuestion[]>();
  for (const q of questions) {
    const group = groups.get(q.articleFile) ?? [];
    group.push(q);
    groups.set(q.articleFile, group);
  }
  return groups;
}

/** Share of each question type that passes `passes`, so the lead sees where quality is lost. */
function byQuestionType(rows: PerQuestion[], passes: (row: PerQuestion) => boolean): Record<string, string> {
  const groups = new Map<string, PerQuestion[]>();
  for (const row of rows) {
    const type = questionType(row.question.question);
    groups.set(type, [...(groups.get(type) ?? []), row]);
  }
  return Object.fromEntries(
    [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([type, group]) => [
        type,
        `${(group.filter(passes).length / group.length).toFixed(3)} of ${group.length}`,
      ]),
  );
}

export function runSquad(
  dataset: SquadDataset,
  system: SystemUnderTest,
  options: SquadRunOptions,
): SystemRun {
  const timings: Timing[] = [];
  const note = (what: string, ms: number, count?: number) =>
    timings.push({ dataset: 'squad', system: system.label, what, ms, count });
  const articles = squadArticles(dataset.articles);
  const passageById = new Map<string, Passage>(articles.flatMap((a) => a.passages.map((p) => [p.id, p])));

  const built = timed(() => system.build(articles));
  note('build index (2,067 passages)', built.ms, passageById.size);
  const index = built.result;

  const rows: PerQuestion[] = [];
  let searchMs = 0;
  let askMs = 0;
  let sentenceMs = 0;
  for (const question of options.questions) {
    const searched = timed(() => index.search(question.question, 10));
    searchMs += searched.ms;
    const asked = timed(() => index.ask(question.question));
    askMs += asked.ms;
    const gold = passageById.get(question.paragraphId);
    if (!gold) throw new Error(`SQuAD question ${question.id} points at a missing paragraph`);
    const picked = timed(() => index.pickSentence(question.question, gold));
    sentenceMs += picked.ms;
    const answer = asked.result;
    rows.push({
      question,
      rank: searched.result.indexOf(question.paragraphId) + 1,
      answered: answer.answered,
      citedGold: answer.citationIds[0] === question.paragraphId,
      excerptHit: answer.answered && containsAnyAnswer(answer.excerpt, question.answers),
      citationsHit: answer.citationTexts
        .slice(0, 3)
        .some((text) => containsAnyAnswer(text, question.answers)),
      sentenceHit: containsAnyAnswer(picked.result, question.answers),
      excerpt: answer.excerpt,
    });
  }
  const n = rows.length;
  note('search (limit 10)', searchMs, n);
  note('ask', askMs, n);
  note('sentence choice in gold paragraph', sentenceMs, n);

  const share = (pass: (row: PerQuestion) => boolean) => rows.filter(pass).length / n;
  const measures: Record<string, number> = {
    'squad.recall@1': share((r) => r.rank === 1),
    'squad.recall@5': share((r) => r.rank >= 1 && r.rank <= 5),
    // One gold paragraph per question, so MRR@10 is 1/rank within the top 10.
    'squad.mrr@10': mean(rows.map((r) => (r.rank > 0 ? 1 / r.rank : 0))),
    'squad.excerptContainsAnswer': share((r) => r.excerptHit),
    'squad.top3CitationsContainAnswer': share((r) => r.citationsHit),
    'squad.sentenceInGoldParagraph': share((r) => r.sentenceHit),
    'squad.answeredAll': share((r) => r.answered),
    'squad.askTopCitationIsGold': share((r) => r.citedGold),
    // Why the excerpt missed, as shares of all questions: the three add up to 1 - excerptContainsAnswer.
    'squad.miss.declined': share((r) => !r.answered),
    'squad.miss.otherParagraph': share((r) => r.answered && !r.citedGold && !r.excerptHit),
    'squad.miss.wrongSentenceOfGold': share((r) => r.answered && r.citedGold && !r.excerptHit),
    'squad.meanExcerptChars': mean(rows.filter((r) => r.excerpt).map((r) => r.excerpt?.length ?? 0)),
  };

  Object.assign(measures, abstention(articles, system, index, options.abstentionQuestions, note));

  const details = {
    excerptContainsAnswerByType: byQuestionType(rows, (r) => r.excerptHit),
    recallAt1ByType: byQuestionType(rows, (r) => r.rank === 1),
    sentenceInGoldByType: byQuestionType(rows, (r) => r.sentenceHit),
    notAnsweredByType: byQuestionType(rows, (r) => !r.answered),
    // The pipeline found the paragraph but cited the wrong sentence of it.
    rightPassageWrongExcerpt: rows
      .filter((r) => r.citedGold && r.answered && !r.excerptHit)
      .slice(0, FAILURE_EXAMPLES)
      .map((r) => ({ question: r.question.question, answers: r.question.answers, excerpt: r.excerpt })),
    declinedThoughPassageRankedFirst: rows
      .filter((r) => r.rank === 1 && !r.answered)
      .slice(0, FAILURE_EXAMPLES)
      .map((r) => ({ question: r.question.question, answers: r.question.answers })),
    wrongPassage: rows
      .filter((r) => r.rank !== 1)
      .slice(0, FAILURE_EXAMPLES)
      .map((r) => ({ question: r.question.question, goldRank: r.rank || '>10', excerpt: r.excerpt })),
  };
  return { measures, timings, details };
}

/**
 * Would the system still "answer" when the question's whole article is missing? One index per withheld
 * article (questions are batched by article); "present" is the same questions against the full index.
 */
function abstention(
  articles: Article[],
  system: SystemUnderTest,
  full: IndexedSystem,
  questions: SquadQuestion[],
  note: (what: string, ms: number, count?: number) => void,
): Record<string, number> {
  if (questions.length === 0) return {};
  const presentAnswered = questions.filter((q) => full.ask(q.question).answered).length;
  let withheldAnswered = 0;
  let buildMs = 0;
  const groups = groupByArticle(questions);
  for (const [file, group] of groups) {
    const built = timed(() => system.build(articles.filter((a) => a.file !== file)));
    buildMs += built.ms;
    withheldAnswered += group.filter((q) => built.result.ask(q.question).answered).length;
  }
  note(`abstention: ${groups.size} rebuilds with one article withheld`, buildMs, groups.size);
  return {
    'squad.abstention.withheldAnswered': withheldAnswered / questions.length,
    'squad.abstention.presentAnswered': presentAnswered / questions.length,
    'squad.abstention.n': questions.length,
  };
}

/** The deterministic samples used for a run: `max` caps the main sample; abstention uses at most 1,200. */
export function squadSamples(dataset: SquadDataset, max: number | undefined, seed: number): SquadRunOptions {
  const ABSTENTION_SAMPLE = 1_200;
  return {
    questions: sampleInOrder(dataset.questions, max, seed),
    abstentionQuestions: sampleInOrder(
      dataset.questions,
      Math.min(max ?? ABSTENTION_SAMPLE, ABSTENTION_SAMPLE),
      seed + 1,
    ),
  };
}
