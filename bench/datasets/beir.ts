import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addJudgment } from './qrels.js';
import type { Qrels, RetrievalDataset, RetrievalDoc, RetrievalQuery } from './types.js';

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** BEIR `qrels/*.tsv`: a header line, then `query-id corpus-id score`. */
export function parseBeirQrels(tsv: string): Qrels {
  const qrels: Qrels = new Map();
  for (const line of tsv.split('\n').slice(1)) {
    const [queryId, docId, score] = line.trim().split('\t');
    if (!queryId || !docId || score === undefined) continue;
    addJudgment(qrels, queryId, docId, Number(score));
  }
  return qrels;
}

/** A BEIR collection scored on qrels/test.tsv; only queries with a relevant judgment are kept. */
export function loadBeir(dir: string, name: string): RetrievalDataset {
  const docs = readJsonLines<{ _id: string; title?: string; text?: string }>(join(dir, 'corpus.jsonl')).map(
    (d): RetrievalDoc => ({ id: d._id, title: d.title ?? '', text: d.text ?? '' }),
  );
  const qrels = parseBeirQrels(readFileSync(join(dir, 'qrels', 'test.tsv'), 'utf8'));
  const queries = readJsonLines<{ _id: string; text: string }>(join(dir, 'queries.jsonl'))
    .filter((q) => [...(qrels.get(q._id)?.values() ?? [])].some((grade) => grade > 0))
    .map((q): RetrievalQuery => ({ id: q._id, text: q.text }));
  return { name, docs, queries, qrels };
}
