import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addJudgment } from './qrels.js';
import { fieldText, parseSmartRecords } from './smart-format.js';
import type { Qrels, RetrievalDataset } from './types.js';

/** CISI: binary judgments in CISI.REL for 76 of the 112 queries; only those are evaluated. */
export function loadCisi(dir: string): RetrievalDataset {
  const docs = parseSmartRecords(readFileSync(join(dir, 'CISI.ALL'), 'utf8')).map((r) => ({
    id: r.id,
    title: fieldText(r, 'T'),
    text: fieldText(r, 'W'),
  }));
  const qrels: Qrels = new Map();
  for (const line of readFileSync(join(dir, 'CISI.REL'), 'utf8').split('\n')) {
    const [queryId, docId] = line.trim().split(/\s+/);
    if (!queryId || !docId) continue;
    addJudgment(qrels, queryId, docId, 1);
  }
  // A few queries carry a title (.T) besides the request (.W): the request is the question.
  const queries = parseSmartRecords(readFileSync(join(dir, 'CISI.QRY'), 'utf8'))
    .map((r) => ({ id: r.id, text: fieldText(r, 'W') }))
    .filter((q) => qrels.has(q.id));
  return { name: 'cisi', docs, queries, qrels };
}
