/**
 * Chat-style questions about a twenty-third six articles (./twenty-third-six/: a community orchard's cider pressing
 * day, a ramblers' group's winter walks, a roller derby league's bout recap, a Christmas craft fair's update to
 * stallholders, a film society's season review, a community speedwatch group's quarterly report), written in session
 * 61 by two helpers who saw only the articles (the second set as newcomers ask, in their own everyday words). The
 * question prompt held each question to at most half of its answer's content words, as the sixth to sixteenth and
 * the eighteenth to twenty-second six's did. Blind in session 61 (read only as totals: 58 of 200 at the start, 31
 * and 27; 60, 34 and 26, under a decision change then reverted, so 58 at the end); in the repository so that
 * later sessions keep them, dev from session 62.
 * Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess ->
 * paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_THIRD_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'what time does it shut on the sunday',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'Sunday 8 December, 10am to 3pm',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many stalls r there this yr vs last yr??',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'We have 62 pitches this year, up from 48 in 2023',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What's the reason behind the bigger number of trading spaces this time round?",
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: "we had 140 applications, the most we've ever had",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Until which day I must to pay the rest of my stall money?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'Balances are due by Friday 22 November',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who booked the new tent people after dunford went under, was it maureen?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'Graham Oakes, our treasurer, booked Calder Valley Marquees',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'r we gonna be stuck in mud again in the tent lol',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'with a hard floor rather than matting',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'In the tent, the organisers give us a table or I need bring my own?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'trestle tables are NOT provided there',
    style: 'paraphrase',
  },
  {
    q: 'At what time the cars must be gone from the square in the morning?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'every vehicle must be off the square by 9.15am',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where are stallholders supposed to park',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: "St Aidan's School has again kindly let us use its car park",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: "where do we hand in stuff for the prize draw, maureen's shop on church st?",
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: "please drop it at Pettigrew's Haberdashery on Kirk Lane by Wednesday 4 December",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Will there be alcohol on sale anywhere at the craft fair?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'the bar in the upstairs gallery is going ahead',
    style: 'paraphrase',
  },
  {
    q: "When's a good time to call the organiser's number?",
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'between 6pm and 8pm on weekdays',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many folk turned up to the pressing',
    file: 'cider-pressing-day-report.md',
    fragment: 'came to 214 visitors, up from 160 last year',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What volume of apple liquid did they end up with overall?',
    file: 'cider-pressing-day-report.md',
    fragment: 'That gave us 612 litres of juice',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what was the old top amount before this, like 400 litres in 2018 or so?',
    file: 'cider-pressing-day-report.md',
    fragment: 'beats the old best of 455 litres set back in 2019',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl helped out at pressing??',
    file: 'cider-pressing-day-report.md',
    fragment: 'Twenty-three volunteers worked at least part of the day',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Which apple is the one who finally have fruits this year on the baby trees?',
    file: 'cider-pressing-day-report.md',
    fragment: "a handful of Ashmead's Kernel from the two young trees planted in 2020",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat broke the grinder thing at lunchtime',
    file: 'cider-pressing-day-report.md',
    fragment: "a flint the size of a hen's egg",
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how long till they got the apple grinder going again',
    file: 'cider-pressing-day-report.md',
    fragment: 'had the mill running again in about 50 minutes',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How are they going to stop rocks wrecking the apple mill in future?',
    file: 'cider-pressing-day-report.md',
    fragment: 'every bag will be tipped into the washing trough first',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what did renting the big pressure machine off the valley coop set them back, 50 quid?',
    file: 'cider-pressing-day-report.md',
    fragment: 'We also hired a hydraulic rack-and-cloth press from the Wyvern Valley Cider Co-op for £85',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the profit from pressing day once all the costs came off',
    file: 'cider-pressing-day-report.md',
    fragment: 'That leaves us £815 to the good, compared with £540 last year',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'the kid who won the apple skin contest, how long was it? 90 cm maybe?',
    file: 'cider-pressing-day-report.md',
    fragment: 'won by nine-year-old Maisie Harcourt with a single unbroken Bramley peel of 94 cm',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What they did with the apple mush after the pressing?',
    file: 'cider-pressing-day-report.md',
    fragment: "All of the spent pulp went to Coombe End Farm for Graham's pigs",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many times did the group go out between july and september',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'We ran 27 sessions totalling 41.5 hours at the roadside',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What share of motorists broke the limit compared to a year ago?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The rate fell from 7.3% to 4.2%',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'On 30 road, from which speed the drivers get reported?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'which on our 30 mph roads is 35 mph',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did the hill site get knocked back the 1st time',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'because the verge was too narrow for a safe stand-off',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "why's the bus stop site so bad, is it cos people fly in off the A-road?",
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: "drivers coming down the hill off the B3217 simply don't brake",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whats the fastest any1 got clocked at??',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The highest speed this quarter was 58 mph on Ashcombe Hill',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Why in autumn there was suddenly so much cars coming through the village?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The A-road closure at Fenwick Bridge for resurfacing',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How many initial cautions did the cops post out?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'the police sent 318 first warning letters this quarter',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'if someone gets caught a third time what happens, home visit from the cops?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: '3 vehicles reached the third stage, which means a visit from a PCSO',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much helpers must to be there for one speedwatch shift?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'Sessions need at least three people',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "Who is covering the bill for the radar's yearly check?",
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The parish council has agreed to pay for it again',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why were the numbers down outside the primary',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'the school was shut for the summer holidays from 23 July to 3 September',
    style: 'verbatim-ish',
  },
  {
    q: 'how big is the society now',
    file: 'film-society-season-review.md',
    fragment: 'Membership closed the season at 118, up from 97 last year',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What was the typical turnout per screening?',
    file: 'film-society-season-review.md',
    fragment: 'Average attendance was 64 a night, against 51 in 2022/23',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat was the biggest crowd evr',
    file: 'film-society-season-review.md',
    fragment: 'the biggest the society has ever had, was 103',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Who was playing the music for the old film with no sound?',
    file: 'film-society-season-review.md',
    fragment: 'with live piano accompaniment by Rhiannon Voss',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the film night with the storm, was it only like 20 people who came?',
    file: 'film-society-season-review.md',
    fragment: 'The smallest crowd was 29 for the Hungarian drama',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'which film did people rate worst',
    file: 'film-society-season-review.md',
    fragment: 'Bottom of the pile, at 2.9, was the French thriller',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Why did the bulb die during that October show?',
    file: 'film-society-season-review.md',
    fragment: 'the projector was bought second-hand in 2014 and the lamp had gone well past its rated hours',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'did they show the cartographers wife again after it broke',
    file: 'film-society-season-review.md',
    fragment: 're-screened the film free of charge on 27 October',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'how much did the replacement machine end up costing, about 3 grand?',
    file: 'film-society-season-review.md',
    fragment: 'a new laser projector, which cost £3,850',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Which fund was giving the grant for projector?',
    file: 'film-society-season-review.md',
    fragment: '£1,900, came from the Tregarrow District Arts Fund',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the family showing in november, how many turned up?',
    file: 'film-society-season-review.md',
    fragment: 'That matinee drew 58, a good half of them under twelve',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wen is the film soc yearly meeting n where',
    file: 'film-society-season-review.md',
    fragment: 'The AGM will be held at the Institute Hall on Friday 21 June at 7pm',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'what time does it get dark in december',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'which is around 4pm by mid-December',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What's the price per person for the festive meal?",
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Lunch is three courses at £26.50 a head',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'by wen do i hav to sort the money n food picks for the pub meal',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'a £10 deposit by Friday 29 November',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'how many can the pub fit, 40ish? i remember we nearly filled it last year',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'the Plough can take 50',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much I must pay for the parking at the Turkey Trot start?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'pay and display, £3.20 all day',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whats the best turnout ever for the jan 1st one',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Last year 38 walkers turned out, a club record for this walk',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How much climbing is involved in the toughest hike this season?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Our longest winter walk, with about 1,400 ft of ascent',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'hw much is the bus if u dont have a pass',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'the single fare is £2 otherwise',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'The flat ramble in February, for which people it is?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'aimed at newer members and anyone recovering from an injury',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the coldharbour stile that fell down in october, what happened to it?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'apparently because a fallen ash branch landed on it',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'which map should i bring',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Please carry the OS Explorer 217 map if you have one',
    style: 'verbatim-ish',
  },
  {
    q: 'what was the score at the break',
    file: 'roller-derby-bout-recap.md',
    fragment: 'It was 88–79 at half-time',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat time did the bout kick off sat',
    file: 'roller-derby-bout-recap.md',
    fragment: 'Whistle went at 6pm and the final jam finished at 7.52pm',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What tactical change did the coach make partway through the opening period?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'switched us to a tighter three-wall',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how many pts did rourke rack up in that long jam after both of theirs got sent off, 30ish?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'she put 31 points on the board before the jam clock ran out',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whats the old record 4 most pts in 1 game',
    file: 'roller-derby-bout-recap.md',
    fragment: "beating the league's single-bout record of 61",
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'What is the injury of Sinister, her leg is broken?',
    file: 'roller-derby-bout-recap.md',
    fragment: "It's a sprained ankle, not a break",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what charity got the interval draw cash at the derby, was it the hospice?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'which is going to the Kessock Valley Food Bank',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What does the coach reckon is behind the improvement?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'Marcus puts a lot of it down to the new jammer rotation',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how fast did the crew get the floor set up',
    file: 'roller-derby-bout-recap.md',
    fragment: 'laid and taped the track in 55 minutes flat',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'When are trainings happening every week?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'Practice is Tuesdays and Thursdays, 7.30–9.30pm',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how was the team doing this time last season',
    file: 'roller-derby-bout-recap.md',
    fragment: 'At this point last year we were 1–3',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'why did the organisers expand the number of spaces so much',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'That jump is because we had 140 applications',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'hw much 2 rent a spot in the tent n is it more if u need power',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'Pitch fees are unchanged at £45 inside and £35 in the marquee',
    style: 'slang',
  },
  {
    q: 'wen do i hav to pay the rest of the money by',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'Balances are due by Friday 22 November',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: "wasnt there something about the old tent firm packing up, the one we'd used for ten years or so? who was that",
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'Dunford Events, who supplied our marquee for the last six years, ceased trading',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'the tent is going to be muddy again like before or they fix this?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'with a hard floor rather than matting',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "when's a good time to phone the organisers with questions",
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'ring the fair phone on 07700 914 382 between 6pm and 8pm on weekdays',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'will the organisers supply furniture for those of us out in the tent?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'trestle tables are NOT provided there',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how late in the morning can we leave the van on the square',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'every vehicle must be off the square by 9.15am, no exceptions',
    style: 'verbatim-ish',
  },
  {
    q: 'where are stallholders meant to park',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: "St Aidan's School has again kindly let us use its car park",
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'is the raffle for the hospice again this year or someone else?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: "This year's chosen charity is the Holmbridge Youth Brass Band",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'r they servin hot booze this yr or did that get knocked back',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'our Temporary Event Notice for mulled wine was accepted by the council',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'what amount of insurance I must to have for sell at the fair?',
    file: 'christmas-craft-fair-stallholder-update.txt',
    fragment: 'We still need public liability insurance certificates (minimum £5 million cover)',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many people turned up to the apple day',
    file: 'cider-pressing-day-report.md',
    fragment: 'came to 214 visitors, up from 160 last year',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what volume of liquid did they squeeze out altogether, and was that a best ever?',
    file: 'cider-pressing-day-report.md',
    fragment: 'That gave us 612 litres of juice, which is a new record for a single day',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many ppl helped out on the day',
    file: 'cider-pressing-day-report.md',
    fragment: 'Twenty-three volunteers worked at least part of the day',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'which variety finally cropped off the young saplings, the ones they put in around 2019?',
    file: 'cider-pressing-day-report.md',
    fragment: "a handful of Ashmead's Kernel from the two young trees planted in 2020",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'from where they get the apples for making the cider?',
    file: 'cider-pressing-day-report.md',
    fragment: 'Graham Peploe at Coombe End Farm very kindly let us glean his cider trees again',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how long did it take 2 get the crusher goin again',
    file: 'cider-pressing-day-report.md',
    fragment: 'had the mill running again in about 50 minutes',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "what will they do differently in future so rocks don't wreck the machine?",
    file: 'cider-pressing-day-report.md',
    fragment: 'from next year every bag will be tipped into the washing trough first',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'they rented a bigger press from some co-op didnt they, what did that cost, 50 quid?',
    file: 'cider-pressing-day-report.md',
    fragment: 'We also hired a hydraulic rack-and-cloth press from the Wyvern Valley Cider Co-op for £85',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much money is stay for the group after they pay all the costs?',
    file: 'cider-pressing-day-report.md',
    fragment: 'That leaves us £815 to the good, compared with £540 last year',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who won the apple skin contest',
    file: 'cider-pressing-day-report.md',
    fragment: 'won by nine-year-old Maisie Harcourt with a single unbroken Bramley peel of 94 cm',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat happend 2 all the leftover mush after',
    file: 'cider-pressing-day-report.md',
    fragment: "All of the spent pulp went to Coombe End Farm for Graham's pigs",
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'which of the bakes was gone before lunch',
    file: 'cider-pressing-day-report.md',
    fragment: 'whose damson flapjack sold out by noon',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what share of motorists were going too fast compared with the year before?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The rate fell from 7.3% to 4.2%',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat speed do u hav 2 b doin b4 they report u',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'which on our 30 mph roads is 35 mph',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'why did the cops turn down the hill spot the first time, something about the pavement?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The first was rejected in March because the verge was too narrow for a safe stand-off',
    style: 'paraphrase',
  },
  {
    q: 'how did they get the hill site okayed in the end, was it something the council did in like may?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The parish council had the hedge cut back in June, and that did the trick',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'why the counts by the primary is smaller?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'Mill Road figures were lower mainly because the school was shut for the summer holidays',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what was the fastest anyone got clocked at',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The highest speed this quarter was 58 mph on Ashcombe Hill',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what caused the surge of cars through the village in the autumn?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment:
      'The A-road closure at Fenwick Bridge for resurfacing (2 to 20 September) sent diverted traffic',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what happens on the third strike, do the police come round to your house or something?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: '3 vehicles reached the third stage, which means a visit from a PCSO',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many helpers has the group got now',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'We have 14 active volunteers, up from 11 in June',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'how many person must be there for each time on the road?',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'Sessions need at least three people, one on the device',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "what's the price of the yearly accuracy test on the speed gun?",
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'Our radar device is due for its annual calibration check in November',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wens the nxt get together for the speed ppl',
    file: 'community-speedwatch-quarterly-report.txt',
    fragment: 'The next group meeting is at the village hall on Wednesday 23 October at 7.30pm',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'what night of the week are the showings on',
    file: 'film-society-season-review.md',
    fragment: 'We screened 14 films between 15 September and 17 May, all on Friday nights',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many ppl r in the club now',
    file: 'film-society-season-review.md',
    fragment: 'Membership closed the season at 118, up from 97 last year',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what do they credit with bringing in the extra joiners?',
    file: 'film-society-season-review.md',
    fragment: 'puts down mostly to the stall at the Penhallow Summer Show and the new banner',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'that silent movie with the organ player, how many came to it, was it about 100?',
    file: 'film-society-season-review.md',
    fragment: 'and the biggest the society has ever had, was 103 for',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'which film have the least people come to watch?',
    file: 'film-society-season-review.md',
    fragment: 'The smallest crowd was 29 for the Hungarian drama',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what did the replacement machine set them back?',
    file: 'film-society-season-review.md',
    fragment: 'the committee decided to go for a new laser projector, which cost £3,850',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'some arts grant paid for about half the new projector right, who gave that?',
    file: 'film-society-season-review.md',
    fragment: 'Just under half, £1,900, came from the Tregarrow District Arts Fund',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much it cost for be member one year?',
    file: 'film-society-season-review.md',
    fragment: 'whether the £28 annual sub will go up',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'did many kids turn up to the christmas family showing',
    file: 'film-society-season-review.md',
    fragment: 'That matinee drew 58, a good half of them under twelve',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen is the agm n wats on after',
    file: 'film-society-season-review.md',
    fragment: 'will be held at the Institute Hall on Friday 21 June at 7pm, followed by a short film',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'who helped out when the tea boiler broke?',
    file: 'film-society-season-review.md',
    fragment: 'Thanks also to the Penhallow Arms for lending us their urn after ours sprang a leak',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many idea of films people send last year and how many was chosen?',
    file: 'film-society-season-review.md',
    fragment: 'Last year 41 titles were put forward and seven made it into the season',
    style: 'paraphrase',
  },
  {
    q: 'until when I must pay the deposit for christmas meal?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Brenda needs your menu choices and a £10 deposit by Friday 29 November',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "what's the charge for leaving the car at the start of the walk after christmas?",
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Meet 10am at the Ashcombe Mill car park (pay and display, £3.20 all day)',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the new years day walk had a record turnout last time didnt it, about 40?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Last year 38 walkers turned out, a club record for this walk',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much uphill is there on the big january one',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Our longest winter walk, with about 1,400 ft of ascent',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'hw much does the coach cost if u aint got a freebie card',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Bus passes accepted; the single fare is £2 otherwise',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'there is a easy walk for people who is beginner or have injury?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'aimed at newer members and anyone recovering from an injury',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the pitts folly walk with no leader, when do they call it off if no one steps up, end of feb?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'If nobody volunteers by the end of January the walk will be cancelled',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'how will I find out if bad weather stops an outing?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: "it will be posted on the members' WhatsApp group and on the website by 8am",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'hw much is it 4 a couple 2 join next yr',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Subs for 2025 stay at £18 single and £27 joint',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'which map I should bring with me?',
    file: 'ramblers-winter-walk-programme.txt',
    fragment: 'Please carry the OS Explorer 217 map if you have one',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what tactical change did the trainer make to stop their star scorer?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'called a team timeout with 9:40 left on the first-half clock',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'when did the game swing our way, around the 10th jam of the second half?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'The game turned in the 19th jam of the second period',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many pts did tempest rack up',
    file: 'roller-derby-bout-recap.md',
    fragment: "across the bout, beating the league's single-bout record of 61",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how much did the entrance money come to?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'Door takings came to £1,630',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many fouls our team was get in this game?',
    file: 'roller-derby-bout-recap.md',
    fragment: "We had 31 penalties against the Wreckers' 38",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'is sinister ok wat did she do 2 her foot',
    file: 'roller-derby-bout-recap.md',
    fragment: "It's a sprained ankle, not a break, thank goodness",
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the raffle money went to a charity, the homeless shelter i think? which one was it',
    file: 'roller-derby-bout-recap.md',
    fragment: 'The half-time raffle made £412, which is going to the Kessock Valley Food Bank',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how was the team doing at same time in last year?',
    file: 'roller-derby-bout-recap.md',
    fragment: 'At this point last year we were 1–3, so this is a huge step up',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when do they train each week',
    file: 'roller-derby-bout-recap.md',
    fragment: 'Practice is Tuesdays and Thursdays, 7.30–9.30pm, at Millbrook as usual',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the other side gave their top skater awards to pri-mal for jamming right? who got what',
    file: 'roller-derby-bout-recap.md',
    fragment: 'Tempest for jammer and Pri-Mal for blocker',
    style: 'paraphrase',
  },
];

export const TWENTY_THIRD_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'did bridge street get the go ahead to close on the sunday?',
    trap: true,
    why: 'The fair update says the highways team has not replied about the Bridge Street closure, so it is unknown.',
  },
  {
    q: 'is derek gonna be santa this year or have they found someone else',
    trap: true,
    why: 'The article says it is not yet known whether Derek will be fit and no stand-in has been found.',
  },
  {
    q: 'is the friday late night preview on the 6th definitely happening',
    trap: true,
    why: 'The committee has not decided whether the Friday preview will happen.',
  },
  {
    q: 'will pressing day be in the tithe barn again next autumn?',
    trap: true,
    why: 'The barn lease runs out in March and the article says it is not known whether it will be renewed.',
  },
  {
    q: 'whos taking over running the press now dennis is stepping back',
    trap: true,
    why: 'The report says nobody has put their name forward and it is not known who will take over.',
  },
  {
    q: 'has the county said yes to the 20mph zone by the school yet',
    trap: true,
    why: 'The speedwatch report says nobody has told them whether the 20 mph zone will be funded or when a decision is due.',
  },
  {
    q: 'when is the flashing speed sign on church lane getting fixed',
    trap: true,
    why: 'The report says the council has not said when the speed sign will be fixed.',
  },
  {
    q: 'r the film soc subs going up next season',
    trap: true,
    why: 'The committee has not decided whether the £28 subscription will go up.',
  },
  {
    q: 'will the number 43 still run on sundays from february',
    trap: true,
    why: 'Tallis Coaches have not said whether the Sunday service will carry on after January.',
  },
  {
    q: 'who are the vixens playing at home on 17 may?',
    trap: true,
    why: 'The recap says the other league has not confirmed, so the May opponent cannot be announced.',
  },
  {
    q: 'how much is it costing to hire the new marquee from calder valley',
    trap: true,
    why: 'The update names the new marquee supplier but never gives what it costs to hire.',
  },
  {
    q: 'how much is a cup of mulled wine at the fair bar',
    trap: true,
    why: 'The update confirms a mulled wine bar but gives no drink prices.',
  },
  {
    q: 'how many bottles of juice did they sell at the door on pressing day',
    trap: true,
    why: 'The report gives litres bottled and the money from juice sales but not a number of bottles sold.',
  },
  {
    q: 'what make was the van that got clocked at 58',
    trap: true,
    why: 'The report only describes it as a dark grey van and never gives its make.',
  },
  {
    q: 'how much did the parish pay to get the hedge cut back on ashcombe hill',
    trap: true,
    why: 'The report says the hedge was cut back in June but gives no cost.',
  },
  {
    q: 'who directed the salt road',
    trap: true,
    why: 'The review calls it a 1926 silent but never names its director.',
  },
  {
    q: 'what film r they showing after the agm',
    trap: true,
    why: 'The review only says the AGM is followed by a short film without naming it.',
  },
  {
    q: 'whats on the menu for the xmas lunch at the plough',
    trap: true,
    why: 'The programme gives the price and number of courses but no menu.',
  },
  {
    q: 'how many points did kerosene score for the wreckers',
    trap: true,
    why: "The recap gives Kerosene's lead jammer percentages but not her points.",
  },
  {
    q: 'who won the half time raffle at the bout',
    trap: true,
    why: 'The recap gives the raffle total and the prize donors but not any winners.',
  },
  {
    q: 'how many pitches did the holmbridge fair have in 2022',
    trap: true,
    why: 'The update only gives pitch numbers for 2023 and 2024.',
  },
  {
    q: 'how much juice did the orchard group press in 2022',
    trap: true,
    why: 'The report gives juice figures for 2024 and the 2019 record but nothing for 2022.',
  },
  {
    q: 'who won the longest peel competition in 2023',
    trap: true,
    why: 'The report names only the 2024 winner and the 2021 record holder.',
  },
  {
    q: 'what was the top speed speedwatch recorded in april to june',
    trap: true,
    why: 'The report covers July to September and only mentions a previous top reading from May 2023.',
  },
  {
    q: 'what was the highest rated film in the 2022/23 season',
    trap: true,
    why: 'The review only gives audience scores for the 2023/24 season.',
  },
  {
    q: 'how many turned out for the new years day walk in 2022',
    trap: true,
    why: "The programme only gives New Year's Day turnouts for last year and 2020.",
  },
  {
    q: 'which walks got cancelled in winter 2022/23',
    trap: true,
    why: 'The programme only mentions the cancellations from last winter.',
  },
  {
    q: 'what was the score when the vixens played drumlane last season',
    trap: true,
    why: 'The recap only gives the February 2025 result against Drumlane.',
  },
  {
    q: 'how many people came to watch the hellcats away bout in january',
    trap: true,
    why: 'The recap gives attendance only for the home bouts, not the Hellcats game.',
  },
  {
    q: 'how much did the ramblers raise on their stall at the ashcombe food festival',
    trap: true,
    why: 'The programme only says 14 new members joined at the festival stall, not any money raised.',
  },
  {
    q: 'is bridge street getting shut on the sunday for the fair',
    trap: true,
    why: "The fair's Bridge Street closure request has had no reply from the highways team, so it is not known whether it will happen.",
  },
  {
    q: "who's doing santa this year if derek's knee isn't better",
    trap: true,
    why: 'The update says it is not yet known whether Derek will be fit and no stand-in has been found.',
  },
  {
    q: 'will card machines work ok upstairs at the fair now the wifi is in',
    trap: true,
    why: 'The update says the new Wi-Fi has not been tested and it is unknown whether card payments will work upstairs.',
  },
  {
    q: 'is apple pressing day gonna be at the same barn next autumn',
    trap: true,
    why: 'The orchard report says the barn lease runs out in March and it is unknown whether it will be renewed.',
  },
  {
    q: "who's taking over the press now dennis is stepping down",
    trap: true,
    why: 'The orchard report says nobody has come forward and it is not known who will succeed Dennis.',
  },
  {
    q: 'when are the police bringing the speed camera van to ashcombe hill',
    trap: true,
    why: 'The speedwatch report says the police have given no date or even confirmed a mobile camera session.',
  },
  {
    q: 'when will the flashing sign on church lane be working again',
    trap: true,
    why: 'The speedwatch report says the council has not said when the broken speed sign will be fixed.',
  },
  {
    q: "who's the new treasurer for the film club after hazel",
    trap: true,
    why: 'The film review says nobody has come forward and it is unknown who will take over the books.',
  },
  {
    q: 'who are the vixens playing at home in may',
    trap: true,
    why: 'The derby recap says the May opponent has not confirmed, so it cannot be announced.',
  },
  {
    q: 'will the 43 bus still run on sundays after january',
    trap: true,
    why: 'The ramblers programme says Tallis Coaches have not said whether the Sunday service will continue after January.',
  },
  {
    q: 'whats the reg of the grey van that did 58',
    trap: true,
    why: "The speedwatch report gives the van's colour, time and speed but never its registration or driver.",
  },
  {
    q: 'how much did the new marquee cost to hire from calder valley',
    trap: true,
    why: 'The fair update names the new marquee firm and its size but never states what it cost.',
  },
  {
    q: 'what time does the mulled wine bar open at the craft fair',
    trap: true,
    why: 'The fair update says the upstairs bar is going ahead but gives no opening time.',
  },
  {
    q: 'how much was a bottle of juice at the pressing day',
    trap: true,
    why: 'The orchard report gives total juice sales of £640 but never a price per bottle.',
  },
  {
    q: "what's the name of josie's daughter who helped on the hydraulic press",
    trap: true,
    why: "The orchard report mentions Josie Marchant's daughter but never names her.",
  },
  {
    q: 'which film are they showing after the film club agm',
    trap: true,
    why: 'The film review says a short film follows the AGM but does not say which one.',
  },
  {
    q: 'how much is it on the door for non members at film nights',
    trap: true,
    why: 'The film review gives the £28 annual sub and door money totals but no single-night ticket price.',
  },
  {
    q: 'who won the raffle at the derby bout',
    trap: true,
    why: 'The derby recap gives the raffle total and prize donors but not who won.',
  },
  {
    q: 'whats on the menu for the ramblers christmas lunch',
    trap: true,
    why: 'The ramblers programme gives the price and deposit for the three-course lunch but not the menu.',
  },
  {
    q: 'how many people came to the craft fair back in 2022',
    trap: true,
    why: 'The fair update gives footfall only for last year (2023), not for 2022.',
  },
  {
    q: 'how much did the holmbridge craft fair raffle make in 2022',
    trap: true,
    why: 'The fair update gives the raffle total only for last year, not for 2022.',
  },
  {
    q: 'how many litres of juice did the orchard get in 2021',
    trap: true,
    why: 'The orchard report gives juice figures only for 2024 and the 2019 record, not 2021.',
  },
  {
    q: 'how many speeders did speedwatch log from april to june this year',
    trap: true,
    why: 'The speedwatch report covers July to September 2024 and the same quarter of 2023, not April to June.',
  },
  {
    q: 'how many cars got checked on gorse lane',
    trap: true,
    why: 'Gorse Lane is only a requested fourth site that has not been assessed, so no readings are given for it.',
  },
  {
    q: 'how much did the cake stall make at the ashcombe food festival',
    trap: true,
    why: 'The £150 cake stall figure is for the Ashcombe Show, and the food festival is only mentioned as where the ramblers recruited members.',
  },
  {
    q: 'what was the score when lethal weapon played drumlane in 2022',
    trap: true,
    why: "The derby recap mentions Haig's 2022 record against Drumlane but never that game's score.",
  },
  {
    q: 'how many fans went to the vixens away game at hollowmere',
    trap: true,
    why: "The derby recap gives attendance only for Saturday's home bout, not the away games.",
  },
  {
    q: "what was the film club's top rated film the season before",
    trap: true,
    why: 'The film review gives audience scores only for the 2023/24 season.',
  },
  {
    q: 'who led the fenwick down walk last winter',
    trap: true,
    why: "The ramblers programme lists leaders only for this winter's walks, not last year's.",
  },
];

export const TWENTY_THIRD_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_THIRD_SIX_ANSWERABLE,
  ...TWENTY_THIRD_SIX_TRAPS,
];
