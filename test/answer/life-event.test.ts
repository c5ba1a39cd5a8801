/**
 * "Where does X live", "where did X go to school", "who is X married to": a lead that gives the person's
 * dates and trade says nothing of that part of the life; a sentence with a word of it may answer.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const LEAD_ONLY = [
  '# Tomas Reyvik',
  '',
  'Tomas Reyvik (born May 2, 1961) is a Norwegian painter and sculptor known for his harbour scenes.',
].join('\n');

describe('a part of a person life', () => {
  it('is declined when the excerpt says no word of it', async () => {
    const { engine } = await articleEngineWithVectors('reyvik.md', LEAD_ONLY);
    for (const question of [
      'where does tomas reyvik live',
      'where did tomas reyvik go to school',
      'who is tomas reyvik married to',
      'who is tomas reyvik related to',
      'who has tomas reyvik dated',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by a sentence that tells of it', async () => {
    const { engine } = await articleEngineWithVectors(
      'reyvik.md',
      '# Tomas Reyvik\n\nTomas Reyvik (born May 2, 1961), a Norwegian painter who studied at the Bergen Academy of Art, lives in Stavanger with his wife, the poet Ella Reyvik.\n',
    );
    for (const question of [
      'where does tomas reyvik live',
      'where did tomas reyvik go to school',
      'who is tomas reyvik married to',
    ])
      expect(engine.ask(question).status, question).toBe('answered');
  });
});
