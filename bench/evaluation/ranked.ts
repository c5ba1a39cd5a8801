import { docFile, retrievalArticles } from '../datasets/articles.js';
import type { RetrievalDataset, RetrievalQuery } from '../datasets/types.js';
import { averagePrecision, mean, ndcgAt, recallAt } from '../metrics.js';
import type { SystemUnderTest } from '../systems/types.js';
import { timed } from './timer.js';
import type { SystemRun, Timing } from './types.js';

/** BEIR sets are scored on nDCG@10 and Recall@100; the classic collections on MAP over a deep ranking. */
const MEASURES_BY_DATASET: Record<string, { depth: number; measures: string[] }> = {
  scifact: { depth: 100, measures: ['ndcg@10', 'recall@100'] },
  nfcorpus: { depth: 100, measures: ['ndcg@10', 'recall@100'] },
  cranfield: { depth: 1000, measures: ['map'] },
  cisi: { depth: 1000, measures: ['map'] },
};

export function runRanked(
  dataset: RetrievalDataset,
  system: SystemUnderTest,
  queries: RetrievalQuery[],
): SystemRun {
  const plan = MEASURES_BY_DATASET[dataset.name];
  if (!plan) throw new Error(`no measures defined for ${dataset.name}`);
  const timings: Timing[] = [];
  const docIdByPassage = new Map(dataset.docs.map((d) => [`${docFile(dataset.name, d.id)}#1`, d.id]));

  const built = timed(() => system.build(retrievalArticles(dataset.name, dataset.docs)));
  timings.push({
    dataset: dataset.name,
    system: system.label,
    what: 'build index',
    ms: built.ms,
    count: dataset.docs.length,
  });

  const perMeasure = new Map<string, number[]>(plan.measures.map((m) => [m, []]));
  let searchMs = 0;
  for (const query of queries) {
    const searched = timed(() => built.result.search(query.text, plan.depth));
    searchMs += searched.ms;
    const ranking = searched.result.map((passageId) => docIdByPassage.get(passageId) ?? passageId);
    const judged = dataset.qrels.get(query.id) ?? new Map<string, number>();
    const scores: Record<string, number> = {
      'ndcg@10': ndcgAt(ranking, judged, 10),
      'recall@100': recallAt(ranking, judged, 100),
      map: averagePrecision(ranking, judged),
    };
    for (const [measure, values] of perMeasure) values.push(scores[measure] ?? Number.NaN);
  }
  timings.push({
    dataset: dataset.name,
    system: system.label,
    what: `search (limit ${plan.depth})`,
    ms: searchMs,
    count: queries.length,
  });

  const measures = Object.fromEntries(
    [...perMeasure.entries()].map(([measure, values]) => [`${dataset.name}.${measure}`, mean(values)]),
  );
  return { measures, timings };
}
