/**
 * Questions typed as people type them about the kinds of text a community posts (session 43): a game
 * patch's FAQ, a product recall notice, a club's meeting minutes, a study's report and a volcano's history.
 * Each article is written for the test; each question stands for a class of questions, not for itself.
 */
import { describe, expect, it } from 'vitest';
import { quotedBy, sharedArticlesEngine } from './article-engine.js';

const PATCH = [
  'Tidefall Online Patch 3.1: Community FAQ',
  '',
  'Q: What is new?',
  '',
  '- A new playable hero, Ysolde Varrack, a harpoon-wielding ranged fighter. She is free for everyone who logs in before 4 November; after that she costs 9,000 gold.',
  '- The Harvest Festival runs from 14 to 28 October, with double experience on the weekend of 18-19 October.',
  '- Tide Pearls, bought with real money, now also buy festival outfits.',
  '- The legendary Glass Eel appears in the fishing journal, but its catch rate is zero, so it cannot be caught yet.',
  '',
  'Q: Which items changed?',
  '',
  '- Kelpie Lantern: the night-time movement speed bonus drops from 12% to 8%.',
  '- Coral Fang: damage 64 to 71. It still costs £21 in the web shop.',
  '- Tidebreaker Greatsword: bonus critical chance reduced from 15% to 10%.',
  '- Wreckwood Shield: removed from all vendors; every copy in a bank is converted into gold.',
  '- Repairs are 20% cheaper across the board.',
  '',
  'Q: Is the Brannoch nerf really as bad as people say?',
  '',
  'It depends on your build. Tank builds lose a lot, because the stun was the whole point of him.',
  '',
  'Q: What are the rules on trading?',
  '',
  'Real-money trading is punished with a 7-day ban for the first offence. We have added four new moderators, bringing the team to 16.',
  '',
  'Q: How busy was launch weekend?',
  '',
  'The developers said the opening weekend drew 41,260 players, more than they had expected.',
].join('\n');

const RECALL = [
  'Brightwell Kettle Recall Notice',
  '',
  'Brightwell Home is recalling its Swift cordless kettle, model numbers BK-1702 and BK-1702B, because the base can overheat.',
  '',
  "Brightwell's managing director, Colin Varga, said the fault had been traced to a batch of thermostat parts.",
  '',
  'Stop using the kettle and unplug it. Please do not take it back to the shop where you bought it; we will send you a prepaid returns bag instead.',
  '',
  'Recall helpline: 0800 046 7215, open Monday to Friday from 8am to 8pm.',
  '',
  'Four weeks after the notice, the helpline has taken more than 9,400 calls.',
  '',
  'Mairead Thorne, 68, from Ashby Cross, bought a black Swift in December as a Christmas present for her son.',
].join('\n');

const MINUTES = [
  '---',
  'title: "Fernley Bowls Club: Minutes of the 2025 Annual General Meeting"',
  '---',
  '',
  'The annual general meeting was held on Saturday 22 February 2025 in the Pavilion Room of the Fernley Community Centre. It opened at 10:30 and closed at 12:50. Thirty-one members signed the attendance register, and apologies were received from a further six. The outgoing captain, Joan Averill, presided, and thanked the bar staff for a long and busy summer.',
  '',
  '## Other business',
  '',
  'The minutes of the 2024 AGM were approved as a true record, proposed by Colin Pratley and seconded by Anita Sharrow. The treasurer reported that the green had been reseeded in October at a cost the club could meet from its reserves, and that the new mower had arrived on time.',
].join('\n');

const TRIAL = [
  'Sleep App Trial Reports Small Gains',
  '',
  'People who were shown daily feedback from a sleep-tracking app slept slightly longer than those who were not, according to a three-month trial carried out at Calderbrook University. But the researchers also found that nearly a quarter of those given the feedback said they had become more worried about their sleep, and that the app routinely overestimated how much its users were actually sleeping.',
  '',
  'The trial ran for twelve weeks, between January and April 2023. The team recruited 412 adults between the ages of 18 and 64 through advertisements on campus, in local GP surgeries and on community noticeboards in the city. Anyone with a diagnosed sleep disorder, or who worked night shifts, was excluded.',
  '',
  'By the final fortnight, people in the feedback group were sleeping an average of 14 minutes longer per night than they had at the start. In the group that saw nothing, total sleep barely changed. The time it took people in the feedback group to fall asleep also dropped.',
].join('\n');

const VOLCANO = [
  'Mount Karsa: A History of Eruptions',
  '',
  'Mount Karsa last erupted in April 2009, when ash closed the island airport for five days. The government set up an emergency fund of 15 million euros for housing and farms.',
  '',
  'The volcano rises 2,310 metres above the sea and is watched from an observatory on its southern flank, where a team of six scientists reads seismometers, gas sensors and GPS stations around the clock. Small earthquakes are recorded beneath it most weeks, and the observatory publishes a bulletin every Friday on its website.',
  '',
  'The largest eruption on record came in 1951, when a lava flow buried two villages and 40 people died.',
].join('\n');

const CLUB = [
  'Fernbrook Rovers Junior FC: End of Season Report',
  '',
  '- Under-10s: won Division One with 46 points from 18 games.',
  '- Under-13s: promoted after finishing 2nd, and lifted the Valley Shield with a 3-1 win over Oakhurst Colts.',
  '',
  'The temperature at the 09:00 kick-off of the fun run was 11C, rising to 16C by early afternoon.',
  '',
  'The awards night is on Saturday 7 June.',
  '',
  'The overall winner of the club bake-off, Margaret Pell, took the Victoria sponge class with her lemon sponge.',
].join('\n');

