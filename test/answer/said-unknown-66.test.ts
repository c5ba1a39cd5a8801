/**
 * Session 66: "we haven't appointed anyone to take over" leaves who takes over unknown (said-unknown.ts), and
 * "do we know who ...", "anyone know when ...", "any idea how much ..." ask the question after them (requests.ts).
 */
import { describe, expect, it } from 'vitest';
import { asRequestedQuestion } from '../../src/answer/requests.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CHOIR = [
  '---',
  'title: Trewint Community Choir, summer news',
  '---',
  '',
  'Posted by Demelza Hosking, choir secretary, 3 June.',
  '',
  'Our musical director, Jenny Pascoe, retires in July after twelve years with us, and we have not appointed anyone to take over the Thursday rehearsals yet.',
  '',
  'The new upright piano came from Hendry’s Music in Truro and cost £2,400, most of it raised at the spring concert.',
].join('\n');

describe('who takes over, left unknown, and questions asked as "do we know" (session 66)', () => {
  it('declines who takes over where nobody has been appointed', async () => {
    const { engine } = await articleEngineWithVectors('choir.md', CHOIR);
    expectDeclined(engine, [
      "who's taking over the thursday rehearsals",
      'do we know who is taking over the rehearsals',
    ]);
  });

  it('reads "do we know", "anyone know" and "any idea" as the question after them', () => {
    expect(asRequestedQuestion('do we know why the pump died?')).toBe('why the pump died?');
    expect(asRequestedQuestion('anyone know when the hall reopens')).toBe('when the hall reopens');
    expect(asRequestedQuestion('any idea who won the raffle')).toBe('who won the raffle');
    // Not a question about knowing whether: "do we know the way" asks nothing after it.
    expect(asRequestedQuestion('do we know the way to the hall')).toBe('do we know the way to the hall');
  });

  it('answers the question after "do we know" or "any idea"', async () => {
    const { engine } = await articleEngineWithVectors('choir.md', CHOIR);
    expectAnswered(engine, [
      ['do we know where the new piano came from', 'came from Hendry’s Music in Truro'],
      ['any idea how much the piano cost', 'cost £2,400'],
      ['who is retiring in july', 'Our musical director, Jenny Pascoe, retires in July'],
    ]);
  });
});
