/**
 * "Who founded X" is answered only by a sentence that tells of a founding; one that names X and someone else
 * ("The group has found it difficult to grow", "It coincided with operations by the X") names no founder.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The valley groups',
  '',
  '## Recruiting',
  '',
  'Analyst Maria Lopez said the Valley Front has found it difficult to recruit in the towns, where most people oppose it.',
  '',
  '## The attack',
  '',
  'The attack coincided with major operations by the Harbour Brigade, drawing the police elsewhere.',
  '',
  '## The institute',
  '',
  'The River Institute was founded in 1998 by the historian Tomas Reyes.',
  '',
  '## Since then',
  '',
  'The Valley Front has carried out raids in the towns since 2015.',
].join('\n');

describe('who founded X', () => {
  it('is declined when no sentence tells of a founding', async () => {
    const { engine } = await articleEngineWithVectors('groups.md', ARTICLE);
    for (const question of ['who founded the valley front', 'who founded the harbour brigade'])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by the sentence that does', async () => {
    const { engine } = await articleEngineWithVectors('groups.md', ARTICLE);
    const answer = engine.ask('who founded the river institute');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('founded in 1998 by the historian Tomas Reyes');
  });

  it('asked "when", is dated only by a sentence that tells of a founding', async () => {
    const { engine } = await articleEngineWithVectors('groups.md', ARTICLE);
    for (const question of [
      'when was the valley front founded',
      'valley front founded when',
      'In which year was the Valley Front originally founded?',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    const answer = engine.ask('when was the river institute founded');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('founded in 1998');
  });
});
