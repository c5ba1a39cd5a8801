/**
 * A word of another language inside an English question ("how many feridos", "the atentado was planned?",
 * "where was the incendio"): read as the English the Portuguese, Spanish and Malay glossaries give it, while
 * English words, names, short words and Roman Urdu are left as typed. On an article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { withStrayWordsGlossed } from '../../src/answer/stray-words.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FIRE = [
  '# The Vila Serrana factory fire',
  '',
  'The fire at the textile factory in Vila Serrana started in the dye room shortly after midnight.',
  '',
  'The fire brigade said 9 workers died and 31 were injured.',
  '',
  'Inspectors said the blaze was deliberately set to destroy the factory’s records.',
].join('\n');

describe('a word of another language inside an English question', () => {
  it('is read as its English', () => {
    expect(withStrayWordsGlossed('and the feridos, how many')).toBe('and the injured, how many');
    expect(withStrayWordsGlossed('the timing of the atentado was planned?')).toBe(
      'the timing of the attack was planned?',
    );
    // In capitals or title case, the same words are read (letter case never changes an answer).
    expect(withStrayWordsGlossed('AND THE FERIDOS, HOW MANY')).toBe('AND THE injured, HOW MANY');
    expect(withStrayWordsGlossed('And The Feridos, How Many')).toBe('And The injured, How Many');
  });

  it('leaves English, names the speller knows, short words and Roman Urdu as typed', () => {
    for (const question of [
      'how many people were injured in the fire',
      'where is Costa Rica',
      'Graham Gano kicked a field goal of how many yards?',
      // A message a language reader reads whole is left to it.
      'quantos feridos teve no atentado',
      'what did the EI say',
      'pq did the driver leave',
      'koi bata sakta hai',
    ])
      expect(withStrayWordsGlossed(question), question).toBe(question);
  });

  it('is answered as the English question is', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', FIRE);
    expectAnswered(engine, [
      ['and the feridos, how many', '31 were injured'],
      ['where did the incendio start', 'in the dye room'],
      ['was the incendio set on purpose?', 'deliberately set'],
    ]);
    expectDeclined(engine, ['how many bomberos were injured in the incendio of Lima']);
  });
});
