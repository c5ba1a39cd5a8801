/**
 * Session 68: words a reader types that no article writes. "Per annum" is "a year" (so the bot never says the
 * articles are silent about "annum").
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const NOTICE = [
  'Allotment rents 2025',
  '',
  'Posted 1 March by Ruth Evans, site secretary',
  '',
  'A full plot now costs £64 a year and a half plot £36 a year, both due by 31 March.',
  '',
  'Water troughs are turned on from April to October.',
].join('\n');

describe('chat words written out (session 68)', () => {
  it('reads "per annum" as "a year"', () => {
    expect(writeOutShorthand('what is the rent per annum')).toMatch(/\ba year\b/);
    expect(writeOutShorthand('what is the rent per annum')).not.toMatch(/annum/);
  });

  it('answers a rent asked per annum', async () => {
    const { engine } = await articleEngineWithVectors('rents.txt', NOTICE);
    expectAnswered(engine, [['how much is a full plot per annum', 'A full plot now costs £64 a year']]);
  });
});

const REPAIRS = [
  'Scout hut news',
  '',
  'Posted 5 May by Dai Rowlands, group treasurer',
  '',
  'The new boiler was fitted in April, and it cost us £2,300 including the flue.',
  '',
  'Our thanks to the parents who repainted the hall over the Easter weekend.',
].join('\n');

describe('"set them back" (session 68)', () => {
  it('reads "what did X set them back" as what X cost them', () => {
    expect(writeOutShorthand('what did the new boiler set them back')).toMatch(/\bcost\b/);
    expect(writeOutShorthand('what did the new boiler set them back')).not.toMatch(/\b(?:set|back)\b/);
    expect(writeOutShorthand('they set the record back in 2019')).toMatch(/\bset the record back\b/);
  });

  it('quotes the sum', async () => {
    const { engine } = await articleEngineWithVectors('hut.txt', REPAIRS);
    expectAnswered(engine, [['what did the new boiler set the scouts back', 'it cost us £2,300']]);
  });
});

const PLAN = [
  'Memorial restoration – where the money comes from',
  '',
  'Posted 9 March by Jean Ould, committee secretary',
  '',
  'Our first estimate for the whole restoration was £12,400, before the stonemason found the cracked plinth.',
  '',
  'The parish council has promised £2,000 and the rest will come from the village appeal.',
].join('\n');

describe('"meant to", "supposed to" (session 68)', () => {
  it('drops the modal, keeping "supposed to show"', () => {
    expect(writeOutShorthand('how much was it meant to cost at the start')).not.toMatch(/\bmeant\b/);
    expect(writeOutShorthand('where are we supposed to park')).not.toMatch(/\bsupposed\b/);
    expect(writeOutShorthand('what was the bombing supposed to show')).toMatch(/\bserved as\b/);
  });

  it('answers what was planned', async () => {
    const { engine } = await articleEngineWithVectors('memorial.txt', PLAN);
    expectAnswered(engine, [
      [
        'how much was the restoration meant to cost at the start',
        'first estimate for the whole restoration was £12,400',
      ],
    ]);
  });
});

const RESULTS = [
  'Ploughing match results',
  '',
  'Posted 30 September by Jim Trewin, match secretary',
  '',
  'Reversible class: 1st Daniel Keast (171 pts); 2nd Tom Angove (168).',
  '',
  'Horse ploughing: 1st Frank Mallory with his Shires, Duke and Bonny (158 pts).',
].join('\n');

describe('"the X bit" (session 68)', () => {
  it('reads "bit" naming a part as no word of the topic, and keeps "a bit"', () => {
    expect(writeOutShorthand('who came 1st in the reversible plough bit')).not.toMatch(/\bbit\b/);
    expect(writeOutShorthand('was the ground a bit wet')).toMatch(/\ba bit\b/);
  });

  it('answers who won that part', async () => {
    const { engine } = await articleEngineWithVectors('ploughing.txt', RESULTS);
    expectAnswered(engine, [['who came 1st in the horse bit', '1st Frank Mallory']]);
  });
});

describe('chat\'s "2" before a verb (session 68)', () => {
  it('reads "2 get" as "to get", keeping a count and a version number', () => {
    expect(writeOutShorthand('how much was it 2 get in')).toMatch(/\bto get in\b/);
    expect(writeOutShorthand('wen do we need 2 book')).toMatch(/\bto book\b/);
    expect(writeOutShorthand('wen did 3.2 drop')).toMatch(/3\.2 drop/);
  });
});

describe('more phone words (session 68)', () => {
  it('writes out tht, whn, cn, agn, gd, frm', () => {
    expect(writeOutShorthand('hw old is the lass tht took 1st')).toMatch(/\bthat took\b/);
    expect(writeOutShorthand('wen cn i do the trainin')).toMatch(/\bwhen can i\b/);
    expect(writeOutShorthand('when does it start agn')).toMatch(/\bagain\b/);
    expect(writeOutShorthand('im not gd with computers')).toMatch(/\bgood with\b/);
    expect(writeOutShorthand('who came frm brittany')).toMatch(/\bfrom brittany\b/);
    expect(writeOutShorthand('who was the littlest kiddo')).toMatch(/\bkid\b/);
    expect(writeOutShorthand('who took the W in the singles')).toMatch(/\bwon\s+in the singles\b/);
  });
});

describe('"i\'m guessing" (session 68)', () => {
  it('drops the opener, keeping the claim, and leaves "i read that" alone', () => {
    expect(writeOutShorthand("i'm guessing the neighbours can appeal now")).not.toMatch(/guess/);
    expect(writeOutShorthand("i'm guessing the neighbours can appeal now")).toMatch(
      /\bneighbours can appeal\b/,
    );
    expect(writeOutShorthand('i read that the hall is closing, why')).toMatch(/\bi read\b/);
  });
});
