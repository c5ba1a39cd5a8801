/**
 * What an article does not tell (session 58): another numbered thing than the one it writes ("Year 5" of a
 * Year 6 letter), a price in the words people use ("rent-a-goalie", "paying", "two years ago"), a grant only
 * applied for ("did they get the 30k"), and someone it speaks of only as "a" someone ("a small terrier").
 */
import { describe, it } from 'vitest';
import {
  articleEngineWithVectors,
  articlesEngineWithVectors,
  expectAnswered,
  expectDeclined,
} from './article-engine.js';

const LETTER = [
  'Year 6 residential trip to Glenmoor',
  '',
  'From: Mrs Ada Pennock, Year 6 teacher. Date: Friday 7 February 2025.',
  '',
  'Dear parents and carers,',
  '',
  "I am delighted to confirm the arrangements for this year's Year 6 residential trip. The children will stay at the Glenmoor Outdoor Centre in the hills above Dunvale from Monday 9 June to Friday 13 June.",
  '',
  'The total cost of the trip is £345 per child, which covers the coach, all meals and instruction. We are aware this is £35 more than before, mainly because coach hire has gone up by around 5% this spring.',
  '',
  'The school has submitted a second-stage application for £30,000 to the Dunvale Education Fund to help families with the cost. The fund will decide in May.',
  '',
  'In March a 34-year-old walker slipped on the scree above Glenmoor Tarn and was treated for a sprained ankle.',
  '',
  'Lost property: a navy fleece and a pair of walking boots were handed in after the last trip.',
  '',
  "On the last visit a small terrier from the farm next door helped itself to a pupil's packed lunch, so please pack a sealed lunch box with your child's name on it. The centre's warden, Mr Idris Vane, will meet the coach.",
].join('\n');

const HOCKEY = [
  'Season preview',
  '',
  'Our ice time at the Coldwater rink now costs £245 an hour, up from £210. If our goalie is away we will be paying a rent-a-goalie £40 a game, which the club covers.',
  '',
  'Fundraising went well: the quiz night at the Ferry Inn raised £1,240 and hoodie sales brought in £312.',
  '',
  'Kit news: the new away shirts are £28 each from the club shop, and socks are included.',
  '',
  'The cup final is at Coldwater on 3 May, and the winners take prize money of £500 from the league.',
  '',
  'Travel: the supporters minibus to away games leaves the rink car park an hour before face-off. The fare is £6 return for adults, and juniors travel free. For home games, the number 17 bus runs hourly from the station to the rink.',
].join('\n');

describe('what the articles do not tell (session 58)', () => {
  it('declines another numbered thing, an application taken for a grant, and an unnamed someone', async () => {
    const { engine } = await articleEngineWithVectors('letter.txt', LETTER);
    expectDeclined(engine, [
      'how much is the year 5 trip per child',
      'did the school get the 30k from the education fund in the end',
      'what was the name of the walker who slipped above glenmoor tarn',
      'whose packed lunch did the terrier eat',
      'whose navy fleece got handed in after the trip',
    ]);
  });

  it('answers the thing, the price and the person the articles do name', async () => {
    const { engine } = await articleEngineWithVectors('letter.txt', LETTER);
    expectAnswered(engine, [
      ['how much is the year 6 trip per child', 'The total cost of the trip is £345 per child'],
      ["whats the name of the centre's warden", 'Mr Idris Vane'],
    ]);
  });

  it('reads a price asked in the words people use', async () => {
    const { engine } = await articleEngineWithVectors('hockey.txt', HOCKEY);
    expectAnswered(engine, [
      ['how much does a rent-a-goalie cost us per game', 'paying a rent-a-goalie £40 a game'],
      ['how much are we paying for ice time at coldwater', '£245 an hour'],
      ['how much is one of the new away shirts', 'the new away shirts are £28 each'],
      ["what's the fare on the supporters minibus", 'The fare is £6 return for adults'],
    ]);
  });

  it('declines the price of one where the article gives only a total taken, and a day it never names', async () => {
    const engine = await articlesEngineWithVectors([
      ['hockey.txt', HOCKEY],
      ['library.txt', 'Library hours\n\nThe library opens on Sunday afternoons from this month.'],
    ]);
    expectDeclined(engine, [
      'how much were tickets for the quiz night at the ferry inn',
      'how much were the hoodies at the ferry inn quiz each',
      'the number 17 bus to the rink, is it running on sunday?',
      'cup final ticket price?',
    ]);
  });
});

const STREET_PARTY = [
  'Street party planning: minutes',
  '',
  "Stalls so far: Femi's jollof rice and suya; the Patels at number 17 with samosas; Rosalind's cake stall; the Hendersons' barbecue (burgers £3, veggie burgers £3.50).",
  '',
  'The road closure runs from 10am to 8pm, and the council has approved it.',
].join('\n');

describe('a figure in another item of a list (session 58)', () => {
  it("is that item's, not the one asked about", async () => {
    const { engine } = await articleEngineWithVectors('party.txt', STREET_PARTY);
    expectDeclined(engine, ["how much is femi's jollof rice"]);
    expectAnswered(engine, [["how much are the hendersons' burgers", 'burgers £3']]);
  });
});
