/**
 * A word a phone's autocorrect split into real words ("islam a bad" for Islamabad) is read whole again when
 * the question as typed finds no answer, and the answer says which question it answers. Only into a word
 * the corpus writes so, never one that only stems like it ("iraqi city": "iraqicity" stems to "iraq"). On
 * articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { articlesEngineWithVectors, expectDeclined } from './article-engine.js';

const MOSQUES = [
  'The bombing at a mosque in Islamabad was carried out by the Kessel Front, police said.',
  '',
  'The fire at a mosque in Denby was an accident, firefighters said.',
  '',
  'Iraqi engineers had warned about the old wiring for years.',
].join('\n');

describe('a word split apart by autocorrect', () => {
  it('is read whole when the question as typed finds no answer', async () => {
    const engine = await articlesEngineWithVectors([['mosques.txt', MOSQUES]]);
    for (const question of [
      'who bombed the mosque in islam a bad',
      'whos behind the mask bombing in islam a bad',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt).toContain('carried out by the Kessel Front');
      expect(answer.correctedQuestion).toBe(question.replace('islam a bad', 'islamabad'));
    }
  });

  it('is not joined into a word the corpus does not write', async () => {
    const engine = await articlesEngineWithVectors([['mosques.txt', MOSQUES]]);
    expectDeclined(engine, ['which iraqi city did the engineers come from']);
  });
});
