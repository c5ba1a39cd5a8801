/**
 * Chat readings session 49 added from the tenth six's questions, on an article written for the test:
 * "everything" in "what time did everything go cold" stands for whatever the article names (the boiler), and
 * "who took the W" asks who won; "Ana only does Tuesday evenings" answers "can ana ... on a sunday"; "my mate keeps
 * going on about" is the asker's story; a Title Case heading's year ("Spring Fair 2026: ...") says no date; a
 * denial ("she wasn't involved in planning it") is quoted with the sentence saying who it was ("That was ...").
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, planOf } from './article-engine.js';

const HALL = [
  '# Elmcroft Village Hall: winter notes',
  '',
  'The hall’s boiler shut down at about 6.10am on Monday 3 March, just before the toddler group arrived.',
  '',
  'Bookings for the spring are taken by Rhona Tait, who checks the diary every Monday.',
  '',
  'The Quizzly Bears won the February quiz night with 58 points, two ahead of the Know-It-Owls.',
  '',
  'Hall keys are held by Dev Malhotra and Ana Ruiz. Ana only does Tuesday evenings.',
].join('\n');

const FAIR = [
  '# Elmcroft Spring Fair 2026: Stalls and Parking',
  '',
  'The Elmcroft Spring Fair is on Saturday 18 April on the village green, from 11am to 4pm.',
  '',
  'Last year’s fair was opened by the mayor, Cllr Joan Haddow, but she wasn’t involved in planning it. That was our secretary, Owen Pryce, and his committee.',
].join('\n');

describe('chat readings', () => {
  it('reads "everything" as whatever the article names', async () => {
    const { engine } = await articleEngineWithVectors('village-hall-notes.md', HALL);
    expect(planOf(engine, 'what time did everything go cold that monday').weights.get('everyth')).toBe(0);
    expectAnswered(engine, [['what time did everything go cold that monday', 'shut down at about 6.10am']]);
  });

  it('takes "only" of other days as the answer to a yes/no question about a day', async () => {
    const { engine } = await articleEngineWithVectors('village-hall-notes.md', HALL);
    expectAnswered(engine, [
      ['can ana let me into the hall on a monday evening', 'Ana only does Tuesday evenings'],
    ]);
  });

  it("drops a friend's talk and dates an event by its sentence, not its heading's year", async () => {
    const { engine } = await articleEngineWithVectors('spring-fair.md', FAIR);
    expectAnswered(engine, [
      ['when is that spring fair my mate keeps going on about', 'is on Saturday 18 April'],
    ]);
  });

  it('quotes who it was with a denial that it was the one asked about', async () => {
    const { engine } = await articleEngineWithVectors('spring-fair.md', FAIR);
    expectAnswered(engine, [
      ['was the mayor the one who planned last years fair?', 'That was our secretary, Owen Pryce'],
    ]);
  });

  it('reads "took the W" as won', async () => {
    const { engine } = await articleEngineWithVectors('village-hall-notes.md', HALL);
    expect(planOf(engine, 'who took the W at quiz night').terms).toContain('win');
    expectAnswered(engine, [
      ['who took the W at quiz night', 'The Quizzly Bears won the February quiz night'],
    ]);
  });
});
