/**
 * Session 68: "how many residents filled out the questionnaire": "Thank you to the 236 of you who filled in the
 * survey" counts the post's readers, people; a count of people asked takes it.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RESPONSE = [
  'Our response to the library hours consultation',
  '',
  'Posted 14 March by Owain Lloyd, Friends of Pentre Library',
  '',
  'We sent our response to the county council on Friday, asking them to keep the Saturday morning opening that residents rely on.',
  '',
  'Thank you to the 184 of you who filled in our survey, and to Gwen for collating the answers.',
].join('\n');

describe('a number of the readers counts people (session 68)', () => {
  it('answers a count of residents with "the 184 of you"', async () => {
    const { engine } = await articleEngineWithVectors('library.txt', RESPONSE);
    expectAnswered(engine, [
      ['how many residents did the questionnaire', '184 of you who filled in our survey'],
    ]);
  });
});
