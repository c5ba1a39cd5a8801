/**
 * Chat-style questions about a seventeenth six articles (./seventeenth-six/: a volunteer lifeboat station's year
 * of call-outs, a table tennis club's league season, a town bike-share scheme's first year, a youth orchestra's
 * spring tour diary, a residents' association's update on a road closed by a sinkhole, a community climbing
 * wall's reopening after a refit), written in session 55 by two helpers who saw only the articles (the second set
 * in a newcomer's vaguer words). The question prompt was written anew in session 55 (the earlier one was lost
 * with its machine) and did not hold a question to at most half of its answer's words: these sets are easier
 * than the sixth to sixteenth six's (answerable 66 of 140 right at the session's start, against 22 of 140 for
 * the sixteenth six). Blind in session 55 (read only as totals: 60 and 40 of 100 at its start, 60 and 40 at
 * its end); in the repository so that later sessions keep them, dev from session 56. Styles the scorer does not
 * know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the
 * helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const SEVENTEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'who was the first person to ride one of the bikes when the scheme opened',
    file: 'bike-share-first-year.md',
    fragment: 'the Mayor of Kelsbridge, Cllr Anjali Moss, wobbled off from the Market Square dock',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'did the bikes beat the ride target in yr 1 or nah? by how much',
    file: 'bike-share-first-year.md',
    fragment: 'so we beat the target by 37%',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'what was the busiest day for the bikes? i think it was carnival day in august or something',
    file: 'bike-share-first-year.md',
    fragment: 'The busiest single day was Saturday 29 July, the day of the Kelsbridge Carnival',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'which pickup point sees the most trips',
    file: 'bike-share-first-year.md',
    fragment: 'The Railway Station forecourt is far and away the busiest dock',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the Orchard Lane station is having so few rides?',
    file: 'bike-share-first-year.md',
    fragment: 'partly because it sits at the top of Beacon Hill and almost everyone rides down',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what percent of rides were on the e-bikes',
    file: 'bike-share-first-year.md',
    fragment: 'the e-bikes took 78% of all rides',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wen r the rush hours 4 the bikes on weekdays',
    file: 'bike-share-first-year.md',
    fragment: 'Weekday peaks are 7:30-8:45am and 4:45-6pm',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Who was paying for to buy the bikes and docks in the start?',
    file: 'bike-share-first-year.md',
    fragment: "cost £640,000 to set up, paid for by the county's Active Travel Fund",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the law firm whose logo is on the baskets, how much did they chip in? like 40k?',
    file: 'bike-share-first-year.md',
    fragment: '£46,800 in sponsorship from Haddow & Lyle Solicitors',
    style: 'paraphrase',
  },
  {
    q: 'the uni thats going through the member survey, when do they reckon results are out, october?',
    file: 'bike-share-first-year.md',
    fragment:
      "the results from the University of Westmarch team analysing them won't be ready until September",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'what went wrong with the power packs on the electric bikes back in feb',
    file: 'bike-share-first-year.md',
    fragment:
      '19 e-bikes were taken out of service over three weeks with batteries that stopped charging properly',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y is the riverside dock shut at nite now',
    file: 'bike-share-first-year.md',
    fragment: 'Most of the damage happened at the Riverside dock late on Friday and Saturday nights',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Why the wall was closed in July?',
    file: 'climbing-wall-reopening.md',
    fragment:
      'We closed on 1 July because our annual inspection flagged the old plywood panels on the main lead wall',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'who did the safety check that found the soggy boards',
    file: 'climbing-wall-reopening.md',
    fragment:
      'The inspector, Callum Brightwater from Peakline Safety, found water damage behind four of the panels',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'whats the new lead wall made of, some fibreglass stuff from summit something?',
    file: 'climbing-wall-reopening.md',
    fragment: 'have been replaced with fibreglass-coated ply from Summit Forge',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'where r the auto belays',
    file: 'climbing-wall-reopening.md',
    fragment: "They're on the slab and vertical lines by the door",
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'What is the most hard grade on the ropes now?',
    file: 'climbing-wall-reopening.md',
    fragment: 'from 4 to 7b+ on the ropes',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why did the refit go over budget, was it the roof or something',
    file: 'climbing-wall-reopening.md',
    fragment: 'the steel framework behind the lead wall also turned out to need shot-blasting and repainting',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much did the climbathon make',
    file: 'climbing-wall-reopening.md',
    fragment: 'the sponsored 24-hour climb-a-thon in March alone brought in £4,150',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'who is cutting the ribbon on opening day',
    file: 'climbing-wall-reopening.md',
    fragment: 'Ribbon-cutting will be done by Edna Pilkington',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'what does a single visit cost now, and the monthly pass',
    file: 'climbing-wall-reopening.md',
    fragment: 'Day entry is still £8 (£5 concessions), and monthly membership is still £32',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'I did top rope belay check before the closing, I must to do it again?',
    file: 'climbing-wall-reopening.md',
    fragment: 'Top-rope belay checks from before the closure still count',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat do they need b4 they can open sunday evenings',
    file: 'climbing-wall-reopening.md',
    fragment: 'that depends on recruiting at least two more duty supervisors',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how many volunteers helped out at the working parties',
    file: 'climbing-wall-reopening.md',
    fragment: '38 different volunteers over nine weekends',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many times did the lifeboats go out in 2023',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Our two boats launched on service 41 times in 2023',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'on how many call-outs did the crew get official recognition for keeping someone alive',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'on six occasions the crew were credited with saving a life',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how many paddleboard and kayak shouts were there, was it 11 vs like 3 the year before?',
    file: 'lifeboat-station-year-review.txt',
    fragment: '11 to paddleboarders or kayakers, against only four in 2022',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why do paddleboarders keep getting pushed out past carrow head',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Nearly all of them happened on days with an offshore breeze',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'how long was the big boat out for on the march tow of that crab boat',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'The Margaret Ellery was at sea for 7 hours 40 minutes',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was helming when they rescue the boy at Trevose Sands?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'the Little Wren crew, helmed by Lowenna Pascoe, pulled a 14-year-old boy',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the new launch record was 7 mins right? what was the old best, 9ish?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'beats our previous best of eight and a half minutes',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long was derek hocking on the crew',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'after 31 years on the crew, 19 of them in charge of the all-weather boat',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who r the new crew that passed out this yr',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Four new crew passed out this year: Tamsin Rowe, Idris Kellow, Maya Osei and Ben Trelawny',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'how much cash did the fundraising lot bring in over the year',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'raised £38,450 in 2023, up from £31,200 the year before',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much is the slipway repair going to cost',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'a survey in April put the repair bill at around £112,000',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'When I can come to the boathouse for joining the crew?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'come down to the boathouse any Tuesday evening from seven',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what time did the road cave in, was it around 6am on the friday?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'at about 5:40am on Friday 16 May',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how big was the hole when they first measured it',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'The hole was roughly 3 metres across and 2.5 metres deep',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who rang 999 wen it happend',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'Mr Desmond Okafor at number 45 heard',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'what actually made the ground give way',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'the cause was a fractured 1930s clay sewer running under the road',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'The water company will pay for the broken wall at number 47 or not?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'It has not accepted liability for the damage to the front wall of number 47',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whats the diversion route while its shut',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'The diversion sends drivers along Lantern Lane, Copse Hill and Beacon Street',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "which of the number 14's halts are out of use",
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'the stops outside the Co-op and at Fennimore Green are suspended',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'theyre putting a new pipe in right? metal or what',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'replacement of the broken section of pipe with modern plastic pipe',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much will cost the resurfacing of the road?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'the resurfacing is likely to cost in the region of £22,000',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long did the copse hill collapse in 2019 take to fix',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'That one was about a metre across and was fixed within eight days',
    style: 'verbatim-ish',
  },
  {
    q: 'when and where is the next committee meeting',
    file: 'road-closure-sinkhole-update.txt',
    fragment: "The next committee meeting is on Wednesday 18 June at 7:30pm in St Cuthbert's Hall",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'the florist on the parade said business has dropped by like half?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'says her takings are down by about a third since the closure',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where did the a team finish in the premier division',
    file: 'table-tennis-league-season.md',
    fragment: 'Our A team finished third in the Wexmoor & District League Premier Division',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many pts did the A team end up on',
    file: 'table-tennis-league-season.md',
    fragment: 'ending on 118 points, just four behind champions Ferncombe Spinners',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'who lost the deciding doubles at ferncombe, was it tomasz and karl?',
    file: 'table-tennis-league-season.md',
    fragment: 'Tomasz Brennan and Greg Oduya lost it 11-9 in the fifth',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "what was tomasz's win rate across all his games this season",
    file: 'table-tennis-league-season.md',
    fragment: 'He won 46 of his 54 sets for an average of 85.2%',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What is the new club record of sets without losing?',
    file: 'table-tennis-league-season.md',
    fragment: 'he also put together a 19-set unbeaten run between October and January',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who did the b team beat to clinch division two',
    file: 'table-tennis-league-season.md',
    fragment: 'after beating Oldmoor Rectory 8-2 on 26 March',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat was ellies avg at the start n end of the season',
    file: 'table-tennis-league-season.md',
    fragment: 'She started the year on a 52% average in Division Three and finished on 74%',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'who defeated ellie in the under-18 closed final',
    file: 'table-tennis-league-season.md',
    fragment: 'losing in four to Noah Farrant from Ferncombe',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the C team is going down to Division Two?',
    file: 'table-tennis-league-season.md',
    fragment: 'we lost two of the four regular players in the autumn',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how much did the club pay for the robot? 400 quid or so?',
    file: 'table-tennis-league-season.md',
    fragment: 'We also bought a second-hand robot for £420 out of club funds',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'how much are we paying to rent the church hall each evening at the moment',
    file: 'table-tennis-league-season.md',
    fragment: 'We are currently paying £28 a night',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what time did the coaches leave on day one',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'We left the Old Drill Hall car park at 7:15 on the dot',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how many kids went on the tour, 60ish?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'Two coaches from Brenley Travel, 61 players, 9 adult chaperones',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'what pieces were on the bill at the carrowby church gig',
    file: 'youth-orchestra-spring-tour.md',
    fragment:
      "The concert opened with the Elgar Serenade for strings, followed by Dvořák's Eighth after the interval",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who lent niamh a reed',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'second bassoon Owen Latchford carries three spares',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Which session was going over the time at Hallbridge?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'The woodwind session with flautist Dr Imogen Saltry overran by forty minutes',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'how many people turned up to the big pellingford show altogether',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'and another 57 on the door, so 488 in total',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wen did they get the lights fixed at pellingford',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'He got it sorted at 6:55pm, five minutes before the doors opened',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Who is the most young player in the orchestra?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'Our youngest member, 11-year-old percussionist Alfie Brannock',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why was the denholt abbey concert so short, was there a funeral on or something',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'because the abbey needed the nave back for a wedding at 3pm',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much was the tour over budget and why',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'The overspend of £1,240 came mostly from the coaches',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'When are the auditions for the new leader?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'auditions will be held some time in June',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who was the first person to ride one of the hire bikes when it launched',
    file: 'bike-share-first-year.md',
    fragment: 'the Mayor of Kelsbridge, Cllr Anjali Moss, wobbled off from the Market Square dock',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wats the busiest day the bikes ever had lol',
    file: 'bike-share-first-year.md',
    fragment: 'The busiest single day was Saturday 29 July, the day of the Kelsbridge Carnival',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'which pick-up spot gets used the most?',
    file: 'bike-share-first-year.md',
    fragment: 'The Railway Station forecourt is far and away the busiest dock',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the Orchard Lane station have so few rides?',
    file: 'bike-share-first-year.md',
    fragment: 'it sits at the top of Beacon Hill and almost everyone rides down',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'didnt they swap a bunch of the normal bikes for electric ones at some point, like 20 of them? when',
    file: 'bike-share-first-year.md',
    fragment: 'which is why we swapped ten pedal bikes for e-bikes in January',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what times of day do people mostly use the bikes',
    file: 'bike-share-first-year.md',
    fragment: 'Weekday peaks are 7:30-8:45am and 4:45-6pm',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'who stumped up the cash to buy the bikes and stands in the first place?',
    file: 'bike-share-first-year.md',
    fragment: "paid for by the county's Active Travel Fund",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much is it 2 hire 1 if im not a member? and whats membership',
    file: 'bike-share-first-year.md',
    fragment: '£1 to unlock plus 10p a minute, or £60 a year for members',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'what happened with the e-bike batteries dying last winter, did the bike company sort it?',
    file: 'bike-share-first-year.md',
    fragment: 'The supplier, Velonto, replaced all 19 battery packs free under warranty',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How many bike was stolen in the first year?',
    file: 'bike-share-first-year.md',
    fragment: 'Seventeen bikes were damaged badly enough to need workshop repairs, four were stolen',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "why can't i grab a bike by the river late at night anymore?",
    file: 'bike-share-first-year.md',
    fragment: "which is why it's now locked out between midnight and 5am",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'whats bein done abt the station always bein empty in the mornin',
    file: 'bike-share-first-year.md',
    fragment: 'now start at 6am rather than 7am so the van can restock the station docks',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'why did the climbing wall shut over the summer',
    file: 'climbing-wall-reopening.md',
    fragment: 'our annual inspection flagged the old plywood panels on the main lead wall',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what was actually wrong with the boards on the big wall?',
    file: 'climbing-wall-reopening.md',
    fragment: 'found water damage behind four of the panels where the roof gutter had been leaking',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'where r the new auto belay things',
    file: 'climbing-wall-reopening.md',
    fragment: "They're on the slab and vertical lines by the door",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How thick is the new mats in the bouldering part?',
    file: 'climbing-wall-reopening.md',
    fragment: 'we now have 48 square metres of bouldering with a new 40cm matting system',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'whos the main setter there again, dan something? and how many helpers has he got',
    file: 'climbing-wall-reopening.md',
    fragment: 'Our head setter, Dev Anand, and his team of five volunteer setters',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what grades are the new climbs',
    file: 'climbing-wall-reopening.md',
    fragment: 'Grades run from V0 to V8 on the boulders and from 4 to 7b+ on the ropes',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how come the makeover ended up costing more than they thought?',
    file: 'climbing-wall-reopening.md',
    fragment:
      'because the steel framework behind the lead wall also turned out to need shot-blasting and repainting',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who chucked in the most money 4 the refit',
    file: 'climbing-wall-reopening.md',
    fragment: '£40,000 from the Thornbury Sports Foundation',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Who is cutting the ribbon on opening day and how old she is?',
    file: 'climbing-wall-reopening.md',
    fragment: 'Ribbon-cutting will be done by Edna Pilkington, who is 84, co-founded the wall in 1996',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'are prices going up now its reopened? i think a day pass was like a tenner',
    file: 'climbing-wall-reopening.md',
    fragment: 'Day entry is still £8 (£5 concessions), and monthly membership is still £32',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'does my old top rope belay test still count or do i have to redo it',
    file: 'climbing-wall-reopening.md',
    fragment: 'Top-rope belay checks from before the closure still count',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many ppl turned up 2 help strip the wall',
    file: 'climbing-wall-reopening.md',
    fragment:
      '38 different volunteers over nine weekends, who between them stripped something like 1,400 old holds',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many times did the lifeboats go out last year',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Our two boats launched on service 41 times in 2023, up from 33 in 2022',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'which month kept the rescue crew busiest?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'August was the busiest month with nine shouts',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y r so many paddleboarders needing rescuing',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Nearly all of them happened on days with an offshore breeze',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How many talk did the water safety lady give this year?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Nessa Quiller, gave 23 talks to schools, clubs and holiday parks this year',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how long was the big boat out on that massive tow job back in april or whenever it was',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'The Margaret Ellery was at sea for 7 hours 40 minutes',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who was in charge of the boat that saved the kid on the inflatable',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'the Little Wren crew, helmed by Lowenna Pascoe, pulled a 14-year-old boy from the water',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: "what's the fastest they've ever got a boat into the sea after the alarm went off?",
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Seven minutes from pager to water beats our previous best of eight and a half minutes',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how long was derek the cox 4 b4 he quit',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'after 31 years on the crew, 19 of them in charge of the all-weather boat',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Who is doing the coxswain job now after Derek leave?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'Lowenna Pascoe, our second coxswain, is acting coxswain for now',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how much did the fundraising lot bring in, about 30k wasnt it?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'raised £38,450 in 2023, up from £31,200 the year before',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much is it gonna cost to fix the slipway',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'a survey in April put the repair bill at around £112,000',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how many people braved the sea on boxing day and how much did it make?',
    file: 'lifeboat-station-year-review.txt',
    fragment: 'The Boxing Day swim raised £1,140 and froze 46 brave souls',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wen did the hole on fennimore rd actually open up',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'at about 5:40am on Friday 16 May, the carriageway between the junction with Lantern Lane',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'who called 999 when the road fell in',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'Mr Desmond Okafor at number 45 heard what he described',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what actually made the street cave in?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'the cause was a fractured 1930s clay sewer running under the road',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Who have to pay for fixing the broken pipe?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'which Severnhill Water will pay',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'whats the detour while its shut, down copse lane or something?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'The diversion sends drivers along Lantern Lane, Copse Hill and Beacon Street',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'is the 14 bus still stoppin at the coop',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'the stops outside the Co-op and at Fennimore Green are suspended',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'are the bins still getting picked up on our road',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'Bin collections are carrying on as normal for the houses on either side of the hole',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how do people in the little dead-end close get their cars in and out?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'can get in and out from the Beacon Street end only',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When they will do the camera check inside the sewer?',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'Week commencing 9 June: CCTV survey of the sewer',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the last road collapse round here, copse hill in 2018 i think, how quick did they fix that one',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'That one was about a metre across and was fixed within eight days',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'hows the florist doin, has she lost much since the road shut',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'says her takings are down by about a third since the closure',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'when and where is the next residents meeting',
    file: 'road-closure-sinkhole-update.txt',
    fragment: 'The next committee meeting is on Wednesday 18 June at 7:30pm',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'where did our top squad end up in the table?',
    file: 'table-tennis-league-season.md',
    fragment: 'Our A team finished third in the Wexmoor & District League Premier Division',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'which match cost us the title lol',
    file: 'table-tennis-league-season.md',
    fragment: 'The title realistically slipped away on 22 February, when we lost 6-4 away at Ferncombe',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'what sort of average did tomasz end up with',
    file: 'table-tennis-league-season.md',
    fragment: 'He won 46 of his 54 sets for an average of 85.2%',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'What is the club record that Tomasz make this season?',
    file: 'table-tennis-league-season.md',
    fragment: 'he also put together a 19-set unbeaten run between October and January',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'did the b team go up a league? i think they won div 3',
    file: 'table-tennis-league-season.md',
    fragment: 'That means promotion to Division One next season',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How old is the young girl who play in the B team?',
    file: 'table-tennis-league-season.md',
    fragment: 'Captain Sandra Whitlow and her regulars, Karl Ashdown and 15-year-old Ellie Marsh',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did the c team get relegated',
    file: 'table-tennis-league-season.md',
    fragment: 'we lost two of the four regular players in the autumn',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'who got the stickability award this year',
    file: 'table-tennis-league-season.md',
    fragment: 'A word too for 71-year-old Frank Dellow, who played all 18 matches',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'How much the membership fee is for adult and for junior?',
    file: 'table-tennis-league-season.md',
    fragment: 'stayed at £65 for the season for adults and £30 for juniors',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what are we paying for the church hall at the moment, 30 quid a night or so?',
    file: 'table-tennis-league-season.md',
    fragment: 'We are currently paying £28 a night',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'when can i come down and have a knock over the summer?',
    file: 'table-tennis-league-season.md',
    fragment: 'Summer practice carries on every Tuesday and Thursday from 7:30pm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many kids and grown ups went on the tour',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'Two coaches from Brenley Travel, 61 players, 9 adult chaperones',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat happened w the bassoon reed thing',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'her reed case was still on her bedroom windowsill',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'who rescued the bassoon player who forgot her kit?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'second bassoon Owen Latchford carries three spares',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money they collect at Hallbridge and where it go?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'The collection at the door raised £386',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how many came to the big pellingford gig, was it like 400?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'We sold 431 tickets in advance and another 57 on the door, so 488 in total',
    style: 'paraphrase',
  },
  {
    q: 'something went wrong with the lights before the big saturday concert? what happened',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'Just after the afternoon rehearsal, a fuse blew in the stage lighting',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'why was the final show at the abbey a short one?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'because the abbey needed the nave back for a wedding at 3pm',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the coach come back late on the Saturday?',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'roughly an hour late because of roadworks on the bypass',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the tour went over budget right, by like 2 grand? what was that down to',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'The overspend of £1,240 came mostly from the coaches',
    style: 'paraphrase',
  },
  {
    q: 'parents had to pay like 150 each for the tour right? what was it exactly',
    file: 'youth-orchestra-spring-tour.md',
    fragment: 'Parent contribution per player: £165, the same as last year',
    style: 'paraphrase',
  },
];

export const SEVENTEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'is the town council gonna keep covering the bike share shortfall after march 2025',
    trap: true,
    why: "The bike article says the council hasn't said whether it will continue funding after March 2025 or at what level.",
  },
  {
    q: 'did velonto ever work out what caused the e-bike batteries to stop charging',
    trap: true,
    why: "The bike article says the supplier still hasn't told them what caused the battery fault.",
  },
  {
    q: 'wen is the hospital bike dock going in',
    trap: true,
    why: 'The bike article says the hospital trust agreed in principle but there is no installation date yet.',
  },
  {
    q: "who's taking over coaching the youth squad at the crag now rhiannon's gone",
    trap: true,
    why: 'The climbing article says nobody has been appointed to replace Rhiannon Teague yet.',
  },
  {
    q: "when's the 40 degree training board arriving at the crag",
    trap: true,
    why: "The climbing article says the supplier hasn't confirmed when the training board will be delivered.",
  },
  {
    q: "who's gonna be the permanent coxswain at port carrow",
    trap: true,
    why: "The lifeboat article says the regional office is still running the selection and hasn't decided.",
  },
  {
    q: 'was the red flare off gull point in november a real one or just a lantern',
    trap: true,
    why: "The lifeboat article says the Coastguard hasn't said whether the flare was genuine and they may never know.",
  },
  {
    q: 'are the fennimore road works going to carry on at weekends',
    trap: true,
    why: "The sinkhole update says it hasn't been decided and depends on the contractor's availability.",
  },
  {
    q: 'are we allowed to enter a 4th team in the league next season',
    trap: true,
    why: 'The table tennis article says this will be decided at the AGM, which has no date yet.',
  },
  {
    q: 'where is the sinfonia going on next years spring tour',
    trap: true,
    why: "The orchestra article says next spring's destination hasn't been decided.",
  },
  {
    q: 'how many of the 612 feedback comments were about the empty dock at the station',
    trap: true,
    why: 'The bike article says it was the most common complaint but gives no count.',
  },
  {
    q: "what's the name of the canoe club person who fished the bikes out of the kell",
    trap: true,
    why: 'The bike article credits the Canoe Club but names nobody.',
  },
  {
    q: 'how much did the new LED lighting at the crag cost on its own',
    trap: true,
    why: 'The climbing article gives only the total refit cost, with no breakdown for the lighting.',
  },
  {
    q: 'what time does the bouldering comp on opening day finish',
    trap: true,
    why: 'The climbing article gives only the 2pm start of the comp, not an end time.',
  },
  {
    q: 'what was the name of the yacht the lifeboat went out to in february',
    trap: true,
    why: 'The lifeboat article mentions the February yacht but never names it.',
  },
  {
    q: 'who won the duck race on lifeboat day',
    trap: true,
    why: 'The lifeboat article names the crab-pot-hauling winners but not any duck race winner.',
  },
  {
    q: 'how many extra minutes does the fennimore road diversion add',
    trap: true,
    why: 'The sinkhole update gives the diversion only as about 1.2 miles, not a time.',
  },
  {
    q: 'does anyone know who moved the barrier on 27 may',
    trap: true,
    why: "The sinkhole update says someone moved a barrier that evening but doesn't say who.",
  },
  {
    q: 'what make is the new robot the table tennis club bought',
    trap: true,
    why: "The table tennis article gives the robot's price and use but not its brand or model.",
  },
  {
    q: 'how much were tickets for the pellingford concert',
    trap: true,
    why: 'The orchestra article gives ticket numbers sold but never the ticket price.',
  },
  {
    q: 'how many rides did kelsbridge bikes get in its second year',
    trap: true,
    why: 'The bike article only covers year one, from June 2023 to June 2024.',
  },
  {
    q: 'how much did the thornbury sports foundation put towards the 2018 floor and mats job at the crag',
    trap: true,
    why: "The climbing article gives the 2018 job's cost but not who funded it; the Thornbury grant is for this refit.",
  },
  {
    q: 'how much did the crag cost to build originally back in 1996',
    trap: true,
    why: 'The climbing article mentions the 1996 founding but gives costs only for the 2018 job and this refit.',
  },
  {
    q: 'how many times did port carrow launch in 2021',
    trap: true,
    why: 'The lifeboat article gives launch figures only for 2023 and 2022.',
  },
  {
    q: 'how much did lifeboat day raise in 2022',
    trap: true,
    why: 'The lifeboat article gives only the 2023 Lifeboat Day total and the 2022 branch total, not the 2022 Lifeboat Day figure.',
  },
  {
    q: 'how many shouts did the penvarra lifeboat have last year',
    trap: true,
    why: "The lifeboat article covers Port Carrow's boats only; it gives no figures for Penvarra.",
  },
  {
    q: 'what caused the copse hill collapse back in 2019',
    trap: true,
    why: 'The sinkhole update gives only the size and repair time of the 2019 collapse, not its cause.',
  },
  {
    q: 'who won the premier division the season before, in 2022/23',
    trap: true,
    why: "The table tennis article names only this season's champions, Ferncombe Spinners.",
  },
  {
    q: 'who topped the division two averages this season',
    trap: true,
    why: 'The table tennis article only says who topped the Premier Division averages.',
  },
  {
    q: 'what pieces did the sinfonia play on last years spring tour',
    trap: true,
    why: "The orchestra article lists this year's programme only; last year's is not given.",
  },
  {
    q: 'is the council gonna keep covering the bike scheme after march next year',
    trap: true,
    why: "The bike article says the council hasn't said whether it will keep covering the shortfall after March 2025.",
  },
  {
    q: 'when are the bike docks at the hospital going in?',
    trap: true,
    why: 'The bike article says the hospital trust agreed in principle but there is no installation date yet.',
  },
  {
    q: 'r the solicitors gonna keep sponsoring the bikes after december',
    trap: true,
    why: "The bike article says Haddow & Lyle haven't decided whether to renew their sponsorship.",
  },
  {
    q: 'what actually made the e-bike batteries stop charging',
    trap: true,
    why: "The bike article says the supplier still hasn't said what caused the battery fault.",
  },
  {
    q: 'is the wall gonna open sunday evenings now',
    trap: true,
    why: "The climbing article says the new opening hours haven't been decided and Sunday evenings depend on recruiting supervisors.",
  },
  {
    q: "who's taking over coaching the youth climbing squad?",
    trap: true,
    why: 'The climbing article says nobody has been appointed to replace Rhiannon Teague yet.',
  },
  {
    q: "who's gonna be the new permanent cox at port carrow",
    trap: true,
    why: "The lifeboat article says the regional office hasn't decided who will take the job permanently.",
  },
  {
    q: 'was that red flare in november real or not',
    trap: true,
    why: "The lifeboat article says the Coastguard hasn't said whether the flare was genuine and they may never know.",
  },
  {
    q: 'when does fennimore road open again',
    trap: true,
    why: 'The road article says there is no confirmed reopening date.',
  },
  {
    q: "who's captaining the b team in division one next season",
    trap: true,
    why: 'The table tennis article says no B team captain has been decided and nobody has volunteered.',
  },
  {
    q: "where's the sinfonia going on tour next spring?",
    trap: true,
    why: "The orchestra article says next spring's destination hasn't been decided.",
  },
  {
    q: "when's the summer concert",
    trap: true,
    why: 'The orchestra article says no date has been set for the summer concert because of the Drill Hall rewiring.',
  },
  {
    q: 'whats the name of devs 7c on the overhang',
    trap: true,
    why: 'The climbing article says Dev refuses to name the route until someone sends it, so no name is given.',
  },
  {
    q: 'how much did the new 40 degree training board cost',
    trap: true,
    why: 'The climbing article mentions the board was ordered but never gives its price.',
  },
  {
    q: 'what was the name of the boy they pulled out off trevose sands',
    trap: true,
    why: 'The lifeboat article gives only his age, not his name.',
  },
  {
    q: 'how many crew go out on the little inshore boat',
    trap: true,
    why: 'The lifeboat article never says how many crew the Little Wren carries.',
  },
  {
    q: 'how much r tickets for the youth orchestra concerts',
    trap: true,
    why: 'The orchestra article gives ticket numbers sold but never a ticket price.',
  },
  {
    q: 'what did they play at the abbey concert on the saturday',
    trap: true,
    why: 'The orchestra article only calls the Denholt programme slimmed-down and never lists the pieces.',
  },
  {
    q: "who's the new treasurer at the table tennis club now rob's retired",
    trap: true,
    why: 'The table tennis article says Rob Tulley retired but never names a replacement.',
  },
  {
    q: 'how many people went to the learn to ride sessions',
    trap: true,
    why: 'The bike article gives the number of sessions (11) but not how many people attended.',
  },
  {
    q: 'how much does it cost to replace a stolen e-bike',
    trap: true,
    why: 'The bike article only gives a total of about £9,400 for repairs and replacements, not a per-bike cost.',
  },
  {
    q: 'how many buses an hour run on the diversion route',
    trap: true,
    why: 'The road article says the number 14 is diverted but never gives how often it runs.',
  },
  {
    q: 'how many rides did the bikes get in the second year',
    trap: true,
    why: 'The bike article only covers the first year of the scheme.',
  },
  {
    q: 'how many times did port carrow lifeboat launch in 2021',
    trap: true,
    why: 'The lifeboat article only gives launch numbers for 2023 and 2022.',
  },
  {
    q: 'what happened with the sinkhole on lantern lane',
    trap: true,
    why: 'The road article is about the Fennimore Road sinkhole; it only says nobody knows if the same pipe runs under Lantern Lane.',
  },
  {
    q: 'how many shouts did penvarra lifeboat get last year',
    trap: true,
    why: 'The lifeboat article covers Port Carrow station, not Penvarra.',
  },
  {
    q: 'who won the premier division the season before last?',
    trap: true,
    why: "The table tennis article only names Ferncombe Spinners as this season's champions.",
  },
  {
    q: 'how much did last years orchestra tour cost',
    trap: true,
    why: "The orchestra article gives this year's tour cost but not last year's.",
  },
  {
    q: 'how many members did the climbing wall have before it shut',
    trap: true,
    why: 'The climbing article never gives membership numbers for the Crag.',
  },
  {
    q: "what's hall hire like at wexmoor sports centre",
    trap: true,
    why: "The table tennis article only gives the hire cost at St Aldhelm's Church Hall.",
  },
];

export const SEVENTEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...SEVENTEENTH_SIX_ANSWERABLE,
  ...SEVENTEENTH_SIX_TRAPS,
];
