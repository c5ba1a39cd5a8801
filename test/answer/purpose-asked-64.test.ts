/**
 * Session 64: what money is spent on ("what are harlby spending the prize money on", "what will the grant be put
 * towards") is answered by the sentence saying where it goes ("the money would go towards a new roller"), not
 * by the one that only names the sum.
 */
import { describe, expect, it } from 'vitest';
import { asksPurpose, givesPurpose } from '../../src/answer/purpose-asked.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const CUP = [
  '---',
  'title: Harlby Town win the Vale Cup',
  '---',
  '',
  'Posted by Dev Patel, club press officer.',
  '',
  'Harlby Town beat Corvey Athletic 2-1 in Saturday’s Vale Cup final at Ashby Park.',
  '',
  'As winners, Harlby collect prize money of £3,000 from the league’s sponsors. Chairman Lorna Keyes said the money would go towards a new roller for the pitch.',
].join('\n');

describe('what money goes towards (session 64)', () => {
  it('is read from the question and the sentence', () => {
    expect(asksPurpose('what are harlby spending the prize money on')).toBe(true);
    expect(asksPurpose("what's the cup money being used for?")).toBe(true);
    expect(asksPurpose('what are they spending the cash on')).toBe(true);
    expect(asksPurpose('how much did harlby spend on the roller')).toBe(false);
    // What a thing is for is what it does: a sentence defining it answers (WikiQA's "what is aspirin used for").
    expect(asksPurpose('what is aspirin used for')).toBe(false);
    expect(givesPurpose('the money would go towards a new roller')).toBe(true);
    expect(givesPurpose('Harlby collect prize money of £3,000')).toBe(false);
  });

  it('is answered by the sentence saying where it goes', async () => {
    const { engine } = await articleEngineWithVectors('cup.md', CUP);
    expectAnswered(engine, [
      ['what are harlby spending the prize money on', 'would go towards a new roller'],
      ['wat r harlby spending the cash on', 'would go towards a new roller'],
      ['how much prize money did harlby get', 'prize money of £3,000'],
    ]);
  });
});
