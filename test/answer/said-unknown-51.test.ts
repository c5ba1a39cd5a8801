/**
 * More ways a community article says a thing is not known yet (session 51), on an article written for the
 * test: "is not yet clear", "is still unclear", "we're not sure yet who", "has yet to confirm whether", "there's
 * no word yet on", "we're still waiting to hear whether", "we never found out who", "we have no idea who owns
 * the ...", "nobody can yet tell us whether", "we have not heard back from the council about whether". Each is
 * declined; what the article says is answered.
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

const CLUBHOUSE = [
  '# Wyvern Model Railway Society: autumn notes',
  '',
  'A box of Peco track went missing from the store room after last year’s show. We never found out who took it, and the centre has since changed the locks.',
  '',
  'There is still a blue buoyancy aid in the club container from the river trip. We have honestly no idea who owns the buoyancy aid.',
  '',
  'The library now opens on Saturdays from 10am to 1pm. Nobody can yet tell us whether the Saturday hours are safe beyond March.',
  '',
  'We have not yet heard back from the district council about whether our community events grant of £400 will be renewed.',
  '',
  'The exhibition raised £2,140 for the society last year.',
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

  it('declines "never found out who", "no idea who owns", "nobody can yet tell us whether", "not heard back ... whether"', async () => {
    const { engine } = await articleEngineWithVectors('society-notes.md', CLUBHOUSE);
    expectDeclined(engine, [
      'did they ever find out who took the peco track from the store room',
      'whose is the blue buoyancy aid in the club container?',
      'are the saturday hours going to continue into next spring?',
      'has the council renewed the £400 grant yet',
    ]);
    expectAnswered(engine, [
      ['when does the library open on saturdays', 'from 10am to 1pm'],
      ['how much did the exhibition raise last year', '£2,140'],
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
