/**
 * Chat-style questions about a tenth six articles (./tenth-six/: a tenants' association's update on a heating
 * outage, a board-game café's winter league, a junior swimming club's gala report, a makerspace's laser-cutter
 * rules, a farmers' market's move to a new site, a fan community's convention travel guide), written in session
 * 48 by two helpers who saw only the articles (the second set in a newcomer's vaguer words), as
 * ./ninth-six-set.ts was. Blind in session 48 (read only as totals: 30 and 24 of 100 at its start, 33 and 25 at
 * its end); in the repository so that later sessions keep them, dev from session 49. Styles the scorer does not
 * know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the
 * helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as phone
  {
    q: 'how many ppl can sign up for the winter league this time',
    file: 'boardgame-cafe-league.md',
    fragment: 'agreed to open the whole back room and raise the cap to 48',
    style: 'slang',
  },
  {
    q: 'yo if i pay for the whole season do i still gotta cough up the table fee every week',
    file: 'boardgame-cafe-league.md',
    fragment: 'waives the usual $6 table fee each week',
    style: 'slang',
  },
  // written as guess
  {
    q: "rejoining from autumn + mug club member so that's 20 bucks total yeah?",
    file: 'boardgame-cafe-league.md',
    fragment: 'a returning player who is also in Mug Club still pays $30',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'if i only come some weeks as a drop in can i still make the finals',
    file: 'boardgame-cafe-league.md',
    fragment: "earn league points and can't qualify for the finals",
    style: 'verbatim-ish',
  },
  {
    q: 'can i get a refnud if i have to quit partway thru in febuary',
    file: 'boardgame-cafe-league.md',
    fragment: "we can only give store credit, and only for weeks you haven't played",
    style: 'typo',
  },
  // written as learner
  {
    q: 'My son is 13 years old, he is allowed to play in the league or not?',
    file: 'boardgame-cafe-league.md',
    fragment: 'Under-16s are welcome with a parent or guardian at the table',
    style: 'paraphrase',
  },
  {
    q: "hey so i finish work at 6 and my bus is super unreliable, so some weeks i'll probably roll in around 6:40. what happens if i miss the seat draw, am i just out for the night?",
    file: 'boardgame-cafe-league.md',
    fragment: "plays in the 7:15 p.m. late-start pod if there's room",
    style: 'long',
  },
  {
    q: 'Why could one of the Splendor weeks end up shifting to a different day?',
    file: 'boardgame-cafe-league.md',
    fragment: 'the café is booked for a private event on February 12',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'How many league evenings can I skip without it damaging my ranking?',
    file: 'boardgame-cafe-league.md',
    fragment: 'so you can miss two weeks without hurting your standing',
    style: 'paraphrase',
  },
  {
    q: '8th place tiebreaker?',
    file: 'boardgame-cafe-league.md',
    fragment: 'the one with more first-place finishes gets the last finals spot',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'wen does the leaderboard get refreshed, thx',
    file: 'boardgame-cafe-league.md',
    fragment: 'who posts updated standings every Thursday by noon',
    style: 'slang',
  },
  {
    q: 'whta does the overal winer get at the end',
    file: 'boardgame-cafe-league.md',
    fragment: '$150 store credit and the Golden Meeple trophy',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'what dates is driftcon on this year',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Friday, October 17 through Sunday, October 19',
    style: 'verbatim-ish',
  },
  {
    q: 'how long is the trian from kessling down there',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Kessling Central to Port Merrow Union Station, about 2 hours 40 minutes',
    style: 'typo',
  },
  // written as guess
  {
    q: 'is it roughly $45 for a single if i book a couple weeks early?',
    file: 'fan-convention-travel-guide.md',
    fragment: '$38 one-way if you book at least 14 days ahead',
    style: 'paraphrase',
  },
  {
    q: "heading down from kessling on the friday, work gave me the whole day off so i'm pretty flexible. which train should i aim for if i wanna get settled before badges open?",
    file: 'fan-convention-travel-guide.md',
    fragment: 'the 9:15 AM departure, arriving 11:55 AM',
    style: 'long',
  },
  // written as phone
  {
    q: 'how often does the free bus go from the station pls',
    file: 'fan-convention-travel-guide.md',
    fragment: 'which runs every 20 minutes from 8 AM to 10 PM',
    style: 'slang',
  },
  {
    q: 'how much is it gonna cost me to leave my car at the venue lol',
    file: 'fan-convention-travel-guide.md',
    fragment: "If you're driving, the center's garage is $24 a day",
    style: 'slang',
  },
  {
    q: 'group hotel price?',
    file: 'fan-convention-travel-guide.md',
    fragment: '$149 per night plus tax, for up to 4 people per room',
    style: 'fragment',
  },
  {
    q: "ok so me and three mates are finally locking in plans for driftcon, we're trying to decide whether to grab a room in the server block now or wait til payday next week. are there actually any left or is it basically gone?",
    file: 'fan-convention-travel-guide.md',
    fragment: '31 are booked, so 9 are left',
    style: 'long',
  },
  {
    q: 'What happens to the price if we leave reserving the Harborline until October?',
    file: 'fan-convention-travel-guide.md',
    fragment: 'the price jumps to the normal rate of around $219',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'I am search person for share the room with me, who I must to write?',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Priya Nandakumar is keeping the roommate spreadsheet',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'full 3 day badge is 100 bucks yeah?',
    file: 'fan-convention-travel-guide.md',
    fragment: '$85 (goes up to $100 at the door)',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Who are the speakers at our Skyward Drift session?',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Panelists are Juniper, Marcus, Dee Okafor and Sam Whitlock',
    style: 'paraphrase',
  },
  {
    q: "Why does the Saturday market have to leave the place it's at now?",
    file: 'farmers-market-changes.txt',
    fragment: 'fenced off from the start of May to build the new health centre',
    style: 'paraphrase',
  },
  {
    q: 'how lon has the markit been at the old site',
    file: 'farmers-market-changes.txt',
    fragment: 'After eleven years in the Corn Exchange car park',
    style: 'typo',
  },
  {
    q: "when's the final one at the old spot then",
    file: 'farmers-market-changes.txt',
    fragment: 'The last market at the Corn Exchange will be on Saturday 26 April',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'when do we start at the rec',
    file: 'farmers-market-changes.txt',
    fragment: 'The first market at the new site will be on Saturday 3 May',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'When can stallholders tour the new ground beforehand?',
    file: 'farmers-market-changes.txt',
    fragment: 'trader walk-round at the new site on Saturday 19 April at 2pm',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen n wer is the stallholder get together to go over everything',
    file: 'farmers-market-changes.txt',
    fragment: 'Tuesday 8 April at 7pm in the upstairs room of the Wheatsheaf',
    style: 'slang',
  },
  // written as guess
  {
    q: 'so the rec fits like 40 stalls?',
    file: 'farmers-market-changes.txt',
    fragment: 'The site has room for 52 pitches',
    style: 'paraphrase',
  },
  {
    q: "I usually drive in from out of town with my mum, who isn't great on her feet, and we always spend ages browsing the veg, so parking really matters to us. is the car park at the new place free, and for how long?",
    file: 'farmers-market-changes.txt',
    fragment: 'which has 60 spaces and is free for the first two hours',
    style: 'long',
  },
  {
    q: 'How much will a normal-sized stall set me back from May?',
    file: 'farmers-market-changes.txt',
    fragment: 'A standard 3m by 3m pitch goes up from £24 to £28',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How many kilo I need to put for hold down my tent?',
    file: 'farmers-market-changes.txt',
    fragment: 'must be held down with at least 15kg of weight',
    style: 'paraphrase',
  },
  {
    q: 'can i bring my diesel genny for the burger van or nah',
    file: 'farmers-market-changes.txt',
    fragment: 'Petrol and diesel generators are banned.',
    style: 'slang',
  },
  {
    q: 'who takes pitch payments?',
    file: 'farmers-market-changes.txt',
    fragment: 'in cash to our treasurer, Colin Draper, at the market',
    style: 'fragment',
  },
  {
    q: 'How big an area can the new machine actually cut?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'a 60 W CO2 laser with a 700 x 500 mm bed',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the whole laser setup cost around 3 grand?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Total cost was £4,350: £3,100 from the equipment fund',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'How frequently does the extraction filter need swapping out?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'needs replacing roughly every 200 hours of cutting',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how long is the laser training n how much',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'The induction takes about 90 minutes and costs £15',
    style: 'slang',
  },
  {
    q: "how long's the queue for getting signed off lol",
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'There are 41 names on the waiting list',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'can tomasz do my induction on a saturday morning',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Tomasz only does Wednesday evenings.',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'I am 17 years, I can use the laser alone or I need somebody with me?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: "must have a parent or guardian who's also an inducted member in the room",
    style: 'paraphrase',
  },
  {
    q: 'weekly booking limit?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Maximum 2 hours per member per week',
    style: 'fragment',
  },
  {
    q: 'whats the penatly if i keep not shwoing up',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Three no-shows in a month means a two-week booking ban',
    style: 'typo',
  },
  {
    q: "I've started making little acrylic earrings and flogging them at craft fairs, nothing huge, just a side hustle. I was hoping to do a big batch this Saturday afternoon. Is that ok or are there rules about when I can cut stuff I'm selling?",
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'must be booked on Mondays or Thursdays only',
    style: 'long',
  },
  // written as synonym
  {
    q: 'What do people on the £10 a month membership pay for each minute of cutting?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Associate members (the £10/month tier): £0.60 per minute.',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'why cant you put pvc in it',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'It gives off chlorine gas and eats the optics.',
    style: 'verbatim-ish',
  },
  // written as lowercase
  {
    q: 'what time did everything go cold that monday',
    file: 'heating-outage-tenants.txt',
    fragment: 'shut down at about 5.40am on Monday 13 January',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'so every single flat had cold taps, all 84 of them?',
    file: 'heating-outage-tenants.txt',
    fragment: 'and 79 of them also lost hot water',
    style: 'paraphrase',
  },
  {
    q: 'How come the downstairs homes still had warm taps?',
    file: 'heating-outage-tenants.txt',
    fragment: 'have their own electric immersion heaters, so they kept hot water',
    style: 'paraphrase',
  },
  {
    q: 'when did the heat finally kick back in',
    file: 'heating-outage-tenants.txt',
    fragment: 'Heating was restored at 4.15pm on Saturday 18 January.',
    style: 'slang',
  },
  {
    q: 'how cold did it get outsdie on the worst nite',
    file: 'heating-outage-tenants.txt',
    fragment: 'it fell to minus 4 degrees outside',
    style: 'typo',
  },
  {
    q: 'who fixed the boilers?',
    file: 'heating-outage-tenants.txt',
    fragment: 'The contractor, Tamworth Thermal Services, found two separate faults',
    style: 'fragment',
  },
  {
    q: "Really frustrated honestly. The pump got swapped on the Thursday from what I heard, so I don't get why my radiators were still stone cold until the weekend. Does anyone know what the hold-up actually was?",
    file: 'heating-outage-tenants.txt',
    fragment: 'arrived on Friday 17 January, a day later than promised',
    style: 'long',
  },
  // written as synonym
  {
    q: 'Which households were prioritised for the first portable radiators?',
    file: 'heating-outage-tenants.txt',
    fragment: 'gave the first batch to the 23 households with a child under five',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen can i drop the heater back pls',
    file: 'heating-outage-tenants.txt',
    fragment: 'between 10am and 2pm on Saturday 25 January or Saturday 1 February',
    style: 'slang',
  },
  // written as learner
  {
    q: 'How much money each flat will receive for the outage?',
    file: 'heating-outage-tenants.txt',
    fragment: 'That makes £150 for most households and £90 for flats 1 to 5',
    style: 'paraphrase',
  },
  {
    q: 'last day to complain?',
    file: 'heating-outage-tenants.txt',
    fragment: 'The deadline for complaints about this outage is Friday 14 March',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'was it about 30 otters that made the trip?',
    file: 'swim-gala-results.md',
    fragment: '41 of our swimmers travelled to Ferrisbridge Leisure Pool',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many teams showed up to the gala',
    file: 'swim-gala-results.md',
    fragment: 'Five clubs took part and 212 swimmers were entered in total',
    style: 'verbatim-ish',
  },
  {
    q: 'who actually took the W at the gala then',
    file: 'swim-gala-results.md',
    fragment: 'behind the hosts, Ferrisbridge Dolphins, on 301',
    style: 'slang',
  },
  // written as synonym
  {
    q: "What position did the club place in last year's meet?",
    file: 'swim-gala-results.md',
    fragment: 'Last year we came fourth with 196 points',
    style: 'paraphrase',
  },
  {
    q: 'first places total?',
    file: 'swim-gala-results.md',
    fragment: 'Our swimmers won 19 medals: 7 gold, 5 silver and 7 bronze',
    style: 'fragment',
  },
  {
    q: 'who had the old 50 free recrod before isla',
    file: 'swim-gala-results.md',
    fragment: 'breaking the club record of 38.90 set by Megan Foyle in 2019',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how many pbs did ppl get in total',
    file: 'swim-gala-results.md',
    fragment: '57 personal bests were recorded across our 41 swimmers',
    style: 'slang',
  },
  {
    q: "Why isn't the girls' medley relay record official yet?",
    file: 'swim-gala-results.md',
    fragment: 'the touchpad in lane 4 was logged as faulty during the second session',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'For what reason the older kids relay team got DQ?',
    file: 'swim-gala-results.md',
    fragment: 'was disqualified for an early takeover on the third leg',
    style: 'paraphrase',
  },
  {
    q: "hey all, my son just got picked for a relay at harrowmere which he's buzzing about, but I'm trying to sort the money side before entries close. is there an extra cost for the relay on top of his individual races?",
    file: 'swim-gala-results.md',
    fragment: 'plus a £3 relay fee per swimmer',
    style: 'long',
  },
  // written as learner
  {
    q: 'How many people from our club was helping as volunteer that day?',
    file: 'swim-gala-results.md',
    fragment: 'the Otters supplied 14 of the 38 volunteers on the day',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'someone told me the board game league at that cafe only lets like 40 people in now, is that right?',
    file: 'boardgame-cafe-league.md',
    fragment: 'raise the cap to 48',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where is the winter board game thing actually held like whats the address',
    file: 'boardgame-cafe-league.md',
    fragment: 'The Winter League is back at Meeple & Mug (412 Alder Street, Brookhaven).',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'I have the coffee membership and I was playing there last autumn too. The reductions add together or not? How much I must to pay?',
    file: 'boardgame-cafe-league.md',
    fragment: 'still pays $30, not $20.',
    style: 'paraphrase',
  },
  {
    q: 'if i just rock up some weeks and pay on the night am i still in the running for the big final or nah',
    file: 'boardgame-cafe-league.md',
    fragment: "and can't qualify for the finals",
    style: 'slang',
  },
  // written as phone
  {
    q: 'wat time do i gotta b there so i dont get stuck in the late group',
    file: 'boardgame-cafe-league.md',
    fragment: 'seating is drawn at 6:25 p.m. sharp',
    style: 'slang',
  },
  {
    q: 'number of finalists?',
    file: 'boardgame-cafe-league.md',
    fragment: 'for the top eight players in the standings',
    style: 'fragment',
  },
  {
    q: 'is there a reason one of the splendor weeks might end up shifted to a different day?',
    file: 'boardgame-cafe-league.md',
    fragment: 'the café is booked for a private event on February 12',
    style: 'paraphrase',
  },
  {
    q: 'how many pionts do you get for wining a game when theres four of you at the tabel?',
    file: 'boardgame-cafe-league.md',
    fragment: '1st place 5 points, 2nd 3 points, 3rd 2 points, 4th 1 point.',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'Am I permitted to skip a couple of sessions without it harming my ranking?',
    file: 'boardgame-cafe-league.md',
    fragment: 'so you can miss two weeks without hurting your standing',
    style: 'paraphrase',
  },
  {
    q: "ok so me and my mate have been basically neck and neck all winter from what i've heard, and there's a real chance we end up dead level right on the cut line for the last place in the final. what actually happens then, who gets picked?",
    file: 'boardgame-cafe-league.md',
    fragment: 'the one with more first-place finishes gets the last finals spot',
    style: 'long',
  },
  {
    q: 'how much did that spiled cofee acident end up costing the cafe?',
    file: 'boardgame-cafe-league.md',
    fragment: 'and the replacement cost the café $65',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'What reward does the overall victor receive?',
    file: 'boardgame-cafe-league.md',
    fragment: '$150 store credit and the Golden Meeple trophy',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'when is that driftcon trip my friend keeps talking about',
    file: 'fan-convention-travel-guide.md',
    fragment: 'DriftCon is Friday, October 17 through Sunday, October 19',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'is the train like 50 bucks each way if you sort it out early?',
    file: 'fan-convention-travel-guide.md',
    fragment: '$38 one-way if you book at least 14 days ahead',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how long r we on the train from kessling 2 the con, is it ages',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Port Merrow Union Station, about 2 hours 40 minutes',
    style: 'slang',
  },
  {
    q: 'is the venue walkable from the station or do i gotta grab a cab lol',
    file: 'fan-convention-travel-guide.md',
    fragment: 'You can walk it in about 25 minutes along Wharf Street',
    style: 'slang',
  },
  {
    q: 'how much is the hotle for the server grup per nite?',
    file: 'fan-convention-travel-guide.md',
    fragment: '$149 per night plus tax, for up to 4 people',
    style: 'typo',
  },
  // written as learner
  {
    q: 'If I am too late for reserve the room with the group discount, how much the price become?',
    file: 'fan-convention-travel-guide.md',
    fragment: 'the price jumps to the normal rate of around $219',
    style: 'paraphrase',
  },
  {
    q: 'group hotel rooms remaining?',
    file: 'fan-convention-travel-guide.md',
    fragment: 'As of this edit, 31 are booked, so 9 are left.',
    style: 'fragment',
  },
  {
    q: 'who should i message if i want someone to split accommodation with',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Priya Nandakumar is keeping the roommate spreadsheet.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Do youngsters require their own pass to attend?',
    file: 'fan-convention-travel-guide.md',
    fragment: 'Kids 12 and under get in free with a paying adult.',
    style: 'paraphrase',
  },
  {
    q: "hey so i'm pretty new here and only just found out there's a group meal on the friday night at some noodle place. i never replied to anything about it, is there still space for me to just show up or is it already full?",
    file: 'fan-convention-travel-guide.md',
    fragment: "We've got 28 RSVPs and the reserved room holds 30",
    style: 'long',
  },
  // written as guess
  {
    q: 'i heard the reigning trivia champs got full marks, like 50/50, true?',
    file: 'fan-convention-travel-guide.md',
    fragment: '"The Backdrafters," scored 46 out of 50',
    style: 'paraphrase',
  },
  {
    q: "ballpark how much cash am i burning on this whole trip if i'm bunking with three others",
    file: 'fan-convention-travel-guide.md',
    fragment: 'split four ways, and food comes to about $330',
    style: 'slang',
  },
  {
    q: 'why does the saturday market have to pack up and leave its old spot?',
    file: 'farmers-market-changes.txt',
    fragment: 'to build the new health centre',
    style: 'paraphrase',
  },
  {
    q: 'ashcombe market new location?',
    file: 'farmers-market-changes.txt',
    fragment: 'Victoria Recreation Ground, which most people call the Rec',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'when does the market start up at the other place',
    file: 'farmers-market-changes.txt',
    fragment: 'The first market at the new site will be on Saturday 3 May.',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'i heard the new field only fits about 40 stalls, is that right',
    file: 'farmers-market-changes.txt',
    fragment: 'The site has room for 52 pitches',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'do u have 2 pay 2 park ur car at the new market spot',
    file: 'farmers-market-changes.txt',
    fragment: 'which has 60 spaces and is free for the first two hours',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What hour do the stalls begin trading these days?',
    file: 'farmers-market-changes.txt',
    fragment: 'half an hour earlier than before: 8.30am to 1pm',
    style: 'paraphrase',
  },
  {
    q: 'how much are they stinging folks for a basic stall now',
    file: 'farmers-market-changes.txt',
    fragment: 'A standard 3m by 3m pitch goes up from £24 to £28.',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Why the price for have a stall is become more expensive now?',
    file: 'farmers-market-changes.txt',
    fragment: 'the council charges us more for the Rec',
    style: 'paraphrase',
  },
  {
    q: 'how far away can the farmrs be from ashcome and still sell ther stuff there?',
    file: 'farmers-market-changes.txt',
    fragment: 'widened from 30 miles to 40 miles of Ashcombe',
    style: 'typo',
  },
  {
    q: "hi all, i don't run a stall yet but my aunt might take one at the new place and she's got this huge gazebo with really long metal spikes to stick in the ground. is there a limit on how long those can be if she ends up on the grassy bit?",
    file: 'farmers-market-changes.txt',
    fragment: 'no longer than 20cm because of buried cables',
    style: 'long',
  },
  {
    q: 'stallholder insurance minimum?',
    file: 'farmers-market-changes.txt',
    fragment: 'public liability insurance of at least £5 million',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'who do i hand the money over to for my pitch',
    file: 'farmers-market-changes.txt',
    fragment: 'in cash to our treasurer, Colin Draper, at the market',
    style: 'verbatim-ish',
  },
  {
    q: 'how much did the space blow on the new laser thing',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Total cost was £4,350: £3,100 from the equipment fund',
    style: 'slang',
  },
  {
    q: 'did any local company help pay for the new cutter?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: '£350 donated by Halden Signs on Mill Lane',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how long is the training for the big laser n wats it cost',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'takes about 90 minutes and costs £15',
    style: 'slang',
  },
  // written as learner
  {
    q: 'I was already trained on the small old laser before. I still need to make the training again for new one?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'even if you were signed off on the old cutter',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'can my 14 year old use the laser if i stand next to them the whole time',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: "Under-16s aren't allowed on the machine at all.",
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'do they charge u for the whole slot u booked or just wen its actually cutting',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: "charged from the laser's own timer, not your booking length",
    style: 'slang',
  },
  // written as guess
  {
    q: "if i'm on the cheaper tenner a month membership is it still 40p a minute?",
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Associate members (the £10/month tier): £0.60 per minute.',
    style: 'paraphrase',
  },
  {
    q: 'weekly laser time cap?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Maximum 2 hours per member per week',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'On which days may I produce goods meant for profit?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'must be booked on Mondays or Thursdays only',
    style: 'paraphrase',
  },
  {
    q: "hey, thinking of joining the hackspace, mostly to make custom stickers and signs, and i've got a pile of vinyl sheets lying around at home. someone in the chat said you can't put that in the cutter at all. what's actually the problem with it?",
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'It gives off chlorine gas and eats the optics.',
    style: 'long',
  },
  {
    q: 'who delt with the fyre back in agust and how qwickly was it stoped?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'Gareth put it out with the fire blanket in under 30 seconds',
    style: 'typo',
  },
  {
    q: 'what does a new focusing glass for the cutter go for, price-wise?',
    file: 'hackspace-laser-cutter-rules.md',
    fragment: 'The replacement lens is £95 and the mirrors are £40 each',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what time did the boilers actually conk out that first morning',
    file: 'heating-outage-tenants.txt',
    fragment: 'shut down at about 5.40am on Monday 13 January',
    style: 'verbatim-ish',
  },
  {
    q: 'larkspur homes affected?',
    file: 'heating-outage-tenants.txt',
    fragment: 'All 84 flats across the eight floors lost central heating',
    style: 'fragment',
  },
  // written as learner
  {
    q: "Why some peoples downstairs was still having warm water when everybody other didn't have?",
    file: 'heating-outage-tenants.txt',
    fragment: 'have their own electric immersion heaters',
    style: 'paraphrase',
  },
  {
    q: 'what actually broke that made the whole system go off?',
    file: 'heating-outage-tenants.txt',
    fragment: 'The first was a cracked heat exchanger on Boiler 2',
    style: 'paraphrase',
  },
  {
    q: "why'd it take them basically a whole week to get the radiators going again",
    file: 'heating-outage-tenants.txt',
    fragment: 'arrived on Friday 17 January, a day later than promised',
    style: 'slang',
  },
  // written as guess
  {
    q: 'are we getting like 100 quid each for the cold week or what?',
    file: 'heating-outage-tenants.txt',
    fragment: 'That makes £150 for most households and £90 for flats 1 to 5.',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'do we get anything back 4 the power bill from using the heaters they lent us',
    file: 'heating-outage-tenants.txt',
    fragment: '£25 per loaned heater to cover the extra running cost',
    style: 'slang',
  },
  {
    q: "bit of a personal one but i'm behind with my rent right now and i'm worried the payout will just disappear into what i owe. someone said there's a way round that, is there a cut-off date for asking?",
    file: 'heating-outage-tenants.txt',
    fragment: 'you must request this by Friday 14 February',
    style: 'long',
  },
  // written as synonym
  {
    q: "What's the final date to lodge a grievance over the breakdown?",
    file: 'heating-outage-tenants.txt',
    fragment: 'The deadline for complaints about this outage is Friday 14 March.',
    style: 'paraphrase',
  },
  {
    q: 'were could peple go to get a showr while it was all brokn?',
    file: 'heating-outage-tenants.txt',
    fragment: 'Cobden Street Leisure Centre let residents use its showers free of charge',
    style: 'typo',
  },
  {
    q: "hi, my nan lives in that block and she's still got one of those plug-in radiators they handed out during the cold snap. she wants to give it back but doesn't know where to take it or when, can anyone help?",
    file: 'heating-outage-tenants.txt',
    fragment: 'community room on the ground floor between 10am and 2pm on Saturday 25 January',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'which club actually won the whole gala then',
    file: 'swim-gala-results.md',
    fragment: 'behind the hosts, Ferrisbridge Dolphins, on 301',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'werent the otters third the time before this or something?',
    file: 'swim-gala-results.md',
    fragment: 'Last year we came fourth with 196 points',
    style: 'paraphrase',
  },
  {
    q: 'number of golds?',
    file: 'swim-gala-results.md',
    fragment: 'Our swimmers won 19 medals: 7 gold, 5 silver and 7 bronze.',
    style: 'fragment',
  },
  {
    q: 'who held the previous best time that the ten-year-old girl smashed?',
    file: 'swim-gala-results.md',
    fragment: 'breaking the club record of 38.90 set by Megan Foyle in 2019',
    style: 'paraphrase',
  },
  {
    q: 'which kid cleaned up with a double gold haul',
    file: 'swim-gala-results.md',
    fragment: 'the only Otter to win two golds',
    style: 'slang',
  },
  {
    q: "my cousin swam in that girls relay that apparently beat the club record, but now she's saying it might not count?? she didn't really explain. what went wrong, why is it not official yet?",
    file: 'swim-gala-results.md',
    fragment: 'the touchpad in lane 4 was logged as faulty during the second session',
    style: 'long',
  },
  {
    q: 'why did the mixd relay get disqualifyed?',
    file: 'swim-gala-results.md',
    fragment: 'disqualified for an early takeover on the third leg',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'How many of the youngsters improved on their quickest times?',
    file: 'swim-gala-results.md',
    fragment: '57 personal bests were recorded across our 41 swimmers',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how close r they 2 gettin enuf for the new diving platforms',
    file: 'swim-gala-results.md',
    fragment: 'The blocks fund now stands at £1,320 out of the £2,400 target.',
    style: 'slang',
  },
  // written as learner
  {
    q: 'For the next competition, it is extra money if my son swim in the team race?',
    file: 'swim-gala-results.md',
    fragment: 'plus a £3 relay fee per swimmer',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'The swim place they go after, how much long is it and how many lines it have?',
    file: 'swim-gala-results.md',
    fragment: 'at Harrowmere Aquatics Centre (50m pool, eight lanes)',
    style: 'paraphrase',
  },
];

export const TENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'which game r we playing at the championship table',
    trap: true,
    why: "The boardgame article says the championship game hasn't been picked yet and will be chosen by a poll in early March.",
  },
  {
    q: 'is thornbury games definitly donating a copy of there new game for the champ?',
    trap: true,
    why: "The boardgame article says Thornbury Games hasn't confirmed the bonus prize donation.",
  },
  {
    q: 'Is the Sunday afternoon division going ahead or not?',
    trap: true,
    why: 'The boardgame article says it is not yet known whether there will be enough interest for a Sunday division.',
  },
  {
    q: 'who won the fall league last year, was it marcus?',
    trap: true,
    why: "The boardgame article mentions the fall league's player count but never names its winner.",
  },
  {
    q: 'what time does meeple and mug close on a sunday',
    trap: true,
    why: "The boardgame article gives league night and finals times but not the café's regular opening hours.",
  },
  {
    q: "who's the special guest at the sunday q&a",
    trap: true,
    why: 'The con guide says the con has not announced who the special guest is.',
  },
  {
    q: 'karaoke location?',
    trap: true,
    why: 'The con guide says the karaoke room is not confirmed and the location is still up in the air.',
  },
  {
    q: 'what time does the con shuttle stop on sunday, need to know for my train',
    trap: true,
    why: "The con guide says the con hasn't said what time the shuttle stops on Sunday.",
  },
  {
    q: 'How much costs a Saturday only ticket if I buy at the door?',
    trap: true,
    why: 'The con guide gives a door price only for the weekend pass, not for the Saturday-only ticket.',
  },
  {
    q: 'when is the next season of skyward drift coming out??',
    trap: true,
    why: 'The con guide only mentions a panel about the show and says nothing about new seasons.',
  },
  {
    q: 'is the 14 bus gonna stop on mill road on saturdays now',
    trap: true,
    why: 'The market notice says the bus company has not answered and it cannot say whether a Mill Road stop will happen.',
  },
  {
    q: "where's the christmas market this year, rec or market square?",
    trap: true,
    why: 'The market notice says the committee has not yet decided where the Christmas market will be held.',
  },
  {
    q: 'will the pavilion loos be open before 9',
    trap: true,
    why: 'The market notice says the council has not confirmed whether the toilets can be opened before 9am.',
  },
  {
    q: 'how many bikes do pauls extra racks hold',
    trap: true,
    why: "The market notice says the permanent racks take about 20 bikes but gives no capacity for Paul Fenwick's temporary racks.",
  },
  {
    q: 'wen does the new health centre on the corn exchange open',
    trap: true,
    why: 'The market notice only says the car park will be fenced off from May for building and gives no opening date for the health centre.',
  },
  {
    q: 'whats the laser gonna cost per minute from january',
    trap: true,
    why: 'The laser rules say the rate after December is not yet known.',
  },
  {
    q: 'who left the honeycomb bed full of scraps in august?',
    trap: true,
    why: "The laser rules say they still don't know who left the bed full of offcuts.",
  },
  {
    q: "when's the replacement compressor from leeds arriving",
    trap: true,
    why: "The laser rules say the supplier hasn't given a delivery date.",
  },
  {
    q: 'how much did we pay for the old 40w cutter back in the day',
    trap: true,
    why: "The laser rules give the new machine's cost and the old cutter's per-minute rate but not what the old cutter cost to buy.",
  },
  {
    q: 'When will the trustees decide about letting under 16s cut at youth club?',
    trap: true,
    why: "The laser rules say the trustees will discuss it at some point but give no date, and it isn't on the October agenda.",
  },
  {
    q: 'r they replacing all 3 boilers this year or what',
    trap: true,
    why: "The tenants' update says nobody has decided whether or when a full boiler replacement will happen.",
  },
  {
    q: 'So what actually made the pump and the heat exchanger both break at the same time?',
    trap: true,
    why: "The tenants' update says the cause of the two failures has not been established.",
  },
  {
    q: 'will harlow vale pay me back for the fan heater i had to buy',
    trap: true,
    why: "The tenants' update says Harlow Vale has not said whether it will reimburse such costs.",
  },
  {
    q: 'how much did the new heat exchanger part cost them, like a grand?',
    trap: true,
    why: "The tenants' update says where the part came from and when it arrived but never gives its price.",
  },
  {
    q: 'how much is rent going up at larkspur house in april',
    trap: true,
    why: "The tenants' update is about the outage and compensation and says nothing about rent increases.",
  },
  {
    q: 'has the county ratifed the medley relay record yet',
    trap: true,
    why: "The gala report says it doesn't yet know whether the county association will ratify the record.",
  },
  {
    q: 'whose navy otters hoodie got handed in',
    trap: true,
    why: "The gala report says they don't know who owns the lost hoodie.",
  },
  {
    q: 'what date is the friendly vs ferrisbridge in may',
    trap: true,
    why: 'The gala report says no date has been set for the possible friendly gala.',
  },
  {
    q: 'How many points did the team that came third get?',
    trap: true,
    why: 'The gala report gives points only for the Otters and Ferrisbridge, not for the third-placed club.',
  },
  {
    q: 'what time does the minibus leave for harrowmere on the sunday, I need to plan my morning',
    trap: true,
    why: 'The gala report says the coach will send the minibus timetable closer to the day.',
  },
  {
    q: 'which game is the final table gonna be',
    trap: true,
    why: 'The boardgame article says the championship game has not been picked yet and will be chosen by a poll in early March.',
  },
  {
    q: 'is that local publisher definitely giving the winner a free copy of their new game?',
    trap: true,
    why: 'The boardgame article says Thornbury Games has not confirmed the bonus prize, so no article says it is definite.',
  },
  {
    q: 'did they decide if the feb 12 game night moves to the thursday or not',
    trap: true,
    why: 'The boardgame article says Priya is still talking to the client and has not decided whether the night moves.',
  },
  {
    q: 'how many ppl have signed up 4 the winter league so far',
    trap: true,
    why: "The boardgame article only gives last fall's 36 players and the new cap of 48, not the current sign-up count.",
  },
  {
    q: 'Could someone explain the basic rules of Carcassonne for a total beginner?',
    trap: true,
    why: 'The boardgame article only lists Carcassonne in the rotation and never explains how to play it.',
  },
  {
    q: 'driftcon special guest?',
    trap: true,
    why: 'The convention guide says the con has not said who the special guest from the show is.',
  },
  {
    q: 'where r we doing karaoke on saturday nite',
    trap: true,
    why: 'The convention guide says the hotel has not confirmed a function room, so the karaoke location is still up in the air.',
  },
  {
    q: 'what time does the free shuttle finish up on the sunday, need to know for my train',
    trap: true,
    why: 'The convention guide says the con has not said when the shuttle stops on Sunday.',
  },
  {
    q: 'How much does it cost to park a car at the Harborline Hotel itself?',
    trap: true,
    why: 'The convention guide only gives prices for the convention center garage and the Quayside Inn lot, not parking at the Harborline.',
  },
  {
    q: 'any news on wen the next season of skyward drift drops??',
    trap: true,
    why: "The convention guide only mentions a fan panel about Skyward Drift and says nothing about a new season's release.",
  },
  {
    q: 'is the number 14 bus gonna stop by the new market site or nah',
    trap: true,
    why: 'The market notice says the bus company has not answered and it cannot say whether a Mill Road stop will happen.',
  },
  {
    q: 'Where will the Christmas market take place this year?',
    trap: true,
    why: 'The market notice says the committee has not decided between the Rec and the Market Square for December.',
  },
  {
    q: 'how much rent does the council charge the market association for using the rec',
    trap: true,
    why: 'The market notice says the council charges more for the Rec but gives no figure.',
  },
  {
    q: 'when is the new health centre on the old car park site going to open',
    trap: true,
    why: 'The market notice only says the car park is fenced off from May for building work and gives no opening date for the health centre.',
  },
  {
    q: 'I heard the pavilion toilets open from 8.30 when the market starts, is that correct?',
    trap: true,
    why: 'The market notice says the council has not confirmed whether the toilets can open before 9am.',
  },
  {
    q: 'whats the laser gonna cost per minute from january onwards',
    trap: true,
    why: 'The hackspace rules say the £0.40 rate is only guaranteed until the end of December and the new rate is not known yet.',
  },
  {
    q: 'who was the person that left scraps in the bed and nearly set it on fire in august',
    trap: true,
    why: 'The hackspace rules say they still do not know who left the offcuts on 23 August.',
  },
  {
    q: "when's the new air compresser meant to arive from leeds?",
    trap: true,
    why: 'The hackspace rules say the supplier has not given a delivery date for the replacement compressor.',
  },
  {
    q: 'How much did the hackspace originally pay to buy the old 40 W desktop laser?',
    trap: true,
    why: "The hackspace rules give the old unit's per-minute rate but never its purchase price.",
  },
  {
    q: 'do i need an induction for the 3d printers at brackenford too',
    trap: true,
    why: 'The hackspace article only covers the laser cutters and says nothing about 3D printers.',
  },
  {
    q: 'r they replacing the boilers this year or not',
    trap: true,
    why: 'The heating update says a full replacement is under review and nobody has decided whether or when it will happen.',
  },
  {
    q: 'Do we know why the pump and the heat exchanger died on the same day?',
    trap: true,
    why: 'The heating update says the cause has not been established and the old pump has been sent away for testing.',
  },
  {
    q: 'will harlow vale refund me for the fan heater i bought if i show the receipt',
    trap: true,
    why: 'The heating update says Harlow Vale has not said whether it will reimburse such costs.',
  },
  {
    q: 'What did the boiler repairs end up costing the housing association overall?',
    trap: true,
    why: 'The heating update names the contractor and the faults but gives no cost for the repairs.',
  },
  {
    q: 'hw much is the monthly rent for a 2 bed at larkspur house',
    trap: true,
    why: 'The heating update is about the outage and compensation and gives no rent figures.',
  },
  {
    q: 'has the girls medley relay record been made official yet',
    trap: true,
    why: 'The swim report says the record is awaiting ratification by the county association and no ruling has been reported.',
  },
  {
    q: 'When is the friendly gala against Ferrisbridge in May?',
    trap: true,
    why: 'The swim report says no date has been set and Graham will only confirm at the April committee meeting whether it goes ahead.',
  },
  {
    q: 'who do the prescription goggles in lost property belong to',
    trap: true,
    why: 'The swim report says the club does not know whose the goggles are.',
  },
  {
    q: 'ferrisbridge medal tally?',
    trap: true,
    why: "The swim report gives Ferrisbridge Dolphins' points total of 301 but not how many medals they won.",
  },
  {
    q: 'was thinking of going for a swim myself, is adult lane swimming at ashcombe baths on tuesday evenings like 8pm?',
    trap: true,
    why: 'The swim report only lists junior squad training times and says nothing about adult lane swimming.',
  },
];

export const TENTH_SIX_SET: readonly ChatQuestion[] = [...TENTH_SIX_ANSWERABLE, ...TENTH_SIX_TRAPS];
