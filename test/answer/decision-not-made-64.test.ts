/**
 * Session 64: "that decision hasn't been made yet" says the thing is not known, as "no decision has been made"
 * did (said-unknown.ts): "is harrowby primary open as normal on monday" was answered by the sentence leaving
 * it open.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const SCHOOL = [
  'Harrowby Primary: flood update',
  '',
  'From Mrs Ruth Okonjo, head teacher.',
  '',
  "The school closed on Tuesday and Wednesday because the boiler room flooded. We reopened today for Years 5 and 6 only, and I'll confirm by Sunday evening whether the whole school opens as normal on Monday - that decision hasn't been made yet.",
  '',
  'The Year 4 trip to Castle Fell has moved to Friday 14 March.',
].join('\n');

describe('a decision not made yet (session 64)', () => {
  it('leaves what it decides unanswered, and the rest answered', async () => {
    const { engine } = await articleEngineWithVectors('school.txt', SCHOOL);
    expectDeclined(engine, [
      'is harrowby primary open as normal on monday',
      'will the whole school be back on monday',
    ]);
    expectAnswered(engine, [
      ['why did the school close', 'because the boiler room flooded'],
      ['when is the year 4 trip now', 'moved to Friday 14 March'],
    ]);
  });
});
