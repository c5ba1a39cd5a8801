/**
 * What an article tells and does not (session 60): a phone number asked as "the number to ring", a weight
 * asked as "how much did it weigh", a price asked of a thing the excerpt does not name, and what a list of
 * open questions names ("2. Who will take over the helpline from March."), a cause preferred for a why-question,
 * this year asked of a sentence on last year, and a number naming a thing ("controls 7 and 11") read as no count.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  articleEngineWithVectors,
  articlesEngineWithVectors,
  expectAnswered,
  expectDeclined,
} from './article-engine.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const DONORS = [
  'Blood donor sessions',
  '',
  'Posted by Nia Rowlands, session organiser, on 2 February.',
  '',
  'In November the team had to turn away 23 people who turned up without appointments, because the session was full.',
  '',
  'Sessions now run at the Orchard Road hall on the first Tuesday of the month, from 1.30pm to 7.30pm.',
].join('\n');

const DONORS_WITH_NUMBER = [
  DONORS,
  '',
  'To book an appointment, ring the donor line on 0300 123 2323 or use the app.',
].join('\n');

const HEDGEHOGS = [
  'Hedgehog rescue winter update',
  '',
  'We weigh the hibernators every fortnight, and any that drop more than 10% of their body weight get brought inside. So far only one, a big boar called Captain, has needed bringing in.',
  '',
  'The vet bill for October to December came to £3,940, most of it for lungworm treatment.',
  '',
  'The smallest of the autumn juveniles, Pip, weighed just 310 grams when she was found in October.',
].join('\n');

const CARNIVAL = [
  'Carnival plans',
  '',
  'The procession will finish at Abbey Meadow this year, where the funfair and the food stalls will be set up.',
  '',
  'Marshals will meet at the rugby club at 12.30pm for a briefing from Sue Penhaligon.',
  '',
  "We're also looking at £480 for extra portable loos at Abbey Meadow, since the old finish at the park had permanent ones.",
  '',
  'Programmes will cost £2 each from the carnival office.',
].join('\n');

const OPEN_ITEMS = [
  '---',
  'title: Spring update from the rescue',
  '---',
  '',
  'Our helpline has taken 412 calls since October, most of them about hogs out in daylight.',
  '',
  '## Still to sort',
  '',
  "Here's what we can't tell you yet:",
  '',
  '1. Whether the fireworks go ahead at the open day. The display company has quoted £3,200, and the committee is split.',
  '2. Who will take over the helpline from March. Pat Hollins, who has run it for six years, is moving to Wales.',
  '',
  '## Quiz night',
  '',
  '- When: the quiz night will be on Friday 9 May, from 7.30pm.',
  '- Where: Fennick Village Hall, in teams of up to six.',
].join('\n');

const ORIENTEERING = [
  'Autumn score event report',
  '',
  'Gregor leaned hard into the contour detail, and plenty of people bled minutes in the knoll field between controls 7 and 11 on Blue.',
  '',
  'Thanks to the scout group for the loan of their hut, and to Mags Fenwick for the tea urn.',
  '',
  'The Green course was 3.1 km with 12 controls, and the fastest time on it was 31:40.',
].join('\n');

describe('what the articles tell, in other words, and what they do not (session 60)', () => {
  it('reads "the number to ring" as a phone number asked, which only a number written answers', async () => {
    // The twenty-first six's blood donation article, which gives no number to ring.
    const article = await readFile(
      path.join(HERE, 'twenty-first-six', 'blood-donor-session-changes.txt'),
      'utf8',
    );
    const { engine } = await articleEngineWithVectors('blood-donor-session-changes.txt', article);
    expectDeclined(engine, [
      'whats the number to ring to book a blood appointment',
      'what number do i call to book a donor session',
    ]);
    const withNumber = await articleEngineWithVectors('donors.txt', DONORS_WITH_NUMBER);
    expectAnswered(withNumber.engine, [
      ['whats the number to ring to book a blood appointment', 'ring the donor line on 0300 123 2323'],
    ]);
  });

  it('reads "how much did it weigh" as a weight asked, not answered by a sentence that only weighs', async () => {
    const { engine } = await articleEngineWithVectors('hedgehogs.txt', HEDGEHOGS);
    expectDeclined(engine, ['how much did captain the boar weigh when they brought him in']);
    expectAnswered(engine, [['how much did pip weigh when they found her', 'weighed just 310 grams']]);
  });

  it('declines a price asked of a thing the excerpt does not name ("£480 for extra portable loos")', async () => {
    const { engine } = await articleEngineWithVectors('carnival.txt', CARNIVAL);
    expectDeclined(engine, ['how much do the funfair rides cost at abbey meadow']);
    expectAnswered(engine, [['how much do the programmes cost', 'Programmes will cost £2 each']]);
    expect(engine.ask('how much are the loos at abbey meadow costing').status).toBe('answered');
    // The thing is named by its last word: "the old railway station" is not priced by "the Old Corn Exchange".
    const walk = await readFile(path.join(HERE, 'fifteenth-six', 'local-history-society-walk.txt'), 'utf8');
    const history = await articleEngineWithVectors('local-history-society-walk.txt', walk);
    expectDeclined(history.engine, ['What did the old railway station cost to construct?']);
    expectAnswered(history.engine, [
      ['what did the old corn exchange cost to build', 'cost £4,200 to build'],
    ]);
  });

  it('declines what a list of open questions names ("2. Who will take over the helpline from March.")', async () => {
    const { engine } = await articleEngineWithVectors('rescue.md', OPEN_ITEMS);
    expectDeclined(engine, [
      'r there fireworks at the open day this year',
      'who is taking over the helpline when pat moves',
    ]);
    // A list of labels ("- When: ...") answers.
    expectAnswered(engine, [['when is the quiz night', 'Friday 9 May']]);
  });

  it('prefers, for a why-question, the sentence giving a cause over one sharing more words', async () => {
    const archery = await readFile(
      path.join(HERE, 'twenty-first-six', 'archery-club-beginners-course.txt'),
      'utf8',
    );
    const tools = await readFile(path.join(HERE, 'twenty-first-six', 'tool-library-launch.md'), 'utf8');
    const engine = await articlesEngineWithVectors([
      ['archery-club-beginners-course.txt', archery],
      ['tool-library-launch.md', tools],
    ]);
    expectAnswered(engine, [
      [
        'y did the archery course get more expensive this yr??',
        'because the field hire from Fenwick Town Council',
      ],
      ['why did it open late, something about damp in the walls?', "the hut's roof turned out to leak"],
    ]);
  });

  it('does not answer what happens this year from a sentence about last year ("Last year\'s carnival ...")', async () => {
    const article = await readFile(
      path.join(HERE, 'twenty-first-six', 'carnival-procession-plans.md'),
      'utf8',
    );
    const { engine } = await articleEngineWithVectors('carnival-procession-plans.md', article);
    expectAnswered(engine, [['when is the carnival parade this year', 'confirmed for Saturday 12 July']]);
  });

  it('quotes with the best sentence the next one pricing what it tells of ("it cost £380")', async () => {
    const tools = await readFile(path.join(HERE, 'twenty-first-six', 'tool-library-launch.md'), 'utf8');
    const { engine } = await articleEngineWithVectors('tool-library-launch.md', tools);
    expectAnswered(engine, [
      ['how much was the asbestos check', 'The survey came back clear (it cost £380)'],
    ]);
  });

  it('counts nothing with a number that names one of the things ("between controls 7 and 11")', async () => {
    const { engine } = await articleEngineWithVectors('orienteering.txt', ORIENTEERING);
    expectDeclined(engine, ['how many controls were on blue']);
    expectAnswered(engine, [['how many controls were on green', '3.1 km with 12 controls']]);
  });
});
