/**
 * Session 64: a contact detail asked with its owner's name in the possessive ("what's the owl sanctuary's
 * phone number", "whats petra lindqvist's email") is still a contact detail asked. The check of session 60
 * (contact-asked.ts) let one possessive word stand before the detail, not a name of two words, so the byline
 * naming the sanctuary's manager was quoted as the answer.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const SANCTUARY = [
  'Ravensholme Owl Sanctuary: winter news',
  '',
  'Written by Petra Lindqvist, sanctuary manager.',
  '',
  'We currently have 23 owls in care, up from 15 last winter, and our numbers keep climbing.',
  '',
  'Volunteer inductions run on the first Sunday of each month at 10am.',
].join('\n');

describe("a contact detail asked with its owner's name (session 64)", () => {
  it('is declined when the article never writes it', async () => {
    const { engine } = await articleEngineWithVectors('sanctuary.txt', SANCTUARY);
    expectDeclined(engine, ["what's the owl sanctuary's phone number", "whats petra lindqvist's email"]);
    expectAnswered(engine, [
      ['how many owls are in care', '23 owls in care'],
      ['when are the volunteer inductions', 'first Sunday of each month'],
    ]);
  });
});
