/**
 * "How did X die", "where did X die": a person's dates in the lead say when, not how or where; a sentence
 * telling of the death may answer.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const LEAD_ONLY = [
  '# Mara Lindqvist',
  '',
  'Mara Lindqvist (March 3, 1921 – June 9, 1988) was a Swedish folk singer and songwriter.',
  '',
  'She recorded eleven albums and toured Norway and Finland every summer.',
].join('\n');

const TOLD = [
  '# Mara Lindqvist',
  '',
  'Mara Lindqvist (March 3, 1921 – June 9, 1988), a Swedish folk singer, died of pneumonia in a hospital in Uppsala.',
  '',
  'She recorded eleven albums and toured Norway and Finland every summer.',
].join('\n');

describe('how or where a death came', () => {
  it('is declined when the excerpt only gives the dates', async () => {
    const { engine } = await articleEngineWithVectors('mara.md', LEAD_ONLY);
    for (const question of [
      'how did mara lindqvist die',
      'where did mara lindqvist die',
      'what did mara lindqvist die of',
      'what was the cause of mara lindqvist death',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by a sentence telling of the death', async () => {
    const { engine } = await articleEngineWithVectors('mara.md', TOLD);
    expect(engine.ask('how did mara lindqvist die').excerpt).toContain('died of pneumonia');
    expect(engine.ask('where did mara lindqvist die').excerpt).toContain('Uppsala');
    // When: the dates answer it.
    expect(engine.ask('when did mara lindqvist die').status).toBe('answered');
  });
});
