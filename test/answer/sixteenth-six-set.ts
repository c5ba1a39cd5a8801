/**
 * Chat-style questions about a sixteenth six articles (./sixteenth-six/: a volunteer mountain rescue team's
 * annual report, a community pottery studio's kiln schedule and membership changes, an online indie game jam's
 * results, a rowing club's home regatta report, a school robotics team's trip to a regional competition, a
 * community radio station's 24-hour fundraising marathon), written in session 54 by two helpers who saw only
 * the articles (the second set in a newcomer's vaguer words), as ./fifteenth-six-set.ts was. Blind in session
 * 54 (read only as totals: 37 and 16 of 100 at its start, 37 and 17 at its end); in the repository so that
 * later sessions keep them, dev from session 55. Styles the scorer does not know are mapped (phone -> slang;
 * lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const SIXTEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'how much money has actually come in so far not just pledged',
    file: 'community-radio-fundraiser.txt',
    fragment: '£16,985 has actually been received',
    style: 'verbatim-ish',
  },
  {
    q: 'whats the age of the stations transmiter',
    file: 'community-radio-fundraiser.txt',
    fragment: 'which is now 17 years old and has broken down',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wen did declans beard actually come off',
    file: 'community-radio-fundraiser.txt',
    fragment: "the beard came off live on the station's webcam at 8:50am",
    style: 'slang',
  },
  {
    q: 'who dropped the biggest single donation',
    file: 'community-radio-fundraiser.txt',
    fragment: "The single largest pledge was £1,000 from Hartwell's Bakery",
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the priciest item in the auction',
    file: 'community-radio-fundraiser.txt',
    fragment: 'The most expensive auction lot was a signed Fenwold Town FC shirt',
    style: 'paraphrase',
  },
  {
    q: 'what knocked the phones out in the middle of the night',
    file: 'community-radio-fundraiser.txt',
    fragment: 'traced the fault to rainwater in a junction box on Milner Street',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how many peoples was presenting on the radiothon?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'Twenty-two volunteer presenters took part, each doing a shift',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the online audience like 1000 at its biggest?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'The online stream peaked at 1,412 simultaneous listeners at 8:45am',
    style: 'paraphrase',
  },
  {
    q: 'hey i fell asleep during the overnight show with the teenager and the 81 year old, anyone know what kind of callers they had on? someone said a trucker rang in',
    file: 'community-radio-fundraiser.txt',
    fragment: 'two nurses at Fenwold General and a lorry driver',
    style: 'long',
  },
  {
    q: 'radiothon fundraising goal?',
    file: 'community-radio-fundraiser.txt',
    fragment: "The aim was to raise £15,000 towards replacing the station's ageing transmitter",
    style: 'fragment',
  },
  // written as learner
  {
    q: 'how long time the FM was off on saturday afternoon?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'cut out for 11 minutes at 2:40pm on Saturday',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen r they deciding if next yrs goes to 36 hrs',
    file: 'community-radio-fundraiser.txt',
    fragment: 'A decision will be made at the AGM on Tuesday 26 November',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how many ppl registered 4 lantern jam 7',
    file: 'game-jam-results.md',
    fragment: 'We had **1,146 people sign up** on the jam page',
    style: 'slang',
  },
  // written as guess
  {
    q: 'did nothing lasts win the theme poll by like 100?',
    file: 'game-jam-results.md',
    fragment: 'It beat "Two Worlds" by 58 votes (1,004 to 946).',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'which judge does the visuals for an indie company',
    file: 'game-jam-results.md',
    fragment: '**Saskia Lindqvist**, lead artist at the small studio Fernhook Games',
    style: 'paraphrase',
  },
  {
    q: 'what percent of the ranking comes from the panel',
    file: 'game-jam-results.md',
    fragment: "Final placement was 60% judges' average and 40% community score",
    style: 'paraphrase',
  },
  {
    q: 'jam 7 winner?',
    file: 'game-jam-results.md',
    fragment: '1st place: *Wick* by Team Moth',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'how much points the judges was giving to Wick on average?',
    file: 'game-jam-results.md',
    fragment: "The judges' average was 93.0 and the community score was 89.0.",
    style: 'paraphrase',
  },
  {
    q: 'which game sounded the best according to the ratings',
    file: 'game-jam-results.md',
    fragment: '**Best Audio:** *Last Train to Halcyon* (4.81)',
    style: 'paraphrase',
  },
  {
    q: 'which rookie entry won the beginers award',
    file: 'game-jam-results.md',
    fragment: '*Sandcastle Siege* by 15-year-old Tobi Reyes',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'how big was the total prize money this time',
    file: 'game-jam-results.md',
    fragment: 'The cash prize pool this jam was **$3,300**, funded by community donations',
    style: 'verbatim-ish',
  },
  {
    q: 'how much did brightforge chip in lol',
    file: 'game-jam-results.md',
    fragment: 'our sponsor Brightforge Tools ($1,200)',
    style: 'slang',
  },
  {
    q: "why'd 8 entries get yeeted",
    file: 'game-jam-results.md',
    fragment: '**8 games** were disqualified for being started before the jam',
    style: 'slang',
  },
  {
    q: 'ok so i saw a bunch of people complaining about alt accounts spamming votes in the rating period, did the mods actually do anything about it? like how many got thrown out',
    file: 'game-jam-results.md',
    fragment: 'we removed **412 ratings** from 19 throwaway accounts',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how many callouts were there last year',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'We were called out 87 times between 1 January and 31 December 2023',
    style: 'verbatim-ish',
  },
  {
    q: "who's the new boss now alasdair's quit",
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Catriona Bell was elected to replace him at an extraordinary meeting',
    style: 'slang',
  },
  {
    q: 'were did they fnd the 2 missing hikers bak in march',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'sheltering in a bothy 3.2 kilometres north of where they had been expected',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wat did the climber who fell on creag mhor break',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'flown to hospital in Inverness with a broken pelvis',
    style: 'slang',
  },
  {
    q: 'peak month for rescues?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Our busiest month was August with 14 call-outs',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'did the new defender cost them around 60 grand?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'It cost £84,500 including conversion and livery.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'what price did the previous land rover fetch',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'was sold at auction in August for £12,750',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'who is doing the doctor job now when the medical lady is retire?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Dr Ruth Keane from the neighbouring Strathcarran team has kindly agreed',
    style: 'paraphrase',
  },
  {
    q: 'how much money came in altogether over the year',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Total income for 2023 was £156,300.',
    style: 'paraphrase',
  },
  {
    q: "been hearing talk about them building onto the base so there's room for a second motor and somewhere to train, does anyone know roughly what that's going to cost?",
    file: 'mountain-rescue-annual-report.txt',
    fragment: "The architect's early estimate is between £220,000 and £260,000",
    style: 'long',
  },
  {
    q: 'hill race entry fee?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Entry is £25 for adults and £10 for under-18s.',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'why were some of the alerts cancelled before the team even headed out',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'usually because the casualty walked off the hill on their own',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many members r there rn',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'We have 112 active members right now, up from 84',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'whats the age on the main kiln',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'the Skutt we call "Big Bertha," is 14 years old',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'how many pots got destroyed in the july kiln accident',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'ruined 23 pieces belonging to nine members',
    style: 'paraphrase',
  },
  {
    q: "what's the least i can be charged for glazing one pot",
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'Minimum charge is $2 per piece.',
    style: 'paraphrase',
  },
  {
    q: 'how much are glaze fireings going to cost by volum',
    file: 'pottery-studio-kiln-changes.md',
    fragment: '**$0.04 per cubic inch**, measured with the new measuring jig',
    style: 'typo',
  },
  {
    q: 'price of top tier?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: '**Studio Plus** - $175 a month',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'from which age I can get the senior price?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'for full-time students and anyone 65 or older with ID',
    style: 'paraphrase',
  },
  {
    q: 'untill when does the $3 per peice price last',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'The old flat rate of $3 per piece ends on August 31.',
    style: 'typo',
  },
  {
    q: 'hey quick one, my daughter is 8 and keeps begging to come along, am i allowed to bring her on a weekday evening or is there some rule about kids?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'Kids under 12 are only allowed in the studio during the Saturday family session',
    style: 'long',
  },
  {
    q: "what's the damage if my pot oozes glaze all over the kiln furniture",
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'you pay $15 toward grinding and kiln wash',
    style: 'slang',
  },
  // written as guess
  {
    q: 'new kiln fund is at like 5k now right?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: "we've raised $4,860 so far from the spring sale and the mug-a-thon",
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how come no firing on sat or sun',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'The studio is too busy on weekends to have a hot kiln running',
    style: 'verbatim-ish',
  },
  // written as lowercase
  {
    q: 'how many miles was the bus ride there',
    file: 'robotics-team-competition-trip.md',
    fragment: 'drove 312 miles to Port Severin, arriving at about 11:30 a.m.',
    style: 'verbatim-ish',
  },
  {
    q: 'talon weight?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'It weighs 118 pounds, just under the 125-pound limit',
    style: 'fragment',
  },
  {
    q: 'why did the bot flunk its frist inspecton',
    file: 'robotics-team-competition-trip.md',
    fragment: 'because the bumpers were half an inch too low',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how many quals did they win tho',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Our record was 8 wins and 4 losses',
    style: 'slang',
  },
  {
    q: "why'd they tank so hard in qual 12",
    file: 'robotics-team-competition-trip.md',
    fragment: 'when the robot lost communication for about 50 seconds',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'which squad chose them for the elimination rounds',
    file: 'robotics-team-competition-trip.md',
    fragment: 'the 2nd-seeded alliance, Team 3318 "Iron Orchard" from Kellam City',
    style: 'paraphrase',
  },
  {
    q: 'who ended up taking the regional title',
    file: 'robotics-team-competition-trip.md',
    fragment: 'the 1st-seeded alliance led by Team 2207 "Northlight."',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did they get the rookie award or something?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Gearhawks won the **Quality Award**, which recognizes robust, well-built robots',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how much each student must to pay for go on the trip?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Students each paid a $150 trip fee',
    style: 'paraphrase',
  },
  {
    q: "we're thinking of asking local businesses to help next season and i wanted to see who backed them this year, which sponsor put in the biggest amount?",
    file: 'robotics-team-competition-trip.md',
    fragment: '**Delacroix Machine & Tool** - $3,000 and all of our aluminum machining',
    style: 'long',
  },
  {
    q: 'my kid said the bus was super late getting home sunday night and i was waiting in the parking lot forever, what actually held them up on the way back?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'almost seven hours, because of snow on Route 9',
    style: 'long',
  },
  // written as synonym
  {
    q: 'how many boats showed up and rowed',
    file: 'rowing-regatta-report.txt',
    fragment: 'On the day 129 crews actually raced',
    style: 'paraphrase',
  },
  {
    q: 'big race winner?',
    file: 'rowing-regatta-report.txt',
    fragment: 'was won by Kestle Bridge Rowing Club in 2:31.4',
    style: 'fragment',
  },
  {
    q: 'fastest time ever on this stretch of river?',
    file: 'rowing-regatta-report.txt',
    fragment: 'The course record of 2:27.9, set by Harwick University in 2019',
    style: 'paraphrase',
  },
  {
    q: 'who steerd the saltmere first eigth',
    file: 'rowing-regatta-report.txt',
    fragment: 'Tomasz Wielgosz, with Imogen Pratley coxing',
    style: 'typo',
  },
  {
    q: 'how many bacon butties did the food crew shift',
    file: 'rowing-regatta-report.txt',
    fragment: 'who sold 410 bacon rolls at £3.50 each',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how many ppl drove n parked @ the field',
    file: 'rowing-regatta-report.txt',
    fragment: '312 cars parked there; last year it was 287',
    style: 'slang',
  },
  // written as learner
  {
    q: 'why the two girls boat was turned over?',
    file: 'rowing-regatta-report.txt',
    fragment: 'capsized just below the 500-metre marker after catching a crab',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did they pause the racing for like an hour midday?',
    file: 'rowing-regatta-report.txt',
    fragment: 'held racing for 25 minutes at 14:05',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how much did the new finish cam cost',
    file: 'rowing-regatta-report.txt',
    fragment: 'bought for £1,150 with a grant from the Saltmere Town Fund',
    style: 'verbatim-ish',
  },
  {
    q: "so i heard the photo finish thing died partway through the afternoon, who ended up calling the close ones after that? just curious cos my mate's heat was one of them",
    file: 'rowing-regatta-report.txt',
    fragment: 'called by eye by the finish judge, Moira Pengelly',
    style: 'long',
  },
  // written as guess
  {
    q: 'did saltmere win like 5 events?',
    file: 'rowing-regatta-report.txt',
    fragment: 'In total Saltmere won 6 events out of the 22 we entered',
    style: 'paraphrase',
  },
  {
    q: 'what was the final amount folks promised by the end of that all-night on-air appeal?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'read out the total at 5:55pm on Saturday, listeners had pledged £18,420',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'ok but how much $$ have u got in hand so far, not just promised??',
    file: 'community-radio-fundraiser.txt',
    fragment: 'As of Wednesday 23 October, £16,985 has actually been received',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'what was the money even for',
    file: 'community-radio-fundraiser.txt',
    fragment: "towards replacing the station's ageing transmitter on Cowlin Hill",
    style: 'verbatim-ish',
  },
  {
    q: 'who was the guy that got his face fuzz shaved off live lmao',
    file: 'community-radio-fundraiser.txt',
    fragment: 'Declan Hurst returned for a special breakfast show',
    style: 'slang',
  },
  {
    q: 'who was the yungest host on the overnite slot',
    file: 'community-radio-fundraiser.txt',
    fragment: 'Our youngest presenter, 17-year-old Jamie Ruddock',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'how many song wishes did the small-hours DJ receive by phone message?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'She had 96 requests texted in, the most for any show',
    style: 'paraphrase',
  },
  {
    q: 'hey so i tried ringing in sometime after midnight during that radio marathon and just couldnt get through, someone on here said the phones were knackered for ages, how long was it actually like that?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'Callers got an engaged tone for 42 minutes',
    style: 'long',
  },
  // written as learner
  {
    q: 'why the phone in the studio was stop to work that night, what was the reason?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'traced the fault to rainwater in a junction box on Milner Street',
    style: 'paraphrase',
  },
  {
    q: 'priciest auction item?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'a signed Fenwold Town FC shirt, which sold for £420',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'was the biggest single donation from some bakery, like 500 quid?',
    file: 'community-radio-fundraiser.txt',
    fragment: "The single largest pledge was £1,000 from Hartwell's Bakery",
    style: 'paraphrase',
  },
  {
    q: 'i only caught a bit of it on my phone while at work but it felt like loads of people were on the online feed, what was the biggest crowd it had at any one time?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'peaked at 1,412 simultaneous listeners at 8:45am on Saturday',
    style: 'long',
  },
  // written as learner
  {
    q: 'when they will decide if the next one is going for 36 hours?',
    file: 'community-radio-fundraiser.txt',
    fragment: 'A decision will be made at the AGM on Tuesday 26 November',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many games got handed in for the lantern jam thing',
    file: 'game-jam-results.md',
    fragment: 'on the jam page and **312 games submitted**',
    style: 'verbatim-ish',
  },
  {
    q: 'jam 7 prompt?',
    file: 'game-jam-results.md',
    fragment: 'theme was **"Nothing Lasts"**, picked by community vote',
    style: 'fragment',
  },
  {
    q: 'so who actually took the W overall',
    file: 'game-jam-results.md',
    fragment: '1st place: *Wick* by Team Moth (3 people)',
    style: 'slang',
  },
  // written as guess
  {
    q: 'did the winning crew get like a grand each?',
    file: 'game-jam-results.md',
    fragment: '$1,500 cash, split among the team, plus a featured slot',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'which entry won the prize for sound design?',
    file: 'game-jam-results.md',
    fragment: '**Best Audio:** *Last Train to Halcyon* (4.81)',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how they are calculating the final ranking, the judges and the players votes is how much percent each one?',
    file: 'game-jam-results.md',
    fragment: "Final placement was 60% judges' average and 40% community score",
    style: 'paraphrase',
  },
  {
    q: 'how many entrys got kicked out for beeing started early?',
    file: 'game-jam-results.md',
    fragment: 'were disqualified for being started before the jam',
    style: 'typo',
  },
  {
    q: "so i'm pretty new here and someone in general chat mentioned one of the games from the last jam is in some kind of trouble and its placing is on hold, anyone know what it actually did wrong?",
    file: 'game-jam-results.md',
    fragment: 'one of its music tracks is almost identical to a copyrighted song',
    style: 'long',
  },
  // written as phone
  {
    q: 'how many votes did u guys delete from fake accts?',
    file: 'game-jam-results.md',
    fragment: 'we removed **412 ratings** from 19 throwaway accounts',
    style: 'slang',
  },
  {
    q: 'is there going to be a limit on how big a group can be from now on?',
    file: 'game-jam-results.md',
    fragment: 'Teams will be capped at **5 members**',
    style: 'paraphrase',
  },
  {
    q: 'prize money backer?',
    file: 'game-jam-results.md',
    fragment: 'funded by community donations ($2,100) and our sponsor Brightforge Tools ($1,200)',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'which newcomer made the standout debut entry?',
    file: 'game-jam-results.md',
    fragment: '*Sandcastle Siege* by 15-year-old Tobi Reyes',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many times did the mountain rescue folks get summoned last year',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'We were called out 87 times between 1 January and 31 December 2023',
    style: 'verbatim-ish',
  },
  {
    q: "who's running the show up there now that the long-time boss has gone?",
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Catriona Bell was elected to replace him at an extraordinary meeting',
    style: 'paraphrase',
  },
  {
    q: 'I read something a while ago about two older hikers going missing on a ridge in awful wind back in the spring, and I never heard how it ended, where did they eventually turn up?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'sheltering in a bothy 3.2 kilometres north of where they had been expected',
    style: 'long',
  },
  {
    q: 'what injurys did the climer who fell off the cliff end up with',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'flown to hospital in Inverness with a broken pelvis',
    style: 'typo',
  },
  {
    q: 'busiest time of year?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Our busiest month was August with 14 call-outs',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'is it true they rescued a kid as young as 5?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'The youngest person we helped was 7',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many ppl r actually on the team doin rescues?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'the team had 38 full operational members',
    style: 'slang',
  },
  {
    q: 'how much did they drop on the new 4x4 ambulance',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'It cost £84,500 including conversion and livery',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what sum did the team receive for disposing of the previous truck?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'sold at auction in August for £12,750',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how much money they spend for changing all the walkie-talkies?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'new digital sets at a cost of £18,200',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the team take in about 150k altogether in 2023?',
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Total income for 2023 was £156,300',
    style: 'paraphrase',
  },
  {
    q: "with their doctor retiring, who's been signing off the medical stuff for them?",
    file: 'mountain-rescue-annual-report.txt',
    fragment: 'Dr Ruth Keane from the neighbouring Strathcarran team has kindly agreed',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many people belong to that clay studio these days',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'We have 112 active members right now',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'is their main oven like 20 years old or something?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'the Skutt we call "Big Bertha," is 14 years old',
    style: 'paraphrase',
  },
  {
    q: 'how many pots got wreked when that shelf broke in july',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'ruined 23 pieces belonging to nine members',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how much do u pay now per pot 4 the 2nd bake?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: '**$0.04 per cubic inch**, measured with the new measuring jig',
    style: 'slang',
  },
  {
    q: "whats the lowest they'll sting ya for one pot",
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'Minimum charge is $2 per piece',
    style: 'slang',
  },
  {
    q: 'top tier price?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: '**Studio Plus** - $175 a month',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'I am retired person, from which age I can take the cheaper plan?',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'for full-time students and anyone 65 or older with ID',
    style: 'paraphrase',
  },
  {
    q: "what's the reason they won't run the ovens at the end of the week?",
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'The studio is too busy on weekends to have a hot kiln running',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the fine if my coating melts down onto the kiln boards?",
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'you pay $15 toward grinding and kiln wash',
    style: 'paraphrase',
  },
  {
    q: "hi all, not a member yet but thinking of joining, my daughter is 9 and she'd love to come make stuff with me on a weekday evening, is that allowed or are there rules for little ones?",
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'Kids under 12 are only allowed in the studio during the Saturday family session',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how far along is the fund for getting a second big oven',
    file: 'pottery-studio-kiln-changes.md',
    fragment: "we've raised $4,860 so far from the spring sale and the mug-a-thon",
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'is there a class on how 2 stack the kiln? how many ppl can go',
    file: 'pottery-studio-kiln-changes.md',
    fragment: 'kiln loading workshop with Marcus, 1-3 p.m., free but limited to 12 people',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'where was the robot contest the gearhawks went to',
    file: 'robotics-team-competition-trip.md',
    fragment: 'at the Harlan Expo Center in Port Severin',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'how far did the kids hav 2 go 2 get there?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'drove 312 miles to Port Severin, arriving at about 11:30 a.m.',
    style: 'slang',
  },
  // written as learner
  {
    q: 'why the bus was coming back home so late on Sunday?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'almost seven hours, because of snow on Route 9',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was their bot around 100 lbs?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'It weighs 118 pounds, just under the 125-pound limit',
    style: 'paraphrase',
  },
  {
    q: 'why did there robot flunk the first inspecshun',
    file: 'robotics-team-competition-trip.md',
    fragment: 'because the bumpers were half an inch too low',
    style: 'typo',
  },
  {
    q: 'what was their W-L in quals fr',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Our record was 8 wins and 4 losses',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'which squad selected them as partners for the knockout rounds?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'picked by the 2nd-seeded alliance, Team 3318 "Iron Orchard" from Kellam City',
    style: 'paraphrase',
  },
  {
    q: 'gearhawks trophy?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Gearhawks won the **Quality Award**, which recognizes robust, well-built robots',
    style: 'fragment',
  },
  {
    q: 'what did each kid have to chip in to go?',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Students each paid a $150 trip fee',
    style: 'paraphrase',
  },
  {
    q: "my company might want to back the team next year and I'm trying to figure out what level to pitch at, who was their biggest backer this time round and roughly how much did they put in?",
    file: 'robotics-team-competition-trip.md',
    fragment: '**Delacroix Machine & Tool** - $3,000 and all of our aluminum machining',
    style: 'long',
  },
  {
    q: 'how offen did the robots self driving bit actualy work',
    file: 'robotics-team-competition-trip.md',
    fragment: 'Our autonomous routine scored in 10 of 12 matches',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'how long is the race distance at saltmere',
    file: 'rowing-regatta-report.txt',
    fragment: "the usual 850-metre course from Pollard's Bend",
    style: 'verbatim-ish',
  },
  {
    q: 'how many boats actualy turned up and competed in the end',
    file: 'rowing-regatta-report.txt',
    fragment: 'On the day 129 crews actually raced',
    style: 'typo',
  },
  {
    q: 'headline race champs?',
    file: 'rowing-regatta-report.txt',
    fragment: 'won by Kestle Bridge Rowing Club in 2:31.4',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'is the fastest ever time on that stretch about 2:25?',
    file: 'rowing-regatta-report.txt',
    fragment: 'The course record of 2:27.9, set by Harwick University in 2019',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'why they was stopping the races for some time in the afternoon?',
    file: 'rowing-regatta-report.txt',
    fragment: 'while a loose mooring buoy was recovered from the course',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many vols actually showed up on the day tho?',
    file: 'rowing-regatta-report.txt',
    fragment: 'of whom 58 turned up on the day',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the charge to register a single-rower shell?',
    file: 'rowing-regatta-report.txt',
    fragment: 'Entry fees were £24 per sculling boat and £42 per crew boat',
    style: 'paraphrase',
  },
  {
    q: 'my niece rows for a different club and she said a couple of girls ended up in the river at the saltmere event, which club were they from and were they alright?',
    file: 'rowing-regatta-report.txt',
    fragment: 'a visiting J14 double from Orwin Water capsized just below the 500-metre marker',
    style: 'long',
  },
  {
    q: 'how much did that gizmo that films the end of each race set them back?',
    file: 'rowing-regatta-report.txt',
    fragment: 'bought for £1,150 with a grant from the Saltmere Town Fund',
    style: 'slang',
  },
  {
    q: 'who decided the results when the photo thing died?',
    file: 'rowing-regatta-report.txt',
    fragment: 'called by eye by the finish judge, Moira Pengelly',
    style: 'paraphrase',
  },
];

export const SIXTEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'has the station been told when the new transmitter goes in?',
    trap: true,
    why: 'The article says Ofcom has not yet said when it can be installed and no date has been set.',
  },
  {
    q: 'how many fm listeners tuned in over the radiothon weekend',
    trap: true,
    why: "The article says FM listeners can't be counted and the station has no way to find out.",
  },
  {
    q: 'how many of the unpaid pledges r actually gonna get paid',
    trap: true,
    why: 'The article says it is not yet known how many remaining pledges will be paid.',
  },
  {
    q: 'who were the two bidders who both won the sedgewick cottage weekend',
    trap: true,
    why: 'The two auction winners are never named.',
  },
  {
    q: 'how much did last years radiothon auction make',
    trap: true,
    why: "Only last year's overall total (£12,760) is given, not its auction figure.",
  },
  {
    q: 'when do jam winners actually get there prize money',
    trap: true,
    why: 'The article says there is no confirmed payout date from Brightforge yet.',
  },
  {
    q: 'jam 8 start date?',
    trap: true,
    why: "The article says Jam #8 has no date set yet beyond 'sometime in the summer'.",
  },
  {
    q: "so did hollow bell end up getting dq'd or not",
    trap: true,
    why: 'The Hollow Bell case is still open and its ranking is frozen pending review.',
  },
  {
    q: 'how much is a pixelwright license worth',
    trap: true,
    why: 'The article mentions a one-year Pixelwright license as a prize but gives no price.',
  },
  {
    q: 'is teacup orbit out on switch',
    trap: true,
    why: "Off-topic: Teacup Orbit is only mentioned as a judge's game, with no platform info.",
  },
  {
    q: "what caused the woman's fall below corrie fionn in december",
    trap: true,
    why: 'The article says the circumstances are still under investigation and not known.',
  },
  {
    q: 'who got picked as the new medical officer',
    trap: true,
    why: "The article says Dr Orr's replacement has not yet been appointed.",
  },
  {
    q: 'are they fixing the drying room heater or getting a new one',
    trap: true,
    why: 'The article says the committee has not yet decided between repair and replacement.',
  },
  {
    q: 'did highland council approve the planning for the base extension?',
    trap: true,
    why: 'The article only says planning permission was submitted on 8 January 2024, not whether it was approved.',
  },
  {
    q: 'any good walking routes up beinn lair for a beginner',
    trap: true,
    why: 'Off-topic: Beinn Lair is only mentioned as the site of a cardiac arrest, with no route information.',
  },
  {
    q: 'so what actually made big berthas shelf crack in july',
    trap: true,
    why: "The article says the cause is still unknown and Marcus hasn't confirmed either theory.",
  },
  {
    q: 'do ppl on disability benefits get the student/senior rate',
    trap: true,
    why: 'The article says the board has not decided yet and will discuss it on September 21.',
  },
  {
    q: 'how much will the electrician work cost for adding the second kiln',
    trap: true,
    why: 'The article says the electrical cost is unknown until the landlord replies about the panel.',
  },
  {
    q: 'how much does a bag of clay cost if your on community tier',
    trap: true,
    why: 'The article only says Studio Plus includes a 25-pound bag monthly; no clay price is given.',
  },
  {
    q: 'who is on the riverbend board',
    trap: true,
    why: 'The article mentions the board but never names its members.',
  },
  {
    q: 'did gearhawks make it to state',
    trap: true,
    why: 'The article says it is not yet known whether they qualified for the April 20 state championship.',
  },
  {
    q: 'is the school board paying next years registration fee?',
    trap: true,
    why: 'The article says this is undecided and will be discussed at the May board meeting.',
  },
  {
    q: 'r they going to harvest bots in october',
    trap: true,
    why: 'The article says they have not decided and will survey the team in the fall.',
  },
  {
    q: 'how much was just the fuel for the bus',
    trap: true,
    why: 'Fuel is lumped in with bus rental ($1,460) and the final invoice is still pending, so no separate fuel figure exists.',
  },
  {
    q: "who won the dean's list award at lakeshore",
    trap: true,
    why: 'The article only says Priya was a finalist and not selected; the winner is not named.',
  },
  {
    q: 'did the regatta turn a profit this year',
    trap: true,
    why: 'The article says it is not known until the accounts are presented on 4 June.',
  },
  {
    q: 'whens next years regatta',
    trap: true,
    why: 'The article says the May 2025 date has not been fixed yet.',
  },
  {
    q: 'who left the lower boat park gate unlocked',
    trap: true,
    why: "The article says they still don't know who left the gate open.",
  },
  {
    q: 'is the course being made 1000m next year',
    trap: true,
    why: 'The article says no decision has been made on extending the course.',
  },
  {
    q: 'what was kestle bridges time at the tidemouth head in march',
    trap: true,
    why: 'The article says Saltmere beat them by a canvas there but gives no times.',
  },
  {
    q: 'did everyone who promised money to the radio station actually pay up in the end?',
    trap: true,
    why: 'The radio article says it is not yet known how many of the remaining pledges will be paid.',
  },
  {
    q: 'how many ppl listened on normal fm over the radiothon weekend',
    trap: true,
    why: 'The station says it cannot count FM listeners and does not know how many of its weekly audience tuned in that weekend.',
  },
  {
    q: 'wen is the new transmitter actually going in on cowlin hill?',
    trap: true,
    why: 'The article says Ofcom approval is pending and no installation date has been set.',
  },
  {
    q: 'who won the signed football shirt at the auction',
    trap: true,
    why: "Only the shirt's £420 price is given; the buyer is not named.",
  },
  {
    q: 'what time does hartwells bakery open on saturdays',
    trap: true,
    why: "Off-topic: the article only mentions the bakery's £1,000 pledge, not its opening hours.",
  },
  {
    q: 'wen is the next lantern jam happening',
    trap: true,
    why: "The jam post says Jam #8 has no date set yet, only 'sometime in the summer'.",
  },
  {
    q: 'when do the winners actualy get there prize money paid out?',
    trap: true,
    why: 'The post says there is no confirmed payout date from the sponsor yet.',
  },
  {
    q: 'did the rest of the hollow bell team know about the copied song',
    trap: true,
    why: 'The mods say they cannot tell yet whether the rest of the team knew.',
  },
  {
    q: "what was rust and petal's judges average, roughly 85?",
    trap: true,
    why: "Only Rust & Petal's final score of 86.2 is given; its judges' average is not stated.",
  },
  {
    q: 'how much does a pixelwright license normally cost?',
    trap: true,
    why: 'Off-topic: the license is mentioned as a prize but its price is never given.',
  },
  {
    q: "what caused that woman's fall in december, was it the weather or did she get lost?",
    trap: true,
    why: 'The report says the December fall is still under investigation and the cause is not known.',
  },
  {
    q: 'r they fixing the drying room heater or just buying a new one',
    trap: true,
    why: 'The rescue report says the committee has not yet decided between repair and replacement.',
  },
  {
    q: 'whats the name of the climber who fell on creag mhor',
    trap: true,
    why: 'The climber is described only by age and injury; no name is given.',
  },
  {
    q: 'record time for the kinlochbrae hill race?',
    trap: true,
    why: 'The report gives the hill race date and entry fees but no course record or times.',
  },
  {
    q: 'how do i go about booking a night in a bothy near the bealach dubh',
    trap: true,
    why: 'Off-topic: the bothy is mentioned only as where the walkers sheltered; nothing about booking.',
  },
  {
    q: 'so what actually made the kiln shelf crack back in july?',
    trap: true,
    why: 'The studio post says the cause is still unknown; Marcus has not confirmed either theory.',
  },
  {
    q: 'how much is the electrician gonna charge to wire up the extra kiln',
    trap: true,
    why: 'The post says the electrical work cost is unknown until the landlord answers about the panel.',
  },
  {
    q: 'can people who get disability benefits use the student/senior price?',
    trap: true,
    why: 'The board has not decided yet and will discuss it at the September 21 meeting.',
  },
  {
    q: 'how much does the 6 week wheel course cost at riverbend',
    trap: true,
    why: 'The 6-week wheel classes are mentioned but their price is never given.',
  },
  {
    q: 'anyone got a good cone 6 glaze recipe for mugs',
    trap: true,
    why: 'Off-topic: the post mentions cone 6 glaze firings but gives no glaze recipes.',
  },
  {
    q: 'did the gearhawks make it to state or not',
    trap: true,
    why: 'The write-up says they do not yet know whether they qualified for the state championship.',
  },
  {
    q: "who ended up getting the dean's list award at the regional?",
    trap: true,
    why: 'Only that Priya was a finalist and not selected is given; the winner is not named.',
  },
  {
    q: "what was the score in the final that northlight's alliance won",
    trap: true,
    why: "The write-up names Northlight's alliance as winner but gives no final match score.",
  },
  {
    q: 'roughly what does a swerve drive module cost to buy?',
    trap: true,
    why: "Off-topic: the robot's swerve drive is described but no module price is given.",
  },
  {
    q: 'did the saltmere regatta make a profit this year?',
    trap: true,
    why: "The treasurer's accounts are not ready, so whether the event made a profit is unknown.",
  },
  {
    q: 'who left the boat park gate unlocked, was it one of the visiting clubs?',
    trap: true,
    why: 'The club says it still does not know who left the gate open.',
  },
  {
    q: 'what date is next years spring regatta',
    trap: true,
    why: "The date for 2025 has not been fixed, pending the Tidemouth regatta's plans.",
  },
  {
    q: 'who was stroke in the kestle bridge eight that won',
    trap: true,
    why: "Only the Saltmere eight's stroke and cox are named; Kestle Bridge's crew is not.",
  },
  {
    q: "hi, i'm new to the area and thinking of taking up rowing at saltmere as a total beginner in my 40s, how do i sign up and what does membership cost?",
    trap: true,
    why: 'Off-topic: the regatta report gives entry fees for races but nothing about joining the club or membership costs.',
  },
];

export const SIXTEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...SIXTEENTH_SIX_ANSWERABLE,
  ...SIXTEENTH_SIX_TRAPS,
];
