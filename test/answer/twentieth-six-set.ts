/**
 * Chat-style questions about a twentieth six articles (./twentieth-six/: a men's shed's workshop newsletter, a
 * badminton club's ladder results, a water company's boil-water notice update, an orienteering club's event
 * report, an amateur dramatic society's pantomime audition call-out, a community energy group's solar share
 * offer), written in session 58 by two helpers who saw only the articles (the second set in a newcomer's vaguer
 * words). The question prompt held each question to at most half of its answer's content words, as the sixth to
 * sixteenth, the eighteenth and the nineteenth six's did. Blind in session 58 (read only as totals: 35 and 30 of
 * 100 at its start, 35 and 30 at its end); in the repository so that later sessions keep them, dev from session
 * 59. Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner,
 * guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTIETH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as phone
  {
    q: 'how many ppl signed up for the solo rankings this time round?',
    file: 'badminton-ladder-results.txt',
    fragment: 'We had 36 players on the singles ladder and 14 pairs on the doubles ladder',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What's the most one-on-one games the club has ever got through in a season?",
    file: 'badminton-ladder-results.txt',
    fragment: 'The 142 is a club record – the previous best was 118, set last winter',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how much did the shuttles cost us in total this winter, was it like 1200 quid?',
    file: 'badminton-ladder-results.txt',
    fragment: 'We got through 61 tubes of feather shuttles at £24 a tube, so £1,464 on shuttles alone',
    style: 'paraphrase',
  },
  {
    q: 'what was the score when tom took first place off hannah, was that early march or so?',
    file: 'badminton-ladder-results.txt',
    fragment: 'winning 21-18, 17-21, 21-15 at Brindle Sports Hall',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who is the person that improve the most fast this season? He go up from very low position',
    file: 'badminton-ladder-results.txt',
    fragment: 'Biggest climber of the season was Josh Fairweather, who started at 27th and finished 9th',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Which trainer runs the midweek sessions Josh credits for his progress?',
    file: 'badminton-ladder-results.txt',
    fragment: 'the Wednesday coaching sessions with Dave Haldane, our level 2 coach',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the duration of that epic rob v sian battle',
    file: 'badminton-ladder-results.txt',
    fragment: 'the whole thing lasted 71 minutes',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did we hav to play at brindle for a couple wks in jan',
    file: 'badminton-ladder-results.txt',
    fragment: 'closed the main hall from 20 January to 2 February because of floor resurfacing',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What did the temporary venue charge us for each hour of hire?',
    file: 'badminton-ladder-results.txt',
    fragment: 'which cost us £14 an hour per court rather than the £11.50 we pay at Ashgrove',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'whats the prize for the top singles guy, a £20 voucher for some shop?',
    file: 'badminton-ladder-results.txt',
    fragment: 'Tom and Marcus/Gemma each get a £25 voucher for Shuttle Stop in town',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'When and where is the party for give the prizes?',
    file: 'badminton-ladder-results.txt',
    fragment: "Prizes will be handed out at the social on Saturday 15 March at The Fletcher's Arms",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what happens if you dont put your result on the sheet within two days',
    file: 'badminton-ladder-results.txt',
    fragment: 'Challenges not logged within 48 hours will be void next time round',
    style: 'verbatim-ish',
  },
  {
    q: 'what time did they first tell us to start boiling',
    file: 'boil-water-notice-update.txt',
    fragment: 'Strathmoor Water issued the boil water notice at 6:40pm on Tuesday 14 October',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many homes r caught up in this',
    file: 'boil-water-notice-update.txt',
    fragment: 'The notice covers roughly 2,300 properties',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Does it apply to folk who get their water from the Drumlie system?',
    file: 'boil-water-notice-update.txt',
    fragment: "If you're on the Drumlie private supply, you are NOT affected",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'From where we are getting the water now, if the reservoir is close?',
    file: 'boil-water-notice-update.txt',
    fragment:
      'the area has been fed from the Lochend treatment works ever since, via the emergency link main',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what did the water company guy say caused it, something about a broken roof vent?',
    file: 'boil-water-notice-update.txt',
    fragment: 'their working theory is a damaged access hatch on the reservoir roof',
    style: 'paraphrase',
  },
  {
    q: 'when did they last inspect the reservoir, was it back in may?',
    file: 'boil-water-notice-update.txt',
    fragment: "why it wasn't picked up on the last inspection in June",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "What do they need to see before they can tell us the water's safe again?",
    file: 'boil-water-notice-update.txt',
    fragment: 'Strathmoor needs two consecutive sets of clear samples, taken at least 24 hours apart',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did the countdown restart, wednesdays tests were fine no?',
    file: 'boil-water-notice-update.txt',
    fragment: "Thursday's had one borderline result from a hydrant at Balnagown Crossroads",
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'how long did the last one back in 2018 or whenever go on for',
    file: 'boil-water-notice-update.txt',
    fragment: 'the last boil water notice here, in August 2019, lasted four days',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much bottle water one person can take each day from the hall?',
    file: 'boil-water-notice-update.txt',
    fragment: 'The allowance is 4 litres per person per day',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'my gran is housebound n hasnt had any water dropped off, who do i ring',
    file: 'boil-water-notice-update.txt',
    fragment: 'please phone Morag Sutherland on the community council line, 01632 960 190',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'is it ok to use a brita jug instead of boiling',
    file: 'boil-water-notice-update.txt',
    fragment: "Don't rely on a water filter jug – it won't kill bacteria",
    style: 'verbatim-ish',
  },
  {
    q: 'whats the deadline to buy in',
    file: 'community-solar-share-offer.txt',
    fragment: 'closes at midnight on Monday 30 June',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How much cash had been pledged by early May, and by how many backers?',
    file: 'community-solar-share-offer.txt',
    fragment: 'we had raised £171,400 from 312 investors against a target of £285,000',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the first offer back in 2020 raised like 200k right? how many people put in',
    file: 'community-solar-share-offer.txt',
    fragment: 'our first offer in 2021 raised £198,000 from 244 investors over ten weeks',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whats the least u can put in',
    file: 'community-solar-share-offer.txt',
    fragment: 'The minimum investment is £100 and the maximum is £25,000',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'If I put a lot of money, my voice count more when we decide things at the yearly meeting?',
    file: 'community-solar-share-offer.txt',
    fragment: 'every member gets one vote at the AGM however many shares they hold',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what share of the primarys electricity came from our existing array',
    file: 'community-solar-share-offer.txt',
    fragment: "which generated 54,300 kWh last year, about 38% of the school's electricity",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'why was the pool place picked first again, something about the heating running on gas?',
    file: 'community-solar-share-offer.txt',
    fragment: 'because its pool heating and air handling run on electricity all day',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat price r we charging the hosts for the electric',
    file: 'community-solar-share-offer.txt',
    fragment: "We'll sell the power to both hosts at 15p per kWh, fixed for 20 years",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why did the fundraising goal get bumped up compared to the original plan?',
    file: 'community-solar-share-offer.txt',
    fragment: 'the structural survey of the leisure centre found the roof purlins need strengthening',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: "What is happen if you don't reach 210 thousand until end of June?",
    file: 'community-solar-share-offer.txt',
    fragment: "the leisure centre array won't go ahead this year",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'when did they apply 4 the tax relief thing',
    file: 'community-solar-share-offer.txt',
    fragment: 'We applied to HMRC for advance assurance on 11 March',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'From when I can take back my money?',
    file: 'community-solar-share-offer.txt',
    fragment: 'you can only ask to withdraw them from year three onwards',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what did the big saw cost us in the end',
    file: 'mens-shed-workshop-news.md',
    fragment: 'It cost £1,240 including delivery',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "How much of the machine's price was covered by the grant?",
    file: 'mens-shed-workshop-news.md',
    fragment: '£900 came from the Kettleby Community Chest grant',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What was the problem that stop them to put the saw in the workshop earlier?',
    file: 'mens-shed-workshop-news.md',
    fragment: "the old floor by the back wall couldn't take the weight",
    style: 'paraphrase',
  },
  {
    q: 'Who make the concrete floor and how much he charge?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'who laid the pad for the cost of materials (£185)',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'when are dereks training sessions for the saw, is it mondays and fridays?',
    file: 'mens-shed-workshop-news.md',
    fragment: "He's running sessions on Tuesday and Friday mornings at 10am",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many folk have passed the bandsaw induction so far',
    file: 'mens-shed-workshop-news.md',
    fragment: 'So far 14 members have been signed off',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What's the yearly fee, and is there a reduced rate?",
    file: 'mens-shed-workshop-news.md',
    fragment: 'Annual subs stay at £25, with the concession rate of £10 unchanged',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who is the most aged person in the shed and what birthday he have coming?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'our oldest, Bernard Hale, turns 91 in May',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whos in charge of the extra midweek sesh',
    file: 'mens-shed-workshop-news.md',
    fragment: 'a Thursday afternoon session, 1pm to 4pm, run by Alan Whitcombe',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What was the previous high for the fix-it event before March?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'our previous best was 24 items back in October 2023',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat actually made the roof give way in jan',
    file: 'mens-shed-workshop-news.md',
    fragment: 'the cause was a rotten fascia board that had been hidden behind the guttering',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'what happened to terry, he cut his hand on the bandsaw or something?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'a chisel skated off the bench grinder in February and caught Terry Oakes on the thumb',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people ran at corrie this time',
    file: 'orienteering-event-report.md',
    fragment: 'drew 214 starters across eight courses',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'why did dilys chop a couple of bits off the hardest route, was it the stream being too deep after august?',
    file: 'orienteering-event-report.md',
    fragment:
      'knocked two legs off the Brown course because she felt the crossing of the Linn Burn was too risky',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who sorted the mini course for the wee ones',
    file: 'orienteering-event-report.md',
    fragment: 'the String Course was looked after by the 1st Harrowdene Scouts under Becky Laidlaw',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'What scale the map was using and who make the survey?',
    file: 'orienteering-event-report.md',
    fragment: "The map was Niall Ferrie's 2023 survey at 1:10,000 with a 5 m contour interval",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Who topped the Brown and how quick were they?',
    file: 'orienteering-event-report.md',
    fragment: 'was won by Hamish Dreghorn of Clydeside OC in 38:14',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whats the age of the youngster who beat all the grown ups on her course',
    file: 'orienteering-event-report.md',
    fragment: '13-year-old Isla Brannigan went round in 27:48 without a single mispunch',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'who won green, was it bill someone in the M75 class?',
    file: 'orienteering-event-report.md',
    fragment: 'went to Bill Haddow (M70) in 39:11',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how far off was the control that got moved',
    file: 'orienteering-event-report.md',
    fragment: 'was found about 40 metres from where it should have been',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many runners had problem because of the control that somebody move?',
    file: 'orienteering-event-report.md',
    fragment: 'Twenty-six runners on Orange and Yellow were affected',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much did the bake sale make n who got it',
    file: 'orienteering-event-report.md',
    fragment: 'raised a further £214 for Harrowdene Mountain Rescue',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'why on earth was the trek to the beginning nearly 2k uphill',
    file: 'orienteering-event-report.md',
    fragment: 'the only flat ground near assembly was reserved for the forestry contractors',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people came to see the genie one',
    file: 'pantomime-auditions-callout.md',
    fragment: '1,163 tickets sold across six shows, our best panto box office ever',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "Who's calling the shots this year, and what character was he last time?",
    file: 'pantomime-auditions-callout.md',
    fragment: "who played Widow Twankey last year and has decided he'd rather shout from the stalls",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y isnt derek on keys this time round',
    file: 'pantomime-auditions-callout.md',
    fragment: 'Derek is stepping back for health reasons',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Who is the author of the text we will perform?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'The script is brand new, written by our own',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'where do we go to try out, is it the community centre on church lane?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'All auditions are in the Pellbury Methodist Hall on Chapel Lane',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how old do kids have to be to join the young singers',
    file: 'pantomime-auditions-callout.md',
    fragment: 'junior chorus, ages 8 to 15',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat do u have to sing for the audition',
    file: 'pantomime-auditions-callout.md',
    fragment: "You'll be asked to sing 16 bars of anything you like",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'If I only want to be in the ensemble, do I still have to do the acting bit?',
    file: 'pantomime-auditions-callout.md',
    fragment: "If you're only after a chorus spot, you can skip the reading",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why there are two groups of children that change every show?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'because child licensing rules limit how many shows each youngster can do',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what nights do we practise each week',
    file: 'pantomime-auditions-callout.md',
    fragment: 'run Tuesday evenings 7:30pm to 9:45pm and Sunday afternoons 2pm to 5pm',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How much did renting outfits set us back last time?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'Last year costume hire alone cost us £1,870',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who ended up first in singles this time round',
    file: 'badminton-ladder-results.txt',
    fragment: 'Tom knocked Hannah off the number one spot on 19 February',
    style: 'verbatim-ish',
  },
  {
    q: 'where did people play while the usual hall was shut',
    file: 'badminton-ladder-results.txt',
    fragment: 'Challenges in those weeks moved to Brindle Sports Hall on Quarry Road',
    style: 'verbatim-ish',
  },
  {
    q: 'who actually decides who gets into the league side',
    file: 'badminton-ladder-results.txt',
    fragment: "it's not my call, it's Dave's and the captain's",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'hw much was it 2 get in2 the ladder',
    file: 'badminton-ladder-results.txt',
    fragment: 'Entry was £8 per player per ladder',
    style: 'slang',
  },
  {
    q: 'wen r we gettin the awards n wheres the do',
    file: 'badminton-ladder-results.txt',
    fragment: "at the social on Saturday 15 March at The Fletcher's Arms",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'How many matches did the one-on-one lot get through overall?',
    file: 'badminton-ladder-results.txt',
    fragment: 'you played 142 singles challenges and 53 doubles challenges',
    style: 'paraphrase',
  },
  {
    q: 'What was the reason our regular venue was unavailable for a fortnight?',
    file: 'badminton-ladder-results.txt',
    fragment: 'closed the main hall from 20 January to 2 February because of floor resurfacing',
    style: 'paraphrase',
  },
  {
    q: 'Which duo came out on top in the pairs competition?',
    file: 'badminton-ladder-results.txt',
    fragment: 'Marcus and Gemma took top spot in week three and never looked back',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Who teach the lessons that make the most improved player get good so quick?',
    file: 'badminton-ladder-results.txt',
    fragment: 'the Wednesday coaching sessions with Dave Haldane, our level 2 coach',
    style: 'paraphrase',
  },
  {
    q: 'How much boxes of shuttlecock the club was using in this season?',
    file: 'badminton-ladder-results.txt',
    fragment: 'We got through 61 tubes of feather shuttles at £24 a tube',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who did sian beat in that marathon game, went well over an hour i think?',
    file: 'badminton-ladder-results.txt',
    fragment: 'It has to be Sian vs Rob on 12 February',
    style: 'paraphrase',
  },
  {
    q: 'what happens if you forget to put your score in for like 3 days, does it get binned?',
    file: 'badminton-ladder-results.txt',
    fragment: 'Challenges not logged within 48 hours will be void next time round',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when did the warning go out in the first place',
    file: 'boil-water-notice-update.txt',
    fragment: 'issued the boil water notice at 6:40pm on Tuesday 14 October',
    style: 'verbatim-ish',
  },
  {
    q: 'can i just use my brita jug instead of boiling',
    file: 'boil-water-notice-update.txt',
    fragment: "Don't rely on a water filter jug",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many homes r hit by this',
    file: 'boil-water-notice-update.txt',
    fragment: 'The notice covers roughly 2,300 properties',
    style: 'slang',
  },
  {
    q: 'wen r the next test results due',
    file: 'boil-water-notice-update.txt',
    fragment: 'results are expected tomorrow (Saturday) afternoon',
    style: 'slang',
  },
  {
    q: 'is it ok 2 have a shower n wash the kids',
    file: 'boil-water-notice-update.txt',
    fragment: 'Showering and bathing are fine, but try not to swallow any water',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'How long did the previous time this happened go on for?',
    file: 'boil-water-notice-update.txt',
    fragment: 'in August 2019, lasted four days',
    style: 'paraphrase',
  },
  {
    q: 'Have the pupils returned to lessons yet?',
    file: 'boil-water-notice-update.txt',
    fragment: 'Head teacher Mrs Alison Greig reopened today with packed lunches and bottled water',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'From where our water is coming now, when the reservoir is stopped?',
    file: 'boil-water-notice-update.txt',
    fragment: 'the area has been fed from the Lochend treatment works ever since',
    style: 'paraphrase',
  },
  {
    q: 'How much bottle water one person can take for each day?',
    file: 'boil-water-notice-update.txt',
    fragment: 'The allowance is 4 litres per person per day',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: "someone said it was a broken door on top of the tank that let the rain in? what's the actual cause",
    file: 'boil-water-notice-update.txt',
    fragment: 'their working theory is a damaged access hatch on the reservoir roof',
    style: 'paraphrase',
  },
  {
    q: "what's the number to call if my gran hasn't had her water brought round? it's Morag someone i think",
    file: 'boil-water-notice-update.txt',
    fragment: 'please phone Morag Sutherland on the community council line, 01632 960 190',
    style: 'paraphrase',
  },
  {
    q: 'is strathmoor giving people some money for the hassle? someone said a refund off the bill',
    file: 'boil-water-notice-update.txt',
    fragment: 'Strathmoor has confirmed that domestic customers will get a goodwill payment',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much have they got so far and what are they aiming for',
    file: 'community-solar-share-offer.txt',
    fragment: 'we had raised £171,400 from 312 investors against a target of £285,000',
    style: 'verbatim-ish',
  },
  {
    q: 'what price are they charging the places for the electric and for how long',
    file: 'community-solar-share-offer.txt',
    fragment: "We'll sell the power to both hosts at 15p per kWh, fixed for 20 years",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wats the least u can put in',
    file: 'community-solar-share-offer.txt',
    fragment: 'The minimum investment is £100 and the maximum is £25,000',
    style: 'slang',
  },
  {
    q: 'y did the target go up from wat they said last yr',
    file: 'community-solar-share-offer.txt',
    fragment: 'the structural survey of the leisure centre found the roof purlins need strengthening',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Does buying more shares give you more say at the annual meeting?',
    file: 'community-solar-share-offer.txt',
    fragment: 'every member gets one vote at the AGM however many shares they hold',
    style: 'paraphrase',
  },
  {
    q: "What happens if they don't hit the lower threshold by the deadline?",
    file: 'community-solar-share-offer.txt',
    fragment: "the leisure centre array won't go ahead this year",
    style: 'paraphrase',
  },
  {
    q: 'Who ran the pop-up info stands around town?',
    file: 'community-solar-share-offer.txt',
    fragment: 'Hannah Obuya, who has run six drop-in roadshows since April',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much part of the school power the old panels is making?',
    file: 'community-solar-share-offer.txt',
    fragment: "about 38% of the school's electricity",
    style: 'paraphrase',
  },
  {
    q: 'When they will choose the company for install the panels?',
    file: 'community-solar-share-offer.txt',
    fragment: 'we expect to award the contract in July',
    style: 'paraphrase',
  },
  {
    q: 'Where I can find printed application if I not use internet?',
    file: 'community-solar-share-offer.txt',
    fragment: 'pick up a paper form at Lyncombe Library or the leisure centre reception',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'can i pull my money out whenever, like after a year?',
    file: 'community-solar-share-offer.txt',
    fragment: 'you can only ask to withdraw them from year three onwards',
    style: 'paraphrase',
  },
  {
    q: "i heard interest is gonna be like 5%? what's the actual rate once it's up and running",
    file: 'community-solar-share-offer.txt',
    fragment: 'Our business plan projects 4.5% a year from year three',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much was the new saw and who paid for it',
    file: 'mens-shed-workshop-news.md',
    fragment: 'It cost £1,240 including delivery, of which £900 came from the Kettleby Community Chest grant',
    style: 'verbatim-ish',
  },
  {
    q: 'how much did the insurance go up by',
    file: 'mens-shed-workshop-news.md',
    fragment: 'The premium went up anyway, from £610 last year to £695',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did the saw take ages 2 turn up',
    file: 'mens-shed-workshop-news.md',
    fragment: "the old floor by the back wall couldn't take the weight",
    style: 'slang',
  },
  {
    q: 'wat did yall build w the primary school kids',
    file: 'mens-shed-workshop-news.md',
    fragment: "22 bird boxes for Hollins Wood, made with the Year 5 class from St Anne's Primary",
    style: 'slang',
  },
  {
    q: 'some1 got hurt on the grinder?? wat happened',
    file: 'mens-shed-workshop-news.md',
    fragment: 'a chisel skated off the bench grinder in February and caught Terry Oakes on the thumb',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'When are the training slots to get approved on the big cutting machine?',
    file: 'mens-shed-workshop-news.md',
    fragment: "He's running sessions on Tuesday and Friday mornings at 10am",
    style: 'paraphrase',
  },
  {
    q: 'What days and times is the place usually unlocked?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'Normal opening is Tuesday, Wednesday and Friday, 9:30am to 12:30pm',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How many people is joined the shed at this moment?',
    file: 'mens-shed-workshop-news.md',
    fragment: "We're now at 47 paid-up members, up from 31 this time last year",
    style: 'paraphrase',
  },
  {
    q: 'What was reason for the roof breaking in the storm?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'the cause was a rotten fascia board that had been hidden behind the guttering for years',
    style: 'paraphrase',
  },
  {
    q: 'When is happen the yearly meeting?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'Tuesday 13 May, 7pm, in the workshop',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'is the yearly fee still 20 quid or did it go up',
    file: 'mens-shed-workshop-news.md',
    fragment: 'Annual subs stay at £25, with the concession rate of £10 unchanged',
    style: 'paraphrase',
  },
  {
    q: 'how much wood did we lose in the january leak, was it like 300 quid worth?',
    file: 'mens-shed-workshop-news.md',
    fragment: 'We lost roughly £400 worth of oak and ash offcuts',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "when's the next club thing, the one in the dark",
    file: 'orienteering-event-report.md',
    fragment: 'the night street-O in Harrowdene on Saturday 8 November',
    style: 'verbatim-ish',
  },
  {
    q: 'how far away from the right spot was the moved flag',
    file: 'orienteering-event-report.md',
    fragment: 'found about 40 metres from where it should have been',
    style: 'verbatim-ish',
  },
  {
    q: 'why did we have to hike so far up a hill before starting',
    file: 'orienteering-event-report.md',
    fragment: 'the only flat ground near assembly was reserved for the forestry contractors',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did the brown get cut down',
    file: 'orienteering-event-report.md',
    fragment: 'she felt the crossing of the Linn Burn was too risky after the September rain',
    style: 'slang',
  },
  {
    q: 'how much $ did the event make after costs',
    file: 'orienteering-event-report.md',
    fragment: "we're left with a surplus of roughly £1,320",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'What scale was the chart drawn at?',
    file: 'orienteering-event-report.md',
    fragment: "The map was Niall Ferrie's 2023 survey at 1:10,000 with a 5 m contour interval",
    style: 'paraphrase',
  },
  {
    q: 'What did the officials do about the times for the people caught out?',
    file: 'orienteering-event-report.md',
    fragment: 'Dilys and Moira decided to void the leg rather than the whole course',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Who was first on the brown one and how quick he did it?',
    file: 'orienteering-event-report.md',
    fragment: 'won by Hamish Dreghorn of Clydeside OC in 38:14',
    style: 'paraphrase',
  },
  {
    q: 'The cake selling, how much money it make and for who?',
    file: 'orienteering-event-report.md',
    fragment: 'raised a further £214 for Harrowdene Mountain Rescue',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'that young girl who smashed the light green, was she 12? what was her time',
    file: 'orienteering-event-report.md',
    fragment: '13-year-old Isla Brannigan went round in 27:48 without a single mispunch',
    style: 'paraphrase',
  },
  {
    q: 'why was parking such a pain, did the farmer shut a field or something?',
    file: 'orienteering-event-report.md',
    fragment: 'the estate closed the lower field at the last minute following the wet weather',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what do i have to do on the day of the tryout',
    file: 'pantomime-auditions-callout.md',
    fragment: "You'll be asked to sing 16 bars of anything you like",
    style: 'verbatim-ish',
  },
  {
    q: 'what was the price of a ticket last time',
    file: 'pantomime-auditions-callout.md',
    fragment: "last year's £12 adult and £8 concession",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'do u need 2 have acted b4 to try out',
    file: 'pantomime-auditions-callout.md',
    fragment: "you don't need any experience, just enthusiasm",
    style: 'slang',
  },
  {
    q: 'how old does the main lad need 2 be',
    file: 'pantomime-auditions-callout.md',
    fragment: 'our hero (playing age 18 to 30, strong singer)',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "Who's in charge of the music this time round?",
    file: 'pantomime-auditions-callout.md',
    fragment: 'Musical director is **Sunita Okafor-Reid**',
    style: 'paraphrase',
  },
  {
    q: 'How many people does the backup venue hold?',
    file: 'pantomime-auditions-callout.md',
    fragment: "Plan B is St Aldhelm's School hall, which seats 140 rather than the 180 we're used to",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where I must go for try out for the show?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'All auditions are in the Pellbury Methodist Hall on Chapel Lane',
    style: 'paraphrase',
  },
  {
    q: 'Which dates the performance is happening?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'Show week is **Wednesday 3 to Saturday 6 December**',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the kids auditions are the sunday right? what ages can do it',
    file: 'pantomime-auditions-callout.md',
    fragment: 'junior chorus, ages 8 to 15',
    style: 'paraphrase',
  },
  {
    q: 'how much is it to join, is it like 30 quid a year?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'Membership is £35 a year for adults and £15 for juniors',
    style: 'paraphrase',
  },
  {
    q: 'when do practices start, tuesdays and thursdays or something?',
    file: 'pantomime-auditions-callout.md',
    fragment: 'Rehearsals start **Sunday 28 September** and run Tuesday evenings 7:30pm to 9:45pm',
    style: 'paraphrase',
  },
];

export const TWENTIETH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'when does the spring ladder start?',
    trap: true,
    why: 'The badminton article says no start date has been set yet for the spring ladder.',
  },
  {
    q: 'how much is entry for the spring ladder gonna be',
    trap: true,
    why: "The article says the entry fee can't be confirmed until the leisure centre says how much court hire is going up.",
  },
  {
    q: 'is the arjun v callum match getting replayed or voided',
    trap: true,
    why: "The article says the committee hasn't decided yet whether that match will be replayed or voided.",
  },
  {
    q: 'any word on when the boil notice is coming off',
    trap: true,
    why: 'The boil water update says nobody knows yet when the notice will be lifted.',
  },
  {
    q: 'how much is the strathmoor goodwill payment gonna be',
    trap: true,
    why: "The update says Strathmoor hasn't said how much the goodwill payment will be or when it will be paid.",
  },
  {
    q: 'is glenross primary open as normal on monday?',
    trap: true,
    why: "The update says the head teacher hasn't yet decided whether the school opens as normal on Monday.",
  },
  {
    q: 'what interest do we get on the solar shares in the first two years',
    trap: true,
    why: "The solar update says the board hasn't decided the interest rate for the first two years.",
  },
  {
    q: 'will the share offer qualify for SITR tax relief',
    trap: true,
    why: "The solar update says HMRC hasn't answered, so it's not known whether the offer qualifies.",
  },
  {
    q: "who's taking over from mike as shed chairman",
    trap: true,
    why: "The shed news says they still don't know who will take over as chairman.",
  },
  {
    q: 'what date is the shed open day in june',
    trap: true,
    why: 'The shed news says no open day date has been fixed yet.',
  },
  {
    q: 'is the panto on in the village hall or st aldhelms school?',
    trap: true,
    why: "The panto callout says they don't know which venue it will be, probably not until late October.",
  },
  {
    q: 'what were the scores in the first two games of sian v rob',
    trap: true,
    why: 'The article only gives the 29-27 score of the third game, not the first two.',
  },
  {
    q: "who's the team captain that picks the county second team with dave",
    trap: true,
    why: 'The captain is mentioned but never named.',
  },
  {
    q: 'how many bottles were on each of the lorries the football lads unloaded',
    trap: true,
    why: 'The update says three lorries were unloaded but never gives how many bottles each carried.',
  },
  {
    q: 'which installers are on the solar shortlist',
    trap: true,
    why: 'The solar update says the shortlist is down to two firms but never names them.',
  },
  {
    q: 'how many panels did they put on the primary school roof in 2021',
    trap: true,
    why: 'The article gives only the 60 kWp size of the school array, not the number of panels.',
  },
  {
    q: 'what brand is the new bandsaw at the shed',
    trap: true,
    why: "The shed news gives the bandsaw's size and price but never its make.",
  },
  {
    q: 'how long has colin been shed secretary',
    trap: true,
    why: 'The shed news never says how long Colin has been secretary.',
  },
  {
    q: 'what was the winning time on orange at corrie',
    trap: true,
    why: 'The report gives winning times for Brown, Light Green, Blue and Green but not Orange.',
  },
  {
    q: "what date is the panto committee's october meeting",
    trap: true,
    why: 'The callout says ticket prices go to the October meeting but gives no date for it.',
  },
  {
    q: 'how much will the goodwill payment be for businesses like the bothy cafe',
    trap: true,
    why: "Strathmoor hasn't said whether businesses will be covered at all, let alone how much.",
  },
  {
    q: 'how many players were on the singles ladder last spring',
    trap: true,
    why: 'The article only gives numbers for this winter and last winter, not last spring.',
  },
  {
    q: 'who won the doubles ladder last winter',
    trap: true,
    why: "The article only gives this winter's doubles standings.",
  },
  {
    q: 'are people in lochend under a boil water notice too',
    trap: true,
    why: 'The update only covers Glenross, Balnagown and Kirkton Road; it says nothing about a notice in Lochend.',
  },
  {
    q: 'how many kwh did the tollgate panels make last year',
    trap: true,
    why: "Only the school array's output is given; the Tollgate array hasn't been built yet.",
  },
  {
    q: 'how much did the shed raise at the october 2023 repair cafe',
    trap: true,
    why: 'The shed news gives donations only for the March 2025 Repair Café, not the October 2023 one.',
  },
  {
    q: 'who won the brown at corrie wood last year',
    trap: true,
    why: "The report covers only this year's event and doesn't give last year's winners.",
  },
  {
    q: 'how many turned up to last years night street-o',
    trap: true,
    why: 'The report only announces the upcoming night street-O, with no figures for a previous one.',
  },
  {
    q: 'who directed aladdin last year',
    trap: true,
    why: 'The callout says Colin played Widow Twankey in Aladdin but never says who directed it.',
  },
  {
    q: 'how many tickets did habeas corpus sell in 2024',
    trap: true,
    why: 'The callout gives ticket sales only for Aladdin, not for the spring play Habeas Corpus.',
  },
  {
    q: 'when does the spring ladder kick off',
    trap: true,
    why: 'The badminton article says no start date has been set for the spring ladder yet.',
  },
  {
    q: 'did arjun and callum have to replay their match or did it just get scrapped',
    trap: true,
    why: 'The badminton article says the committee has not yet decided whether that match is replayed or voided.',
  },
  {
    q: 'any idea when we can drink straight from the tap again',
    trap: true,
    why: 'The boil water update says nobody knows yet when the notice will be lifted.',
  },
  {
    q: 'how much is the goodwill payment from the water people and when does it land',
    trap: true,
    why: 'The boil water update says Strathmoor has not said how much the payment is or when it will be paid.',
  },
  {
    q: 'is the solar share thing eligible for tax relief',
    trap: true,
    why: 'The solar article says HMRC has not answered and it is not yet known whether the offer qualifies for tax relief.',
  },
  {
    q: "when's the council signing the roof lease for the leisure centre panels",
    trap: true,
    why: 'The solar article says the lease is unsigned and there is no date for signing.',
  },
  {
    q: "who's taking over from mike as chair at the shed",
    trap: true,
    why: 'The shed news says it is still not known who will take over as chairman.',
  },
  {
    q: 'what date is the shed open day',
    trap: true,
    why: 'The shed news says the open day has no fixed date yet, only a Saturday in June pencilled in.',
  },
  {
    q: 'are hdo allowed back in corrie wood next year',
    trap: true,
    why: 'The orienteering report says Corrie Estate has not yet said whether the club can use the wood in 2026.',
  },
  {
    q: 'is the panto gonna be in the village hall or the school this year',
    trap: true,
    why: "The panto callout says they don't know which venue it will be, probably not until late October.",
  },
  {
    q: 'will the giant be someone live or a recording',
    trap: true,
    why: "The panto callout says they haven't worked out whether the Giant's voice will be live or pre-recorded.",
  },
  {
    q: "how much does dave's wednesday coaching cost",
    trap: true,
    why: 'The badminton article mentions the Wednesday coaching sessions but never gives a price.',
  },
  {
    q: "whats strathmoor's own helpline number",
    trap: true,
    why: 'The boil water update only gives the community council line, not a Strathmoor phone number.',
  },
  {
    q: 'how much bacteria did they actually find in the reservoir sample',
    trap: true,
    why: 'The boil water update says coliform bacteria were found but gives no count or level.',
  },
  {
    q: 'how many panels are on the primary school roof',
    trap: true,
    why: 'The solar article gives the school array as 60 kWp but never says how many panels it has.',
  },
  {
    q: 'which two firms are on the installer shortlist',
    trap: true,
    why: 'The solar article says the shortlist is down to two but does not name them.',
  },
  {
    q: 'what make is the new bandsaw',
    trap: true,
    why: "The shed news gives the bandsaw's size and price but not its brand or model.",
  },
  {
    q: 'who won the orange course at corrie',
    trap: true,
    why: 'The orienteering report gives winners for Brown, Light Green, Blue and Green but not Orange.',
  },
  {
    q: 'how many controls were on blue',
    trap: true,
    why: 'The orienteering report mentions controls 7 to 11 and leg 4 on Blue but never the total number of controls.',
  },
  {
    q: "who's doing lighting for the panto",
    trap: true,
    why: 'The panto callout says they are short of lighting people and names nobody for it.',
  },
  {
    q: 'how long did the 2015 boil water notice go on for',
    trap: true,
    why: 'The boil water update only mentions the August 2019 notice and the current one.',
  },
  {
    q: 'is lochend under a boil notice too',
    trap: true,
    why: 'The boil water update covers Glenross, Balnagown and Kirkton Road and says nothing about whether Lochend itself is under a notice.',
  },
  {
    q: 'what interest did people get on the 2021 share offer',
    trap: true,
    why: "The solar article gives the 2021 offer's amount raised and investor numbers but not what interest it paid.",
  },
  {
    q: 'how much was raised at the october 2023 repair cafe',
    trap: true,
    why: 'The shed news only says the October 2023 Repair Café mended 24 items; donations are given only for the March event.',
  },
  {
    q: 'who won the brown at corrie last year',
    trap: true,
    why: "The orienteering report only gives this year's results; last year's only figure is the 167 turnout.",
  },
  {
    q: 'how many turned up to the night street-o last year',
    trap: true,
    why: "The orienteering report only announces this year's night street-O and gives no past turnout.",
  },
  {
    q: 'when are auditions for the spring play',
    trap: true,
    why: 'The panto callout only gives audition dates for Jack and the Beanstalk, not any spring play.',
  },
];

export const TWENTIETH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTIETH_SIX_ANSWERABLE,
  ...TWENTIETH_SIX_TRAPS,
];
