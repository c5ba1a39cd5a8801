/**
 * Everyday words for what a club's notes write (session 47): what thieves "nick" they steal, who "spotted"
 * a break-in discovered it, a price "hike" is a rise, the "queue" is the waiting list, growing is
 * increasing, "folks" are people, the "ref" the referee or arbiter, "cheaper" homes the affordable ones. On
 * an article written for the test; what it does not say is still declined.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NOTES = [
  '# Brook Lane bowls club: autumn notes',
  '',
  'Over the weekend thieves stole the club mower and two sets of bowls from the store.',
  '',
  'The green keeper, Alan Rudd, discovered the break-in on Monday morning.',
  '',
  'Membership goes up to £95 next year; the main reason for the rise is the new lease.',
  '',
  'There are 14 names on the waiting list for full membership.',
  '',
  'The club has increased its membership from 180 to 212 over the year.',
  '',
  'Around 60 people came to the open day on the green in September.',
  '',
  'Officials say that the bowls federation has been increasing its presence in the valley, and has partnered with two schools.',
  '',
  'The umpire for the county final was Derek Shaw.',
  '',
  'The council says 12 of the 40 new flats next to the green will be affordable.',
].join('\n');

describe('everyday words for what club notes write', () => {
  it('are matched to the words the article uses', async () => {
    const { engine } = await articleEngineWithVectors('bowls-notes.md', NOTES);
    expectAnswered(engine, [
      ['what did they nick from the store', 'stole the club mower'],
      ['who spotted the break-in', 'Alan Rudd'],
      ['whats behind the membership price hike', 'the main reason for the rise'],
      ['how many are in the queue for full membership', '14 names on the waiting list'],
      ['roughly how many folks showed up to the open day', 'Around 60 people'],
      // A guess at a count of names is a count, not a question whether a name is known.
      ['is the queue for full membership still about 10 names?', '14 names on the waiting list'],
      ['who was the ref for the county final', 'Derek Shaw'],
      ['how many of the new flats will be cheaper ones', '12 of the 40 new flats'],
      ['is the club growing or shrinking', 'increased its membership'],
      ['is the bowls federation growing in the valley or shrinking', 'increasing its presence in the valley'],
    ]);
    expectDeclined(engine, ['who was the ref for the league cup final']);
  });
});
