/**
 * Readings session 49 added from the tenth six's questions, on an article written for the test: a word typed
 * with two neighbouring letters swapped is the word meant, though a word a letter off also answers ("trian":
 * "train", not "trial"); a closing "down there" says nothing of the topic; "last day to" asks the deadline;
 * "whats the address" asks for a street and its number.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, planOf } from './article-engine.js';

const TRIP = [
  '# Wrenfield Chess Club: the away weekend in Saltmouth',
  '',
  'Most of us travel from Wrenfield on the Friday. The train to Saltmouth takes about 1 hour 50 minutes, and the 8:05 departure is the one to catch.',
  '',
  'The club trial for the county team is on the Saturday morning and runs for about 3 hours, in the hotel’s upstairs room.',
  '',
  'The deadline for entries to the blitz side event is Wednesday 4 June; after that, entries close.',
  '',
  '## Where we stay',
  '',
  'We have booked the Harbour View Hotel again, which Marta Kowalski found for us in 2023. The hotel is at 27 Quay Street, Saltmouth, five minutes from the station.',
].join('\n');

describe('swapped letters, closing fillers, deadlines and addresses', () => {
  it('reads a swap of two neighbouring letters as the word meant, and says so', async () => {
    const { engine } = await articleEngineWithVectors('away-weekend.md', TRIP);
    const answer = engine.ask('how long is the trian from wrenfield');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('takes about 1 hour 50 minutes');
    expect(answer.correctedQuestion).toBe('how long is the train from wrenfield');
  });

  it('drops a closing "down there" and reads "last day to" as the deadline', async () => {
    const { engine } = await articleEngineWithVectors('away-weekend.md', TRIP);
    expect(planOf(engine, 'how long is the train from wrenfield down there').terms).not.toContain('down');
    expectAnswered(engine, [
      ['how long is the train from wrenfield down there', 'takes about 1 hour 50 minutes'],
      ['last day to enter the blitz?', 'The deadline for entries to the blitz side event'],
    ]);
  });

  it('quotes the street address where the address is asked', async () => {
    const { engine } = await articleEngineWithVectors('away-weekend.md', TRIP);
    expectAnswered(engine, [['whats the address of the hotel we stay at', 'The hotel is at 27 Quay Street']]);
  });
});
