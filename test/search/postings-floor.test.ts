/**
 * The bench's postings floor (bench/benchmark/postings-floor.ts) is a real search: the best 10 passages by
 * BM25 over title and text with the product's analyzer, as scoring every passage plainly gives them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPostingsFloor } from '../../bench/benchmark/postings-floor.js';
import type { Article } from '../../src/corpus/types.js';
import { analyze } from '../../src/search/analyzer.js';

const WORDS = 'river mill stone bridge quince orchard salt cellar anvil forge lantern the of rivers'.split(
  ' ',
);

function articlesOf(texts: string[][]): Article[] {
  return texts.map((words, i) => {
    const file = `a${i}.txt`;
    const title = i % 3 === 0 ? 'Mill notes' : '';
    const passage = {
      id: `${file}#1`,
      file,
      scope: 'global',
      index: 1,
      total: 1,
      title,
      text: words.join(' '),
    };
    return { file, title, scope: 'global', passages: [passage] } as unknown as Article;
  });
}

/** Every passage's BM25 score (k 1.2, b 0.7; title and text as one field). */
function scoresOf(articles: Article[], question: string): number[] {
  const docs = articles.map((a) => analyze(`${a.passages[0]!.title} ${a.passages[0]!.text}`));
  const average = docs.reduce((sum, d) => sum + d.length, 0) / docs.length;
  const terms = [...new Set(analyze(question))];
  return docs.map((doc) => {
    let score = 0;
    for (const term of terms) {
      const df = docs.filter((d) => d.includes(term)).length;
      const tf = doc.filter((t) => t === term).length;
      if (tf === 0) continue;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      score += (idf * tf * 2.2) / (tf + 1.2 * (1 - 0.7 + (0.7 * doc.length) / average));
    }
    return score;
  });
}

describe('postings floor', () => {
  it('finds the 10 best passages by BM25, as scoring every passage does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(...WORDS, 'absent'), { minLength: 1, maxLength: 5 }),
        (texts, words) => {
          const articles = articlesOf(texts);
          const question = words.join(' ');
          const found = buildPostingsFloor(articles).search(question);
          const scores = scoresOf(articles, question);
          const best = scores
            .filter((score) => score > 0)
            .sort((a, b) => b - a)
            .slice(0, 10);
          // The same scores, best first (passages of equal score may come in either order).
          expect(found).toHaveLength(best.length);
          found.forEach((n, i) => expect(scores[n]).toBeCloseTo(best[i]!, 9));
        },
      ),
      { numRuns: 200, seed: 14 },
    );
  });
});
