/**
 * The postings floor: about the least work any exact BM25 search over the question's words can do, to compare
 * `ask` against. Citebot's own analyzer, then each posting of the question's words touched once (flat typed
 * arrays: term -> passage numbers and frequencies), BM25 (k 1.2, b 0.7, title and text as one field), and the
 * best 10 kept. No candidate selection, no sentences, no decision: what is left of an answer's cost once the
 * postings are read is the product's own work.
 */
import type { Article } from '../../src/corpus/types.js';
import { analyze, analyzeIds, termById, withTermIds } from '../../src/search/analyzer.js';

const K = 1.2;
const B = 0.7;
const TOP = 10;

export interface PostingsFloor {
  /** The best passages (numbers) for a question, best first. */
  search(question: string): number[];
}

/** Builds the floor's index: per term, passage numbers and term frequencies, in flat arrays. */
export function buildPostingsFloor(articles: readonly Article[]): PostingsFloor {
  const passages = articles.flatMap((article) => article.passages);
  // Postings logged as (term id, passage, frequency), then laid out term by term (in a typed array: at 1M
  // passages the 180M numbers are more than a JS array may hold).
  let logged = new Int32Array(1 << 20);
  let loggedLength = 0;
  const lengths = new Int32Array(passages.length);
  let termCount = 0;
  const counts = new Map<number, number>();
  withTermIds(() => {
    const ids: number[] = [];
    passages.forEach((passage, n) => {
      ids.length = 0;
      analyzeIds(passage.title, ids);
      analyzeIds(passage.text, ids);
      lengths[n] = ids.length;
      counts.clear();
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      for (const [id, frequency] of counts) {
        if (loggedLength + 3 > logged.length) {
          const larger = new Int32Array(logged.length * 2);
          larger.set(logged);
          logged = larger;
        }
        logged[loggedLength++] = id;
        logged[loggedLength++] = n;
        logged[loggedLength++] = frequency;
        termCount = Math.max(termCount, id + 1);
      }
    });
  });
  const starts = new Int32Array(termCount + 1);
  for (let i = 0; i < loggedLength; i += 3) starts[logged[i]! + 1]!++;
  for (let t = 0; t < termCount; t++) starts[t + 1]! += starts[t]!;
  const docs = new Int32Array(loggedLength / 3);
  const freqs = new Uint16Array(loggedLength / 3);
  const next = starts.slice(0, termCount);
  for (let i = 0; i < loggedLength; i += 3) {
    const at = next[logged[i]!]!++;
    docs[at] = logged[i + 1]!;
    freqs[at] = Math.min(logged[i + 2]!, 0xffff);
  }
  // The analyzer may renumber its term ids later: keep each term's own string.
  const byTerm = new Map<string, number>();
  withTermIds(() => {
    for (let t = 0; t < termCount; t++) if (starts[t + 1]! > starts[t]!) byTerm.set(termById(t), t);
  });
  let total = 0;
  for (const length of lengths) total += length;
  const average = total / Math.max(passages.length, 1);
  const scores = new Float64Array(passages.length);
  const touched = new Int32Array(passages.length);
  const n = passages.length;
  return {
    search(question) {
      const terms = new Set<number>();
      for (const term of analyze(question)) {
        const id = byTerm.get(term);
        if (id !== undefined) terms.add(id);
      }
      let met = 0;
      for (const t of terms) {
        const start = starts[t]!;
        const end = starts[t + 1]!;
        const df = end - start;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let i = start; i < end; i++) {
          const doc = docs[i]!;
          const tf = freqs[i]!;
          if (scores[doc] === 0) touched[met++] = doc;
          scores[doc]! += (idf * tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[doc]!) / average));
        }
      }
      // The best 10 by insertion into a short sorted list.
      const best: number[] = [];
      for (let i = 0; i < met; i++) {
        const doc = touched[i]!;
        const score = scores[doc]!;
        if (best.length < TOP || score > scores[best[best.length - 1]!]!) {
          let at = Math.min(best.length, TOP - 1);
          best[at] = doc;
          while (at > 0 && scores[best[at - 1]!]! < score) {
            best[at] = best[at - 1]!;
            best[--at] = doc;
          }
        }
      }
      const result = best.slice();
      for (let i = 0; i < met; i++) scores[touched[i]!] = 0;
      return result;
    },
  };
}