const SAILINGS = [
  'Skerrin Ferry: Winter Timetable',
  '',
  'The crossing takes 50 minutes each way on the main ferry.',
  '',
  'The MV Kittiwake Spirit broke down on its port-side engine at 07:42 on Tuesday, roughly twenty minutes into the first crossing of the day, with 112 passengers and 31 vehicles on board.',
  '',
  '- Monday to Friday: departures from Port Aldring at 07:00, 12:00 and 17:15.',
  '',
  'The MV Kittiwake Spirit has served the island since 1994. She carries 60 cars and 300 passengers, and her engines were rebuilt in 2019 after a long run of breakdowns that left islanders without a crossing for weeks at a time. A replacement vessel was ordered in 2021.',
  '',
  'Bookings for Saturday crossings open on Tuesday mornings at the harbour office.',
].join('\n');

const engine = sharedArticlesEngine([
  ['tidefall-patch.txt', PATCH],
  ['kettle-recall.txt', RECALL],
  ['bowls-agm.md', MINUTES],
  ['sleep-trial.txt', TRIAL],
  ['karsa-history.txt', VOLCANO],
  ['rovers-season.txt', CLUB],
  ['skerrin-ferry.txt', SAILINGS],
]);
const quoted = quotedBy(engine);

describe('questions about the kinds of text a community posts', () => {
  it('declines an excerpt dated only by other years than the one asked, and takes "the 1950s" as its years', async () => {
    expect(await quoted('what did the ash close in the 1951 eruption')).toBeNull();
    expect(await quoted('how many people died in the 1950s eruption')).toContain('40 people died');
    expect(await quoted('how long was the airport shut in 2009')).toContain('for five days');
  });

  it('takes a number joined to a span of time as saying how long, not how many', async () => {
    expect(await quoted('how many ppl got banned for real money trading')).toBeNull();
  });

  it('hears "how much longer" as asking for the difference, in a unit', async () => {
    expect(await quoted('how much longer did people sleep with the app')).toContain('14 minutes longer');
  });

  it("reads a price in a game's own currency as a price", async () => {
    expect(await quoted('how much does ysolde cost')).toContain('she costs 9,000 gold');
    // Asked in another currency than the one the article prices it in.
    expect(await quoted('how much does ysolde cost in tide pearls')).toBeNull();
  });

  it('keeps shorthand the articles themselves write, and reads "xp" as experience', async () => {
    expect(await quoted('did they nerf brannoch')).toContain('Brannoch nerf');
    expect(await quoted('whens double xp')).toContain('double experience on the weekend');
    expect(await quoted('who is the md of brightwell')).toContain('managing director, Colin Varga');
    expect(await quoted('how many mods r there now')).toContain('bringing the team to 16');
  });

  it('hears a number to dial or a model number as asking for one, not a count', async () => {
    expect(await quoted('whats the helpline number')).toContain('0800 046 7215');
    expect(await quoted('kettle model number?')).toContain('BK-1702');
  });

  it('reads "take it back to the shop" as returning it, not recapturing it', async () => {
    expect(await quoted('can i take it back to the shop')).toContain('do not take it back to the shop');
  });

  it("learns an acronym from a long form its article's title writes in capitals", async () => {
    expect(await quoted('where was the agm held')).toContain('in the Pavilion Room');
  });

  it('reads "u13s" as an age group, "temp" as temperature and "11C" as degrees', async () => {
    expect(await quoted('did the u13s win anything')).toContain('lifted the Valley Shield');
    expect(await quoted('wat was the temp at the start of the fun run')).toContain('was 11C');
    expect(await quoted('how hot was it when the fun run started')).toContain('was 11C');
  });

  it('declines a timetable for other days than the one asked, and a winner for the runner-up', async () => {
    expect(await quoted('what time is the first saturday ferry from port aldring')).toBeNull();
    expect(await quoted('what time is the first ferry from port aldring on a tuesday')).toContain('07:00');
    expect(await quoted('who came second in the victoria sponge class')).toBeNull();
    expect(await quoted('who won the victoria sponge class')).toContain('Margaret Pell');
  });

  it('hears "how much compensation" and "how much does it sell for" as asking a sum of money', async () => {
    expect(await quoted('how much compensation did mairead thorne get')).toBeNull();
    expect(await quoted('how much does the glass eel sell for')).toBeNull();
  });

  it('reads an engine that "died" or a boat that "conked out" as one that broke down', async () => {
    expect(await quoted('how many ppl were on the boat when the engine died')).toContain('112 passengers');
    expect(await quoted('what time did the ferry conk out')).toContain('at 07:42');
  });

  it("never joins a list item's neighbour from another item to its answer", async () => {
    expect(await quoted('how much does the tidebreaker greatsword cost')).toBeNull();
    expect(await quoted('how much does the coral fang cost')).toContain('It still costs £21');
  });

  it('takes a sum of money as counting nothing', async () => {
    expect(await quoted('how many houses got destroyed in the 2009 eruption')).toBeNull();
  });

  it('counts adults, members or residents where a count of people is asked', async () => {
    expect(await quoted('how many people came on the opening weekend')).toContain('drew 41,260 players');
    expect(await quoted('how many people were in the sleep trial')).toContain('recruited 412 adults');
  });
});
