/**
 * Session 68: "the new litter was like 8 pups right? what breed are they": a "right?" before the question only
 * asks to be told the guess holds. It is dropped like the same tag at the end, so "right" is not a word the
 * answer must say; "the right spot" keeps it.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const NEWS = [
  'Kennel news – October',
  '',
  'Posted 3 October by Lorna Pryce, kennel manager',
  '',
  'Bramble whelped on 12 September. She had six pups, all Border Collie crosses, and all six are feeding well.',
  '',
  'The pups will be ready for their new homes in the second week of November, once they have had their first jabs.',
  '',
  'Our autumn open day raised £1,240 for the kennel roof, and Tom Ashby ran the tombola all afternoon.',
].join('\n');

describe('a "right?" tag inside a question (session 68)', () => {
  it('drops the tag, not a right that says something', () => {
    expect(writeOutShorthand('the new litter was like 8 pups right? what breed are they')).not.toMatch(
      /\bright\b/,
    );
    expect(writeOutShorthand('the open day was in may right, how much did it make')).not.toMatch(/\bright\b/);
    expect(writeOutShorthand('how far from the right spot was the flag')).toMatch(/\bright\b/);
  });

  it('answers the question after the tag', async () => {
    const { engine } = await articleEngineWithVectors('kennel.txt', NEWS);
    expectAnswered(engine, [
      ['bramble had like 8 pups right? what breed are they', 'all Border Collie crosses'],
      ['the open day was for the roof right? how much did it make', 'raised £1,240 for the kennel roof'],
    ]);
  });
});
