/**
 * Chat-style questions about an eighth six articles (./eighth-six/: an allotment society's newsletter, a game
 * guild's raid guide, an island ferry's breakdown report, an open-source release note, a youth football club's
 * season review, an astronomy club's observing night), written in session 46 by two helpers who saw only the
 * articles (the second set in a newcomer's vaguer words), as ./sixth-six-set.ts was. Blind in session 46 (read
 * only as totals: 27 and 16 of 100 at its start, 28 and 16 at its end); in the repository so that later sessions
 * keep them, dev from session 47.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const EIGHTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as phone
  {
    q: 'hw much r we payin for a whole allotment next yr?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Full plot (250 square metres): £68, up from £62',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'when do i have to pay my allotment rent by',
    file: 'allotment-society-newsletter.md',
    fragment: 'Rents are due by 31 January.',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'My grandmother is pensioner, she can have cheaper price for her plot?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Members over 65 or receiving Universal Credit still get 25% off the rent',
    style: 'paraphrase',
  },
  {
    q: "What's behind the price hike for next year's plots?",
    file: 'allotment-society-newsletter.md',
    fragment: 'The land rent we pay to Brackwell Borough Council has gone up by 11%',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is the queue for a plot still about 30 names?',
    file: 'allotment-society-newsletter.md',
    fragment: 'There are currently 41 names on the waiting list',
    style: 'paraphrase',
  },
  {
    q: 'how lnog does it takee to actualy get a plot off the waitin list?',
    file: 'allotment-society-newsletter.md',
    fragment: 'the people who got them had waited about 19 months on average',
    style: 'typo',
  },
  {
    q: "what'd the thieves nick from the shed lol",
    file: 'allotment-society-newsletter.md',
    fragment: "They took the society's petrol strimmer (bought in 2021 for £289), two wheelbarrows",
    style: 'slang',
  },
  {
    q: 'shed break-in discoverer?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Peter Osei found the door open at 8.15am',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'How many exhibits were submitted to the harvest show?',
    file: 'allotment-society-newsletter.md',
    fragment: 'The show on Saturday 14 September drew 86 entries from 34 members',
    style: 'paraphrase',
  },
  {
    q: "hey all, been meaning to ask since the show. I know the raffle and teas money went to the greenhouse thing but how close are we to actually buying it? my plot neighbour reckons we're nearly there",
    file: 'allotment-society-newsletter.md',
    fragment: 'which now stands at £1,730 towards a target of £2,500',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'who is leaving the top job on the committee',
    file: 'allotment-society-newsletter.md',
    fragment: 'After nine years as chair, Brian Tulloch is stepping down',
    style: 'verbatim-ish',
  },
  {
    q: 'hosepipe days next season?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Hoses may be used only on Tuesdays and Fridays',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'how far r we drivin to get out to the dark site from town?',
    file: 'astronomy-club-observing-night.md',
    fragment: "the club's dark site, 38 miles northwest of Cedar Hollow",
    style: 'slang',
  },
  // written as guess
  {
    q: 'did like 30 folks turn up on saturday?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'We had 27 members and 9 guests, so 36 people in all',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'How bright was the Pons-Brooks comet?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'It sat low in the west after dark at around magnitude 5.5',
    style: 'paraphrase',
  },
  {
    q: 'rolled up at 9ish, was the comet still up or nah',
    file: 'astronomy-club-observing-night.md',
    fragment: 'By 8:30 pm it was down in the trees',
    style: 'slang',
  },
  {
    q: 'wat was the SQM readng on the nite?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'read 21.4 at 9:00 pm and 21.6 at 10:30 pm',
    style: 'typo',
  },
  // written as learner
  {
    q: 'How much cold it was become in the night? I am thinking bring more warm clothes next time.',
    file: 'astronomy-club-observing-night.md',
    fragment: 'The temperature dropped from 41°F at setup to 29°F by midnight',
    style: 'paraphrase',
  },
  {
    q: 'big fireball time?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'including a bright fireball at 10:22 pm that several people saw',
    style: 'fragment',
  },
  {
    q: "ugh I think I left one of my eyepieces out at the ridge on saturday, was packing up in a rush when the clouds came over and now one's missing from my bag. does anyone know who is holding onto lost stuff from that night?",
    file: 'astronomy-club-observing-night.md',
    fragment: 'Denise has it now, so message her with the brand',
    style: 'long',
  },
  {
    q: 'how much is membrship for just me per yeer?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'Dues are $35 a year for individuals, $50 for families',
    style: 'typo',
  },
  {
    q: "What's the deadline to keep my membership going for another year?",
    file: 'astronomy-club-observing-night.md',
    fragment: 'and renewals are due April 1',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what time does the bus head out for the eclipse',
    file: 'astronomy-club-observing-night.md',
    fragment: 'leaving the library parking lot at 4:00 am',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: "Who's giving the lecture at the April meeting?",
    file: 'astronomy-club-observing-night.md',
    fragment: 'Dr. Lorna Vasquez of Hollins State University will talk about variable stars',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'were there about 150 folk stuck on the ferry?',
    file: 'ferry-service-disruption.txt',
    fragment: 'On board were 112 passengers and 31 vehicles',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what time did the boat conk out on friday',
    file: 'ferry-service-disruption.txt',
    fragment: 'lost power in her port engine at about 7.40am',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'wen did they finally get 2 the pier?',
    file: 'ferry-service-disruption.txt',
    fragment: 'she berthed at Kinloch at 10.35am',
    style: 'slang',
  },
  {
    q: 'ferry rescue boat from?',
    file: 'ferry-service-disruption.txt',
    fragment: 'A tug from Ardmoor took her under tow at 9.55am',
    style: 'fragment',
  },
  {
    q: 'wats actualy broke on the engin?',
    file: 'ferry-service-disruption.txt',
    fragment: 'Engineers found a cracked turbine housing.',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'Where is the new component being sourced from?',
    file: 'ferry-service-disruption.txt',
    fragment: 'A replacement has been ordered from a supplier in Rotterdam',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'The ship, when it was made? I want to know how old it is.',
    file: 'ferry-service-disruption.txt',
    fragment: 'when the 24-year-old vessel was built in 2001',
    style: 'paraphrase',
  },
  {
    q: 'How many people can the stand-in boat take?',
    file: 'ferry-service-disruption.txt',
    fragment: 'She carries up to 120 passengers and 16 cars',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wots the 1st boat off the island mon-fri now?',
    file: 'ferry-service-disruption.txt',
    fragment: 'Weekdays, from Skellan: 6.45am, 10.15am, 1.45pm and 5.15pm.',
    style: 'slang',
  },
  {
    q: 'if im just walkin on no car how early do i gotta rock up',
    file: 'ferry-service-disruption.txt',
    fragment: 'advising them to arrive 20 minutes before departure',
    style: 'slang',
  },
  // written as guess
  {
    q: 'is a walk-on there and back still about 8 quid?',
    file: 'ferry-service-disruption.txt',
    fragment: 'An adult foot passenger pays £4.60 single or £8.20 return',
    style: 'paraphrase',
  },
  {
    q: "my sister got stuck in kinloch over the weekend and had to fork out for a b&b two nights running cos the saturday boat was cancelled, she's fuming. can she get any of that money back off the ferry company and how much?",
    file: 'ferry-service-disruption.txt',
    fragment: 'can claim up to £90 a night for a maximum of two nights',
    style: 'long',
  },
  // written as guess
  {
    q: "morhane's got like 50 mil hp right?",
    file: 'guild-raid-strategy.md',
    fragment: 'Morhane has 3 phases and about 42 million health on Heroic',
    style: 'paraphrase',
  },
  {
    q: 'morhane berserk timer?',
    file: 'guild-raid-strategy.md',
    fragment: 'The enrage timer is 9 minutes 30 seconds from the pull.',
    style: 'fragment',
  },
  {
    q: 'how rough is it if a tank eats a third ink lash',
    file: 'guild-raid-strategy.md',
    fragment: 'At 3 stacks the tank takes 60% more damage and usually dies.',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how long do page ppl get 2 grab each 1?',
    file: 'guild-raid-strategy.md',
    fragment: 'Each needs one DPS to click it within 12 seconds.',
    style: 'slang',
  },
  {
    q: 'wat hapens if we mis a paeg',
    file: 'guild-raid-strategy.md',
    fragment: 'Every missed page gives Morhane a 10% damage buff.',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'which side do we stack on in p1',
    file: 'guild-raid-strategy.md',
    fragment: 'Stand on the left side of the platform',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'When are we popping lust/hero on Morhane?',
    file: 'guild-raid-strategy.md',
    fragment: 'Bloodlust/Heroism goes at 30%, not on the pull.',
    style: 'paraphrase',
  },
  {
    q: "What went wrong on the pull that should've been a kill?",
    file: 'guild-raid-strategy.md',
    fragment: 'fired twice within 0.5 seconds, which should never happen',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Is it only our guild who have this bug, or other peoples also have it?',
    file: 'guild-raid-strategy.md',
    fragment: 'Three other guilds on our server (Hollowmere, Static Bloom and Nine Candles)',
    style: 'paraphrase',
  },
  {
    q: "who's on mt duty this week lol",
    file: 'guild-raid-strategy.md',
    fragment: 'Tanks (2): Ironhollow (main), Vessa (off)',
    style: 'slang',
  },
  {
    q: 'Is there a cap on how much gear one player can win in an evening?',
    file: 'guild-raid-strategy.md',
    fragment: 'Max 2 items per person per raid night',
    style: 'paraphrase',
  },
  {
    q: "ok so I'm a bit confused about loot. I thought Pell was ahead on priority points for the locket from the Tide Sisters, so why did it end up going to Mothwing? not salty, just trying to understand how the council decides",
    file: 'guild-raid-strategy.md',
    fragment: "Mothwing had 100% attendance vs Pell's 75%",
    style: 'long',
  },
  // written as phone
  {
    q: 'wen did 3.2 drop?',
    file: 'open-source-release-notes.md',
    fragment: 'was tagged and published on Tuesday 14 May 2024 at 16:00 UTC',
    style: 'slang',
  },
  {
    q: 'How long is the older 3.1 branch still going to be patched?',
    file: 'open-source-release-notes.md',
    fragment: 'the 3.1.x line will keep getting security fixes until 30 November 2024',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is the saved search limit like 100 per person?',
    file: 'open-source-release-notes.md',
    fragment: 'Each user can save up to 50 queries',
    style: 'paraphrase',
  },
  {
    q: 'how much snappier is live tail now fr',
    file: 'open-source-release-notes.md',
    fragment: 'latency dropped from about 1.9 seconds to 240 milliseconds',
    style: 'slang',
  },
  {
    q: "maybe a dumb question but we've got a big compliance report that pulls a few million log lines in one go and I want to ship it as parquet instead of csv now that 3.2 supports it. is there a cap on how big a parquet export can be?",
    file: 'open-source-release-notes.md',
    fragment: 'Parquet exports are capped at 2 million rows',
    style: 'long',
  },
  // written as learner
  {
    q: 'My plugin is made for old python version, it will still work after I upgrade?',
    file: 'open-source-release-notes.md',
    fragment: 'Plugins now need Python 3.10 or newer',
    style: 'paraphrase',
  },
  {
    q: 'waht port does it listne on by defualt now',
    file: 'open-source-release-notes.md',
    fragment: 'The default port changed from 8080 to 7480',
    style: 'typo',
  },
  {
    q: 'path traversal reporter?',
    file: 'open-source-release-notes.md',
    fragment: 'Priya Venkataraman of the Halden University security group reported it privately',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how serious is the export vuln',
    file: 'open-source-release-notes.md',
    fragment: 'We rated it 6.5 (medium), because an attacker needs a valid account.',
    style: 'verbatim-ish',
  },
  {
    q: "bit gutted tbh, I run lanternfish on an old raspberry pi at home for my homelab logs and just noticed there's no 32-bit arm build for 3.2. what was the reasoning for killing it off?",
    file: 'open-source-release-notes.md',
    fragment: 'only about 40 of the 11,000 downloads of 3.1.4 were armv7',
    style: 'long',
  },
  // written as synonym
  {
    q: 'How long does the upgrade step take to finish, roughly?',
    file: 'open-source-release-notes.md',
    fragment: 'with 180 GB of logs, the migration took about 11 minutes',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: "we had around 100 kids signed on this year didn't we?",
    file: 'youth-football-season-review.txt',
    fragment: 'This season the club ran seven teams with 98 registered players',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what position did lynns lot finish in the table',
    file: 'youth-football-season-review.txt',
    fragment: 'finished second in Division One of the Marsden & District Youth League',
    style: 'verbatim-ish',
  },
  {
    q: 'Who beat our lads to top spot by a single point?',
    file: 'youth-football-season-review.txt',
    fragment: 'for 45 points, one point behind Crowfield Rangers',
    style: 'paraphrase',
  },
  {
    q: 'what was the score in the u13s cup final, did we smash em',
    file: 'youth-football-season-review.txt',
    fragment: 'beating Hollins Park 3-1 in the final at the Brindle Road 3G',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'How many did the U14 girls let in all season?',
    file: 'youth-football-season-review.txt',
    fragment: '16 wins, 2 draws, no defeats, 71 goals scored and only 9 conceded',
    style: 'paraphrase',
  },
  {
    q: 'golden boot tally?',
    file: 'youth-football-season-review.txt',
    fragment: "Callum Priestley (Under-13s) was the club's top scorer with 31 goals",
    style: 'fragment',
  },
  {
    q: 'how much is the pich drainige fix gonna cost',
    file: 'youth-football-season-review.txt',
    fragment: 'The quote to repair it is £14,200.',
    style: 'typo',
  },
  // written as phone
  {
    q: 'hw many home games got called off cos of the mud?',
    file: 'youth-football-season-review.txt',
    fragment: 'we lost 11 home games to postponement between November and February',
    style: 'slang',
  },
  // written as learner
  {
    q: 'We was reach the money goal this year or not?',
    file: 'youth-football-season-review.txt',
    fragment: 'Our target for the year was £10,000 and we raised £7,495.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'My son will play in under-12 next year. How much money I must to pay?',
    file: 'youth-football-season-review.txt',
    fragment: 'For Under-11s and above it rises from £150 to £165.',
    style: 'paraphrase',
  },
  {
    q: "my daughter reckons the girl who refs the little ones on saturdays won something at awards night but we missed it cos we were away at my mum's. what did she get and what's her name? want to say well done",
    file: 'youth-football-season-review.txt',
    fragment: 'Young Volunteer of the Year: Jodie Farrar, 16',
    style: 'long',
  },
  // written as phone
  {
    q: 'hw much r they charging 4 a whole allotment next yr',
    file: 'allotment-society-newsletter.md',
    fragment: 'Full plot (250 square metres): £68, up from £62',
    style: 'slang',
  },
  {
    q: "What's the reason that allotment place is asking members for more money next year?",
    file: 'allotment-society-newsletter.md',
    fragment: 'The land rent we pay to Brackwell Borough Council has gone up by 11%',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'heard the queue for a garden patch at hollins lane is massive, is it about 30 people?',
    file: 'allotment-society-newsletter.md',
    fragment: 'There are currently 41 names on the waiting list',
    style: 'paraphrase',
  },
  {
    q: "someone robbed the allotment shed?? what'd they nick",
    file: 'allotment-society-newsletter.md',
    fragment: "They took the society's petrol strimmer (bought in 2021 for £289), two wheelbarrows",
    style: 'slang',
  },
  {
    q: 'shed burglary discovered by',
    file: 'allotment-society-newsletter.md',
    fragment: 'Peter Osei found the door open at 8.15am on the Saturday',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'Who grew the weightiest squash at the autumn produce competition?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Heaviest marrow: Janet Fairweather, 14.2 kg',
    style: 'paraphrase',
  },
  {
    q: "hi all, my nan keeps going on about some lady at the allotments near us who's apparently ancient and still scooping prizes at their veg show. anyone know how old she actually is and what flowers she won with? nan is very competitive lol",
    file: 'allotment-society-newsletter.md',
    fragment: 'Best dahlias: Agnes Moreland, who at 87 is our oldest member',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how much have the allotment lot saved up so far for that greenhouse thing',
    file: 'allotment-society-newsletter.md',
    fragment: 'which now stands at £1,730 towards a target of £2,500',
    style: 'verbatim-ish',
  },
  {
    q: 'who is the alotment socity boss thats quiting?',
    file: 'allotment-society-newsletter.md',
    fragment: 'After nine years as chair, Brian Tulloch is stepping down',
    style: 'typo',
  },
  // written as learner
  {
    q: 'When and in which place the yearly meeting of the allotment people is happen?',
    file: 'allotment-society-newsletter.md',
    fragment: "at the AGM on Wednesday 20 November (7.30pm, St Aidan's church hall)",
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'can you run a hosepipe down there any evening you like, or is it just weekends?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Hoses may be used only on Tuesdays and Fridays, between 6pm and 9pm.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Do retirees receive any reduction on their allotment charges?',
    file: 'allotment-society-newsletter.md',
    fragment: 'Members over 65 or receiving Universal Credit still get 25% off the rent',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how far out of town is the clubs stargazing spot',
    file: 'astronomy-club-observing-night.md',
    fragment: '38 miles northwest of Cedar Hollow at an elevation of 2,340 feet',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'was the turnout at that star party thing like 50 folks?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'We had 27 members and 9 guests, so 36 people in all',
    style: 'paraphrase',
  },
  {
    q: "yo what'd the comet actually look like thru the scopes, was it any good",
    file: 'astronomy-club-observing-night.md',
    fragment: "in Carmen's refractor you could see a greenish coma and a short tail",
    style: 'slang',
  },
  {
    q: 'Why did the folks who showed up later not get to catch the comet?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'By 8:30 pm it was down in the trees',
    style: 'paraphrase',
  },
  {
    q: 'shooting stars tally?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'Grant counted 11 meteors between 9:00 and 11:00 pm',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'how much is it 2 join the astro club if ur at uni',
    file: 'astronomy-club-observing-night.md',
    fragment: 'Dues are $35 a year for individuals, $50 for families and $15 for students',
    style: 'slang',
  },
  // written as learner
  {
    q: 'I am not a member yet, how many times I can come to watching sky with them before I must pay?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'Guests are welcome at up to two observing nights before we ask them to join.',
    style: 'paraphrase',
  },
  {
    q: 'what tiem do they head off for the eclipes trip?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'leaving the library parking lot at 4:00 am',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'Is there still room on the coach for the solar eclipse outing?',
    file: 'astronomy-club-observing-night.md',
    fragment: 'There are 30 seats and 22 people have signed up.',
    style: 'paraphrase',
  },
  {
    q: "hey, my friend said some professor is coming to give a lecture at the library next month for the astronomy crowd. does anyone know who she is and what the subject is? i might tag along if it's not too technical",
    file: 'astronomy-club-observing-night.md',
    fragment: 'Dr. Lorna Vasquez of Hollins State University will talk about variable stars',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how chilly did it get up on the ridge that night',
    file: 'astronomy-club-observing-night.md',
    fragment: 'The temperature dropped from 41°F at setup to 29°F by midnight',
    style: 'verbatim-ish',
  },
  {
    q: 'if its overcast on the april stargazing nite, whats the rain chek date?',
    file: 'astronomy-club-observing-night.md',
    fragment: "If it's cloudy, the backup date is Saturday, April 13.",
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'what time did the island ferry conk out',
    file: 'ferry-service-disruption.txt',
    fragment: 'lost power in her port engine at about 7.40am on Friday 7 March',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'were there like 200 folk stuck on that broken boat?',
    file: 'ferry-service-disruption.txt',
    fragment: 'On board were 112 passengers and 31 vehicles',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Which component on the vessel actually broke?',
    file: 'ferry-service-disruption.txt',
    fragment: 'Engineers found a cracked turbine housing.',
    style: 'paraphrase',
  },
  {
    q: 'spare part origin?',
    file: 'ferry-service-disruption.txt',
    fragment: 'A replacement has been ordered from a supplier in Rotterdam',
    style: 'fragment',
  },
  {
    q: "wat boat's doin the run now the main one's knackered",
    file: 'ferry-service-disruption.txt',
    fragment: 'the service is being covered by the smaller MV Corran Isle',
    style: 'slang',
  },
  // written as phone
  {
    q: 'wen r the boats off the island mon-fri atm',
    file: 'ferry-service-disruption.txt',
    fragment: 'Weekdays, from Skellan: 6.45am, 10.15am, 1.45pm and 5.15pm.',
    style: 'slang',
  },
  // written as learner
  {
    q: 'If I am walking on without car, I must to reserve a ticket before?',
    file: 'ferry-service-disruption.txt',
    fragment: 'Foot passengers do not need to book',
    style: 'paraphrase',
  },
  {
    q: 'do locals get a discout on the ferry fairs?',
    file: 'ferry-service-disruption.txt',
    fragment: "Holders of the Skellan residents' card get 40% off.",
    style: 'typo',
  },
  {
    q: 'my cousin got stuck on the mainland when the skellan boat broke down and had to book a B&B for a couple of nights. does the ferry company cover any of that or is she out of pocket? how much can she get back roughly?',
    file: 'ferry-service-disruption.txt',
    fragment: 'can claim up to £90 a night for a maximum of two nights',
    style: 'long',
  },
  {
    q: 'How many people actually live on that island?',
    file: 'ferry-service-disruption.txt',
    fragment: 'Skellan has a population of about 1,150.',
    style: 'paraphrase',
  },
  {
    q: 'has this old tub packed in before or is this a first',
    file: 'ferry-service-disruption.txt',
    fragment: 'it was the third major breakdown on the route in 18 months',
    style: 'slang',
  },
  {
    q: "so my uncle over on skellan keeps moaning that the council should just buy another proper big boat so this stops happening. anyone know roughly what that would set them back? he reckons it's a fortune",
    file: 'ferry-service-disruption.txt',
    fragment: "which the council's own 2022 review estimated would cost £28 million",
    style: 'long',
  },
  {
    q: 'how beefy is the last boss hp wise',
    file: 'guild-raid-strategy.md',
    fragment: 'Morhane has 3 phases and about 42 million health on Heroic',
    style: 'slang',
  },
  {
    q: 'morhane time limit?',
    file: 'guild-raid-strategy.md',
    fragment: 'The enrage timer is 9 minutes 30 seconds from the pull.',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'did they get the final boss down to like 5 percent?',
    file: 'guild-raid-strategy.md',
    fragment: 'Our best got him to 18% before the enrage.',
    style: 'paraphrase',
  },
  {
    q: 'What went wrong on the attempt where everyone suddenly died at once?',
    file: 'guild-raid-strategy.md',
    fragment: 'The combat log shows *Final Chapter* fired twice within 0.5 seconds',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Is only our team having this wipe problem, or also different groups on the realm have it?',
    file: 'guild-raid-strategy.md',
    fragment: 'Three other guilds on our server (Hollowmere, Static Bloom and Nine Candles)',
    style: 'paraphrase',
  },
  {
    q: 'what hapens if noone grabs one of teh papers in time',
    file: 'guild-raid-strategy.md',
    fragment: 'Every missed page gives Morhane a 10% damage buff.',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wen r we poppin lust on the last boss',
    file: 'guild-raid-strategy.md',
    fragment: 'Bloodlust/Heroism goes at 30%, not on the pull.',
    style: 'slang',
  },
  {
    q: "hey so i'm thinking of applying to Lanterns of Varro and a mate said they sit people out sometimes. if that happens to me do i lose out on my attendance or is there some way to still have the night count? just want to know before i commit",
    file: 'guild-raid-strategy.md',
    fragment: "as long as you're online and on standby in Discord",
    style: 'long',
  },
  // written as synonym
  {
    q: 'Who decides which players receive the gear drops?',
    file: 'guild-raid-strategy.md',
    fragment: 'me, Juniper (healing lead) and Ironhollow (officer)',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'If I am a new trial player, I can take gear for my main role?',
    file: 'guild-raid-strategy.md',
    fragment: 'Trial members (first 3 weeks) get off-spec only, except for tier tokens.',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how often do you actually have to show up to stay in the raid team',
    file: 'guild-raid-strategy.md',
    fragment: 'Minimum is 75% over a rolling 4 weeks.',
    style: 'verbatim-ish',
  },
  {
    q: "How come Tolly and Briarwick aren't raiding on Thursday?",
    file: 'guild-raid-strategy.md',
    fragment: 'two no-shows in a month means a bench the next raid night',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'when did the new lanternfish version drop',
    file: 'open-source-release-notes.md',
    fragment: 'was tagged and published on Tuesday 14 May 2024 at 16:00 UTC',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'How long will the older branch continue receiving patches?',
    file: 'open-source-release-notes.md',
    fragment: 'the 3.1.x line will keep getting security fixes until 30 November 2024',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is the streaming logs view like twice as quick now?',
    file: 'open-source-release-notes.md',
    fragment: 'latency dropped from about 1.9 seconds to 240 milliseconds',
    style: 'paraphrase',
  },
  {
    q: 'parquet max size?',
    file: 'open-source-release-notes.md',
    fragment: 'Parquet exports are capped at 2 million rows',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'Which python I must have for make the addons work?',
    file: 'open-source-release-notes.md',
    fragment: 'Plugins now need Python 3.10 or newer',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wat port does it run on now, my bookmarks r all broke',
    file: 'open-source-release-notes.md',
    fragment: 'The default port changed from 8080 to 7480',
    style: 'slang',
  },
  {
    q: 'who discoverd the vulnerabilty in lanternfish?',
    file: 'open-source-release-notes.md',
    fragment: 'Priya Venkataraman of the Halden University security group reported it privately',
    style: 'typo',
  },
  {
    q: 'How bad is that hole they patched, like how risky are we talking?',
    file: 'open-source-release-notes.md',
    fragment: 'We rated it 6.5 (medium), because an attacker needs a valid account.',
    style: 'paraphrase',
  },
  {
    q: 'hey, i run lanternfish on an old raspberry pi 2 at home and just noticed the new version has no download for it?? why did they ditch the 32 bit builds, seems a bit harsh for us hobby people',
    file: 'open-source-release-notes.md',
    fragment: 'only about 40 of the 11,000 downloads of 3.1.4 were armv7',
    style: 'long',
  },
  {
    q: 'can i yolo straight from v2 to the new one or nah',
    file: 'open-source-release-notes.md',
    fragment: 'from 2.x you have to upgrade to 3.0.6 first',
    style: 'slang',
  },
  {
    q: 'alerts feature eta?',
    file: 'open-source-release-notes.md',
    fragment: 'were planned for 3.2 but slipped, and are now targeted at 3.3',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'does that juniors football club have about 150 kids signed up?',
    file: 'youth-football-season-review.txt',
    fragment: 'the club ran seven teams with 98 registered players',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where did the kestrels end up in the table',
    file: 'youth-football-season-review.txt',
    fragment: 'finished second in Division One of the Marsden & District Youth League',
    style: 'verbatim-ish',
  },
  {
    q: 'did the u13s smash it in the cup final or what, whats the score',
    file: 'youth-football-season-review.txt',
    fragment: 'beating Hollins Park 3-1 in the final',
    style: 'slang',
  },
  {
    q: 'did the girls team loose any games this seson?',
    file: 'youth-football-season-review.txt',
    fragment: 'won Division Two unbeaten: 16 wins, 2 draws, no defeats',
    style: 'typo',
  },
  {
    q: 'most goals overall?',
    file: 'youth-football-season-review.txt',
    fragment: "Callum Priestley (Under-13s) was the club's top scorer with 31 goals",
    style: 'fragment',
  },
  {
    q: 'What will it cost to sort out the soggy field?',
    file: 'youth-football-season-review.txt',
    fragment: 'The quote to repair it is £14,200.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Why was the ground flooded the entire winter?',
    file: 'youth-football-season-review.txt',
    fragment: 'found a collapsed land drain under the far touchline',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much cash did u lot bring in this yr',
    file: 'youth-football-season-review.txt',
    fragment: 'Our target for the year was £10,000 and we raised £7,495.',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Who was getting the prize for best trainer in this year?',
    file: 'youth-football-season-review.txt',
    fragment: 'Coach of the Year: Kerry Walsh (Under-14 Girls)',
    style: 'paraphrase',
  },
  {
    q: "hi, new parent here, my son's 11 and we're thinking about signing him up at Ashworth Vale for next season. how much are the subs for his age group, does anyone know? don't want any nasty surprises in august",
    file: 'youth-football-season-review.txt',
    fragment: 'For Under-11s and above it rises from £150 to £165.',
    style: 'long',
  },
  // written as phone
  {
    q: 'wen can my kid try out 4 the club',
    file: 'youth-football-season-review.txt',
    fragment: 'Registration and trials evening for new players is on Tuesday 16 July',
    style: 'slang',
  },
];

export const EIGHTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'how much is the insurance paying out for the stolen strimmer?',
    trap: true,
    why: "The newsletter says the insurer's payout is still being worked out.",
  },
  {
    q: 'any idea how the burglar got onto the site, did they climb the fence',
    trap: true,
    why: 'The newsletter says nobody knows how the thief got in, since both gates were locked and the fence had no gap.',
  },
  {
    q: 'r plot fees goin up again in 2026?',
    trap: true,
    why: 'The council has not yet answered whether another increase is planned for 2026.',
  },
  {
    q: 'who won the vote for new chair at the agm',
    trap: true,
    why: 'The AGM had not happened yet and the candidate list was still open, so no winner is named.',
  },
  {
    q: 'Who was the person grew the heaviest marrow in last year?',
    trap: true,
    why: "Only last year's winning weight (11.6 kg) is given, not the grower's name.",
  },
  {
    q: 'whats the title of dr vasquezs talk',
    trap: true,
    why: 'The report says she has not settled on a title (listed as TBC).',
  },
  {
    q: 'how much is a seat on the eclipse bus?',
    trap: true,
    why: 'The per-person price is not confirmed yet because the fuel cost is still being worked out.',
  },
  {
    q: 'r we staying at pruitt ridge over the summer or moving to the lake',
    trap: true,
    why: 'The board has not decided and will vote at the May meeting.',
  },
  {
    q: 'whose 30mm eyepiece got left by the shed',
    trap: true,
    why: 'The report says nobody knows whose eyepiece it is.',
  },
  {
    q: 'was jupiter like mag -2 on the 9th?',
    trap: true,
    why: "Only the comet's magnitude is given; no brightness is stated for Jupiter.",
  },
  {
    q: "when's the new turbo part actually arriving from rotterdam",
    trap: true,
    why: 'The operator says it cannot yet say when the part will arrive, only a ten-to-twenty working day quote.',
  },
  {
    q: 'how much is the engine repair costing calder sound',
    trap: true,
    why: 'The company declined to put a figure on the repair cost.',
  },
  {
    q: 'whats a car return on the skellan ferry?',
    trap: true,
    why: 'Only the car single fare (£21.50) is given, not a car return fare.',
  },
  {
    q: 'How much money is the council handing island shops from the emergency fund?',
    trap: true,
    why: 'Councillor Shah said whether any money is offered, and how much, has not been decided.',
  },
  {
    q: 'hiya, heading over to skellan next month with my partner and our spaniel, foot passengers only. are dogs allowed on the kinloch ferry and do they need a ticket?',
    trap: true,
    why: 'The article says nothing about pets or dog tickets on the ferry.',
  },
  {
    q: 'wat loot does morhane drop',
    trap: true,
    why: 'The post says nobody knows yet what Morhane drops.',
  },
  {
    q: 'when r the devs patching the final chapter bug',
    trap: true,
    why: 'The devs acknowledged the thread but gave no date for a fix.',
  },
  {
    q: 'what actually causes the double final chapter wipe?',
    trap: true,
    why: 'The trigger is unknown; the Scribe theory did not hold on pull 9.',
  },
  {
    q: 'are we goin mythic this tier or nah',
    trap: true,
    why: 'Whether the guild goes Mythic is undecided and will be voted on after the kill.',
  },
  {
    q: 'tide sisters enrage timer?',
    trap: true,
    why: "Only Morhane's enrage timer is given, not the Tide Sisters'.",
  },
  {
    q: 'did anyone actualy get hacked thru the export path traversal bug',
    trap: true,
    why: "The notes say they don't know whether it was exploited in the wild.",
  },
  {
    q: 'when is 3.3 coming out',
    trap: true,
    why: 'There is no date for 3.3 yet.',
  },
  {
    q: 'Is the plugin store still going ahead?',
    trap: true,
    why: 'The notes say it is genuinely open whether the plugin marketplace happens at all.',
  },
  {
    q: 'will they do native windows on arm builds?',
    trap: true,
    why: 'Native Windows on ARM builds are still undecided, pending a CI runner.',
  },
  {
    q: 'json export row cap?',
    trap: true,
    why: 'Only the Parquet and CSV row caps are given, not a JSON limit.',
  },
  {
    q: 'is the council covering the rest of the drain money',
    trap: true,
    why: 'The council has not decided whether to fund the remaining £8,200; the parks committee meets in July.',
  },
  {
    q: 'r hargreaves sponsoring the u13s kit again next season?',
    trap: true,
    why: 'Hargreaves have not told the club whether they will renew.',
  },
  {
    q: 'whos taking over the under 16s',
    trap: true,
    why: 'The club has not found anyone to take on the group yet.',
  },
  {
    q: 'who banged in the most goals for the under 7s',
    trap: true,
    why: 'The club does not record scorers for the Under-7s.',
  },
  {
    q: 'how much were tikets for the quiz nite at the wheatsheaf',
    trap: true,
    why: 'Only the total raised (£1,240) is given, not the ticket price.',
  },
  {
    q: 'has the insurance paid up 4 the nicked strimmer yet, how much did they get',
    trap: true,
    why: 'The newsletter says the insurer accepted the claim but the payout amount is still being worked out.',
  },
  {
    q: "who's gonna be the new chair at the allotments then",
    trap: true,
    why: 'Nominations are open until 6 November and the article says who will stand is not settled, so no new chair is named.',
  },
  {
    q: 'who won best onions at the harvest show?',
    trap: true,
    why: 'The judge praised the onions but no onion category or onion winner is listed in the results.',
  },
  {
    q: 'Could you tell me the combination for the new lock on the tool shed?',
    trap: true,
    why: "The code is only posted in the members' WhatsApp group and is not given in the newsletter.",
  },
  {
    q: 'my spuds keep rotting after a wet june, any tips on drainage for heavy soil',
    trap: true,
    why: 'The newsletter mentions drowned early potatoes but gives no growing or drainage advice.',
  },
  {
    q: 'how much r the tickets for the eclipse bus',
    trap: true,
    why: 'The per-person price is explicitly not confirmed yet because the fuel cost is still being worked out.',
  },
  {
    q: 'Whose eyepiece was it that somebody left on the table by the shed?',
    trap: true,
    why: 'The report says nobody knows whose the eyepiece is.',
  },
  {
    q: 'whats the gate code to get into the dark site',
    trap: true,
    why: 'The code went out in the February newsletter and is deliberately not posted in the report.',
  },
  {
    q: 'was jupiter pretty bright that night, like mag 2 or so?',
    trap: true,
    why: "Only the comet's magnitude is given; no brightness figure is stated for Jupiter.",
  },
  {
    q: 'which dew heater should i buy for an 8 inch schmidt cassegrain',
    trap: true,
    why: 'The report only jokes that people learned about dew heaters; it recommends no product.',
  },
  {
    q: 'when is the big ferry back, like what day does the new part turn up',
    trap: true,
    why: 'The operator says it cannot yet say when the replacement part will arrive, quoting only a range of working days.',
  },
  {
    q: 'How much money is the engine fix going to cost the ferry company?',
    trap: true,
    why: 'The company declined to put a figure on the repair cost.',
  },
  {
    q: 'how much is a return for a car on the skellan boat',
    trap: true,
    why: 'Only the car single fare (£21.50) is given; no car return fare is stated.',
  },
  {
    q: 'What was the name of the captain in charge of the Ailsa Bright when she lost power?',
    trap: true,
    why: 'No captain or crew member is named in the article.',
  },
  {
    q: 'best time of yr to see puffins on skellan?',
    trap: true,
    why: 'The article is about the ferry breakdown and says nothing about wildlife or visiting seasons.',
  },
  {
    q: 'morhane loot table?',
    trap: true,
    why: 'The post says they have no idea yet what Morhane drops.',
  },
  {
    q: 'what actually sets off that final chapter double cast bug',
    trap: true,
    why: "The post says the trigger is still anyone's guess and the only theory did not fit pull 9.",
  },
  {
    q: 'How much health does Morhane have on Mythic difficulty?',
    trap: true,
    why: 'Only the Heroic health (about 42 million) is given; Mythic is not covered.',
  },
  {
    q: 'who r the ranged dps 4 thursday',
    trap: true,
    why: 'The ranged DPS names are only on the sheet, not listed in the post.',
  },
  {
    q: 'how many abyssal pearls do i need to craft a flask',
    trap: true,
    why: 'The post only says 14 Abyssal Pearls went to the guild bank and gives no crafting recipes.',
  },
  {
    q: 'when is lanternfish 3.3 coming out',
    trap: true,
    why: 'The notes say there is no date for 3.3 yet.',
  },
  {
    q: 'did anyone actualy get hacked through that export bug?',
    trap: true,
    why: 'The team says it honestly does not know whether the flaw was exploited in the wild.',
  },
  {
    q: 'Will they make a version for Windows running on ARM chips?',
    trap: true,
    why: 'Native Windows on ARM builds are explicitly still undecided.',
  },
  {
    q: 'What is the maximum number of rows I can export to JSON?',
    trap: true,
    why: 'Row caps are only given for Parquet and CSV exports, not JSON.',
  },
  {
    q: 'how do i install python 3.10 on ubuntu 20.04',
    trap: true,
    why: 'The release notes only state the Python version plugins need, not how to install Python.',
  },
  {
    q: 'is the council covering the rest of the pitch drain bill or not',
    trap: true,
    why: 'The council has only agreed £6,000 and whether it funds the rest is undecided until its July meeting.',
  },
  {
    q: 'r hargreaves plumbing sponsoring the u13s kit again next season',
    trap: true,
    why: 'The club says Hargreaves have not yet said whether they will renew.',
  },
  {
    q: 'Who will be the coach of the under-16s next year?',
    trap: true,
    why: 'The club says nobody has yet been found to take on the group.',
  },
  {
    q: 'did the under 9s actually win the brindle cup or did they get knocked out',
    trap: true,
    why: 'The review only says they won five of their six games, not whether they won the tournament.',
  },
  {
    q: 'how do i get my FA level 1 coaching badge, whats involved',
    trap: true,
    why: 'The review only says the club pays for FA coaching courses and gives no details of how to qualify.',
  },
];

export const EIGHTH_SIX_SET: readonly ChatQuestion[] = [...EIGHTH_SIX_ANSWERABLE, ...EIGHTH_SIX_TRAPS];
