/**
 * A formal reader's question ("Could you please inform me in which year ...", "Mr Lopez", "a great deal of
 * ground", "whether anything came of it") asks what the plain question asks; "first" before a verb ("when
 * the gang first began to move") asks when, not which of several.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The valley gang',
  '',
  'The gang has lost significant ground in both Arland and Belmark this year.',
  '',
  'This marks a clear shift from 2019, when the gang began relocating its operations from the coast to the valley.',
  '',
  '“They are changing their tactics,” Maria Lopez, a researcher at the River Institute, told the Courier.',
].join('\n');

describe('a formal reader', () => {
  it('gets the answer the plain question gets', async () => {
    const { engine } = await articleEngineWithVectors('gang.md', ARTICLE);
    for (const [question, fragment] of [
      [
        'Could you please inform me in which year the gang first began to move its operations to the valley?',
        'shift from 2019',
      ],
      ['In which countries has the gang been losing a great deal of ground?', 'both Arland and Belmark'],
      [
        'I would be obliged if you could tell me what Mr Lopez said about the tactics.',
        'changing their tactics',
      ],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });

  it('is still declined where the articles do not say', async () => {
    const { engine } = await articleEngineWithVectors('gang.md', ARTICLE);
    for (const question of [
      'Could you kindly tell me who leads the gang?',
      'I should like to know what Dr Lopez said about the police.',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });
});
