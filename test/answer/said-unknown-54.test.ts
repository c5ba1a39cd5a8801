/**
 * More ways an article leaves a thing open (session 54): "has not made a decision yet", "we can't confirm a
 * date until ...", "no idea yet whether", "haven't been found yet", "we simply don't know." after the sentence
 * raising it, "We still don't know where it went" after the thing that went missing, and a deed whose doer a
 * later paragraph says nobody knows, "Who H.R. was remains a mystery", "has not given us a date". What the article
 * does settle is still answered.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const UPDATE = [
  '# Brookside Bowls Club: autumn update',
  '',
  'Our winter social drew 58 people to the pavilion on 9 November. Several members asked whether the quiz',
  'questions could be printed as a booklet. Gwen is happy to do it, but the committee has not made a decision yet.',
  '',
  "**Open day 2025.** We would like to hold it in May again, but we can't confirm a date until the council",
  'finishes resurfacing the car park.',
  '',
  'Our bid to the Ashworth Trust for a new roller was for £6,400. We have been shortlisted, but we have no idea',
  'yet whether the bid will succeed.',
  '',
  "We hoped to hold a thank-you supper for the green keepers in the spring, but a venue and date haven't been",
  'found yet.',
  '',
  'If you paid the old £30 locker fee in January, will you get a refund now that lockers are free? At the moment',
  "we simply don't know.",
  '',
  "The red scorebook that lived in the kitchen drawer went missing in March. We still don't know where it went;",
  'if it turns up please bring it back.',
  '',
  'On 4 June, at about 2pm, the mower was started in the shed with the door shut and the shed filled with fumes.',
  'Nobody was hurt, and the shed was aired for an hour before anyone went back in.',
  '',
  "We still don't know who started the mower in the shed, and nobody has come forward.",
  '',
  'The old pavilion clock is signed "H.R. 1911" on its face. Who H.R. was remains a mystery.',
  '',
  "The council has not given us a date for the car park to reopen; it says only 'later this spring'.",
].join('\n');

describe('more ways of saying a thing is not settled (session 54)', () => {
  it('declines what the update leaves open', async () => {
    const { engine } = await articleEngineWithVectors('bowls-update.md', UPDATE);
    expectDeclined(engine, [
      'is the quiz getting printed as a booklet?',
      'when is the open day next year',
      'did the roller bid get approved',
      'did we get the 6.4k for the roller?',
      'when is the green keepers supper',
      'i paid the locker fee in january, do i get my money back?',
      'what happened to the red scorebook',
      'who started the mower in the shed',
      'who was H.R. on the pavilion clock',
    ]);
  });

  it('still answers what the update does say', async () => {
    const { engine } = await articleEngineWithVectors('bowls-update.md', UPDATE);
    expectAnswered(engine, [
      ['how many people came to the winter social', '58 people'],
      ['how much was the roller bid for', '£6,400'],
      ['when did the scorebook go missing', 'March'],
      ['what year is on the pavilion clock', '1911'],
    ]);
  });
});
