/**
 * A common word ("hit", "lead") matches only exactly or through its WordNet synonyms, never through its
 * nearest vector words (its vector sits near dozens): "where did the gunmen hit" finds "struck".
 */
import { expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  'Gunmen in the south',
  '',
  'In April the gunmen visited Lahore, where they met local elders for talks.',
  '',
  'In March the gunmen struck Karachi, killing four guards at a bank.',
].join('\n');

it('matches a common word through its WordNet synonyms', async () => {
  const { engine } = await articleEngineWithVectors('gunmen.md', ARTICLE);
  expect(engine.ask('where did the gunmen hit').excerpt).toContain('struck Karachi');
});
