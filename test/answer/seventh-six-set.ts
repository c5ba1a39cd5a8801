/**
 * Chat-style questions about a seventh six articles (./seventh-six/: a chess club's tournament, a barn fire
 * report, a podcast's show notes, a housing co-op's handbook, a volcano explainer, a village show's baking
 * results), written in session 45 as ./sixth-six-set.ts was. Blind in session 45 (read only as totals: 53 of 200
 * at its start, 56 at its end); in the repository so that later sessions keep them (the sets of sessions
 * 40-44 kept outside it were lost with a machine). Two traps both writers wrote are asked once: 198
 * questions (52 right at the start, 55 at the end).
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const SEVENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'who won the overall top prize at the village show',
    file: 'bakery-competition-results.md',
    fragment: 'Best in Show won Bethan Rowe the Hartley Rose Bowl',
    style: 'verbatim-ish',
  },
  {
    q: 'how many entrys were there in the bakeing this yr compared to last',
    file: 'bakery-competition-results.md',
    fragment: 'We had 147 entries across seven classes, up from 118 last year.',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wen is the show next yr n where',
    file: 'bakery-competition-results.md',
    fragment: 'The 63rd show will be on Saturday 16 August 2025, again on Pound Field.',
    style: 'slang',
  },
  {
    q: 'who smashed the vicky sponge class',
    file: 'bakery-competition-results.md',
    fragment: '1st Pam Hollis of Ashcombe, a classic jam-only sponge in 20cm tins.',
    style: 'slang',
  },
  // written as synonym
  {
    q: "Why was Ravi's cake penalised?",
    file: 'bakery-competition-results.md',
    fragment: 'the schedule says jam only, so he was marked down, not out',
    style: 'paraphrase',
  },
  {
    q: 'What got that citrus cake kicked out of the competition?',
    file: 'bakery-competition-results.md',
    fragment: "the baker's name was written in pen on the underside of the plate",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much money was make from selling the cakes?',
    file: 'bakery-competition-results.md',
    fragment: 'The cake sale raised £1,386.40, against £1,112 last year',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'pam topped the leaderboard across every class with about 20, right?',
    file: 'bakery-competition-results.md',
    fragment: 'went to Pam Hollis with 19 points, narrowly ahead of Alison Barr on 17',
    style: 'paraphrase',
  },
  {
    q: "hey all, missed the show this year because of my sister's wedding, gutted. someone in the pub said the head judge is stepping down soon, is that true and when is her last year?",
    file: 'bakery-competition-results.md',
    fragment: 'Margaret has told us 2025 will be her last year as head judge.',
    style: 'long',
  },
  {
    q: 'cost to enter 2025?',
    file: 'bakery-competition-results.md',
    fragment: 'Entry fees go up from 50p to £1 a class',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'Who was the rookie on the judging panel?',
    file: 'bakery-competition-results.md',
    fragment: "Freya Lindqvist, last year's Best in Show winner, judging for the first time",
    style: 'paraphrase',
  },
  {
    q: "was the bakery bloke's missus one of the judges or nah",
    file: 'bakery-competition-results.md',
    fragment: 'she did not judge and had no say in any result',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'who came top in the open',
    file: 'chess-club-tournament.md',
    fragment: 'The winner on 6/7 was Tomasz Wróbel of Ashby Knights',
    style: 'verbatim-ish',
  },
  {
    q: 'how many ppl actualy turned up to play in the end, was it everyone who signed up',
    file: 'chess-club-tournament.md',
    fragment: 'so 38 actually played: 22 in the Open and 16 in the Under-1600',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how come it doesnt count 4 international ratings',
    file: 'chess-club-tournament.md',
    fragment: "we didn't register it with FIDE in time",
    style: 'slang',
  },
  {
    q: 'who pulled off the massive upset vs the top seed lol',
    file: 'chess-club-tournament.md',
    fragment: 'Dennis Okafor, rated 1412, who chose to play up',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Which venue hosted the rapidplay this time?',
    file: 'chess-club-tournament.md',
    fragment: "We were back at St Aidan's Church Hall on Brindle Street",
    style: 'paraphrase',
  },
  {
    q: "How come they didn't go back to the old place from 2023?",
    file: 'chess-club-tournament.md',
    fragment: 'the Corn Exchange is shut until the spring for roof repairs',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'What the young boy who win the lower section did with his prize money?',
    file: 'chess-club-tournament.md',
    fragment: "asked for his £100 to go to the club's junior equipment fund",
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the prize pot around 500 quid?',
    file: 'chess-club-tournament.md',
    fragment: 'The prize fund was £620, made up of entry fees',
    style: 'paraphrase',
  },
  {
    q: 'hi jo, great write up. my lad was asking about the round 6 game between ellis and bernard, someone said it went on forever, how many moves was it in the end?',
    file: 'chess-club-tournament.md',
    fragment: 'a 94-move marathon that was the last game to finish on Sunday',
    style: 'long',
  },
  {
    q: 'venue rental price?',
    file: 'chess-club-tournament.md',
    fragment: 'Hall hire came to £180 for the weekend',
    style: 'fragment',
  },
  {
    q: 'Who was the person making the official decisions over the weekend?',
    file: 'chess-club-tournament.md',
    fragment: 'Our chief arbiter was Margaret Hollis from the county association',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen n where is the next speed chess thing',
    file: 'chess-club-tournament.md',
    fragment: 'Lightning Blitz on Saturday 23 November, in the function room of the Railway Tavern',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'what time did someone first ring the fire brigade',
    file: 'fire-brigade-incident.txt',
    fragment: 'The first 999 call came in at 2:47am on Tuesday 4 March.',
    style: 'verbatim-ish',
  },
  {
    q: 'how long did it take the frist engine to get ther',
    file: 'fire-brigade-incident.txt',
    fragment: 'was on scene at 3:01am, fourteen minutes after the call',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how many ppl from the brigade were out there at the peak',
    file: 'fire-brigade-incident.txt',
    fragment: 'In all, 27 firefighters attended at the height of the incident.',
    style: 'slang',
  },
  {
    q: 'where were they even getting h2o from lol, no hydrants out there',
    file: 'fire-brigade-incident.txt',
    fragment: 'crews pumped water from a farm pond about 300 metres from the barn',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Who led the operation on the ground?',
    file: 'fire-brigade-incident.txt',
    fragment: 'Station Officer Ruth Keddle of Stenby, who was incident commander throughout',
    style: 'paraphrase',
  },
  {
    q: 'what happened to the sheep next door to the barn',
    file: 'fire-brigade-incident.txt',
    fragment: 'were moved to a field on the far side of the farmyard',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much money the farmer is thinking the building damage cost?',
    file: 'fire-brigade-incident.txt',
    fragment: 'estimated the damage at about £180,000 for the building',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the road shut till like 2pm?',
    file: 'fire-brigade-incident.txt',
    fragment: 'from 3:15am until 4:20pm on Tuesday',
    style: 'paraphrase',
  },
  {
    q: 'my cousin is a retained firefighter up that way and she says one of the crew got hurt that night, she didnt know who. anyone know what happened to them and are they ok?',
    file: 'fire-brigade-incident.txt',
    fragment: 'was treated at the scene by paramedics for heat exhaustion',
    style: 'long',
  },
  {
    q: 'january shed blaze origin?',
    file: 'fire-brigade-incident.txt',
    fragment: 'was found to be an electrical fault in a battery charger',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'At what temperature the farmer must to start watch the hay carefully?',
    file: 'fire-brigade-incident.txt',
    fragment: 'any stack that reaches 55 degrees Celsius should be watched closely',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'do the police reckon somebody started it deliberately',
    file: 'fire-brigade-incident.txt',
    fragment: 'Police said they were not treating the fire as suspicious',
    style: 'verbatim-ish',
  },
  // written as lowercase
  {
    q: 'whats the rent on a 2 bed',
    file: 'housing-coop-handbook.md',
    fragment: '£748 for a two-bedroom flat',
    style: 'verbatim-ish',
  },
  {
    q: 'why has the servis fee gone upp this yeer',
    file: 'housing-coop-handbook.md',
    fragment: "because the insurer raised our premium by 11% after last winter's roof claim",
    style: 'typo',
  },
  // written as phone
  {
    q: 'wat happens if ur late w rent',
    file: 'housing-coop-handbook.md',
    fragment: 'If you are more than 14 days late the treasurer will get in touch',
    style: 'slang',
  },
  {
    q: 'do i get my quid share back when i dip out',
    file: 'housing-coop-handbook.md',
    fragment: 'The £1 share is not refunded.',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'If my heating packs in during winter, how quickly will someone come?',
    file: 'housing-coop-handbook.md',
    fragment: "unsafe electrics, a front door that won't lock): attended within 24 hours",
    style: 'paraphrase',
  },
  {
    q: "what's the minimum number of people needed for a meeting to be valid",
    file: 'housing-coop-handbook.md',
    fragment: 'We currently have 52 members living in 38 homes, so quorum is 15.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How long time each person have to volunteer in the housing?',
    file: 'housing-coop-handbook.md',
    fragment: 'Every adult member gives 6 hours a month to the co-op',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'can we only have like 5 pups in total?',
    file: 'housing-coop-handbook.md',
    fragment: 'there is currently a cap of four dogs across the whole co-op',
    style: 'paraphrase',
  },
  {
    q: "hey, so my mate wants to stay with me for a few months while she's between jobs, she'd chip in on the rent. is that allowed and how long can she stay?",
    file: 'housing-coop-handbook.md',
    fragment: 'You can take a lodger for up to 6 months with committee approval',
    style: 'long',
  },
  {
    q: 'renting out on airbnb?',
    file: 'housing-coop-handbook.md',
    fragment: 'Holiday lets (Airbnb and the like) are banned outright',
    style: 'fragment',
  },
  {
    q: 'which cometee person shoud i talk to if im behind with paymnets',
    file: 'housing-coop-handbook.md',
    fragment: 'Treasurer: Hannah Achebe (rent, arrears, deposits)',
    style: 'typo',
  },
  // written as guess
  {
    q: "rhys at no 9 can book the plumber for us right? he's on the committee isn't he",
    file: 'housing-coop-handbook.md',
    fragment: 'He is not on the committee and cannot book or authorise a contractor',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: "where was lorraines old company's office",
    file: 'podcast-episode-notes.md',
    fragment: 'two rooms above a carpet shop on Leman Street in Harwick',
    style: 'verbatim-ish',
  },
  {
    q: 'how much did tunnle rats cost on relese',
    file: 'podcast-episode-notes.md',
    fragment: 'Tunnel Rats came out in November 1986 at £7.95',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how do u get the secret lvl',
    file: 'podcast-episode-notes.md',
    fragment: 'Type RATTUS on the high score table and you get a bonus stage',
    style: 'slang',
  },
  {
    q: "what killed off lorraine's old studio",
    file: 'podcast-episode-notes.md',
    fragment: 'after its distributor went bust owing the company around £18,000',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What was the game originally called?',
    file: 'podcast-episode-notes.md',
    fragment: "the game's working title was Sewer Patrol",
    style: 'paraphrase',
  },
  {
    q: 'what was the reason the box art was so basic colour-wise',
    file: 'podcast-episode-notes.md',
    fragment: 'four-colour printing would have cost an extra 6p per copy',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much people buyed the original Tunnel Rats before the cheap version?',
    file: 'podcast-episode-notes.md',
    fragment: 'sold, by her reckoning, around 23,000 copies at full price',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the sinclair mag rate it 9 outta 10?',
    file: 'podcast-episode-notes.md',
    fragment: 'Sinclair Scene gave it 8 out of 10',
    style: 'paraphrase',
  },
  {
    q: 'just finished listening on my commute, loved it. lorraine mentioned she left before the company shut down but i didnt catch when, does anyone know when she actually left?',
    file: 'podcast-episode-notes.md',
    fragment: 'Lorraine had already left by then, in the summer of 1989.',
    style: 'long',
  },
  {
    q: 'lorraine starting salary?',
    file: 'podcast-episode-notes.md',
    fragment: 'Lorraine joined at 19 as a junior programmer on £4,200 a year',
    style: 'fragment',
  },
  {
    q: 'next ep release date?',
    file: 'podcast-episode-notes.md',
    fragment: 'Episode 48 is out on Thursday 20 February',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how tall is teraki',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'It rises 1,874 metres above sea level',
    style: 'verbatim-ish',
  },
  {
    q: 'how many poeple got evacuted',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Around 1,150 people left their homes.',
    style: 'typo',
  },
  // written as phone
  {
    q: 'r ppl still staying in their houses or did every1 go',
    file: 'volcano-eruption-explainer.txt',
    fragment: '23 people, mostly farmers with livestock, have refused to leave',
    style: 'slang',
  },
  {
    q: 'how wrecked is the village, how many houses are gone',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Seventeen houses and a church have been destroyed',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What sort of mountain is it, geologically?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Teraki is a shield volcano, the same broad, gently sloping type',
    style: 'paraphrase',
  },
  {
    q: 'why has it not blown up like other eruptions',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Shield volcanoes erupt runny basalt lava rather than the sticky, gas-rich magma',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How many flights was cancel because the ash in total?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'The figure of 58 cancellations that has been widely reported covers both episodes together.',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the airport close for like 2 days?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Port Halden airport shut for 31 hours',
    style: 'paraphrase',
  },
  {
    q: "my nan in the main town has a bad chest and she's been fretting since she saw the news about the fumes. what should she be doing?",
    file: 'volcano-eruption-explainer.txt',
    fragment: 'to stay indoors whenever the wind blows from the north',
    style: 'long',
  },
  {
    q: 'current alert level?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'It stands at orange, the third of four levels',
    style: 'fragment',
  },
  {
    q: "been glued to the livestream all week, it's mad. someone in general chat said the lava made it all the way down to the coast, is that right and when did that happen?",
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Lava reached the sea at Kupe Bay on the evening of 22 February',
    style: 'long',
  },
  {
    q: "show's top bake?",
    file: 'bakery-competition-results.md',
    fragment: '1st Bethan Rowe, a three-tier cake iced as the Ashcombe church tower',
    style: 'fragment',
  },
  {
    q: 'what did whoever won the whole show actually take home, like a trophy or cash',
    file: 'bakery-competition-results.md',
    fragment: 'Best in Show won Bethan Rowe the Hartley Rose Bowl and £50',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was it like a hundred bakes entered this time round?',
    file: 'bakery-competition-results.md',
    fragment: 'We had 147 entries across seven classes, up from 118 last year',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'who was in charge of the judging panel',
    file: 'bakery-competition-results.md',
    fragment: 'Margaret Oduya, retired home economics teacher, head judge for the ninth year running',
    style: 'verbatim-ish',
  },
  {
    q: 'why did somone get kicked out of the lemmon cake contest',
    file: 'bakery-competition-results.md',
    fragment: "because the baker's name was written in pen on the underside of the plate",
    style: 'typo',
  },
  // written as phone
  {
    q: 'how much did u guys make from sellin cake slices after',
    file: 'bakery-competition-results.md',
    fragment: 'The cake sale raised £1,386.40, against £1,112 last year',
    style: 'slang',
  },
  {
    q: "where's all the dosh from the cake stall ending up",
    file: 'bakery-competition-results.md',
    fragment: 'all of it goes to the Ashcombe village hall roof fund',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'who scooped the cup for the highest total score across every category',
    file: 'bakery-competition-results.md',
    fragment: 'went to Pam Hollis with 19 points, narrowly ahead of Alison Barr',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'when is happening the next show, which date it will be?',
    file: 'bakery-competition-results.md',
    fragment: 'The 63rd show will be on Saturday 16 August 2025',
    style: 'paraphrase',
  },
  {
    q: "hi everyone, new here! my nan has been entering her scones at the ashcombe show for years and now she's grumbling that it'll cost her more to enter next summer. is that actually true, and if so what's it going to be per class?",
    file: 'bakery-competition-results.md',
    fragment: 'Entry fees go up from 50p to £1 a class',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'why might the gluten free section get dropped',
    file: 'bakery-competition-results.md',
    fragment: "because our sponsor, Pennyfield Mill, hasn't yet confirmed it will fund the prize money",
    style: 'verbatim-ish',
  },
  {
    q: "did the bakery bloke's missus have any say in picking winners or nah",
    file: 'bakery-competition-results.md',
    fragment: 'but she did not judge and had no say in any result',
    style: 'slang',
  },
  {
    q: 'who ended up taking first in the main section',
    file: 'chess-club-tournament.md',
    fragment: 'The winner on 6/7 was Tomasz Wróbel of Ashby Knights',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was it like 40 players in the end?',
    file: 'chess-club-tournament.md',
    fragment: 'so 38 actually played: 22 in the Open and 16 in the Under-1600',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where did they hold the rapidplay this year',
    file: 'chess-club-tournament.md',
    fragment: "We were back at St Aidan's Church Hall on Brindle Street",
    style: 'verbatim-ish',
  },
  {
    q: 'why didnt it count for internatonal ratings',
    file: 'chess-club-tournament.md',
    fragment: "because we didn't register it with FIDE in time",
    style: 'typo',
  },
  {
    q: 'who pulled off the giant killing vs the top seed lol',
    file: 'chess-club-tournament.md',
    fragment: 'Dennis Okafor, rated 1412, who chose to play up in the Open',
    style: 'slang',
  },
  // written as phone
  {
    q: 'wat was the time control 4 the rapidplay pls',
    file: 'chess-club-tournament.md',
    fragment: 'at 15 minutes plus a 10-second increment per move',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the total pot of prize cash',
    file: 'chess-club-tournament.md',
    fragment: 'The prize fund was £620, made up of entry fees',
    style: 'paraphrase',
  },
  {
    q: 'tournament sponsor name?',
    file: 'chess-club-tournament.md',
    fragment: 'plus £150 of sponsorship from Dunmore & Platt Solicitors',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'who is winning the lower section, the one for under 1600 players?',
    file: 'chess-club-tournament.md',
    fragment: 'Thirteen-year-old Ellis Fairclough (1488) won the Under-1600 on 6/7',
    style: 'paraphrase',
  },
  {
    q: 'chief ref?',
    file: 'chess-club-tournament.md',
    fragment: 'Our chief arbiter was Margaret Hollis from the county association',
    style: 'fragment',
  },
  {
    q: 'my lad plays in the juniors at another club and he heard the kid who won the lower section gave away his winnings or something?? what actually happened with that money, just curious',
    file: 'chess-club-tournament.md',
    fragment: "Ellis's family asked for his £100 to go to the club's junior equipment fund",
    style: 'long',
  },
  {
    q: "my mate said someone came from miles and miles away just to play in this thing on the saturday, who was it and where'd they come from?",
    file: 'chess-club-tournament.md',
    fragment: 'Priya Ramanathan, who drove about 140 miles from Carlisle',
    style: 'long',
  },
  {
    q: 'what time did somebody first ring it in',
    file: 'fire-brigade-incident.txt',
    fragment: 'The first 999 call came in at 2:47am on Tuesday 4 March',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the first engine get there in like 10 mins?',
    file: 'fire-brigade-incident.txt',
    fragment: 'was on scene at 3:01am, fourteen minutes after the call',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many ppl from the fire service turned up',
    file: 'fire-brigade-incident.txt',
    fragment: 'In all, 27 firefighters attended at the height of the incident',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'what did they use to put it out since theres no mains supply nearby',
    file: 'fire-brigade-incident.txt',
    fragment: 'crews pumped water from a farm pond about 300 metres from the barn',
    style: 'verbatim-ish',
  },
  {
    q: 'who was the big boss on the night',
    file: 'fire-brigade-incident.txt',
    fragment: 'Station Officer Ruth Keddle of Stenby, who was incident commander throughout',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'how many pregnant sheep did they have to relocate',
    file: 'fire-brigade-incident.txt',
    fragment: 'Some 140 in-lamb ewes housed in the neighbouring shed',
    style: 'paraphrase',
  },
  {
    q: 'was anyone injurd, i herd a firefighter got hurt',
    file: 'fire-brigade-incident.txt',
    fragment: 'was treated at the scene by paramedics for heat exhaustion',
    style: 'typo',
  },
  {
    q: 'so my cousin lives out near stenby and reckons the farmer lost an absolute fortune in that barn fire last week. does anyone know roughly what the whole thing came to, the shed itself plus the feed?',
    file: 'fire-brigade-incident.txt',
    fragment: 'about £180,000 for the building and a further £45,000 for the hay',
    style: 'long',
  },
  // written as learner
  {
    q: 'how long they shut the street for that day?',
    file: 'fire-brigade-incident.txt',
    fragment: 'from 3:15am until 4:20pm on Tuesday',
    style: 'paraphrase',
  },
  {
    q: "barn owner's name?",
    file: 'fire-brigade-incident.txt',
    fragment: 'Farmer Alan Brereton, 58, whose family has farmed at Holloway since 1962',
    style: 'fragment',
  },
  {
    q: 'how much extra time did the scool bus take becuase of the road closur',
    file: 'fire-brigade-incident.txt',
    fragment: 'which parents said added about 15 minutes to the journey',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'how far apart should fodder be stored from equipment',
    file: 'fire-brigade-incident.txt',
    fragment: 'ideally with a gap of at least ten metres',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much is rent 4 a 1 bed rn',
    file: 'housing-coop-handbook.md',
    fragment: 'it is £612 a month for a one-bedroom flat',
    style: 'slang',
  },
  {
    q: 'whats the reason the monthly fees for cleaning and stuff got more expensive',
    file: 'housing-coop-handbook.md',
    fragment: "because the insurer raised our premium by 11% after last winter's roof claim",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how much money I must pay when I am joining first time?',
    file: 'housing-coop-handbook.md',
    fragment: "New members pay a deposit of one month's rent plus a £1 share",
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how long til i see my money again after i move out',
    file: 'housing-coop-handbook.md',
    fragment: 'comes back within 30 days of the keys being returned',
    style: 'verbatim-ish',
  },
  {
    q: 'hi all, thinking about putting my name down for a place next year, one thing that worries me with old buildings is the heating. if it packs in during the winter how quick does somebody actually come round?',
    file: 'housing-coop-handbook.md',
    fragment: "a front door that won't lock): attended within 24 hours",
    style: 'long',
  },
  {
    q: 'can i just bell the plumber direct or nah',
    file: 'housing-coop-handbook.md',
    fragment: 'is charged back to that member (minimum £85)',
    style: 'slang',
  },
  {
    q: 'how many people need to show up for a meeting to count',
    file: 'housing-coop-handbook.md',
    fragment: 'We currently have 52 members living in 38 homes, so quorum is 15',
    style: 'paraphrase',
  },
  {
    q: 'can i still get a say if i cant atend the meting',
    file: 'housing-coop-handbook.md',
    fragment: 'if you hand the secretary a signed form at least 48 hours before',
    style: 'typo',
  },
  // written as guess
  {
    q: 'is it like 10 hrs a month volunteering we have to do?',
    file: 'housing-coop-handbook.md',
    fragment: 'Every adult member gives 6 hours a month to the co-op',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'is allowed to keep a puppy in my flat?',
    file: 'housing-coop-handbook.md',
    fragment: 'there is currently a cap of four dogs across the whole co-op',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'y cant ppl above the store have cats',
    file: 'housing-coop-handbook.md',
    fragment: "because the shop's freeholder, Harcastle Estates, forbids them in the lease",
    style: 'slang',
  },
  {
    q: 'short term rentals ok?',
    file: 'housing-coop-handbook.md',
    fragment: 'Holiday lets (Airbnb and the like) are banned outright',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'that old spectrum studio was based in wexley right?',
    file: 'podcast-episode-notes.md',
    fragment: 'two rooms above a carpet shop on Leman Street in Harwick',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what year did that tunnel game first hit shelves and what did it cost',
    file: 'podcast-episode-notes.md',
    fragment: 'Tunnel Rats came out in November 1986 at £7.95',
    style: 'verbatim-ish',
  },
  {
    q: 'how many units did the rats game shift back in the day',
    file: 'podcast-episode-notes.md',
    fragment: 'sold, by her reckoning, around 23,000 copies at full price',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how long did u have 2 wait 4 the game 2 load up on cassette',
    file: 'podcast-episode-notes.md',
    fragment: 'took around 4 minutes 20 seconds to load from tape',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the game called before launch',
    file: 'podcast-episode-notes.md',
    fragment: "the game's working title was Sewer Patrol",
    style: 'paraphrase',
  },
  {
    q: 'what made them change the title originally',
    file: 'podcast-episode-notes.md',
    fragment: 'after the sales manager decided the name "sounded like a plumbing firm"',
    style: 'paraphrase',
  },
  {
    q: 'why did lorraines old compnay shut down in the end',
    file: 'podcast-episode-notes.md',
    fragment: 'after its distributor went bust owing the company around £18,000',
    style: 'typo',
  },
  // written as learner
  {
    q: 'how I can open the secret stage in this game?',
    file: 'podcast-episode-notes.md',
    fragment: 'Type RATTUS on the high score table and you get a bonus stage',
    style: 'paraphrase',
  },
  {
    q: 'random q but i collect spectrum stuff and have always wondered why the box art insert on that rats game was only in two colours. did they ever say why on the show?',
    file: 'podcast-episode-notes.md',
    fragment: 'four-colour printing would have cost an extra 6p per copy',
    style: 'long',
  },
  {
    q: 'shop promo code?',
    file: 'podcast-episode-notes.md',
    fragment: 'Use code SAVEPOINT10 for 10% off anything except consoles',
    style: 'fragment',
  },
  // written as synonym
  {
    q: "what was the guest's beginning wage",
    file: 'podcast-episode-notes.md',
    fragment: 'joined at 19 as a junior programmer on £4,200 a year',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did about 2000 people have to leave?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Around 1,150 people left their homes',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how high is teraki',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'It rises 1,874 metres above sea level',
    style: 'verbatim-ish',
  },
  {
    q: 'anybody get hurt or what',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'One man was treated for burns after trying to drive across',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how many houses r gone',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Seventeen houses and a church have been destroyed',
    style: 'slang',
  },
  {
    q: "I keep seeing 58 flights cancelled in the news, my sister was meant to fly out of port halden that week and I'm trying to work out if that was all in one go or what. anyone know?",
    file: 'volcano-eruption-explainer.txt',
    fragment: 'The figure of 58 cancellations that has been widely reported covers both episodes together',
    style: 'long',
  },
  {
    q: 'how long were planes groundd becuse of the ash',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'and Port Halden airport shut for 31 hours',
    style: 'typo',
  },
  {
    q: 'volcano category?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'Teraki is a shield volcano, the same broad, gently sloping type',
    style: 'fragment',
  },
  {
    q: 'how come this one is just oozing instead of blowing its top',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'erupt runny basalt lava rather than the sticky, gas-rich magma',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'what my grandma with breathing problem must do about the gas?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'to stay indoors whenever the wind blows from the north',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'which previous outbreak is the nearest match to this one',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'The 1989 eruption, which lasted 71 days, is the closest comparison',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the summit sink like a metre or something?',
    file: 'volcano-eruption-explainer.txt',
    fragment: 'show the summit has sunk by 14 centimetres',
    style: 'paraphrase',
  },
];

export const SEVENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'how many slices of cake got sold altogether',
    trap: true,
    why: 'The bakery article says they did not count how many slices were sold.',
  },
  {
    q: "hi all, lovely write up. i heard margaret is retiring as head judge after next year, does anyone know who's taking over from her?",
    trap: true,
    why: "The bakery article says Margaret's replacement has not been decided.",
  },
  {
    q: "who was the lemon drizzle person who got DQ'd lol",
    trap: true,
    why: 'The bakery article says the committee is not naming the disqualified entrant.',
  },
  {
    q: 'wat was the top raffle prize',
    trap: true,
    why: 'The bakery article only gives the raffle total of £412, not what the prizes were.',
  },
  {
    q: 'Could someone share a good recipe for a jam-only Victoria sponge in 20cm tins?',
    trap: true,
    why: 'The bakery article reports results and contains no recipes.',
  },
  {
    q: 'how many juniors played in the end',
    trap: true,
    why: 'The chess article says the number of juniors is not yet known because the entry form did not ask for dates of birth.',
  },
  {
    q: 'Whats the entry fee for the lightning blitz?',
    trap: true,
    why: 'The chess article says the blitz entry fee has not been decided and will be set on 29 October.',
  },
  {
    q: 'when r the ECF ratings being updated, want 2 see my new grade',
    trap: true,
    why: 'The chess article says the organiser cannot say when the ECF will publish the updated ratings.',
  },
  {
    q: "gareth's FIDE rating is about 2300 isn't it?",
    trap: true,
    why: "The chess article gives only Gareth's ECF rapid rating of 2261, not a FIDE rating.",
  },
  {
    q: 'In rapid chess, do you lose straight away if you make an illegal move?',
    trap: true,
    why: 'The chess article mentions one upheld illegal move claim but does not explain the general rule.',
  },
  {
    q: '999 caller name?',
    trap: true,
    why: "The fire article says the brigade has not released the caller's name.",
  },
  {
    q: 'how many litres of water did they use in total',
    trap: true,
    why: "The fire article says the brigade could not say how much water was used in total; 9,000 litres is only the carrier's capacity.",
  },
  {
    q: 'The farmer barn was having insurance or not?',
    trap: true,
    why: 'The fire article says Mr Brereton did not say whether the barn was insured.',
  },
  {
    q: 'so what actualy caused the fire in the end?',
    trap: true,
    why: 'The fire article says the cause of the Holloway Farm fire is not yet known.',
  },
  {
    q: 'how much does it cost to hire a telehandler for a day',
    trap: true,
    why: 'The fire article mentions a borrowed telehandler but nothing about hire prices.',
  },
  {
    q: 'what proof do u need to get reduced work hours',
    trap: true,
    why: 'The handbook says the committee has not yet agreed how much evidence it will ask for.',
  },
  {
    q: 'can my lodger do my work hours for me',
    trap: true,
    why: "The handbook says whether a lodger can do work hours on a member's behalf has not been decided.",
  },
  {
    q: 'lift is getting replaced this summer right?',
    trap: true,
    why: 'The handbook says the date of the lift replacement has not been fixed.',
  },
  {
    q: "whats dev sandhu's number, my tap's dripping",
    trap: true,
    why: 'The handbook names the plumber but gives no phone number for him.',
  },
  {
    q: 'What interest rate does the Fenwick Building Society pay on savings?',
    trap: true,
    why: 'The handbook only says deposits are held at the Fenwick Building Society and gives no interest rates.',
  },
  {
    q: 'who did the cover art for tunnel rats',
    trap: true,
    why: "The podcast notes say nobody could recall the Bristol artist's name.",
  },
  {
    q: 'c64 port sales?',
    trap: true,
    why: 'The podcast notes say Lorraine has no idea how many copies of the Commodore 64 port sold.',
  },
  {
    q: 'wen is the spectrum next remaster coming out',
    trap: true,
    why: 'The podcast notes say no release date for the remaster has been confirmed.',
  },
  {
    q: 'whos the guest on episode 48',
    trap: true,
    why: 'The podcast notes say the guest for episode 48 is not confirmed yet.',
  },
  {
    q: 'is elden ring worth picking up in 2025',
    trap: true,
    why: "The podcast notes only mention Kev's Elden Ring weekend and give no opinion on the game.",
  },
  {
    q: 'eruption end date?',
    trap: true,
    why: 'The volcano article quotes the observatory saying it cannot give an end date.',
  },
  {
    q: 'when can pahiri ppl go back home',
    trap: true,
    why: 'The volcano article says the government has not said when, or whether, Pahiri residents can return.',
  },
  {
    q: 'How much money the damage is costing until now?',
    trap: true,
    why: 'The volcano article says the cost of the damage has not been estimated.',
  },
  {
    q: 'how far did the lava go in the 1931 eruption',
    trap: true,
    why: 'The volcano article says 1931 lava buried Pahiri but gives a flow length only for 1989.',
  },
  {
    q: 'best time of year to see the volcanoes in Hawaii?',
    trap: true,
    why: 'The volcano article only compares Teraki to Hawaiian volcanoes and has no travel advice.',
  },
  {
    q: 'whos replacing margaret as head judge after next year',
    trap: true,
    why: "The article says Margaret's replacement as head judge has not been decided.",
  },
  {
    q: 'how many ppl actually made it into the baking tent?',
    trap: true,
    why: 'The article gives only the 1,240 gate total and says nobody knows how many went into the baking tent.',
  },
  {
    q: 'who was the person whose lemon drizzle got disqualified',
    trap: true,
    why: 'The committee explicitly declines to name the disqualified entrant.',
  },
  {
    q: 'the raffle last year made about 300 quid right?',
    trap: true,
    why: "Only this year's raffle figure (£412) is given; last year's raffle total is not mentioned.",
  },
  {
    q: 'wat time does ashworths bakery in tenbury cross open',
    trap: true,
    why: "Ashworth's Bakery is mentioned only as a judge's business; its opening hours appear nowhere.",
  },
  {
    q: 'how many kids played in the rapidplay',
    trap: true,
    why: 'The secretary says she does not yet have the number of juniors because the entry form did not ask for dates of birth.',
  },
  {
    q: 'hey, first tournament for me and I think I did alright, anyone know when the ECF actually publishes the updated rapid ratings so I can see my new number?',
    trap: true,
    why: 'The report says it cannot say when the ECF will publish the updated ratings.',
  },
  {
    q: 'how much is it to enter the blitz in november',
    trap: true,
    why: 'The Lightning Blitz entry fee has not been decided yet; the committee sets it on 29 October.',
  },
  {
    q: "whats priya's rating, she sounds like a beast",
    trap: true,
    why: 'Ratings are given for several players but never for Priya Ramanathan.',
  },
  {
    q: 'does the railway tavern do food on blitz night',
    trap: true,
    why: 'The Railway Tavern is only named as the blitz venue; nothing is said about food.',
  },
  {
    q: 'wat started the fire at the farm, was it the hay',
    trap: true,
    why: 'The cause of the fire is stated to be not yet known.',
  },
  {
    q: 'my neighbour swears she knows the person who spotted the flames and rang 999 on the other side of the valley, does anyone know their name?',
    trap: true,
    why: "The brigade has not released the caller's name.",
  },
  {
    q: 'was it like 50,000 litres of water they used altogether?',
    trap: true,
    why: "The brigade could not say how much water was used in total; only the carrier's 9,000-litre capacity is given.",
  },
  {
    q: 'was the barn insurd?',
    trap: true,
    why: 'The article says the farmer did not say whether the barn was insured.',
  },
  {
    q: "when's training night at marlow cross station",
    trap: true,
    why: "Only Stenby's Thursday training night is mentioned; nothing is said about Marlow Cross.",
  },
  {
    q: 'what documentation is required to qualify for fewer volunteer hours',
    trap: true,
    why: 'The handbook says the committee has not yet agreed how much evidence it will ask for.',
  },
  {
    q: 'when r they replacing the lift',
    trap: true,
    why: 'The handbook says the date of the lift replacement has not been fixed.',
  },
  {
    q: 'how much is costing the rent for flat with three bedroom?',
    trap: true,
    why: "Rents are given only for one- and two-bedroom flats and the Cutler's Lane houses, not three-bedroom flats.",
  },
  {
    q: 'does fenwick building society have a branch in town',
    trap: true,
    why: 'The Fenwick Building Society is only named as where deposits are held; no branch information is given.',
  },
  {
    q: 'who did the cover painting for tunnel rats',
    trap: true,
    why: 'Nobody, including Lorraine, could recall the name of the Bristol artist who painted the cover.',
  },
  {
    q: 'c64 version sales?',
    trap: true,
    why: 'Lorraine says she has no idea how many copies of the Commodore 64 port sold.',
  },
  {
    q: 'when is the spectrum next remaster coming out',
    trap: true,
    why: 'No release date for the Spectrum Next version has been confirmed.',
  },
  {
    q: 'how much r tickets for the live recording',
    trap: true,
    why: 'The ticket price for the live recording has not been decided.',
  },
  {
    q: "is lorraine's code club at the library open to grown ups too",
    trap: true,
    why: 'The notes only say Lorraine runs the Tuesday Code Club at Harwick library, with nothing about who may attend.',
  },
  {
    q: 'how much has the damige cost so far, any estimat?',
    trap: true,
    why: 'The article says the cost of the damage has not been estimated.',
  },
  {
    q: 'are the folks from pahiri allowed to go back yet, and if not when',
    trap: true,
    why: 'The government has not said when, or whether, Pahiri residents can return home.',
  },
  {
    q: 'how many people live in oromai',
    trap: true,
    why: "Only Pahiri's population (640) is given; Oromai's population is not stated.",
  },
  {
    q: 'is air ahuroa giving refunds for the cancelled flights',
    trap: true,
    why: "The article counts Air Ahuroa's cancellations but says nothing about refunds.",
  },
];

export const SEVENTH_SIX_SET: readonly ChatQuestion[] = [...SEVENTH_SIX_ANSWERABLE, ...SEVENTH_SIX_TRAPS];
