/**
 * Word groups session 48 added from the ninth six's questions, each asked in the reader's word of an article
 * written in another: "overall" / "in total", "joined-up" / "combined" / "merge", "renting" / "hire",
 * "halls" / "venue", "main doctor" / "lead GP", "fit" / "seating"; and a numbered heading whose first
 * sentence leaves the date to the sentence quoted after it ("3. Summer fair" / "The fair will be held on
 * ..."). On articles written for these tests.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const CLUB = [
  '# Wenlow and Astby running clubs: news for members',
  '',
  'From 1 May, Wenlow Harriers will formally merge with Astby Striders. The combined club will be called the Wenlow and Astby Runners.',
  '',
  'In total 212 members will belong to it: 130 from Wenlow and 82 from Astby.',
  '',
  'Hall hire for the awards night came to £240, which the club paid from its reserves.',
  '',
  'Our biggest venue this year, the Corn Exchange, offers seating for 450.',
  '',
  'Dr Lena Ahmed will become the lead GP for the club’s injury clinic.',
].join('\n');

const MINUTES = [
  'Spring term meeting of the Friends of Ashby School',
  '',
  '3. Summer fair',
  'Claire reported on behalf of Gemma, who is leading the fair again. The fair will be held on Saturday 21 June from 12 noon to 4pm on the school field.',
  '',
  '4. Discos',
  'The leavers’ disco is booked for Wednesday 16 July.',
].join('\n');

describe('everyday words for what an article says in others', () => {
  it('find the sentence that says it', async () => {
    const { engine } = await articleEngineWithVectors('club-merger.md', CLUB);
    expectAnswered(engine, [
      ['what was the overall number of members', 'In total 212 members'],
      ['what will the joined-up club be named?', 'The combined club will be called'],
      ['what did renting the hall cost for the awards night', 'Hall hire for the awards night came to £240'],
      ['how many people can fit in the biggest venue', 'seating for 450'],
      ['main doctor for the injury clinic?', 'Dr Lena Ahmed will become the lead GP'],
    ]);
  });

  it('take the date from the sentence after a numbered heading', async () => {
    const { engine } = await articleEngineWithVectors('friends-minutes.txt', MINUTES);
    expectAnswered(engine, [['wen is the summer fete this yr', 'Saturday 21 June']]);
  });
});
