/**
 * "What does the mosque blast say about the gang wanting to hurt Pakistan": an event named by where it was
 * ("the mosque blast") is no speaker, and hurting a country is harm, not a count of the wounded.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The capital attack',
  '',
  'The recent market bombing in the capital by the gang is a stark reminder of escalating terror in Pakistan.',
  '',
  'The mosque blast confirms the gang’s resolve to weaken Pakistan, paving the way for its own ambitious goals.',
].join('\n');

describe('what an event "says"', () => {
  it('is what the sentence about it shows, and hurting a country asks no toll', async () => {
    const { engine } = await articleEngineWithVectors('capital.md', ARTICLE);
    const answer = engine.ask('what does the mosque blast say abt the gang wanting to hurt pakistan');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('resolve to weaken Pakistan');
  });

  it('still asks a toll when people are hurt', async () => {
    const { engine } = await articleEngineWithVectors('capital.md', ARTICLE);
    expect(engine.ask('how many people were hurt in the mosque blast').status).toBe('no_answer');
  });
});
