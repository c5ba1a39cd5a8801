/**
 * A count given of another person in the same sentence (session 54): "a big thank-you to Dennis Farrow, who
 * drove 6,420 miles ..., and to Anita Shah, who completed 212 trips" gives no count of Dennis's trips; it
 * still answers Anita's trips and Dennis's miles.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const UPDATE = [
  '# Riverside Community Transport: spring update',
  '',
  'We now have 41 active volunteer drivers, up from 33 last spring, and between October and March they completed',
  '1,380 trips to hospitals and surgeries.',
  '',
  'Finally, a big thank-you to Dennis Farrow, who drove 6,420 miles for us last year, more than anyone else, and',
  'to Anita Shah, who completed 212 trips, the highest number of any driver.',
].join('\n');

describe("a count of another person's in the same sentence (session 54)", () => {
  it('declines the count for the person it is not given of', async () => {
    const { engine } = await articleEngineWithVectors('transport-update.md', UPDATE);
    expectDeclined(engine, ['how many trps did dennis farow do last yr']);
  });

  it('still answers the counts the sentence gives each person', async () => {
    const { engine } = await articleEngineWithVectors('transport-update.md', UPDATE);
    expectAnswered(engine, [
      ['how many trips did anita shah do', '212 trips'],
      ['how many miles did dennis farrow drive', '6,420 miles'],
    ]);
  });
});
