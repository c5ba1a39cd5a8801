/** "Is X deadlier than Y", "which was worse": only an excerpt that compares answers a comparison. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Two storms',
  '',
  'Storm Ada and Storm Bram both reached the coast in October. The harbour towns were flooded twice that month.',
  '',
  'Storm Ada brought stronger winds than Storm Bram, and more rain fell in its first night than in the whole week after.',
  '',
  'Fishermen in Port Elm lost their boats to Storm Bram.',
].join('\n');

describe('comparison questions', () => {
  it('answers with the sentence that compares', async () => {
    const { engine } = await articleEngineWithVectors('storms.md', ARTICLE);
    const answer = engine.ask('was storm ada stronger than storm bram');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('stronger winds than Storm Bram');
  });

  it('declines when the articles name both but compare them in nothing asked', async () => {
    const { engine } = await articleEngineWithVectors('storms.md', ARTICLE);
    for (const question of [
      'were the fishermen of port elm richer than the harbour towns',
      'WERE THE FISHERMEN OF PORT ELM RICHER THAN THE HARBOUR TOWNS',
      'which was wetter, the harbour towns or port elm',
      'did the fishermen of port elm lose more boats than the harbour towns',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });
});
