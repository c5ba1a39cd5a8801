/**
 * More ways a community article says a thing is not known yet (session 51), on an article written for the
 * test: "is not yet clear", "is still unclear", "we're not sure yet who", "has yet to confirm whether", "there's
 * no word yet on", "we're still waiting to hear whether". Each is declined; what the article says is answered.
 * An encyclopedia's "the origin of the name is not clear, but perhaps ..." is no such news (SQuAD unchanged).
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const REGATTA = [
  '# Elmsworth Regatta: committee update',
  '',
  'The regatta will be held on Saturday 14 June on the river below Elmsworth Bridge, with racing from 10am.',
  '',
  'Entry costs £12 per crew, and 46 crews had entered by the end of May.',
  '',
  'The prize for the veterans’ race is not yet clear; the sponsor is still talking to the committee.',
  '',
  'We’re not sure yet who will commentate this year, as Dave Holt has retired from the role.',
  '',
  'The council has yet to confirm whether the riverside car park will be free on the day.',
  '',
  'There’s no word yet on the price of the evening barbecue tickets, which go on sale in June.',
  '',
  'We’re still waiting to hear whether the fireworks licence has been granted.',
  '',
  'The cause of the damage to the boathouse doors is still unclear, and the police have been told.',
].join('\n');

describe('said to be unknown (session 51)', () => {
  it('declines what the article says is not known yet', async () => {
    const { engine } = await articleEngineWithVectors('regatta-update.md', REGATTA);
    expectDeclined(engine, [
      'whats the prize for the veterans race',
      'who is commentating this year',
      'is the riverside car park free on the day',
      'are there fireworks this year',
      'what damaged the boathouse doors',
    ]);
  });

  it('still answers what the article does say', async () => {
    const { engine } = await articleEngineWithVectors('regatta-update.md', REGATTA);
    expectAnswered(engine, [
      ['how much is entry per crew', '£12 per crew'],
      ['how many crews have entered', '46 crews had entered'],
      ['what time does the racing start', 'with racing from 10am'],
    ]);
  });
});
