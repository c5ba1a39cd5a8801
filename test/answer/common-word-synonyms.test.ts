/**
 * A common word ("hit", "lead") matches only exactly or through its WordNet synonyms, never through its
 * nearest vector words (its vector sits near dozens): "where did the gunmen hit" finds "struck".
 */
import { expect, it } from 'vitest';
import { openSynonyms } from '../../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { openTermVectors } from '../../src/search/vectors/term-vectors.js';
import { articleEngine } from './article-engine.js';

const ARTICLE = [
  'Gunmen in the south',
  '',
  'In April the gunmen visited Lahore, where they met local elders for talks.',
  '',
  'In March the gunmen struck Karachi, killing four guards at a bank.',
].join('\n');

it('matches a common word through its WordNet synonyms', async () => {
  const { engine } = await articleEngine('gunmen.md', ARTICLE, {
    termVectors: await openTermVectors(DEFAULT_VECTORS_PATH),
    synonyms: await openSynonyms(DEFAULT_VECTORS_PATH),
  });
  expect(engine.ask('where did the gunmen hit').excerpt).toContain('struck Karachi');
});
