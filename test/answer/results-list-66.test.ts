/**
 * Session 66: who won is who came first, the winner (concepts.ts): a results list writes "1st Tamsin Vose",
 * "Winner: Blackthorn", and "who won the beginners" is answered by the novice class's "1st".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RESULTS = [
  'Polgooth Hedging and Ploughing Match – results',
  '',
  'Posted 12 October by Merryn Hocking, match secretary',
  '',
  'Sixty-one competitors turned out on a dry, bright day at Higher Trewithen.',
  '',
  'Reversible: 1st Davey Rowe (Fordson Dexta, 171 pts); 2nd Ivor Couch (164 pts).',
  '',
  'Novice (under three seasons): 1st Tamsin Vose, aged 15, Massey Ferguson 35 (148 pts); 2nd Kit Lander (139 pts).',
  '',
  'Tea tent: the WI ladies served 300 pasties and raised £640 for the church roof.',
].join('\n');

describe('a results list answering who won (session 66)', () => {
  it('reads "1st" as the win asked about', async () => {
    const { engine } = await articleEngineWithVectors('results.txt', RESULTS);
    expectAnswered(engine, [
      ['who won the beginners', '1st Tamsin Vose'],
      ['who won the reversible', '1st Davey Rowe'],
    ]);
  });
});
