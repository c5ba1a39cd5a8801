/**
 * "Where did X come from" asks what X came out of: a sentence where X itself follows "from" says what came
 * out of X, not where X came from.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# River Clubs',
  '',
  'At the same time, the Ostrava Rowing Club emerged from the Velmora Guild, which is still popular on the ' +
    'east bank. Its members race every spring and repair their boats through the long winter months.',
  '',
  'It is important because the Velmora Guild emerged from the fishing villages of the north coast. Its ' +
    'first members mended nets there and met in the back rooms of harbour inns.',
].join('\n');

describe('where something came from', () => {
  it('quotes the sentence where the thing asked about comes from somewhere', async () => {
    const { engine } = await articleEngineWithVectors('clubs.md', ARTICLE);
    for (const question of [
      'where did the velmora guild come from',
      'WHERE DID THE VELMORA GUILD COME FROM',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('fishing villages');
    }
  });
});
