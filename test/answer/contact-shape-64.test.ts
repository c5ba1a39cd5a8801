/**
 * Session 64: a contact detail asked ("what's the owl sanctuary's phone number", "ashgrove discord invite?") is
 * the shape of the answer: the sentence that writes one is chosen ("ring our rescue line on 01632 960 417"),
 * and an excerpt that writes none is no answer ("fill in the form pinned in #appeals on the Ashgrove Discord").
 * Before, the check of session 60 only declined an excerpt without the detail; the excerpt was still chosen
 * for the question's other words.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const SANCTUARY = [
  'Ravensholme Owl Sanctuary: winter news',
  '',
  'Written by Petra Lindqvist, sanctuary manager.',
  '',
  'We currently have 23 owls in care, up from 15 last winter, and our numbers keep climbing.',
  '',
  'Volunteer inductions run on the first Sunday of each month at 10am.',
];
const PHONE = 'If you find an injured bird, ring our rescue line on 01632 960 417 at any hour.';

const SERVER = [
  '---',
  'title: Ashgrove SMP: rules and help',
  '---',
  '',
  'Posted by Kestrel, server admin.',
  '',
  'To appeal a ban, fill in the form pinned in #appeals on the Ashgrove Discord; you can still see it while banned.',
  '',
  'The server restarts every night at 4am UK time.',
];
const INVITE = 'New players can join the Discord at https://discord.gg/ashgrove7 and say hello in #welcome.';

describe('a contact detail asked (session 64)', () => {
  it('is answered by the sentence that writes it', async () => {
    const { engine } = await articleEngineWithVectors('sanctuary.txt', [...SANCTUARY, '', PHONE].join('\n'));
    expectAnswered(engine, [["what's the owl sanctuary's phone number", '01632 960 417']]);
    const withLink = await articleEngineWithVectors('server.md', [...SERVER, '', INVITE].join('\n'));
    expectAnswered(withLink.engine, [['ashgrove discord invite?', 'https://discord.gg/ashgrove7']]);
  });

  // With its owner's name in the possessive ("the owl sanctuary's", "petra lindqvist's") it is still asked: the
  // check of session 60 let one possessive word stand before the detail, and the byline was quoted.
  it('is declined when the article never writes it, whoever it is asked of', async () => {
    const { engine } = await articleEngineWithVectors('sanctuary.txt', SANCTUARY.join('\n'));
    expectDeclined(engine, ["what's the owl sanctuary's phone number", "whats petra lindqvist's email"]);
    expectAnswered(engine, [
      ['how many owls are in care', '23 owls in care'],
      ['when are the volunteer inductions', 'first Sunday of each month'],
    ]);
  });

  it('is declined when no sentence writes it', async () => {
    const { engine } = await articleEngineWithVectors('server.md', SERVER.join('\n'));
    expectDeclined(engine, ['ashgrove discord invite?', 'whats the ashgrove discord invite']);
    expect(engine.ask('how do i appeal a ban').excerpt).toContain('pinned in #appeals');
  });
});
