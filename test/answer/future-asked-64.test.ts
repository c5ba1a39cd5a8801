/**
 * Session 64: "when's the new pavilion actually gonna be open" asks a date still to come, as "when will ..."
 * and "when is X going to ..." did (query-plan.ts `FUTURE_QUESTION`): "when's" and a longer subject ("the new
 * kennel block actually") were not read so, and a past date (planning granted on 15 October) answered. "To be
 * ready in 2026" is a date to come (SQuAD's "to be available in 2016" for "when are the new Sky Q products going
 * to be available", declined once the question was read so).
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CLUB = [
  '---',
  'title: Oakridge Tennis Club: pavilion news',
  '---',
  '',
  'Posted by Sunil Varma, club secretary.',
  '',
  'Planning permission for the new pavilion was granted by Wealdham Council on 15 October, nine weeks after we applied.',
  '',
  'The new floodlights on courts 3 and 4 are going to be switched on for the first time on Friday 7 November.',
  '',
  'In March the club announced an electronic scoreboard for court 1, to be ready in time for the 2026 summer league.',
].join('\n');

describe('a date to come asked with "when\'s ... gonna" (session 64)', () => {
  it('is not answered by a past date', async () => {
    const { engine } = await articleEngineWithVectors('club.md', CLUB);
    expectDeclined(engine, ["when's the new pavilion actually gonna be open"]);
    expectAnswered(engine, [
      ["when's the floodlights on courts 3 and 4 gonna be switched on", 'Friday 7 November'],
      ['when was planning permission for the pavilion granted', 'on 15 October'],
      // "to be ready in time for the 2026 summer league" tells of a date to come, as "will" does.
      [
        'when is the electronic scoreboard going to be ready',
        'to be ready in time for the 2026 summer league',
      ],
    ]);
  });
});
