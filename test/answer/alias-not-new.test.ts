/** "Who" wants a name the question does not give: the long form of its own acronym is not a new one. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Shelter work after the storm',
  '',
  'The Norwegian Refugee Council (NRC) opened four shelters in the port town last week, and volunteers handed ' +
    'out blankets to the families who had lost their homes in the storm.',
  '',
  'The current goal of the Norwegian Refugee Council is to replace every tent before the winter rains.',
].join('\n');

describe('a name given by its acronym', () => {
  it('is not the answer to who leads it', async () => {
    const { engine } = await articleEngineWithVectors('shelters.md', ARTICLE);
    expect(engine.ask('who is the current leader of the nrc').status).toBe('no_answer');
  });

  it('still answers who did something, by that name', async () => {
    const { engine } = await articleEngineWithVectors('shelters.md', ARTICLE);
    expect(engine.ask('who opened the shelters').excerpt).toContain('Norwegian Refugee Council (NRC) opened');
  });
});
