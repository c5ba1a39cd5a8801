/**
 * A question word the corpus lacks searches its WordNet synonyms the corpus uses as surely as a word near in
 * meaning: "quiet" reaches "silence", though the vectors put them only 0.53 apart.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_SETTINGS } from '../../src/answer/query-plan.js';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# Northern raids',
  '',
  'After a year of relative silence in the north, the movement has re-emerged with new fighters.',
  '',
  'It seems the attack on the bridge came at a calm moment; a few witnesses look back on two wounded.',
].join('\n');

describe('synonyms in the search', () => {
  it('search as words at least as near in meaning as a synonym matches', async () => {
    const { engine } = await articleEngineWithVectors('raids.md', ARTICLE);
    for (const question of ['how long were they quiet before this attack', 'HOW LONG WERE THEY QUIET']) {
      const silence = planOf(engine, question).queryTerms.find((query) => query.term === 'silenc');
      expect(silence, question).toBeDefined();
      // As a word of cosine 0.7 (PLAN_SETTINGS.synonymAsCosine), not its own 0.53.
      expect(silence!.boost).toBeGreaterThanOrEqual(PLAN_SETTINGS.relatedBoost * 0.7 - 1e-9);
    }
  });
});
