/**
 * Ranked-retrieval measures, computed per query; average them over queries yourself.
 * `ranking` is the system's doc ids best first; `judged` maps doc id -> grade, where only grades > 0 are
 * relevant (as trec_eval does). Formulas follow trec_eval / pytrec_eval, which the BEIR figures use.
 */
export type Judgments = ReadonlyMap<string, number>;

function relevantCount(judged: Judgments): number {
  let count = 0;
  for (const grade of judged.values()) if (grade > 0) count++;
  return count;
}

function isRelevant(judged: Judgments, docId: string): boolean {
  return (judged.get(docId) ?? 0) > 0;
}

/** Share of the relevant docs found in the top k (for one gold doc: 1 if it is in the top k). */
export function recallAt(ranking: readonly string[], judged: Judgments, k: number): number {
  const total = relevantCount(judged);
  if (total === 0) return 0;
  let found = 0;
  for (const docId of ranking.slice(0, k)) if (isRelevant(judged, docId)) found++;
  return found / total;
}

/** 1/rank of the first relevant doc within the top k, else 0. */
export function reciprocalRankAt(ranking: readonly string[], judged: Judgments, k = 10): number {
  const top = ranking.slice(0, k);
  const rank = top.findIndex((docId) => isRelevant(judged, docId));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** trec_eval's ndcg_cut: linear gain = grade, discount log2(rank + 1), ideal from all judged grades. */
export function ndcgAt(ranking: readonly string[], judged: Judgments, k = 10): number {
  const discount = (rankZeroBased: number) => Math.log2(rankZeroBased + 2);
  let dcg = 0;
  ranking.slice(0, k).forEach((docId, i) => {
    const grade = judged.get(docId) ?? 0;
    if (grade > 0) dcg += grade / discount(i);
  });
  const idealGrades = [...judged.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k);
  const idcg = idealGrades.reduce((sum, grade, i) => sum + grade / discount(i), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Average precision over the whole ranking; relevant docs never retrieved count as precision 0. */
export function averagePrecision(ranking: readonly string[], judged: Judgments): number {
  const total = relevantCount(judged);
  if (total === 0) return 0;
  let found = 0;
  let precisionSum = 0;
  ranking.forEach((docId, i) => {
    if (isRelevant(judged, docId)) {
      found++;
      precisionSum += found / (i + 1);
    }
  });
  return precisionSum / total;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}
