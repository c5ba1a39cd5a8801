/**
 * Session 67: a month the question names, where the excerpt dates what it says by other months only, is another
 * time's: "how many came to the october quiz" is not answered by "On 14 September 31 teams came". A month
 * spanned ("September to November") is said, and a month guessed ("like feb?", "is it in march") is settled by
 * the article's own. The same for a season named: "who took the spring shield" is not answered by "took the
 * autumn shield".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NEWSLETTER = [
  'Brackley Arms Quiz League – autumn newsletter',
  '',
  'Posted 2 December by Morwenna Tate, quiz secretary',
  '',
  'Our season opener on 14 September drew 31 teams, the most the back room has ever squeezed in.',
  '',
  'The charity round on 12 October raised £418 for the hospice, all of it in pound coins and fivers.',
  '',
  'Ruth Pengelly has set the picture round every month from September to November, and she is taking a rest in the new year.',
  '',
  'The Quizzly Bears took the autumn shield on 23 November with 92 points, two clear of the Brain Drain.',
  '',
  'Entry stays at £2 a head for the winter rounds, which start on 11 January.',
].join('\n');

describe('a season asked that the excerpt does not say (session 67)', () => {
  it('declines a season asked where the answering sentence names other seasons only', async () => {
    const { engine } = await articleEngineWithVectors('quiz-league.txt', NEWSLETTER);
    expectDeclined(engine, ['which team won the spring shield', 'how much is entry for the summer rounds']);
  });

  it('answers the season said, and one guessed', async () => {
    const { engine } = await articleEngineWithVectors('quiz-league.txt', NEWSLETTER);
    expectAnswered(engine, [
      ['which team won the autumn shield', 'The Quizzly Bears took the autumn shield'],
      ['how much is entry for the winter rounds', 'Entry stays at £2 a head'],
      ['which team won the shield, was it in the spring?', 'The Quizzly Bears took the autumn shield'],
    ]);
  });
});

describe('a month asked that the excerpt does not say (session 67)', () => {
  it('declines a month asked where the excerpt dates other months only', async () => {
    const { engine } = await articleEngineWithVectors('quiz-league.txt', NEWSLETTER);
    expectDeclined(engine, [
      'how many teams turned up to the october quiz',
      'how much did the charity round make in november',
    ]);
  });

  it('answers the month said, a month spanned and a month guessed', async () => {
    const { engine } = await articleEngineWithVectors('quiz-league.txt', NEWSLETTER);
    expectAnswered(engine, [
      ['how many teams turned up to the september quiz', 'drew 31 teams'],
      ['how much did the charity round make in october', 'raised £418 for the hospice'],
      ['who did the picture round in october', 'Ruth Pengelly has set the picture round'],
      ['how much did the charity round make, was it in november?', 'raised £418 for the hospice'],
    ]);
  });
});
