/**
 * Session 62: a question asking of a year that is not the article's own (the one in its title or byline), whose
 * excerpt tells of no year but its own, is answered of the article's year, not the one asked: declined. The
 * article writes the year asked elsewhere ("since we revived it in 2021"), so it is no year the articles never
 * write. Nor is last year's winner asked answered by this year's, though the excerpt writes another year (a
 * tractor's).
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const SHOW = [
  '---',
  'title: Brackley Village Show 2024 - the results',
  '---',
  '',
  '*Posted by Iris Dunmore, show secretary, on 9 September 2024*',
  '',
  'The show has grown every year since we revived it in 2021, and this year 412 people came through the gate.',
  '',
  'The pie contest was won by Ada Fenn with a rabbit and cider pie. The judges were Tom Hale and Priya Das.',
  '',
  "Last year's pie contest went to Sam Orme, who came second this time.",
  '',
  'The marrow class had 14 entries, and the heaviest weighed 11.2 kg.',
  '',
  'This year the best vintage tractor prize went to Len Pike and his 1952 Ferguson TE20.',
].join('\n');

describe("a year that is not the article's own (session 62)", () => {
  it('is not answered by what the article tells of its own year', async () => {
    const { engine } = await articleEngineWithVectors('show.md', SHOW);
    expect(engine.ask('who won the pie contest in 2021').status).toBe('no_answer');
    expectAnswered(engine, [
      ['who won the pie contest in 2024', 'won by Ada Fenn'],
      ['who won the pie contest', 'won by Ada Fenn'],
    ]);
  });

  it("does not answer last year's winner by this year's", async () => {
    const { engine } = await articleEngineWithVectors('show.md', SHOW);
    expect(engine.ask("who won the vintage tractor prize at last year's show").status).toBe('no_answer');
    expectAnswered(engine, [['who won the vintage tractor prize', 'went to Len Pike']]);
  });
});
