import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addJudgment } from './qrels.js';
import { fieldText, parseSmartRecords } from './smart-format.js';
import type { Qrels, RetrievalDataset } from './types.js';

/**
 * Cranfield II. Queries are numbered 1..225 by their POSITION in cran.qry (their `.I` numbers have gaps);
 * cranqrel grades 1..4 are relevant, -1 ("of no interest") is not.
 */
export function loadCranfield(dir: string): RetrievalDataset {
  const docs = parseSmartRecords(readFileSync(join(dir, 'cran.all.1400'), 'utf8')).map((r) => ({
    id: r.id,
    title: fieldText(r, 'T'),
    text: fieldText(r, 'W'),
  }));
  const qrels: Qrels = new Map();
  for (const line of readFileSync(join(dir, 'cranqrel'), 'utf8').split('\n')) {
    const [queryId, docId, code] = line.trim().split(/\s+/);
    if (!queryId || !docId || code === undefined) continue;
    const grade = Number(code);
    if (!(grade >= 1 && grade <= 4)) continue;
    // Cleverdon: 1 = complete answer ... 4 = minimum interest; MAP only needs "relevant", so keep it > 0.
    addJudgment(qrels, queryId, docId, 5 - grade);
  }
  const queries = parseSmartRecords(readFileSync(join(dir, 'cran.qry'), 'utf8'))
    .map((r, position) => ({ id: String(position + 1), text: fieldText(r, 'W') }))
    .filter((q) => qrels.has(q.id));
  return { name: 'cranfield', docs, queries, qrels };
}
