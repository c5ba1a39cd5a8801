/**
 * Chat-style questions about a fourteenth six articles (./fourteenth-six/: a church bell-ringing band's annual
 * outing report, a residents' association's summary of a bus route consultation, a community orchard's harvest
 * and pressing day report, an amateur esports club's season recap, a pub quiz league's end-of-season results,
 * a wildlife rescue centre's open day newsletter), written in session 52 by two helpers who saw only the
 * articles (the second set in a newcomer's vaguer words), as ./thirteenth-six-set.ts was. Blind in session 52
 * (read only as totals: 39 and 25 of 100 at its start, 41 and 25 at its end); in the repository so
 * that later sessions keep them, dev from session 53. Styles the scorer does not know are mapped (phone ->
 * slang; lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const FOURTEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'how many of us went on the trip in the end',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Nineteen ringers came along in total',
    style: 'verbatim-ish',
  },
  {
    q: 'how much was the minbus rentel for the day?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'hired from Cross Keys Coaches at £165 for the day',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wat did it cost per person on the bus pls',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'that worked out at £14.50 each',
    style: 'slang',
  },
  {
    q: 'who was the legend that sorted the whole day out?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Our Tower Captain, Alan Rudge, planned the route',
    style: 'slang',
  },
  {
    q: 'What made Alan go for that particular valley when picking churches?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'because several of us had never rung there',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was peter the eldest one there, like mid 80s?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Peter Walsingham who at 81 was our oldest ringer',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Why did we contribute more than the recommended amount at Fellbrook?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'we put in £20 because we had rung for a full hour',
    style: 'paraphrase',
  },
  {
    q: 'pub lunch price?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'The set two-course lunch was £18.95 per head',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'How many stair there is for go up at the little five bell tower?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'very tight spiral staircase of 41 steps',
    style: 'paraphrase',
  },
  {
    q: "hey everyone, only just got round to reading Hilary's write-up, sounds like a great day and sorry I missed it. I might be free for the Crowley Bassett wedding they asked us about, what date is that again?",
    file: 'bell-ringers-outing-report.txt',
    fragment: 'come back to ring for a wedding on 3 May next year',
    style: 'long',
  },
  {
    q: "Morning all, lovely to see so many photos from Saturday. Just wondering, after the leftover money went in, what's the bell fund sitting at now? Thinking about whether we can afford new ropes.",
    file: 'bell-ringers-outing-report.txt',
    fragment: 'the tower fund, which now stands at £1,212',
    style: 'long',
  },
  {
    q: 'van driver name?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'to Sue Marriner for driving the minibus',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'how many ppl ride the 12a each day now?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'fallen to an average of 180 journeys a day',
    style: 'slang',
  },
  // written as guess
  {
    q: 'wasnt the 12a doing about 400 trips a day before covid?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'down from around 310 before 2020',
    style: 'paraphrase',
  },
  {
    q: 'so how often is the 12 gonna come if this goes thru',
    file: 'bus-route-consultation-response.txt',
    fragment: 'would drop from every 15 minutes to every 20 minutes',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What yearly cost reduction does Redvale expect from the whole plan?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'the package saves about £410,000 a year',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many folks answered our questionnaire',
    file: 'bus-route-consultation-response.txt',
    fragment: 'Thank you to the 236 of you who filled in the survey',
    style: 'verbatim-ish',
  },
  {
    q: 'how many peple showed up to the meetng at the methodist hall?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'on Tuesday 22 October at 7pm, which 94 people attended',
    style: 'typo',
  },
  {
    q: 'bus company rep name?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'their network planner, Daniel Forde, to answer questions',
    style: 'fragment',
  },
  {
    q: "How far is it really on foot from Linden Rise to the closest stop that's left?",
    file: 'bus-route-consultation-response.txt',
    fragment: 'our members measured it at 620 metres by the walking route',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Why the members is measure a longer distance than the bus company say?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'the shorter path through Kestrel Gardens has no lighting',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much is council have for pay the bus companies, it is already all spent?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'already fully allocated at £2.3 million',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "When will the bus operator's directors reach their verdict?",
    file: 'bus-route-consultation-response.txt',
    fragment: 'its board will make a final decision at its meeting on 17 December',
    style: 'paraphrase',
  },
  {
    q: "Sorry if this has been covered already, I only skimmed the summary Helen sent round. My mum relies on the 12A for her doctor visits so I'm trying to work out timings. Once it gets approved, how long does the paperwork with the regulator take at the least?",
    file: 'bus-route-consultation-response.txt',
    fragment: 'which takes a minimum of 70 days',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how many helpers turned up for the picking on saturday',
    file: 'community-orchard-harvest-report.md',
    fragment: 'We had 31 volunteers signed in on the clipboard at the gate',
    style: 'verbatim-ish',
  },
  {
    q: 'who was the littlest kiddo out there lol',
    file: 'community-orchard-harvest-report.md',
    fragment: 'Our youngest picker was Alfie Dunmore, aged 4',
    style: 'slang',
  },
  // written as guess
  {
    q: 'did we get around 500 kilos of apples this year?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'we picked 612 kg of apples, compared with 488 kg last year',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Which apple cultivar produced the largest crop?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'Bramley: 174 kg (our biggest single variety, from just 6 trees)',
    style: 'paraphrase',
  },
  {
    q: 'How come a handful of the trees had nothing on them?',
    file: 'community-orchard-harvest-report.md',
    fragment: "young Ashmead's Kernel and Egremont Russet trees planted in February 2022",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wats the max apples each family can grab?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'limited to 5 kg per household',
    style: 'slang',
  },
  {
    q: 'pressing day venue?',
    file: 'community-orchard-harvest-report.md',
    fragment: "at St Aldric's church hall on Mill Street",
    style: 'fragment',
  },
  {
    q: 'who did we rent the apple choppr from?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'was hired for £45 for the day from Cobb & Sons',
    style: 'typo',
  },
  // written as learner
  {
    q: 'Which temperature Deepa was using for heat the juice?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'kept the water bath at 75°C and held each batch for 20 minutes',
    style: 'paraphrase',
  },
  {
    q: 'who patched up the person that got hurt on the scratter',
    file: 'community-orchard-harvest-report.md',
    fragment: 'It was cleaned and dressed by our first aider, Graham Pell',
    style: 'slang',
  },
  {
    q: 'Lovely weekend, my two were shattered after carrying crates all afternoon! Just wondering how the juice stall did on the Sunday, how many bottles went and how much did we take?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'We sold 164 bottles on the day, taking £541',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'can i purchase a bottle of phils cider',
    file: 'community-orchard-harvest-report.md',
    fragment: 'cider cannot be sold, only shared at members-only events',
    style: 'verbatim-ish',
  },
  // written as lowercase
  {
    q: 'where did we end up in the standings',
    file: 'esports-team-season-recap.md',
    fragment: 'our Rocket League squad finished second in Division 2',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'wen r our league games usually on? like wat days + time',
    file: 'esports-team-season-recap.md',
    fragment: 'on Tuesday or Thursday nights at 8:00 pm Central',
    style: 'slang',
  },
  // written as learner
  {
    q: 'What age a player must have for join the team?',
    file: 'esports-team-season-recap.md',
    fragment: 'has to be 16 or older by the first match day',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Who set up the most goals for teammates?',
    file: 'esports-team-season-recap.md',
    fragment: 'midfield, led the team in assists with 41',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did brick make like 300 stops in goal this season?',
    file: 'esports-team-season-recap.md',
    fragment: 'goalkeeper, youngest starter, 212 saves across the season',
    style: 'paraphrase',
  },
  {
    q: 'how many did wisp bag all up incl the postseason',
    file: 'esports-team-season-recap.md',
    fragment: 'another 9 in the playoffs, 47 in total',
    style: 'slang',
  },
  {
    q: 'team trainer name?',
    file: 'esports-team-season-recap.md',
    fragment: 'Our club coach this year was Renée Whitford',
    style: 'fragment',
  },
  {
    q: 'how long into overtim was the goal that beat us vs cedar point?',
    file: 'esports-team-season-recap.md',
    fragment: 'We lost it on a 4-minute overtime goal',
    style: 'typo',
  },
  {
    q: 'When was the do-over match against Mill Valley held?',
    file: 'esports-team-season-recap.md',
    fragment: 'we replayed it the following Tuesday, November 19',
    style: 'paraphrase',
  },
  {
    q: 'How many people turned up in person to watch us in the decider?',
    file: 'esports-team-season-recap.md',
    fragment: 'About 60 people came to the media lab for the final',
    style: 'paraphrase',
  },
  {
    q: 'Congrats on second place all, gutted about the final. I saw the prize breakdown but got lost in the percentages, so bottom line how much of the winnings ends up going to the players versus the club?',
    file: 'esports-team-season-recap.md',
    fragment: 'That means $270 to the players and $180 to the club',
    style: 'long',
  },
  // written as phone
  {
    q: 'how much is nova gettin from the prize $$?',
    file: 'esports-team-season-recap.md',
    fragment: 'with Nova getting $45 and Dusty $15',
    style: 'slang',
  },
  {
    q: 'div one champs?',
    file: 'pub-quiz-league-results.md',
    fragment: 'The Usual Suspects beat Quizteama Aguilera 64-61 on the head-to-head',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'Which round settled the title decider between the top two?',
    file: 'pub-quiz-league-results.md',
    fragment: 'with the picture round deciding it',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: "is this maureen's third title?",
    file: 'pub-quiz-league-results.md',
    fragment: 'has now won the league four times',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many points off promotion were the third place div two team',
    file: 'pub-quiz-league-results.md',
    fragment: 'by just 4 points (1,083 to 1,087)',
    style: 'verbatim-ish',
  },
  {
    q: 'whats the hihgest score anyone got in a match this seaosn?',
    file: 'pub-quiz-league-results.md',
    fragment: '78 out of 90 against Pub Quizzical on 13 February',
    style: 'typo',
  },
  // written as guess
  {
    q: 'the cup decider q, was the right number roughly a thousand?',
    file: 'pub-quiz-league-results.md',
    fragment: 'the answer was 1,086 miles; Shelf Indulgence guessed 1,100, the Suspects 950',
    style: 'paraphrase',
  },
  {
    q: 'who was the biggest brain in div 1 individually lol',
    file: 'pub-quiz-league-results.md',
    fragment: 'Priya Haldane of Les Quizerables, averaging 17.4 points per match',
    style: 'slang',
  },
  // written as phone
  {
    q: 'wen n where is the awards do?',
    file: 'pub-quiz-league-results.md',
    fragment: 'presentation evening on Friday 7 June at the Red Lion',
    style: 'slang',
  },
  // written as learner
  {
    q: 'What is punishment now if my friend look at his mobile during quiz?',
    file: 'pub-quiz-league-results.md',
    fragment: 'the team scores zero for that round',
    style: 'paraphrase',
  },
  {
    q: 'How many of us can actually sit at the table for a match from next season?',
    file: 'pub-quiz-league-results.md',
    fragment: 'only four may play in any one match (it was five)',
    style: 'paraphrase',
  },
  {
    q: "Hi Gareth, thanks for the write-up. We had a bit of a row with another team over an answer last week and didn't get around to complaining yet, what's the time limit for raising a dispute under the new rules?",
    file: 'pub-quiz-league-results.md',
    fragment: 'emailed to the secretary within 48 hours of the match',
    style: 'long',
  },
  // written as guess
  {
    q: 'did we get about 300 folks at the open day?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: "counted 412 visitors through, beating last year's 287",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'where did ppl leave their cars wen dunnock lane was rammed?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'Mr and Mrs Harker at Lowfield Farm very kindly opened their paddock',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What was the total in the collection pots at the entrance?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'the buckets at the gate came to £1,146.80',
    style: 'paraphrase',
  },
  {
    q: 'who was running the bake sale, asking for a mate who wants the brownie recipe',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'run by Janet Oyelaran and her team of six bakers',
    style: 'slang',
  },
  {
    q: 'main draw prize?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'a night at the Kingfisher Inn at Westcombe',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how much did we actually make once expenses were taken off',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'so the day cleared £1,915.80',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'If I find hedgehog walking in day time, what I must do with him?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'put it in a high-sided box with a towel and a hot water bottle',
    style: 'paraphrase',
  },
  {
    q: "Why can't the owl the kids met ever go back to the wild?",
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'since a car strike damaged her left wing',
    style: 'paraphrase',
  },
  {
    q: 'how hevy was the badgr when he got let go?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: '6.2kg on arrival and 8.9kg when he was released',
    style: 'typo',
  },
  {
    q: 'how much dose it take to keep the centre goin evry month?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'Running costs are now around £2,300 a month',
    style: 'typo',
  },
  {
    q: "Hi all, my daughter is 16 and absolutely obsessed with hedgehogs since the open day talk. She's desperate to volunteer with you. Can she actually work with the animals at her age, or is there a minimum?",
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'New volunteers must be 18 or over to handle animals',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how many folks actually turned up for the church bell trip',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Nineteen ringers came along in total',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'heard they rented a van for the bell day out, did that cost around 200 quid?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'hired from Cross Keys Coaches at £165 for the day',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much did u have 2 pay per person 4 the bus ride on that bell trip',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'that worked out at £14.50 each',
    style: 'slang',
  },
  {
    q: 'who was the most senior gramps in the group lol, like how old',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Peter Walsingham who at 81 was our oldest ringer on the day',
    style: 'slang',
  },
  {
    q: 'What was the reasoning behind picking that particular area of the countryside for the ringing day?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'because several of us had never rung there',
    style: 'paraphrase',
  },
  {
    q: 'hw much did the pub meal cost, the too corse one?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'The set two-course lunch was £18.95 per head',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'Who organised the itinerary and reserved the churches for the outing?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Our Tower Captain, Alan Rudge, planned the route',
    style: 'paraphrase',
  },
  {
    q: 'ashby wrenn stairs count?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'a very tight spiral staircase of 41 steps',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'Is there a place for go to bathroom at the small church with five bell?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'there is no toilet in the church or nearby',
    style: 'paraphrase',
  },
  {
    q: "hey all, new here, my aunt mentioned your group got invited back to one of the villages to do some kind of marriage ceremony thing next year, anyone know what date that's supposed to be?",
    file: 'bell-ringers-outing-report.txt',
    fragment: 'come back to ring for a wedding on 3 May next year',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'whats the total sitting in the bell ringers savings pot now',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'the tower fund, which now stands at £1,212',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'Which day is the ringers do their practise in the week, and what time?',
    file: 'bell-ringers-outing-report.txt',
    fragment: 'Practice night remains Thursday at 7.30pm, with learners from 7pm',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen was the deadline 2 send in ur views on the bus changes',
    file: 'bus-route-consultation-response.txt',
    fragment: 'The consultation closed at midnight on 8 November',
    style: 'slang',
  },
  // written as guess
  {
    q: 'is it true barely 100 people a day ride the 12A now?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'fallen to an average of 180 journeys a day',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'What sum does the operator expect to economise annually from these cuts?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'the package saves about £410,000 a year',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many residents filled out the questionnaire about the buses',
    file: 'bus-route-consultation-response.txt',
    fragment: 'Thank you to the 236 of you who filled in the survey',
    style: 'verbatim-ish',
  },
  {
    q: 'how packed was that town hall thing about the buses lol, like what was the headcount',
    file: 'bus-route-consultation-response.txt',
    fragment: 'Tuesday 22 October at 7pm, which 94 people attended',
    style: 'slang',
  },
  {
    q: "According to the locals' own measurement, how far would folks up at Linden Rise have to trek to catch something?",
    file: 'bus-route-consultation-response.txt',
    fragment: 'our members measured it at 620 metres by the walking route',
    style: 'paraphrase',
  },
  {
    q: 'why cant folks just take the shortcut thru the gardns insted',
    file: 'bus-route-consultation-response.txt',
    fragment: 'has no lighting and is closed after dusk',
    style: 'typo',
  },
  // written as learner
  {
    q: 'The local government can pay for keep the buses running? How much money they have?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'already fully allocated at £2.3 million',
    style: 'paraphrase',
  },
  {
    q: 'residents association chair name?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'The response was signed by our chair, Anil Chaudhry',
    style: 'fragment',
  },
  {
    q: "sorry if this has been asked already, I only just moved to Ashcombe Park and my neighbour keeps going on about the buses being cut, does anyone know when the bus company actually decides whether it's all going ahead?",
    file: 'bus-route-consultation-response.txt',
    fragment: 'its board will make a final decision at its meeting on 17 December',
    style: 'long',
  },
  // written as guess
  {
    q: 'does the registration thing with the regulator take like a month?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'which takes a minimum of 70 days',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'do u get ur money back if u got a 12A season pass?',
    file: 'bus-route-consultation-response.txt',
    fragment: 'The answer was "yes, pro rata," but the company',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how many helpers showed up for the apple picking day',
    file: 'community-orchard-harvest-report.md',
    fragment: 'We had 31 volunteers signed in on the clipboard at the gate',
    style: 'verbatim-ish',
  },
  {
    q: 'who was the tiniest kiddo out there grabbing apples lol',
    file: 'community-orchard-harvest-report.md',
    fragment: 'Our youngest picker was Alfie Dunmore, aged 4',
    style: 'slang',
  },
  // written as guess
  {
    q: 'did the orchard get about half a tonne of fruit this year?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'Across all varieties we picked 612 kg of apples',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Which type of apple yielded the largest crop?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'Bramley: 174 kg (our biggest single variety',
    style: 'paraphrase',
  },
  {
    q: "I heard a handful of the orchard's trees produced nothing this autumn, how come?",
    file: 'community-orchard-harvest-report.md',
    fragment: "young Ashmead's Kernel and Egremont Russet trees planted in February 2022",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'where did u guys squish the apples into juice',
    file: 'community-orchard-harvest-report.md',
    fragment: "at St Aldric's church hall on Mill Street",
    style: 'slang',
  },
  {
    q: 'how much was the aple chopping mashine to rent?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'hired for £45 for the day from Cobb & Sons',
    style: 'typo',
  },
  // written as learner
  {
    q: 'How much juice they make from all the apple in the end?',
    file: 'community-orchard-harvest-report.md',
    fragment: '281 litres of juice in total, roughly 0.6 litres per kilo',
    style: 'paraphrase',
  },
  {
    q: 'pasteurising temperature used?',
    file: 'community-orchard-harvest-report.md',
    fragment: 'kept the water bath at 75°C and held each batch',
    style: 'fragment',
  },
  {
    q: "hi! my mum wants to grab some of that orchard apple juice everyone keeps talking about, she's not a member though, what were they charging per bottle for non-members at the stall?",
    file: 'community-orchard-harvest-report.md',
    fragment: 'Bottles sold at the stall outside the hall for £3.50 each',
    style: 'long',
  },
  // written as synonym
  {
    q: 'Who created the artwork for the juice stickers?',
    file: 'community-orchard-harvest-report.md',
    fragment: "Labels were designed by Ruth Okafor's daughter Imani, aged 12",
    style: 'paraphrase',
  },
  {
    q: 'can i cop a bottle of the homebrew or nah',
    file: 'community-orchard-harvest-report.md',
    fragment: 'cider cannot be sold, only shared at members-only events',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'where did the rl team end up in the standings this fall',
    file: 'esports-team-season-recap.md',
    fragment: 'our Rocket League squad finished second in Division 2',
    style: 'verbatim-ish',
  },
  {
    q: 'who was cracked at putting the ball in the net this season',
    file: 'esports-team-season-recap.md',
    fragment: 'Wisp was our top scorer with 38 goals in the regular season',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Who mentored the players this year?',
    file: 'esports-team-season-recap.md',
    fragment: 'Our club coach this year was Renée Whitford',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did their keeper stop like 300 shots or something?',
    file: 'esports-team-season-recap.md',
    fragment: 'goalkeeper, youngest starter, 212 saves across the season',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'where r the playoffs held irl',
    file: 'esports-team-season-recap.md',
    fragment: 'played in person at the Northgate Library Media Lab',
    style: 'slang',
  },
  {
    q: 'how did they loose the game vs the cyclons',
    file: 'esports-team-season-recap.md',
    fragment: 'We lost it on a 4-minute overtime goal',
    style: 'typo',
  },
  {
    q: 'How was the runner-up cash divided between the gamers and the organisation?',
    file: 'esports-team-season-recap.md',
    fragment: 'That means $270 to the players and $180 to the club',
    style: 'paraphrase',
  },
  {
    q: 'nova prize share?',
    file: 'esports-team-season-recap.md',
    fragment: 'with Nova getting $45 and Dusty $15',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'How much it cost now for join the spring season, the price is change?',
    file: 'esports-team-season-recap.md',
    fragment: 'Entry fee is going up to $140 per team',
    style: 'paraphrase',
  },
  {
    q: "yo, I've been grinding ranked all month and a buddy told me your club is starting a second squad, what level do you have to be to even try out for it? I'm diamond 1 in 2s if that matters",
    file: 'esports-team-season-recap.md',
    fragment: 'You need a rank of Platinum III or higher in 3v3',
    style: 'long',
  },
  {
    q: 'how many peeple wached the final strem online',
    file: 'esports-team-season-recap.md',
    fragment: 'Our final drew a peak of 143 viewers on Twitch',
    style: 'typo',
  },
  {
    q: 'minimum player age?',
    file: 'esports-team-season-recap.md',
    fragment: 'has to be 16 or older by the first match day',
    style: 'fragment',
  },
  {
    q: 'Did the league winners manage to bag the knockout trophy as well?',
    file: 'pub-quiz-league-results.md',
    fragment: "so there's no double for the champions this year",
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the tiebreaker answer something like 1000 miles?',
    file: 'pub-quiz-league-results.md',
    fragment: 'a single tie-break question settled it (the answer was 1,086 miles',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'What was the best one-night tally any team posted all year?',
    file: 'pub-quiz-league-results.md',
    fragment: '78 out of 90 against Pub Quizzical on 13 February',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much r tix 4 the awards nite',
    file: 'pub-quiz-league-results.md',
    fragment: 'Tickets are £12 including a buffet, or £5 without food',
    style: 'slang',
  },
  {
    q: "what happens now if someone's caught scrolling their phone mid-round lol",
    file: 'pub-quiz-league-results.md',
    fragment: 'now means the team scores zero for that round',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how many people can sit at the table for a single game now',
    file: 'pub-quiz-league-results.md',
    fragment: 'only four may play in any one match (it was five)',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'If my team arrive late, what time we lose the game automatic?',
    file: 'pub-quiz-league-results.md',
    fragment: 'A team not present by 9.00pm forfeits',
    style: 'paraphrase',
  },
  {
    q: 'how long do we hav to complane about a wrong answr?',
    file: 'pub-quiz-league-results.md',
    fragment: 'emailed to the secretary within 48 hours of the match',
    style: 'typo',
  },
  {
    q: "Hi all, my mates and I are thinking of putting a team together for the Wessmoor league after hearing about it down the pub, but we're not sure when things kick off again in the autumn, anyone know?",
    file: 'pub-quiz-league-results.md',
    fragment: 'The new season starts on Tuesday 17 September',
    style: 'long',
  },
  {
    q: 'Which person was honoured for putting together the best quiz papers?',
    file: 'pub-quiz-league-results.md',
    fragment: 'Bev Okonjo, who set 6 of the 22 fortnightly papers',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did around 300 people come to the animal rescue open day?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: "counted 412 visitors through, beating last year's 287",
    style: 'paraphrase',
  },
  {
    q: 'After expenses, how much did the event end up making?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: '£40 for printing posters, so the day cleared £1,915.80',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'What was the top reward in the prize draw?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'a night at the Kingfisher Inn at Westcombe',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'I find hedgehog in my garden in day time, what I should do with it?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'put it in a high-sided box with a towel and a hot water bottle',
    style: 'paraphrase',
  },
  {
    q: 'whats the deal with the owl, why cant she go free',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'since a car strike damaged her left wing',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how many critters did they take in over the spring',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'Between 1 April and 30 June we admitted 186 animals',
    style: 'verbatim-ish',
  },
  {
    q: 'digby release weight?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: '8.9kg when he was released back to his sett',
    style: 'fragment',
  },
  {
    q: 'how much dose it cost to keep the place goin evry month?',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'Running costs are now around £2,300 a month',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how much wil the new hog unit cost u guys',
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'The builder has quoted £9,400',
    style: 'slang',
  },
  {
    q: "Hey, my daughter is 17 and obsessed with animals, she's been begging me to let her volunteer at that rescue place we heard about at school. Is she old enough to actually look after the animals there?",
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'New volunteers must be 18 or over to handle animals',
    style: 'long',
  },
  {
    q: "I went along to the open day and there was this older gentleman everyone was fussing over because he's been helping out with the birds for ages, does anyone know his name? I wanted to say thanks",
    file: 'wildlife-rescue-open-day.txt',
    fragment: 'Special thanks to Keith Morrow, who has cleaned out the aviaries',
    style: 'long',
  },
];

export const FOURTEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'whose navy fleece got left at the plough',
    trap: true,
    why: 'The report says nobody has claimed the fleece and it is still not known whose it is.',
  },
  {
    q: 'how much r cross keys charging us 4 the wing mirror?',
    trap: true,
    why: 'The report says it is not yet known whether Cross Keys will charge for the scraped mirror or how much.',
  },
  {
    q: "Where are we going for next year's outing, is it Norfolk?",
    trap: true,
    why: 'Norfolk is only a suggestion; the report says the 2025 destination and length are still completely open.',
  },
  {
    q: "How old is Debbie, the learner's mum?",
    trap: true,
    why: "Only Josh's age (13) is given; Debbie's age is never mentioned.",
  },
  {
    q: 'wats the minimum age to start bell ringin lessons at our tower',
    trap: true,
    why: 'The report mentions a 13-year-old learner and practice times but gives no minimum age for lessons.',
  },
  {
    q: 'which week does the new timetable actually kick in',
    trap: true,
    why: 'The company could not say which week the new timetable would start; only an earliest of late February or March is given.',
  },
  {
    q: 'How much of the £410k saving comes from scrapping the 12A on its own?',
    trap: true,
    why: "The company has not given that breakdown and the Association's request for it is still outstanding.",
  },
  {
    q: 'is the health centre definately doing a volunteer car scheme for 12a ppl?',
    trap: true,
    why: 'The practice is only looking at the idea; no decision has been made.',
  },
  {
    q: 'how much is a single fare on the 12 these days',
    trap: true,
    why: 'The summary gives frequencies and distances but no fares.',
  },
  {
    q: "whats redvale's email address so i can send a late comment",
    trap: true,
    why: 'The summary says you can write by email but never gives the address.',
  },
  {
    q: "when's the cider tasting happening?",
    trap: true,
    why: 'Phil says spring, but the report states the tasting date has not been set.',
  },
  {
    q: 'Is tree 14 getting chopped down or saved?',
    trap: true,
    why: 'Whether tree 14 can be saved is still undecided pending a second opinion.',
  },
  {
    q: 'who was the volunteer that cut their hand on the scratter?',
    trap: true,
    why: 'The report does not name the injured volunteer, only the first aider.',
  },
  {
    q: 'how did the guard on the scratter come loose',
    trap: true,
    why: "The report says they still don't know how the guard came loose.",
  },
  {
    q: 'what time does stenby bakery open on saturdays, their sausage rolls were amazing',
    trap: true,
    why: 'The report only thanks Kev from Stenby Bakery for the sausage rolls; it gives no opening hours.',
  },
  {
    q: 'when r we getting the prize money transfer?',
    trap: true,
    why: "The league has not said when it will pay; only last season's five-week wait is mentioned.",
  },
  {
    q: 'Are we getting bumped up to Division 1 next season?',
    trap: true,
    why: "Promotion is explicitly still unknown because the league hasn't decided on a runners-up playoff.",
  },
  {
    q: 'Is Wisp gonna play in spring or nah',
    trap: true,
    why: "The recap says Wisp hasn't said yet whether she'll play in spring.",
  },
  {
    q: 'who got the warning for chat spam in week 6',
    trap: true,
    why: 'The recap deliberately does not name the player who was warned.',
  },
  {
    q: 'How much did each Riverside Ramblers player pocket from first place?',
    trap: true,
    why: 'Only the $750 first prize is given; how the Ramblers split it is not mentioned.',
  },
  {
    q: 'Is there going to be a late bar at the presentation night?',
    trap: true,
    why: 'The bar extension past 11pm is not yet confirmed, pending the council.',
  },
  {
    q: 'are we getting a third division next season',
    trap: true,
    why: 'No decision was made; it depends on how many new teams sign up.',
  },
  {
    q: 'Will the Crown still be hosting home matches in the autumn?',
    trap: true,
    why: 'The round-up says whether the Crown will still be a home venue is unknown.',
  },
  {
    q: 'how much prize money do the cup runners up get',
    trap: true,
    why: "Only the cup winners' £200 is given; no runners-up prize is mentioned.",
  },
  {
    q: "who's taking over from Dennis setting the cup semi-final questions?",
    trap: true,
    why: 'Nobody has been found yet; the secretary is still asking for volunteers.',
  },
  {
    q: 'who nicked the padlock off the small mammal shed',
    trap: true,
    why: "The newsletter says they still don't know who took the padlock or why.",
  },
  {
    q: 'When is the swan going back to the Mere?',
    trap: true,
    why: "The newsletter says they can't yet say when the swan will be fit to go back.",
  },
  {
    q: 'did the caldmoor grant come thru for the hedgehog unit',
    trap: true,
    why: "The trust's panel has not met and the rescue has not been told when it will.",
  },
  {
    q: "What's the date of next year's open day?",
    trap: true,
    why: 'The date has not been fixed because the paddock is being reseeded.',
  },
  {
    q: 'How much is a room for the night at the Kingfisher Inn in Westcombe?',
    trap: true,
    why: 'The inn is only mentioned as the raffle prize; no room price is given.',
  },
  {
    q: 'who owns the fleece that got left behind at lunch on the bell trip',
    trap: true,
    why: 'The report says nobody has claimed the navy fleece and it is still not known whose it is.',
  },
  {
    q: 'Did the coach firm end up billing the ringers for the damaged mirror?',
    trap: true,
    why: 'The report says it is not yet known whether Cross Keys will charge for the wing mirror or how much.',
  },
  {
    q: 'wher r the ringers goin next yr, is it norfolk?',
    trap: true,
    why: 'Norfolk is only a suggestion; the report says where the 2025 outing goes is still completely open.',
  },
  {
    q: 'is the tenor at hollins st peter about 10 cwt like the others?',
    trap: true,
    why: 'Hollins St Peter is only mentioned as the home tower of three visiting ringers; no bell weights are given for it.',
  },
  {
    q: 'wat time do marbury fen youth footbal train on weekends',
    trap: true,
    why: 'The football club only appears as a badge on a lost fleece; no training times are given.',
  },
  {
    q: "Hey, I rely on the 12 to get to work and I've been trying to plan ahead, does anyone know the exact week the new timetable is going to start, assuming it all goes through?",
    trap: true,
    why: 'The article says nobody at the company could say which week the new timetable would start.',
  },
  {
    q: 'How much of the money the operator hopes to save comes just from scrapping the 12A?',
    trap: true,
    why: 'The company has not said how much of the £410,000 comes from the 12A withdrawal and the request for a breakdown is outstanding.',
  },
  {
    q: 'How I can claim back money for my 12A season ticket, where is the form?',
    trap: true,
    why: 'The article says the company has not yet explained how to claim refunds.',
  },
  {
    q: 'volunteer car scheme start date?',
    trap: true,
    why: 'The health centre has made no decision on a volunteer car scheme, so no start date exists.',
  },
  {
    q: 'hw much is a singel fare on the number 12 into redvale',
    trap: true,
    why: 'The article gives no bus fares at all.',
  },
  {
    q: "when's the cider tasting sesh, can't wait lol",
    trap: true,
    why: 'The report says the cider tasting date has not been set.',
  },
  {
    q: 'are they cutting down the old bramley tree by the north hedge',
    trap: true,
    why: 'The report says whether tree 14 can be saved is still undecided pending a second opinion.',
  },
  {
    q: 'was it tom radcliffe who cut his hand on the scratter?',
    trap: true,
    why: 'The report does not name the volunteer who cut their hand.',
  },
  {
    q: 'how much r the new tree guards gonna cost',
    trap: true,
    why: 'Only the £200 set aside is given; the order is not finalised and the quotes are still awaited.',
  },
  {
    q: 'How many bottles did the church get as payment for the hall?',
    trap: true,
    why: 'The report only says the parish gets a box of juice, without saying how many bottles.',
  },
  {
    q: 'wen do the players actually get their prize $$',
    trap: true,
    why: 'The recap says the league has not yet said when prize money will be paid.',
  },
  {
    q: 'are the hooligans going up to div 1 next season or nah',
    trap: true,
    why: 'The recap says whether the team stays in Division 2 or is promoted is still unknown.',
  },
  {
    q: 'who got the warning for spamming quick chat',
    trap: true,
    why: 'The recap deliberately does not name the player who was warned.',
  },
  {
    q: 'wisp assists total?',
    trap: true,
    why: "Only Lumen's assist total is given; Wisp's assists are not mentioned.",
  },
  {
    q: 'Not really into esports but I saw the club might be getting some streaming gear with the prize money, what does that capture card cost, roughly?',
    trap: true,
    why: 'The recap gives no price for the capture card and says the committee has not voted on it.',
  },
  {
    q: 'The bar at Red Lion will be open after 11 on the prize night or not?',
    trap: true,
    why: 'The round-up says the bar extension past 11pm has not been confirmed.',
  },
  {
    q: 'Will the league be adding a third tier next season?',
    trap: true,
    why: 'The round-up says no decision was made on a third division.',
  },
  {
    q: 'is the crown stil hosting quizes next seasn',
    trap: true,
    why: 'The round-up says whether the Crown will still be a home venue next season is unknown.',
  },
  {
    q: 'did the cup runners-up get like £100?',
    trap: true,
    why: "Only the cup winners' £200 prize is given; nothing is said about a runners-up prize.",
  },
  {
    q: 'maureen catchpole average score?',
    trap: true,
    why: 'Individual averages are only given for the two top scorers, not for Maureen Catchpole.',
  },
  {
    q: 'did they ever find out who nicked the padlock lol',
    trap: true,
    why: "The newsletter says they still don't know who took the padlock or why.",
  },
  {
    q: 'When the swan will go back to the lake?',
    trap: true,
    why: "The newsletter says they can't yet say when the swan will be fit to go back.",
  },
  {
    q: 'Has the funding bid to the Caldmoor trust been approved?',
    trap: true,
    why: "The newsletter says they won't hear until the panel meets, and the meeting date is unknown.",
  },
  {
    q: "My neighbour in Ashworth reckons she knows who won the raffle at the hedgehog place's open day, some hotel stay, who was it actually?",
    trap: true,
    why: "The newsletter keeps the raffle winner's name private at her request.",
  },
  {
    q: 'What would a night at the Kingfisher Inn in Westcombe normally set you back?',
    trap: true,
    why: 'The inn is only mentioned as the raffle prize; no room price is given.',
  },
];

export const FOURTEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...FOURTEENTH_SIX_ANSWERABLE,
  ...FOURTEENTH_SIX_TRAPS,
];
