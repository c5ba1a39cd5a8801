/**
 * Everyday words for what community articles write more formally (session 44): the asker says "money" or
 * "percent" where the article writes the sum or the share, "spuds" and "grown ups" where it writes potatoes
 * and adults, "who paid" where it writes "funded by". Each article is written for the test; each question
 * stands for a class of questions, not for itself.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const PITCH = [
  'Oakfield Juniors: New Pitch Update',
  '',
  'Work has begun on a floodlit all-weather pitch at Mill Lane. Most of the cost comes from a grant of £168,500 awarded by the Hartfield Sports Trust in February.',
  '',
  'The club has also been offered help by a local builder, though the value of that offer has not yet been confirmed.',
  '',
  'Subs for next season stay at £120 for under-12s.',
  '',
  '- Under-10s: won Division One with 46 points from 18 games, losing only once.',
].join('\n');

const STUDY = [
  'Sleep Tracker Study Finds Small Gains',
  '',
  'The research was funded by a £340,000 grant from the Restwell Foundation, an independent charity.',
  '',
  'When asked at the end of the trial, 23% of the feedback group said they felt more anxious about their sleep than before.',
  '',
  'The app has a premium version with extra reports, which the researchers did not test.',
].join('\n');

const RECALL = [
  'Swift Kettle Recall',
  '',
  'Stop using the kettle and unplug it. Once we receive the kettle we will refund you in full: £34.99 for the steel model.',
  '',
  'Swift kettle, model number SK-1702. Only units with batch codes beginning 23K are affected.',
  '',
  'Recall helpline: 0800 046 7215',
  '',
  'The firm said 29,350 of its Swift kettles were affected.',
].join('\n');

const LETTER = [
  'Millbrook Academy',
  '',
  'Dear Parents and Carers,',
  '',
  "I am delighted to confirm that this year's Year 8 residential trip will take place from Monday 9 June to Friday 13 June 2025 at Glenharrow Outdoor Centre. The trip lasts five days and four nights, and we have reserved 96 places, which is 6 more than last year because the centre has opened a new accommodation block. Places will be allocated in the order that deposits are received.",
  '',
  'Cost and payment',
  '',
  "The total cost is £385 per student. This covers coach travel, accommodation, all meals from Monday lunch to Friday lunch, all activities and equipment, and travel insurance. To secure a place, a non-refundable deposit of £85 must be paid through the school's online payment system by Friday 24 January 2025. The remaining £300 is then payable in three instalments of £100, due on 28 February, 28 March and 2 May.",
  '',
  'Bursary and hardship fund',
  '',
  "We do not want cost to stop any student from going. The Millbrook Student Support Fund can cover up to 75% of the trip cost, and in exceptional circumstances more. Families who receive free school meals will automatically be offered help, but anyone may apply. Please contact Mrs Fiona Blakely in the Finance Office, in confidence, by Friday 31 January. Applying does not delay your child's place, as long as the deposit deadline is met or a deposit waiver has been agreed with Mrs Blakely.",
  '',
  'Staffing',
  '',
  'Twelve staff will travel with the group. Please note that pastoral questions during the week should go to Ms Rachel Ahmed, while questions about the trip itself should go to Mr Okoro.',
].join('\n');

const RIDE = [
  '# Calderbrook Wheelers: Ride Report',
  '',
  'The main climbs on the long route were:',
  '',
  '- Colley Bank: 2.8 km at an average of 7.1%, gaining 199 m, at about 31 km',
  '- The Nab: 0.9 km at 11%, gaining 99 m, just 8 km from the finish',
].join('\n');

const NOTES = [
  '# Brindle 3.0.0 release notes',
  '',
  'Pinned by Marta Quiroga, lead maintainer. Released on Friday 14 March 2025.',
  '',
  'Brindle 3.0.0 is out. It is the first major release since 2.0.0 in September 2023, and it replaces the old hand-written parser with a new one that is faster and much stricter about malformed input. The final release of the 2.x line is 2.9.4, published eleven days earlier on 3 March 2025. Please read the breaking changes before you upgrade, because several defaults have changed and some code that ran quietly on 2.9.4 will now raise errors.',
  '',
  '## Breaking changes',
  '',
  '- The minimum supported runtime is now Python 3.10; 2.x supported 3.8 and later. We dropped 3.8 and 3.9 because the new parser relies on structural pattern matching throughout.',
  '- `load_config()` no longer accepts a plain string as a file path. Pass a `pathlib.Path` or an open file object instead. Strings were ambiguous, since Brindle could not tell a short YAML document from a file name.',
  '- The `strict` option now defaults to `True` (it was `False` in 2.x). Unknown keys and duplicate keys therefore raise a `ValidationError` unless you pass `strict=False` explicitly.',
  '',
  '## Fixed',
  '',
  '- Security: advisory BSA-2025-01. Alias expansion is now capped at 10,000 nodes by default. The issue was reported privately on 9 January 2025 by Ines Haddad, an independent security researcher, and the fix was also backported to 2.9.4.',
  '- Comments inside lists are no longer dropped when a file is round-tripped with `dump()` (issue #1482).',
  '',
  '## Upgrading',
  '',
  'The next feature release, 3.1.0, is planned for 20 June 2025. A 3.0.1 patch release will come sooner if serious regressions turn up, but there is no date for it.',
].join('\n');

const FESTIVAL = [
  'Wyndham Green Summer Festival 2025',
  '',
  'TICKETS',
  '',
  '- Adult day ticket: £28 for Saturday or Sunday, £22 for Friday',
  '- Child day ticket (ages 5 to 15): £10',
  '- Concession day ticket (over-65s, students, and people on means-tested benefits): £20',
  'Tickets bought on the gate cost £5 more for every category except under-5s.',
  '',
  'THE STAGES',
  '',
  "The Barn is an indoor acoustic venue in Holloway's old threshing barn, holding about 150 people.",
].join('\n');

const PATCH = [
  'Ashen Tides Patch 4.2 FAQ',
  '',
  'Q: What is new?',
  '',
  '- The level cap goes up from 60 to 65.',
  '- A new zone, the Saltglass Flats, for levels 60-65.',
].join('\n');

const PARKING = [
  'Festival parking',
  '',
  'There are 40 blue badge spaces beside the north gate, which are free. Bags may be searched at the gate.',
].join('\n');

const FEEDERS = [
  'Winter Bird Survey',
  '',
  'If you feed birds, please clean your feeders every week and pause feeding for two weeks if you see sick birds.',
].join('\n');

const INTERVIEW = [
  'The Reading Room: Maya Threlfall',
  '',
  "MAYA: Yes, I'm doing a reading and signing at Harbourside Books on Saturday the 12th of April. It's not to be confused with the launch, which was at Fennick Library on the 6th of March, the publication day itself. That one was free and about 120 people came, which was rather overwhelming.",
].join('\n');

const SOCIETY_NEWS = [
  'Fennel Road Allotments: News',
  '',
  'The chair thanked the volunteer who has mown the Fennel Road paths every fortnight since April, and who asked not to be named.',
  '',
  "A builders' merchant has offered to donate materials, although the value of that offer has not yet been confirmed.",
].join('\n');

const TOWER = [
  'Garrow Point Lighthouse',
  '',
  'The tower is 34 metres tall, with 131 steps from the entrance to the lantern gallery.',
  '',
  'Admission costs £8.50 for adults and £4 for children aged 5 to 16.',
  '',
  "The tower was designed by the Board's engineer, Henry Aldous, and first lit in 1849.",
  '',
  'The museum is open from April to October, Wednesday to Sunday, 10:00 to 17:00.',
].join('\n');

const SOCIETY = [
  'Hollin Allotment Society: Annual Meeting',
  '',
  'The annual meeting opened at 10:30 and closed at 12:50, in the pavilion.',
  '',
  '- Seed potato sale: Saturday 15 March, 9:00 to 11:00, at the trading hut.',
  '',
  'On the night of 14-15 October, five sheds at Brickyard Lane were broken into. Hand tools, a strimmer and two rotavators were taken, the members affected estimating the total loss at around £1,900.',
  '',
  'The Tide Festival event runs from 14 to 28 October, with double experience on the weekend of 18-19 October.',
].join('\n');

const engine = sharedArticlesEngine([
  ['pitch-update.txt', PITCH],
  ['sleep-study.txt', STUDY],
  ['lighthouse.txt', TOWER],
  ['trip-letter.txt', LETTER],
  ['ride-report.md', RIDE],
  ['brindle-notes.md', NOTES],
  ['festival.txt', FESTIVAL],
  ['parking.txt', PARKING],
  ['patch-faq.txt', PATCH],
  ['bird-survey.md', FEEDERS],
  ['interview.txt', INTERVIEW],
  ['society-news.txt', SOCIETY_NEWS],
  ['kettle-recall.txt', RECALL],
  ['allotment-meeting.txt', SOCIETY],
]);
const quoted = quotedBy(engine);

describe('everyday words for what the articles write', () => {
  it('reads "phone no" as a phone number, "loose any games" as losing, "units of" as counting the thing', async () => {
    expect(await quoted('whats the phone no for the recall')).toContain('0800 046 7215');
    expect(await quoted('did the under 10s loose any games')).toContain('losing only once');
    expect(await quoted('how many units of the kettle were affected')).toContain(
      '29,350 of its Swift kettles',
    );
  });

  it('hears "how steep" as asking a gradient, and "who do i talk to about" as whom such questions go to', async () => {
    expect(await quoted('how steep is the nab')).toContain('0.9 km at 11%');
    expect(await quoted('who do i talk to about pastoral stuff')).toContain('should go to Ms Rachel Ahmed');
  });

  it('quotes what a Markdown heading introduces, not the heading, where a date is asked', async () => {
    expect(await quoted('when was brindle released')).toContain('Released on Friday 14 March 2025');
  });

  it('reads a kid as a child, and a number of weeks as counting weeks, not birds', async () => {
    expect(await quoted('how much for a kid ticket')).toContain('Child day ticket (ages 5 to 15): £10');
    expect(await quoted('how many birds did we see')).toBeNull();
  });

  it('counts nothing with a day of the month, and quotes the next sentence that counts what is asked', async () => {
    expect(await quoted('how many people came to the launch')).toContain('about 120 people came');
  });

  it('hears "how much more" as asking the difference ("£5 more")', async () => {
    expect(await quoted('how much more is it on the gate')).toContain('cost £5 more');
  });

  it('hears a bug as an issue, what a room fits as what it holds, a maximum as a cap', async () => {
    expect(await quoted('who reported the security bug')).toContain(
      'reported privately on 9 January 2025 by Ines Haddad',
    );
    expect(await quoted('how many people fit in the barn')).toContain('holding about 150 people');
    expect(await quoted('new max lvl?')).toContain('The level cap goes up from 60 to 65');
  });

  it('says it has no answer where the excerpt says the thing asked is not known or not given', async () => {
    expect(await quoted("who's the volunteer that mows the fennel road paths? wanna say thanks")).toBeNull();
    expect(await quoted('how much is the builders merchant donating')).toBeNull();
    // Still answered where the same article gives it.
    expect(await quoted('how often are the fennel road paths mown')).toContain('every fortnight since April');
  });

  it('hears the architect as who designed it, and a weekday inside a span of days as said', async () => {
    expect(await quoted('who was the architect of the lighthouse')).toContain('designed by the Board');
    expect(await quoted('is the lighthouse museum open on a saturday')).toContain('Wednesday to Sunday');
    expect(await quoted('is the lighthouse museum open on a tuesday')).toBeNull();
  });

  it('takes "money", "price" or "cost" as asking for the sum, which the answer writes instead', async () => {
    expect(await quoted('how much money did hartfield give for the pitch')).toContain('a grant of £168,500');
    expect(await quoted('how much cash do they give back for a kettle')).toContain(
      'refund you in full: £34.99',
    );
    expect(await quoted('how much money did hartfield give')).toContain('a grant of £168,500');
    // "cost" still finds the passage that writes it beside the sum.
    expect(await quoted('how much does the trip cost')).toContain('£385 per student');
    // A price the article never gives stays unanswered.
    expect(await quoted('how much does the premium version cost a month')).toBeNull();
  });

  it('hears a claim that guesses a sum as asking what the sum is', async () => {
    expect(await quoted('was the stuff nicked from the brickyard sheds worth like 1000 quid?')).toContain(
      'total loss at around £1,900',
    );
  });

  it('takes "percent" as asking for the share, which the answer writes as "23%"', async () => {
    expect(await quoted('does the app make ppl stressed about sleep, what percent')).toContain('23% of the');
  });

  it('reads "spuds", "2x", "grown ups" as potatoes, double and adults', async () => {
    expect(await quoted('when is the spud sale')).toContain('Seed potato sale');
    expect(await quoted('when is the 2x xp weekend')).toContain('double experience on the weekend');
    expect(await quoted('how much r lighthouse tickets for grown ups')).toContain('£8.50 for adults');
    expect(await quoted('whats the price of a kid ticket for the lighthouse')).toContain('£4 for children');
  });

  it('hears who paid as who funded, stairs as steps, a start as an opening', async () => {
    expect(await quoted('who paid for the research')).toContain('funded by a £340,000 grant');
    expect(await quoted('who bankrolled the study')).toContain('funded by a £340,000 grant');
    expect(await quoted('how many stairs are there in the tower')).toContain('131 steps');
    expect(await quoted('what time did the allotment meeting start and finish')).toContain('opened at 10:30');
  });
});
