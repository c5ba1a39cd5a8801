/**
 * Session 68: "when did the frist lot get dropped off": a declined question whose unknown word is one slip from a
 * word the articles use ("frist": "first") is not told that the articles "say nothing about 'frist'", a name they
 * lack; a real name they lack ("france", "peshawar") still is.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const DIARY = [
  'Canoe trip diary',
  '',
  'Posted 2 August by Sian Rowe, trip leader',
  '',
  'The first group paddled from Llanfair to the old mill on Saturday, and the second group joined them at lunch.',
  '',
  'We camped at Dol Farm, where the farmer let us use the barn when the rain came in.',
].join('\n');

describe('a slip is no name the articles lack (session 68)', () => {
  it('declines a slip without naming it, and names a real name', async () => {
    const { engine } = await articleEngineWithVectors('diary.txt', DIARY);
    const slip = engine.ask('how much did the frist group pay for the barn');
    expect(slip.status).toBe('no_answer');
    expect(slip.reason?.message).not.toMatch(/frist/);
    const name = engine.ask('how much did the group pay in france');
    expect(name.status).toBe('no_answer');
    expect(name.reason?.message).toMatch(/say nothing about “france”/);
  });
});
