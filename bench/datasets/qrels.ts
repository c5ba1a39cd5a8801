import type { Qrels } from './types.js';

export function addJudgment(qrels: Qrels, queryId: string, docId: string, grade: number): void {
  const judged = qrels.get(queryId) ?? new Map<string, number>();
  judged.set(docId, grade);
  qrels.set(queryId, judged);
}
