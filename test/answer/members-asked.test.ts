/**
 * "Which countries are part of the coalition": the members of a body. An excerpt that names the body without
 * saying who is in it names none of them; one that lists them answers.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Northern front',
  '',
  'A Danish-backed coalition has been advancing toward Varna, the second largest port.',
  '',
  'The southern alliance of Baltic states, including Latvia and Estonia, has held the coast since May.',
].join('\n');

describe('the members of a body', () => {
  it('are not named by an excerpt that only names the body', async () => {
    const { engine } = await articleEngineWithVectors('front.md', ARTICLE);
    for (const question of [
      'which countries are part of the coalition advancing on varna',
      'which countries make up the danish-backed coalition near varna?',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('are named by an excerpt that says who is in it', async () => {
    const { engine } = await articleEngineWithVectors('front.md', ARTICLE);
    expect(engine.ask('which baltic states are part of the southern alliance').excerpt).toContain(
      'including Latvia and Estonia',
    );
  });
});
