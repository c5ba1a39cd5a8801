/**
 * "Stuff", "things": a reader's word for whatever the article calls it. It weighs nothing, so "when did they
 * start moving their stuff" is answered by "began relocating operations", not declined for "stuff".
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# River towns',
  '',
  'Officials say the NLF has raided river towns since 2015, and their raids grew sharply after 2020, with 40 ' +
    'claimed raids. This marks a clear shift from 2019, when the NLF began relocating operations from the ' +
    'hills to the valley, openly calling it a home.',
  '',
  'The NLF raid at the market killed nine people.',
].join('\n');

describe('vague nouns', () => {
  it('weigh nothing in a question', async () => {
    const { engine } = await articleEngineWithVectors('river.md', ARTICLE);
    for (const question of [
      'when did they start moving their stuff to the valley',
      'WHEN DID THEY START MOVING THEIR STUFF TO THE VALLEY?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('2019');
    }
  });
});
