/**
 * What an article tells and does not (session 59): a cause given in other words than the question's ("why did
 * somone get kicked out of the cake contest": "was disqualified because ..."), and a maker asked of a thing
 * the article never names a maker for ("what make is the new bandsaw"), and a guess put after a question ("was it
 * back in may?") that asks of nothing alone, a count's number that counts nothing ("14 Quarry Hill Road"), the one
 * who did a thing taken for the one it was done to, and whether a place offers what the excerpt never names.
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

const SHOW = [
  'Village show results',
  '',
  'Posted by Hetty Marsh, show secretary, on Sunday 14 September.',
  '',
  'The baking tent was busier than ever, with 64 entries across nine classes. The Victoria sponge was won by Alma Reyes for the third year running.',
  '',
  "One lemon drizzle was disqualified because the baker's name was written in pen on the plate, which the rules forbid.",
  '',
  'The marrow class was cancelled this year after the slugs got to most of the entries in August.',
].join('\n');

const SHED = [
  'Workshop news',
  '',
  'Posted by Colin Drew, shed secretary, on 5 March.',
  '',
  'After eighteen months of saving, the new 14-inch bandsaw arrived on 3 March.',
  '',
  'The pillar drill we bought in the autumn is a Record Power DP58B, and it has already paid for itself.',
  '',
  'Nobody touches the bandsaw until they have done the induction with Derek on a Monday morning.',
].join('\n');

const CARE_HOME = [
  'Changes to visiting',
  '',
  'From: Helen Marchbanks, Registered Manager, Elmbrook House Care Home, 14 Quarry Hill Road, Ashcombe',
  '',
  "I'm writing to let you know about some changes to how visiting will work at Elmbrook House from Monday 1 July.",
  '',
  'From 1 July, our visiting hours will be 10am to 8pm, seven days a week.',
  '',
  'Children are always welcome in the lounges and the garden, though under-16s must be with an adult at all times.',
  '',
  'We have 38 staff across three shifts, and two new nurses start in August.',
  '',
  'Our dietitian found that several residents were eating noticeably less when the dining rooms were busy and noisy.',
].join('\n');

const LIFEBOAT = [
  'Our year at sea',
  '',
  'On 9 July the inshore crew, helmed by Lowenna Pascoe, pulled a 14-year-old boy from the water off Trevose Sands after his inflatable drifted out.',
  '',
  'Our new coxswain, Jory Penhale, took over in March after twelve years on the crew.',
].join('\n');

const DINER = [
  'Junior prizes',
  '',
  'Ruth Penrose received the volunteer of the year award in March for running the campaign stall every Saturday.',
  '',
  "Rosa's Diner on the high street sponsored the junior prizes this year, and it now serves breakfast until noon on Saturdays and Sundays.",
  '',
  'Next up is the Kelmarsh Lightning Blitz on Saturday 23 November, in the function room of the Railway Tavern (not St Aidan’s).',
  '',
  'A retired schoolteacher, Edith Marsh, started the Save Our Bridge campaign, known around town simply as SOB, much to her annoyance.',
].join('\n');

const DARTS = [
  'Finals night',
  '',
  "The men's singles final was Dean Harcourt (Plough) against defending champion Lee Ashworth (Crown), best of nine legs, 501 double out. Dean took it 5-3.",
  '',
  "The ladies' singles went to Priya Nandra of the Crown, whose 96.4 three-dart average in the final is the best ever recorded in a ladies' final in this league.",
].join('\n');

const LADDER = [
  'Ladder news',
  '',
  "Prizes will be handed out at the social on Saturday 15 March at The Fletcher's Arms, from 7:30pm.",
  '',
  "Also, a reminder that the county league second team is picked partly from ladder positions, but the selection for the April fixtures hasn't been made yet.",
].join('\n');

const BRIDGE = [
  'The old bridge',
  '',
  'A new concrete bridge was built a quarter of a mile downstream in 1971, and the old bridge was closed to motor vehicles the following year.',
  '',
  'Today the old bridge is open to walkers and cyclists, and each August the town holds a picnic on it.',
].join('\n');

const PARAPET = [
  'Parapet repairs',
  '',
  'Last spring the parapet repairs cost £4,200, paid for by the town council.',
].join('\n');

describe('what the articles tell, in other words, and what they do not (session 59)', () => {
  it('answers a why-question with the sentence giving the cause, though it shares few of its words', async () => {
    const { engine } = await articleEngineWithVectors('show.txt', SHOW);
    expectAnswered(engine, [
      [
        'why did somone get kicked out of the lemmon cake contest',
        "One lemon drizzle was disqualified because the baker's name was written in pen",
      ],
    ]);
  });

  it('declines a maker asked of a thing the article names no maker for, and answers one it does', async () => {
    const { engine } = await articleEngineWithVectors('shed.txt', SHED);
    expectDeclined(engine, ['what make is the new bandsaw', 'what brand is the new bandsaw at the shed']);
    expectAnswered(engine, [['what make is the pillar drill', 'is a Record Power DP58B']]);
  });

  it('does not answer a guess put after a question ("was it back in may?") as a question of its own', async () => {
    // Two of the twentieth six's articles: a men's shed's newsletter (its AGM is in May) and a water notice.
    const read = (file: string) => readFile(path.join(HERE, 'twentieth-six', file), 'utf8');
    const engine = await articlesEngineWithVectors([
      ['mens-shed-workshop-news.md', await read('mens-shed-workshop-news.md')],
      ['boil-water-notice-update.txt', await read('boil-water-notice-update.txt')],
    ]);
    expectDeclined(engine, [
      'when did they last clean the workshop, was it back in may?',
      'when was the reservoir hatch last looked at, was it back in may?',
    ]);
    expectAnswered(engine, [['when is the agm, is it in may?', 'Tuesday 13 May, 7pm']]);
  });

  it('counts no one with a house number, a time of day or "several" ("14 Quarry Hill Road", "10am")', async () => {
    const { engine } = await articleEngineWithVectors('care-home.txt', CARE_HOME);
    expectDeclined(engine, ['how many residents live at elmbrook house']);
    expectAnswered(engine, [
      ['how many staff work at elmbrook', 'We have 38 staff across three shifts'],
      // "What times" asks the time of day, as "what time" does.
      ['what times can we visit from july', '10am to 8pm'],
    ]);
  });

  it('does not take the one who did something for the one it was done to ("Lowenna Pascoe, pulled a boy")', async () => {
    const { engine } = await articleEngineWithVectors('lifeboat.txt', LIFEBOAT);
    expectDeclined(engine, ['what was the name of the boy they rescued off trevose sands']);
    expectAnswered(engine, [['whats the name of the new coxswain', 'Our new coxswain, Jory Penhale']]);
  });

  it('declines whether a place offers a thing where the excerpt only names the place', async () => {
    // The fifteenth six's cricket club awards dinner (at the Wheatsheaf), beside an article of our own.
    const dinner = await readFile(path.join(HERE, 'fifteenth-six', 'cricket-club-awards-dinner.md'), 'utf8');
    const engine = await articlesEngineWithVectors([
      ['cricket-club-awards-dinner.md', dinner],
      ['diner.txt', DINER],
    ]);
    expectDeclined(engine, [
      'does the wheatsheaf in lower ashcombe do a good sunday roast',
      'does the wheatsheaf in lower ashcombe run a quiz night',
      'does the railway tavern do food on blitz night',
      'did edith marsh get an award for saving the bridge',
    ]);
    expectAnswered(engine, [
      ["does rosa's diner do breakfast at the weekend", 'serves breakfast until noon'],
      ['did ruth penrose get an award', 'received the volunteer of the year award'],
    ]);
  });

  it('declines an average asked of an excerpt that gives none', async () => {
    const { engine } = await articleEngineWithVectors('darts.txt', DARTS);
    expectDeclined(engine, ['what did dean harcourt average in the singles final']);
    expectAnswered(engine, [['what did priya nandra average in the final', '96.4 three-dart average']]);
  });

  it('never reads one of the commonest words as a slip ("party" is not "partly")', async () => {
    const { engine } = await articleEngineWithVectors('ladder.txt', LADDER);
    for (const question of [
      'When and where is the party for give the prizes?',
      'where is the party after the ladder',
    ]) {
      const answer = engine.ask(question);
      expect(answer.correctedQuestion ?? '', question).not.toMatch(/partly/i);
      expect(answer.excerpt ?? '', question).not.toContain('partly');
    }
  });

  it('reads a price asked in a learner\'s words ("... costed how much?")', async () => {
    const { engine } = await articleEngineWithVectors('bridge.txt', BRIDGE);
    expectDeclined(engine, ['the new concrete bridge from 1971 costed how much?']);
    const parapet = await articleEngineWithVectors('parapet.txt', PARAPET);
    expectAnswered(parapet.engine, [['the parapet repairs costed how much?', 'cost £4,200']]);
  });
});
