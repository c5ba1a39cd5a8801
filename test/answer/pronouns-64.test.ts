/**
 * Session 64: "she", "herself" and "she's" carry no topic, as "he", "him" and "they" never did (the `stopword`
 * package's English list lacks them). Weighed as a rare word, a "she" no sentence holds outweighed the rest:
 * "my niece is 15, can she walk the dogs" was declined beside the sentence giving the age.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';
import { STOP_WORDS } from '../../src/search/analyzer.js';

const KENNELS = [
  '---',
  'title: Brackenfold Dog Rescue: volunteering this spring',
  '---',
  '',
  'Posted by Morwenna Tate, volunteer coordinator.',
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

  it('do not outweigh the words a sentence answers with', async () => {
    const { engine } = await articleEngineWithVectors('kennels.md', KENNELS);
    expectAnswered(engine, [
      ['my niece is 15, can she walk the dogs yet', 'must be 16 or over'],
      ["my daughter's keen, what time would she start cleaning", 'start at 8am'],
    ]);
    // Still only what the article says: no age for the dog she adopted.
    expect(engine.ask('how old is the dog she adopted last year').status).toBe('no_answer');
  });
});
