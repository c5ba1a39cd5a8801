/**
 * Session 65: money asked as people say it ("how much did the brewery chip in", "how much dosh is the builder
 * coughing up", "who forked out for the new nets") is a sum of money asked, and the phrasal verb reads as what
 * an article writes ("contributed", "paid").
 */
import { describe, expect, it } from 'vitest';
import { asksForMoney } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const NETS = [
  '---',
  'title: New practice nets at Ferncombe Cricket Club',
  '---',
  '',
  'Posted by Hattie Marsh, club secretary, 3 April.',
  '',
  'The two new practice nets behind the pavilion are finished and open for the season.',
  '',
  'The nets cost £14,200 in all. Ferncombe Brewery contributed £2,500 towards them, and the rest came from a county sports grant of £9,000 and the club’s own reserves.',
  '',
  'Junior sessions in the nets start on Tuesday 15 April at 6pm.',
].join('\n');

describe('money asked in slang (session 65)', () => {
  it('is read as a sum asked', () => {
    // "chip in" is read as "contribute money" (shorthand.ts) before the question is typed.
    expect(asksForMoney('how much did the brewery contribute money')).toBe(true);
    expect(asksForMoney('how much dosh did the brewery put up')).toBe(true);
    // Not a sum: food thrown in the bin, or a share of a whole ("contribute to GDP" may be a percentage).
    expect(asksForMoney('how much food did we chuck in the bin')).toBe(false);
    expect(asksForMoney('how much does tourism contribute to gdp')).toBe(false);
  });

  it('is answered with the sum the article says was given', async () => {
    const { engine } = await articleEngineWithVectors('nets.md', NETS);
    expectAnswered(engine, [
      ['how much did the brewery chip in', 'Ferncombe Brewery contributed £2,500'],
      ['how much did ferncombe chip in lol', 'Ferncombe Brewery contributed £2,500'],
      ['how much dosh is the brewery coughing up for the nets', 'Ferncombe Brewery contributed £2,500'],
      ['how much did the county fork out', 'county sports grant of £9,000'],
      ['how much did the nets cost', 'The nets cost £14,200'],
    ]);
    // The article never says what the junior sessions cost.
    expectDeclined(engine, ['how much do the junior net sessions cost']);
  });
});
