/**
 * Numbers that count nothing (session 54): "what turned into one of our best-attended days in years", "the
 * first one", a label's "Stop 1," do not answer "how many people turned up", nor does an article's opening
 * sentence without a figure outrank the sentence giving the head count.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const REPORT = [
  'Ashby Rambling Club: autumn walk',
  '',
  'Thank you to everyone who came out on Sunday for what turned into one of our best-attended days in years.',
  'Here is a write-up for those who missed it.',
  '',
  'THE WALK',
  '',
  'We set off from the church gate at 10.15am because the minibus from Thornby was running late. We had taken 51',
  'bookings and 43 people walked on the day: 35 members and 8 visitors. The route was 4.1 miles with six stops,',
  'led by our footpaths officer, Gail Hendry, with Tom Asante as back marker, and it took about three hours.',
  '',
  'Stop 1, the old tithe barn. Gail explained that the barn was rebuilt in 1791 after a fire destroyed the first',
  'one in 1788. The stone footings are older still and may date from the fifteenth century.',
  '',
  'Stop 2, the mill pond. The mill closed in 1924 and the wheel was taken away for scrap in 1941, though the',
  'sluice gate and the race can still be seen from the footbridge.',
  '',
  'Lunch was at the Plough. Walk prices were as usual: free for members and £2 for',
  'visitors, so we took £16 on the day.',
].join('\n');

describe('"one of", "the first one" and "Stop 1" count nothing (session 54)', () => {
  it('answers a head count with the sentence that gives it', async () => {
    const { engine } = await articleEngineWithVectors('autumn-walk.txt', REPORT);
    expectAnswered(engine, [
      ['how many people turned up for the autumn walk', '43 people walked on the day'],
      ['how many stops were on the walk', 'six stops'],
    ]);
  });
});
