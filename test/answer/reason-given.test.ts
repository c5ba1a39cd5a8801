/**
 * "Why did the river talks collapse", where the article only says a group exploited the collapse of the
 * talks: the excerpt gives the asked event as the cause of something else and says nothing of its own cause.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Valley unrest',
  '',
  'The Karvia Front has exploited the collapse of the river talks between the two provinces.',
  '',
  'Rising grain prices, together with the closure of the northern mills, appear to have provoked the farmers.',
  '',
  'Because of the heavy spring floods, the harvest festival was cancelled this year.',
].join('\n');

describe('a why question whose excerpt gives the event only as a cause', () => {
  it('is declined when every matched word stands on the cause side', async () => {
    const { engine } = await articleEngineWithVectors('unrest.md', ARTICLE);
    for (const question of [
      'why did the river talks collapse',
      'Why have grain prices been rising?',
      'so why did the northern mills close',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered when the question asks about the effect', async () => {
    const { engine } = await articleEngineWithVectors('unrest.md', ARTICLE);
    for (const [question, fragment] of [
      ['why were the farmers provoked', 'Rising grain prices'],
      // "Because X, Y": the cause ends at the comma, the festival is the effect.
      ['why was the harvest festival cancelled', 'Because of the heavy spring floods'],
      // "Why does X matter" asks what X causes: the sentence giving X as a cause answers.
      ['why do the rising grain prices matter', 'provoked the farmers'],
      // The link itself asked ("exploited") is the event, not a cause of it.
      ['how come the karvia front exploited the talks', 'Karvia Front has exploited'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });
});
