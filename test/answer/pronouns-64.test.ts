/**
 * Session 64: "she", "herself" and "she's" carry no topic, as "he", "him" and "they" never did (the `stopword`
 * package's English list lacks them). Weighed as a rare word, a "she" matched any sentence about some woman:
 * "what does she need to walk dogs if she's under 18" quoted "She has run the rota since 2019." first.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';
import { STOP_WORDS } from '../../src/search/analyzer.js';

const KENNELS = [
  '---',
  'title: Brackenfold Dog Rescue: volunteering this spring',
  '---',
  '',
  'Posted by Morwenna Tate, volunteer coordinator. She has run the rota since 2019.',
  '',
  'Dog walkers must be 16 or over, and under-18s need a signed form from a parent.',
  '',
  'Kennel cleaning shifts start at 8am and finish by 11am, Monday to Saturday.',
  '',
  'The spring fun day raised £1,240 for the new isolation block.',
].join('\n');

describe('pronouns (session 64)', () => {
  it('are stop words like "he" and "they"', () => {
    for (const word of ['he', 'they', 'she', 'shes', 'herself', 'themselves'])
      expect(STOP_WORDS.has(word), word).toBe(true);
  });

  it('do not pull in a sentence that only shares the pronoun', async () => {
    const { engine } = await articleEngineWithVectors('kennels.md', KENNELS);
    expectAnswered(engine, [
      ['what time does she start kennel cleaning', 'start at 8am'],
      ["what does she need to walk dogs if she's under 18", 'a signed form from a parent'],
    ]);
    // "She has run the rota since 2019" shares only "she" with the question: it is not quoted beside it.
    expect(engine.ask("what does she need to walk dogs if she's under 18").excerpt).not.toContain('rota');
    // Still only what the article says: no age for the dog she adopted.
    expect(engine.ask('how old is the dog she adopted last year').status).toBe('no_answer');
  });
});
