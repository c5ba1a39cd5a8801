/**
 * More ways an article says a thing is not known or not settled (session 53): "Nobody at the council could
 * say ...", "no decision was made", "not naming names", "has not explained", "is not finalised yet", "is still
 * completely open", "is yet to be booked; we will let you know"; a doer only "a member" names no one.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NOTES = [
  '# Hillside Allotments: committee notes',
  '',
  'Nobody from the water company could say at the meeting which month the new standpipes would be fitted.',
  '',
  'A proposal to open a second gate on Mill Lane was discussed but no decision was made.',
  '',
  'One plot holder (not naming names, you know who you are) left the shed unlocked twice in August.',
  '',
  'The new rent of £42 a plot was agreed. The skip order itself is not finalised yet, as we are waiting on two quotes.',
  '',
  'Where the autumn show will be held is still completely open.',
  '',
  'The coach company for the seed swap trip is yet to be booked; we will let you know.',
  '',
  'One note on safety: a member cut their hand on the hedge trimmer at about 3pm.',
].join('\n');

describe('more ways of saying a thing is unknown (session 53)', () => {
  it('declines what the notes say nobody knows or nobody has settled', async () => {
    const { engine } = await articleEngineWithVectors('allotment-notes.md', NOTES);
    expectDeclined(engine, [
      'which month are the new standpipes going in',
      'are we getting a second gate on mill lane',
      'who left the shed unlocked in august',
      'when is the skip order being delivered',
      'where is the autumn show this year',
      'which coach firm are we using for the seed swap trip',
      'who was the member that cut their hand on the hedge trimmer?',
    ]);
  });

  it('still answers what the notes do settle', async () => {
    const { engine } = await articleEngineWithVectors('allotment-notes.md', NOTES);
    expectAnswered(engine, [['how much is the new plot rent', '£42 a plot']]);
  });
});
