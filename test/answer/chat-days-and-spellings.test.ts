/**
 * Chat's shortened days ("mon-fri", "sat to sun"), "nite", "atm", "9ish", "my nan", a question word with two
 * letters swapped ("how lnog"), and British spellings the
 * en-US dictionary lacks ("programmes", "equaliser", "analysed"), read as the words they are (session 47):
 * before, "mon", "fri" and "programm" were names no article holds, and the question was declined. On an
 * article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { americanSpelling } from '../../src/search/american-spelling.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FERRY = [
  '# Skerry ferry: winter timetable',
  '',
  'From 4 November the first boat from Skerry leaves at 6.50am on Monday to Friday and at 8.15am on Saturday and Sunday.',
  '',
  'The last boat back from the mainland leaves Portavie at 9.40pm each night.',
  '',
  'The winter programmes of evening talks at the ferry café start on 12 November, with a talk on seabirds by Morag Innes.',
  '',
  'Fares stay at £3.20 single for foot passengers.',
].join('\n');

describe('shortened days, chat words and British spellings', () => {
  it('are written out', () => {
    const plain = (text: string) => writeOutShorthand(text).replace(/\s+/g, ' ').trim();
    expect(plain('first boat mon-fri')).toBe('first boat monday-friday');
    expect(plain('is it open sat to sun')).toBe('is it open saturday to sunday');
    expect(plain('what time is the last boat on the nite')).toBe('what time is the last boat on the night');
    expect(plain('what are the fares atm')).toBe('what are the fares at the moment');
    expect(plain('rolled up at 9ish')).toBe('rolled up at 9');
    expect(plain('my nan wants to know')).toBe('my grandmother wants to know');
    // "4" for "for" after a word of price.
    expect(plain('hw much 4 a grown-up ticket')).toBe('how much for a adults ticket');
    expect(plain('how much 4 tickets')).toBe('how much 4 tickets');
    // A question word with two letters swapped, and a filler adverb typed with a slip.
    expect(plain('how lnog does it take')).toBe('how long does it take');
    expect(plain('how mnay came, actualy')).toBe('how many came,');
    expect(plain('how old is he')).toBe('how old is he');
    // "sat" and "sun" alone are words: only a range of days writes them out.
    expect(plain('we sat in the sun')).toBe('we sat in the sun');
  });

  it('reads British spellings as the American words the dictionary knows', () => {
    expect(americanSpelling('programmes')).toBe('programs');
    expect(americanSpelling('equaliser')).toBe('equalizer');
    expect(americanSpelling('analysed')).toBe('analyzed');
  });

  it('answers questions that use them, and still declines what the article does not say', async () => {
    const { engine } = await articleEngineWithVectors('skerry-ferry.md', FERRY);
    expectAnswered(engine, [
      ['wots the 1st boat off skerry mon-fri', '6.50am on Monday to Friday'],
      ['when does the last boat leave portavie at nite', '9.40pm each night'],
      ['when do the programmes of talks start', '12 November'],
    ]);
    expectDeclined(engine, ['how much is a car on the ferry atm']);
  });
});
