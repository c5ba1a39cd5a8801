/**
 * More ways an article says a thing is not known (session 50), on an article written for the test: "haven't said
 * yet whether", "won't be known until", "no new figure has been agreed", "has not been established", "has not
 * been chosen yet", "hasn't said who it is yet"; a sentence telling of a question readers asked ("Several members
 * have asked why ...") quoted with the next one, which says "we can't say yet"; "We don't know whether it can be
 * ...", "we honestly don't know yet if ..." and "Awaiting confirmation." after the sentence naming the thing; a
 * sentence in a passage ranked beside the answer's that says the thing asked is not known ("The council has not
 * said when residents can return"), and for a cause asked, one in the passage before or after ("We still don't know
 * exactly what caused the fault"). A length of time in words ("for eleven minutes") answers "how long". Each is declined; what the
 * article does say is still answered.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const CANAL = [
  '# Wensley Canal Society: autumn work-party report',
  '',
  'Forty-two volunteers turned out for the lock 7 work party on Saturday 4 October, clearing 11 skips of silt and reeds.',
  '',
  'We have asked the Waterways Trust to lend us the tug Marigold again next spring, but they haven’t said yet whether we can have it.',
  '',
  'The lock keeper’s cottage rent is £90 a month. The landlord has mentioned an increase, but no new figure has been agreed.',
  '',
  'Eleven metres of the towpath wall at Hollins Bend collapsed in September. The cause of the collapse has not been established, and the engineers are still testing the soil.',
  '',
  'The spring project has not been chosen yet. The committee is weighing two ideas and will report in January.',
  '',
  'Several members have asked why the lock 7 gates leak so badly. Honestly, we can’t say yet. The gates were last replaced in 1998 by the Trust’s own carpenters.',
  '',
  'The Hollins footbridge has been shut by the council since the flood. We don’t know whether it can be mended or will have to come down.',
  '',
  'Our open day is on Sunday 12 April at the Wharf Centre. The Trust has promised a guest speaker but hasn’t said who it is yet. Doors open at 10am, but the Trust hasn’t said what time the day finishes.',
  '',
  'How the society ranks in the regional volunteering awards won’t be known until the results are published in March.',
  '',
  'Our towpath litter pick set a county record of 212 bags in one day. Awaiting confirmation.',
  '',
  'A few members have asked about a Thursday evening work party for people who work weekends. Whether that happens depends on numbers; we honestly don’t know yet if enough of you can come.',
].join('\n');

const QUARRY = [
  '# Brackenfold quarry landslip: residents’ update',
  '',
  'A section of the old quarry face above Brackenfold gave way at 4.40am on Tuesday 9 September, sending rock and mud across Quarry Lane.',
  '',
  'The district council ordered the evacuation of the eleven cottages on Quarry Lane at 6am the same morning, and 27 residents spent the first night at the Brackenfold village hall.',
  '',
  '## What happens next',
  '',
  'Geologists from Hartley Ground Surveys walked the face on Thursday 11 September and will report to the council by the end of the month.',
  '',
  'The council has not said when Quarry Lane residents can return to their cottages. Until then the lane stays closed to everyone except emergency vehicles.',
].join('\n');

const CONCERT = [
  '# Millfield Summer Concert: the committee’s report',
  '',
  'About 640 people came to the Millfield Summer Concert on the rec on Saturday 19 July, and the bar took £3,210.',
  '',
  'At 8.40pm, halfway through the second set, the stage lights went out for eleven minutes, and the band played on by torchlight.',
  '',
  'We still don’t know exactly what caused the fault. The hire company has taken the dimmer rack away to test it.',
  '',
  'The headline act, the Larkspur Ceilidh Band, played for an hour and a half and finished at 10.15pm.',
].join('\n');

describe('said to be unknown (session 50)', () => {
  it('declines what the article says is not yet known or settled', async () => {
    const { engine } = await articleEngineWithVectors('canal-work-party.md', CANAL);
    expectDeclined(engine, [
      'are we getting the marigold tug again next spring',
      'how much is the cottage rent going up',
      'whats the new rent for the cottage gonna be',
      'what made the towpath wall at hollins bend fall down',
      'whats the spring project gonna be',
      'who is the guest speaker at the open day',
      'where does the society rank in the regional volunteering awards',
    ]);
  });

  it('quotes a reported question with the next sentence, and declines when that says it is unknown', async () => {
    const { engine } = await articleEngineWithVectors('canal-work-party.md', CANAL);
    expectDeclined(engine, ['why do the lock 7 gates leak so much', 'do we know why the lock 7 gates leak']);
    const answer = engine.ask('when were the lock 7 gates last replaced');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('last replaced in 1998');
  });

  it('reads "it" in "we don\'t know whether it can be mended" as the thing the sentence before names', async () => {
    const { engine } = await articleEngineWithVectors('canal-work-party.md', CANAL);
    expectDeclined(engine, [
      'is the hollins footbridge getting repaired or replaced',
      'is the thursday evening work party going ahead',
      'has the litter pick record been made official yet',
    ]);
  });

  it('reads "need to know" and "let me know" as the way of asking, not a question about what is known', async () => {
    const { engine } = await articleEngineWithVectors('canal-work-party.md', CANAL);
    expectDeclined(engine, [
      'what time does the open day finish, need to know for my bus',
      'what time does the open day end? let me know',
    ]);
  });

  it('still answers what the article does say', async () => {
    const { engine } = await articleEngineWithVectors('canal-work-party.md', CANAL);
    expectAnswered(engine, [
      ['how many volunteers came to the lock 7 work party', 'Forty-two volunteers turned out'],
      ['how much is the cottage rent now', '£90 a month'],
      ['when is the open day', 'Sunday 12 April'],
      ['how many skips of silt did they clear', '11 skips of silt'],
      ['how many bags did the litter pick fill', '212 bags in one day'],
    ]);
  });

  it('declines when a passage beside the answer says the thing asked is not known', async () => {
    const { engine } = await articleEngineWithVectors('quarry-slip.md', QUARRY);
    expectDeclined(engine, ['when can quarry lane residents go back']);
    expectAnswered(engine, [
      ['how many residents spent the night at the hall', '27 residents spent the first night'],
      ['when did the quarry face give way', 'at 4.40am on Tuesday 9 September'],
    ]);
  });

  it('declines a cause asked when the passage after says the cause is not known', async () => {
    const { engine } = await articleEngineWithVectors('summer-concert.md', CONCERT);
    expectDeclined(engine, ['what made the stage lights go out at the concert', 'why did the lights go out']);
    expectAnswered(engine, [
      ['when did the stage lights go out', 'At 8.40pm, halfway through the second set'],
    ]);
  });

  it('reads a length of time written in words ("for eleven minutes")', async () => {
    const { engine } = await articleEngineWithVectors('summer-concert.md', CONCERT);
    expectAnswered(engine, [['how long were the lights out for', 'went out for eleven minutes']]);
  });
});
