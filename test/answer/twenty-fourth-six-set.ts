/**
 * Chat-style questions about a twenty-fourth six articles (./twenty-fourth-six/: a colliery brass band's regional
 * contest report, a community garden's seed swap and growing-season recap, a recreational netball league's AGM
 * notice, a guide dog charity's puppy walkers' newsletter, a parish council's update on restoring the village pond,
 * a drone racing club's meet recap), written in session 62 by two helpers who saw only the articles (the second set
 * as newcomers ask, in their own everyday words). The question prompt held each question to at most half of its
 * answer's content words, as the sixth to sixteenth and the eighteenth to twenty-third six's did. Blind in session
 * 62 (read only as totals: 84 of 200 at the start, 47 and 37; 85 at the end, 48 and 37); in the repository so that
 * later sessions keep them, dev from session 63.
 * Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess ->
 * paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_FOURTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'what piece did thornleigh have to play at hexworth',
    file: 'brass-band-contest-report.md',
    fragment: 'the test piece was *Harbour Lights Suite* by Marion Kettlewell',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat time did we actualy get on stage at hexworth? was it after lunch',
    file: 'brass-band-contest-report.md',
    fragment: "we didn't take the stage until 2.40pm",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How long did the bus ride to the contest take?',
    file: 'brass-band-contest-report.md',
    fragment: 'got us there in an hour and fifty minutes',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Which player was sick but he still play for all the day?',
    file: 'brass-band-contest-report.md',
    fragment: 'Derek Holroyd on Eb bass, who played the whole day with a stinking cold',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why was roy filling in on sop, was the usual cornet player off injured or something',
    file: 'brass-band-contest-report.md',
    fragment: 'because our regular player, Lucy Ainsworth, is on maternity leave',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Who were the judges on the day?',
    file: 'brass-band-contest-report.md',
    fragment: 'The adjudicators were Dr Helen Sarrow and Philip Enderby',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the band is doing so much better compare to last year?',
    file: 'brass-band-contest-report.md',
    fragment: 'a full year with a settled front row, and the extra sectionals on Thursday nights',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'nerys got a gift card with her soloist prize didnt she, how much was it worth? 40 quid?',
    file: 'brass-band-contest-report.md',
    fragment: "which came with a trophy and a £50 voucher from Hartley's Music in Hexworth",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much would a trip to cheltenham for the finals cost us',
    file: 'brass-band-contest-report.md',
    fragment: 'a rough quote for a coach and one night in a hotel came to around £4,200',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'when r we goin thru what the judges wrote about us',
    file: 'brass-band-contest-report.md',
    fragment: "he'll go through them with the band at rehearsal on Thursday 13 March",
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'so what happened to mark iveson, why did he miss the contest',
    file: 'brass-band-contest-report.md',
    fragment: 'after Mark Iveson broke his wrist falling off a stepladder',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'the fans club paid for the bus with some raffle do right? how much did they make',
    file: 'brass-band-contest-report.md',
    fragment: 'who raised £640 at the February quiz night',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many more ppl turned up compared 2 last yr',
    file: 'drone-racing-meet-recap.md',
    fragment: "so we're up by eight on the day",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How long was the circuit this time?',
    file: 'drone-racing-meet-recap.md',
    fragment: '412 metres, 14 gates and two flags',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why did the little whoops get flown indoors',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Because forecast gusts were up around 24 mph',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'maya broke the club record right? what time did she clock, about 22 sec?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'set a new club lap record of 21.86s',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Who was the previous holder of the quickest circuit time, before Sunday?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'beating the 22.41 Owen Pritchard set at Round 2 back in June 2023',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What was happen with Rhys in the open final?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'after a prop strike on the dive gate but flipped it back over in turtle mode',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'gareths quad that flew off into the trees, how did they eventually find it? gps?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Found after about 40 minutes, thanks to his buzzer.',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did a couple races get run again',
    file: 'drone-racing-meet-recap.md',
    fragment: "because someone powered up on R2 in the pits and stomped on Jade's video mid-race",
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how much did it cost juniors to enter',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Entry was £12 per pilot (£6 juniors)',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Which charity did the prize draw money go to?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'for Dales Air Ambulance, with the top prize a set of goggle straps',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the farmer maybe will not let us use his land in 2025?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'because he may be putting it into winter barley',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where was the unclaimed quad picked up after the meet',
    file: 'drone-racing-meet-recap.md',
    fragment: 'in the long grass by gate 9 after pack-down',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wen n where is the netball agm happening this yr',
    file: 'netball-league-agm-notice.txt',
    fragment: 'on Thursday 12 June 2025 at 7.30pm in the Function Room at Kingsmere Leisure Centre',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Can I give my vote to other person if I cannot come to meeting?',
    file: 'netball-league-agm-notice.txt',
    fragment: "we're not doing proxy votes this year",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'theres a new thing where u can pinch a couple of girls from other teams in any division right? how many max',
    file: 'netball-league-agm-notice.txt',
    fragment: 'the new rule letting teams borrow up to two players from the same division',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much r the courts per hour now, heard its gone up',
    file: 'netball-league-agm-notice.txt',
    fragment: 'has put court hire up from £42 to £48 an hour from 1 September',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What will it cost to sign a squad up for a year?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Team registration goes from £320 to £360 per season.',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much money the league is having saved for emergency?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'We currently hold £2,380 in reserves',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'for the rolling subs thing the umps wanted the sub to check in with the captain first or something?',
    file: 'netball-league-agm-notice.txt',
    fragment: "as long as the incoming player reports to the scorer's table first",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many girls have to be playing at once if the goal diggers thing passes',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Mixed teams would have to have at least four women on court at all times',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many times did teams not show up to ump this season',
    file: 'netball-league-agm-notice.txt',
    fragment: 'we had 23 unfilled umpiring slots this season',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why is the chairwoman quitting?',
    file: 'netball-league-agm-notice.txt',
    fragment: "Louise Tremaine is standing down because she's moving to Bristol for work",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Until when I must send the nominating for committee?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Nominations must reach me by 6pm on Thursday 5 June.',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whats the penalty right now if a team doesnt turn up to umpire',
    file: 'netball-league-agm-notice.txt',
    fragment: "At the moment it's a £10 fine.",
    style: 'verbatim-ish',
  },
  {
    q: 'when was the muck last dredged out before this time',
    file: 'pond-restoration-update.txt',
    fragment: 'It was last desilted in 1987.',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who was the contractor that dug out the pond',
    file: 'pond-restoration-update.txt',
    fragment: 'Fenwright Aquatic Services of Marlcombe carried out the desilting',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Why the work was taking more days than it was planned?',
    file: 'pond-restoration-update.txt',
    fragment: 'two days were lost to heavy rain, and one to a hydraulic fault',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why did way more mud come out than the survey said, was it deeper on the south side?',
    file: 'pond-restoration-update.txt',
    fragment: 'the silt turned out to be much deeper along the north bank',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Where did all the dredged mud get dumped?',
    file: 'pond-restoration-update.txt',
    fragment: 'The silt was spread on land at Home Farm',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why they had to wait until autumn for begin the digging?',
    file: 'pond-restoration-update.txt',
    fragment: 'could not start until October, after the breeding season',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many newts did they shift b4 the diggers came in',
    file: 'pond-restoration-update.txt',
    fragment: 'moved 11 adult great crested newts and more than 40 smooth newts by hand',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'what kind of plants went in round the edges',
    file: 'pond-restoration-update.txt',
    fragment:
      'planted 420 marginal plug plants, including yellow flag iris, water mint, marsh marigold and purple loosestrife',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how deep is the pond now after all that, about a metre and a half?',
    file: 'pond-restoration-update.txt',
    fragment: 'The water is now 1.1 metres at its deepest point',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What is the main reason the pond was getting dry in last years?',
    file: 'pond-restoration-update.txt',
    fragment: 'was the blocked culvert under Church Lane',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y shouldnt we chuck bread in for the ducks',
    file: 'pond-restoration-update.txt',
    fragment:
      "Last summer's algae bloom was made considerably worse by the amount of bread going into the water",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "When can I drop by the clerk's office?",
    file: 'pond-restoration-update.txt',
    fragment: 'which is open Tuesday and Thursday mornings from 9.30 to 12.30',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many pups r on the scheme rn',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'We currently have 23 pups on the programme across 19 puppy walking households',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how many puppies did maple have',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'She had seven pups',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'which of the q pups came to us, quill and quinn and one more?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'Quill, Quaver and Queenie',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'When did Badger and Nettle leave for the next stage of schooling?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'went off to the Advanced Training Centre at Ravensmoor on 5 February',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who is Juniper going to live with now she qualify?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'matched with her new owner, a retired music teacher in the north of the county',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did fennel get dropped from the programme',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'because his hip scores came back higher than the charity accepts for working dogs',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'what was dustys problem again, she kept barking at other dogs?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'Dusty was withdrawn because of persistent scavenging.',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where are the weekly sessions happening now that st aidans is shut',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'at Calderbrook Scout Hut on Mill Road',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'When will the pups get put on the scales?',
    file: 'puppy-walkers-newsletter.md',
    fragment: "I'll be doing weigh-ins on the first Thursday of each month",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much they pay me for petrol when I am driving to vet?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'The rate is currently 35p a mile',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "What was the name of the Taits' very first pup?",
    file: 'puppy-walkers-newsletter.md',
    fragment: 'They started back in 2006 with a black Lab called Ruby',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat venue n hours for the swap this yr',
    file: 'seed-swap-recap.txt',
    fragment: "in St Aidan's church hall on Ferris Road, from 10am to 1pm",
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'why arent the f1 ones allowed on the swap table, something about them not sprouting?',
    file: 'seed-swap-recap.txt',
    fragment: "the seed you save from them won't come true to type",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How much precipitation fell in June?',
    file: 'seed-swap-recap.txt',
    fragment: 'the rain gauge by the shed recorded 142mm for the month',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the diseased ones was thrown in bags and not recycled in garden?',
    file: 'seed-swap-recap.txt',
    fragment: 'because the spores can overwinter in the heap',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many kilos came out of the polytunnel last season',
    file: 'seed-swap-recap.txt',
    fragment: 'we still picked around 60kg from the tunnel over the season',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'why did hannahs mulched plots handle the downpours better, was it the compost?',
    file: 'seed-swap-recap.txt',
    fragment: 'because the mulch kept the soil from turning to soup',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'hw heavy was the record breaker from davey',
    file: 'seed-swap-recap.txt',
    fragment: 'weighed in at 31.4kg at the harvest festival on 28 September',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'On how many occasions did we need the mains supply over the warm months?',
    file: 'seed-swap-recap.txt',
    fragment: 'we only used the mains tap on 19 days between May and September',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much veg went to the food bank',
    file: 'seed-swap-recap.txt',
    fragment: 'We donated just over 140kg of produce to the Ashby Vale Community Pantry',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'When we can come back to help in the garden again?',
    file: 'seed-swap-recap.txt',
    fragment: 'Work days restart on Saturday 8 March, 10am to 12.30pm',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'our agreement for the site runs out next year doesnt it, or is it 2027?',
    file: 'seed-swap-recap.txt',
    fragment: 'Our lease with the council runs out in March 2026.',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what time did the band actually get on stage',
    file: 'brass-band-contest-report.md',
    fragment: "we didn't take the stage until 2.40pm",
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'which band member was poorly all through the contest',
    file: 'brass-band-contest-report.md',
    fragment: 'Derek Holroyd on Eb bass, who played the whole day with a stinking cold',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'did the flugel girl win some prize, like a 100 quid voucher or something?',
    file: 'brass-band-contest-report.md',
    fragment: 'Nerys picked up the Best Soloist award for the flugel solo',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'What was the mistake the band make when they play?',
    file: 'brass-band-contest-report.md',
    fragment: 'The sop entry at the start of the finale was a touch early',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat place did thornleigh come n how many pts',
    file: 'brass-band-contest-report.md',
    fragment: 'We came fourth out of twelve, with 187 points',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "how did they get on at the previous year's regionals?",
    file: 'brass-band-contest-report.md',
    fragment: 'a big improvement on last year, when we finished ninth with 179 points',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what did the conductor say made them better this time, something about extra tuesday practices?',
    file: 'brass-band-contest-report.md',
    fragment: 'a full year with a settled front row, and the extra sectionals on Thursday nights',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'if they did go to the finals how much wud it cost',
    file: 'brass-band-contest-report.md',
    fragment: 'a rough quote for a coach and one night in a hotel came to around £4,200',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how much cash has the band got put aside for competitions right now?',
    file: 'brass-band-contest-report.md',
    fragment: 'We currently have £1,860 in the contest fund',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When the band is normally practise, what days and what time?',
    file: 'brass-band-contest-report.md',
    fragment: 'Rehearsals go back to the usual Tuesday and Thursday, 7.30pm to 9.30pm',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someone broke their arm falling off a ladder didnt they? who filled in',
    file: 'brass-band-contest-report.md',
    fragment: "Tom Felling, who came in on second baritone at three weeks' notice",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who covered the cost of the bus to the contest',
    file: 'brass-band-contest-report.md',
    fragment: 'who raised £640 at the February quiz night, which paid for the coach',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how long was the track n how many gates',
    file: 'drone-racing-meet-recap.md',
    fragment: '412 metres, 14 gates and two flags',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'who came up with the course plan this time?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Hannah Brightwell designed the layout again',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what do they use for lap timing',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Timing was RotorHazard on the club Pi as usual',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'Why the small drones was flying inside a building in the morning?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Because forecast gusts were up around 24 mph',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'that young kid who won the tiny drone race, was she 12 or so? whats her name',
    file: 'drone-racing-meet-recap.md',
    fragment: "Ellie Voss, who's 13, won it clean with a best lap of 8.92",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'did the guy who crashed in the big final still finish',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Rhys went down on lap two after a prop strike on the dive gate',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how long b4 they found the drone that flew off lol',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Found after about 40 minutes, thanks to his buzzer',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why did a couple of races have to be done again?',
    file: 'drone-racing-meet-recap.md',
    fragment: "because someone powered up on R2 in the pits and stomped on Jade's video mid-race",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much it cost for enter, and for the kids?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Entry was £12 per pilot (£6 juniors)',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who had the food truck? i heard she ran out of sausage sarnies by lunch',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Thanks to Wendy Hollins for the burger van',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where they find the drone that nobody claim?',
    file: 'drone-racing-meet-recap.md',
    fragment: 'we found a green 5-inch with a cracked camera plate in the long grass by gate 9',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat ids do i need sorted b4 next race',
    file: 'drone-racing-meet-recap.md',
    fragment: 'Make sure your Operator ID is on every quad and your Flyer ID is in date',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'when and where is the big yearly meeting',
    file: 'netball-league-agm-notice.txt',
    fragment: 'The AGM will be held on Thursday 12 June 2025 at 7.30pm',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat time does it finish, dont wanna be there all nite',
    file: 'netball-league-agm-notice.txt',
    fragment: 'we expect to be finished by 9pm at the latest',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: "Can I send someone else to vote for my team if I can't coming?",
    file: 'netball-league-agm-notice.txt',
    fragment: "we're not doing proxy votes this year",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'how many sides and members were involved this time round?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'We ran with 18 teams across two divisions this season',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who took the second tier title, was it decided on goals or something?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'the Division Two title went to Goal Diggers on goal difference',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many matches got forfeited this yr compared 2 before',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Only three games were lost to walkovers all season, compared with nine last year',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what is the sports centre going to charge for court time?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'the leisure centre has put court hire up from £42 to £48 an hour',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much one person must pay every time they play a match?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Match fees stay at £3 per player per game',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the refs were ok with the new subs idea but only if something, what was it?',
    file: 'netball-league-agm-notice.txt',
    fragment: "as long as the incoming player reports to the scorer's table first",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'under the co-ed proposal how many ladies have to be playing at once?',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Mixed teams would have to have at least four women on court at all times',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the chairwoman is leave the league?',
    file: 'netball-league-agm-notice.txt',
    fragment: "Louise Tremaine is standing down because she's moving to Bristol for work",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'whats the cutoff for putting someone forward for the committee',
    file: 'netball-league-agm-notice.txt',
    fragment: 'Nominations must reach me by 6pm on Thursday 5 June',
    style: 'verbatim-ish',
  },
  {
    q: 'how big is the pond and how old',
    file: 'pond-restoration-update.txt',
    fragment: 'the pond covers roughly 0.12 hectares and was dug as a horse pond in the nineteenth century',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'when did they last dredge it before this, back in the 90s?',
    file: 'pond-restoration-update.txt',
    fragment: 'It was last desilted in 1987',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the digging is take longer than they plan?',
    file: 'pond-restoration-update.txt',
    fragment: 'two days were lost to heavy rain, and one to a hydraulic fault',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did they dig out way more muck than they thought',
    file: 'pond-restoration-update.txt',
    fragment: 'the silt turned out to be much deeper along the north bank than the survey cores suggested',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'what random junk did they find in there',
    file: 'pond-restoration-update.txt',
    fragment: 'the crew pulled out a shopping trolley, two iron bedsteads',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'where did all the sludge get dumped afterwards?',
    file: 'pond-restoration-update.txt',
    fragment: 'The silt was spread on land at Home Farm by kind agreement of Reg Pellow',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what did the whole thing end up costing, was it about 16 grand?',
    file: 'pond-restoration-update.txt',
    fragment: 'The final bill is £18,750, mainly because of the extra 80 cubic metres of silt',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How many of the protected amphibian they relocate to other place?',
    file: 'pond-restoration-update.txt',
    fragment: 'moved 11 adult great crested newts and more than 40 smooth newts by hand',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who was running the helper saturdays',
    file: 'pond-restoration-update.txt',
    fragment: "led by Cllr Martin D'Souza, who chairs the Environment Working Group",
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what made it dry up the past couple of summers?',
    file: 'pond-restoration-update.txt',
    fragment: 'was the blocked culvert under Church Lane',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why are they asking ppl not to feed the geese, something about green gunk?',
    file: 'pond-restoration-update.txt',
    fragment: "Last summer's algae bloom was made considerably worse by the amount of bread",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat days can u drop in 2 see the clerk',
    file: 'pond-restoration-update.txt',
    fragment: 'which is open Tuesday and Thursday mornings from 9.30 to 12.30',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many dogs are they looking after at the moment',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'We currently have 23 pups on the programme across 19 puppy walking households',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the new litter was like 8 pups right? what breed are they',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'all Labrador x Golden Retriever crosses sired by Hector',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'which of the Q pups r round here',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'Quill, Quaver and Queenie – have come to our area',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Who is the person Juniper is now living with?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'been matched with her new owner, a retired music teacher in the north of the county',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did fennel get dropped from the scheme',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'his hip scores came back higher than the charity accepts for working dogs',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'what was the problem with dusty',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'Dusty was withdrawn because of persistent scavenging',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'where are the training sessions happening from april?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'class will run on Thursday mornings, 10.00 to 11.30, at Calderbrook Scout Hut on Mill Road',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When they check how heavy the dogs are?',
    file: 'puppy-walkers-newsletter.md',
    fragment: "I'll be doing weigh-ins on the first Thursday of each month",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'where did they go on the train trip n how long was it',
    file: 'puppy-walkers-newsletter.md',
    fragment:
      'took the 10.42 train from Calderbrook to Kelmsford Junction and back, roughly 40 minutes each way',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "what's the petrol money per mile?",
    file: 'puppy-walkers-newsletter.md',
    fragment: 'The rate is currently 35p a mile for trips to class',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'when is the lady who sorts the dog sitting leaving, end of may?',
    file: 'puppy-walkers-newsletter.md',
    fragment: 'Sandra Whitlock is stepping down as our boarding coordinator at the end of April',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'where and when was the seed thing',
    file: 'seed-swap-recap.txt',
    fragment: "We held this year's swap on Saturday 1 February in St Aidan's church hall on Ferris Road",
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how many seed bags got traded in total?',
    file: 'seed-swap-recap.txt',
    fragment: "212 packets had changed hands, which smashes last year's total of 130",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did the bake sale make',
    file: 'seed-swap-recap.txt',
    fragment: 'who ran the cake stall and raised £318',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'why did they bin the sick tomato plants instead of composting them',
    file: 'seed-swap-recap.txt',
    fragment: 'because the spores can overwinter in the heap',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many kilos of toms did they get in the end',
    file: 'seed-swap-recap.txt',
    fragment: 'we still picked around 60kg from the tunnel over the season',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'which beds handled all the rain best, the raised ones?',
    file: 'seed-swap-recap.txt',
    fragment: 'The no-dig beds that Hannah Blackwood started two years ago did noticeably better',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How heavy was the biggest squash somebody grew?',
    file: 'seed-swap-recap.txt',
    fragment: 'weighed in at 31.4kg at the harvest festival',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'how often did they need the mains after putting in the rain barrels?',
    file: 'seed-swap-recap.txt',
    fragment: 'we only used the mains tap on 19 days between May and September',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: "When the garden's agreement with the council is finish?",
    file: 'seed-swap-recap.txt',
    fragment: 'Our lease with the council runs out in March 2026',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why is the guy with the shed keys quitting, moving to york or something?',
    file: 'seed-swap-recap.txt',
    fragment: "Owen is stepping down as keyholder at the end of March because he's moving to Leeds",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when do the gardening days start up again',
    file: 'seed-swap-recap.txt',
    fragment: 'Work days restart on Saturday 8 March, 10am to 12.30pm',
    style: 'verbatim-ish',
  },
];

export const TWENTY_FOURTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'so are thornleigh actually going to cheltenham for the finals or not',
    trap: true,
    why: "The report says nobody knows yet whether a finals place will come to the band, and the committee hasn't decided whether it would accept one.",
  },
  {
    q: 'whens the band agm in june',
    trap: true,
    why: 'The report says no date has been fixed for the AGM because nobody knows when the Welfare hall re-roofing will finish.',
  },
  {
    q: 'when is lucy ainsworth coming back on soprano',
    trap: true,
    why: 'The report says it is not clear when Lucy will be back and she will only let them know over the summer.',
  },
  {
    q: 'has round 4 got a date yet',
    trap: true,
    why: 'The recap says the next meet date is not set and depends on the committee meeting.',
  },
  {
    q: 'did the marshals uphold jades protest about heat 41 or does tomasz keep 3rd',
    trap: true,
    why: "The recap says the marshals haven't ruled on the protest yet, so the result is still provisional.",
  },
  {
    q: "who's gonna be the new netball chair once louise goes",
    trap: true,
    why: "The notice says nobody has been nominated yet, so it isn't known who the next Chair will be.",
  },
  {
    q: 'when is highways actually going to unblock the church lane culvert',
    trap: true,
    why: 'The update says Highways has not given a date for clearing the culvert.',
  },
  {
    q: 'will we be allowed to fish in the pond once its settled',
    trap: true,
    why: 'The update says the Council has not decided whether fishing will be allowed.',
  },
  {
    q: 'is the mileage going up to 45p and from when',
    trap: true,
    why: "The newsletter says head office hasn't decided whether the rate will rise and no decision date has been given.",
  },
  {
    q: 'is the council going to renew the garden lease',
    trap: true,
    why: "The recap says the council hasn't said whether the lease will be renewed, with a decision unlikely before the summer.",
  },
  {
    q: 'what time did the coach get back to thornleigh on the saturday night',
    trap: true,
    why: 'The report never says when the coach got home.',
  },
  {
    q: 'who was it that powered up on R2 in the pits and wrecked jades video',
    trap: true,
    why: 'The recap deliberately does not name the person who powered up.',
  },
  {
    q: 'what frame and motors was maya running when she set the lap record',
    trap: true,
    why: "The recap gives no details of Maya's quad setup.",
  },
  {
    q: 'what was the goal difference that won goal diggers div 2',
    trap: true,
    why: 'The notice says Goal Diggers won on goal difference but gives no goal figures.',
  },
  {
    q: 'how much is the county affiliation fee right now',
    trap: true,
    why: 'The notice mentions the county affiliation fee but never states its amount.',
  },
  {
    q: 'which councillor voted against the extra pond money',
    trap: true,
    why: 'The update gives the six-to-one vote but does not name who voted against.',
  },
  {
    q: 'how much did the newt licence cost the parish',
    trap: true,
    why: 'The update says a licence was needed but gives no cost for it.',
  },
  {
    q: 'how old is maple the brood bitch',
    trap: true,
    why: "The newsletter never gives Maple's age.",
  },
  {
    q: 'what variety was daveys record pumpkin',
    trap: true,
    why: "The recap gives the pumpkin's weight and feeding but not its variety.",
  },
  {
    q: 'how many ppl turned up to sunils pea and bean talk',
    trap: true,
    why: 'The recap only says the talk was standing room only and gives no number.',
  },
  {
    q: 'where did thornleigh finish at the 2023 regionals',
    trap: true,
    why: "The report only gives the band's results for last year and 2011, not 2023.",
  },
  {
    q: 'who won the first section at the north pennine championships',
    trap: true,
    why: 'The report only covers the Second Section results.',
  },
  {
    q: 'how many pilots flew at round 2 this year',
    trap: true,
    why: "The recap only gives turnout for this Round 3 and last year's Round 3.",
  },
  {
    q: 'who won the open final at round 2',
    trap: true,
    why: 'The recap only gives results for Round 3.',
  },
  {
    q: 'who were div one champions in the 2023/24 season',
    trap: true,
    why: "The notice only names this season's division winners, not last season's.",
  },
  {
    q: 'how many teams were in the netball league back in 2022 when div 2 started',
    trap: true,
    why: 'The notice only gives team numbers for this season and last year.',
  },
  {
    q: 'how much silt came out when the pond was desilted in 1987',
    trap: true,
    why: 'The update only says the pond was last desilted in 1987 and gives no figures for that work.',
  },
  {
    q: 'how much did the 2023 village fete raise for the pond',
    trap: true,
    why: "The update only gives the proceeds of this year's June fete.",
  },
  {
    q: 'what day does the hartsfield team hold puppy class',
    trap: true,
    why: 'The newsletter only gives class arrangements for the Calderbrook team.',
  },
  {
    q: "what was the garden's total income in 2023",
    trap: true,
    why: 'The recap only gives the 2024 income figure.',
  },
  {
    q: 'are thornleigh actually going to the finals in cheltenham or what',
    trap: true,
    why: "The brass band report says they don't know yet whether a finals place will come to them or whether the committee would accept it.",
  },
  {
    q: 'when is the band agm in june',
    trap: true,
    why: 'The brass band report says no date has been fixed for the AGM because of the re-roofing.',
  },
  {
    q: 'when is lucy back on soprano',
    trap: true,
    why: 'The brass band report says it is not clear yet when Lucy will come back.',
  },
  {
    q: "when's the next drone meet",
    trap: true,
    why: 'The drone recap says the next meet date is not set yet.',
  },
  {
    q: "did jade's protest go thru or does tomasz keep 3rd in spec",
    trap: true,
    why: "The drone recap says the marshals haven't ruled on the protest yet.",
  },
  {
    q: "who's gonna be the new netball chair after louise",
    trap: true,
    why: "The AGM notice says nobody has been nominated and they don't know who the next Chair will be.",
  },
  {
    q: 'is there gonna be a summer netball league this year',
    trap: true,
    why: 'The AGM notice says nothing has been decided about a summer league.',
  },
  {
    q: 'when are highways actually clearing the culvert on church lane',
    trap: true,
    why: 'The pond update says Highways has not given a date for clearing the culvert.',
  },
  {
    q: 'will we be allowed to fish in the pond once its finished?',
    trap: true,
    why: 'The pond update says the Council has not decided whether fishing will be allowed.',
  },
  {
    q: 'is the community garden lease getting renewed after 2026',
    trap: true,
    why: "The seed swap recap says the council hasn't said whether the lease will be renewed.",
  },
  {
    q: 'what did the adjudicators actually write in their remarks about thornleigh',
    trap: true,
    why: 'The brass band report says the written remarks went to Alan but never says what they contain.',
  },
  {
    q: 'what time does the band start playing at the thornleigh gala',
    trap: true,
    why: 'The brass band report gives only the gala date, not a start time.',
  },
  {
    q: "who was it that powered up on R2 in the pits and wrecked jade's video",
    trap: true,
    why: "The drone recap only says 'someone' and never names the pilot.",
  },
  {
    q: 'what quad setup was maya flying for the lap record, motors battery etc',
    trap: true,
    why: "The drone recap never describes Maya's drone or its parts.",
  },
  {
    q: 'how much have the county umpire expenses gone up by',
    trap: true,
    why: 'The AGM notice says umpire expenses went up but gives no amount.',
  },
  {
    q: 'whats the name of the music teacher juniper got matched with',
    trap: true,
    why: "The newsletter describes Juniper's owner only as a retired music teacher and gives no name.",
  },
  {
    q: 'how much were the train tickets for the pups trip to kelmsford',
    trap: true,
    why: 'The newsletter never mentions the cost of the train tickets.',
  },
  {
    q: 'who was the assistant that helped dr venkatesh move the newts',
    trap: true,
    why: 'The pond update mentions her assistant but never gives a name.',
  },
  {
    q: "what variety was davey's giant pumpkin",
    trap: true,
    why: "The seed swap recap gives the pumpkin's weight but not its variety.",
  },
  {
    q: 'how much does a plot contribution at the garden cost',
    trap: true,
    why: 'The seed swap recap mentions plot contributions as income but never says how much one costs.',
  },
  {
    q: 'who won the first section at hexworth',
    trap: true,
    why: 'The brass band report covers only the Second Section results.',
  },
  {
    q: 'how did thornleigh do at whit friday last year',
    trap: true,
    why: "The brass band report only says they are waiting to hear about this year's Whit Friday march and says nothing about last year.",
  },
  {
    q: 'who won round 2 of the brackenby summer series',
    trap: true,
    why: 'The drone recap covers only Round 3 of this series and gives no Round 2 results.',
  },
  {
    q: 'who won division one in kingsmere the season before',
    trap: true,
    why: "The AGM notice gives only this season's Division One winner.",
  },
  {
    q: 'how much does it cost to hire the outdoor courts at ferndale park',
    trap: true,
    why: 'The AGM notice only mentions the Ferndale Park courts might be resurfaced and gives no hire price there.',
  },
  {
    q: 'how much did it cost to dredge the pond back in 1987',
    trap: true,
    why: 'The pond update says it was last desilted in 1987 but gives no cost for that work.',
  },
  {
    q: 'how much did the hartsfield puppy team raise on their walk',
    trap: true,
    why: 'The newsletter only gives fundraising totals for the Calderbrook team, not Hartsfield.',
  },
  {
    q: 'how much did the new year puppy walk raise in 2022',
    trap: true,
    why: "The newsletter gives only the 2024 total and the previous year's, not 2022.",
  },
  {
    q: "how many packets got swapped at greenbank allotments' seed swap",
    trap: true,
    why: 'The seed swap recap covers only the Marlow Street swap; Greenbank is mentioned only for the polytunnel offer.',
  },
  {
    q: 'how many kilos of tomatoes did marlow street get in 2022',
    trap: true,
    why: 'The seed swap recap gives tomato totals only for 2024 and 2023.',
  },
];

export const TWENTY_FOURTH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_FOURTH_SIX_ANSWERABLE,
  ...TWENTY_FOURTH_SIX_TRAPS,
];
