/**
 * Chat-style questions about an eighteenth six articles (./eighteenth-six/: a town's street food festival
 * organisers' wrap-up, a housing association's notice about replacing a tower block's lifts, a volunteer beach
 * clean group's end-of-season results, a pub darts league's finals night, a local campaign's update on getting a
 * skatepark built, a care home manager's letter on new visiting arrangements), written in session 56 by two
 * helpers who saw only the articles (the second set in a newcomer's vaguer words). The question prompt held each
 * question to at most half of its answer's content words, as the sixth to sixteenth six's did (the seventeenth's
 * did not). Blind in session 56 (read only as totals: 33 and 35 of 100 at its start, 32 and 34 at its end; 65 of
 * 199 once a question both sets hold is kept once); in the repository so that later sessions keep them, dev from
 * session 57. Styles the scorer does not know are
 * mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own
 * noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const EIGHTEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'how much weight of litter did the group take off the beaches overall this year',
    file: 'beach-clean-season-results.md',
    fragment: '2,847 kg, a new group record, beating the 1,960 kg we managed in 2023',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who lent u guys the tractor 4 the ghost net mess at trenance',
    file: 'beach-clean-season-results.md',
    fragment: 'a borrowed tractor from Jory Pascoe at Higher Trenance Farm',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Where did the bulk of the discarded smokes turn up?',
    file: 'beach-clean-season-results.md',
    fragment: 'almost all on Porthgarrow main beach near the car park steps',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'why the tiny beads of plastic is not include in the big totals?',
    file: 'beach-clean-season-results.md',
    fragment: 'a single survey at Kellow Point in May counted 3,950 of them',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'didnt anjali reckon the drop in bottles was down to some new water fountain at the pub or something?',
    file: 'beach-clean-season-results.md',
    fragment: 'the new refill station at the Porthgarrow café',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many baby wipes did u find this yr vs last??',
    file: 'beach-clean-season-results.md',
    fragment: 'wet wipes were up again, from 96 to 171',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'who ended up with the best find award and what did they get for it',
    file: 'beach-clean-season-results.md',
    fragment: 'went to Kit for the loyalty card, by popular vote',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What's the group's balance looking like now the year's wrapped up?",
    file: 'beach-clean-season-results.md',
    fragment: 'We ended the season with £1,412.60 in the bank',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What was the most expensive thing the group buy this year?',
    file: 'beach-clean-season-results.md',
    fragment: '60 new litter pickers and 40 reusable hoop bags at £538',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why did the full sacks sit uncollected so long up at kellow, was it like a fortnight?',
    file: 'beach-clean-season-results.md',
    fragment: 'because the lane is too narrow for the usual truck',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many of the midweek nite cleans got cancelled cos of weather',
    file: 'beach-clean-season-results.md',
    fragment: 'three of the seven were called off because of wind or rain',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "when's the end of year party again, the ship on a saturday was it?",
    file: 'beach-clean-season-results.md',
    fragment: 'at the Ship Inn on Friday 8 November from 7pm',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat times can u drop in at elmbrook from july',
    file: 'care-home-visiting-changes.txt',
    fragment: 'our visiting hours will be 10am to 8pm, seven days a week',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What was the reasoning behind lengthening the visit times?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'you struggle to get here around work',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'why they are strict now about people not going in the eat room at lunch time?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'several residents were eating noticeably less when the dining rooms were busy and noisy',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'i usually feed my mum at dinner who do i tell so i can still do that',
    file: 'care-home-visiting-changes.txt',
    fragment: 'let the nurse in charge know and we will set a place for you',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'why are they swapping the signing-in book for an ipad thing, was it a security thing?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'We are doing this mainly for fire safety',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl wernt on the sign in sheet at that april evac practice',
    file: 'care-home-visiting-changes.txt',
    fragment: 'four visitors had not signed in at all',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How many key carers is each person living there allowed to nominate?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'Each resident can now name up to two Essential Care Givers',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whats the cutoff for signing up to be one of the carers who can come whenever',
    file: 'care-home-visiting-changes.txt',
    fragment: 'please fill in the green form at reception by Friday 21 June',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'why did they ban dogs from the dining room again, something about a lab eating someones dinner?',
    file: 'care-home-visiting-changes.txt',
    fragment: "a small terrier helped itself to a resident's birthday cake in March",
    style: 'paraphrase',
  },
  {
    q: 'how long were the two wings shut during that stomach bug outbreak, was it in february?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'closed the Willow and Rowan wings for nine days',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'how much money the garden room renovation was costing in total?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'The refurbishment cost £18,400',
    style: 'paraphrase',
  },
  {
    q: 'when and where will be the get together for relatives? i want come',
    file: 'care-home-visiting-changes.txt',
    fragment: "our families' meeting on Wednesday 19 June at 6.30pm in the main lounge",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why wasnt the finals at the usual pub this time',
    file: 'darts-league-finals-night.txt',
    fragment: 'the Coach and Horses is halfway through its kitchen refit',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How many spectators paid to get in on the night?',
    file: 'darts-league-finals-night.txt',
    fragment: 'We sold 148 tickets at £5 each, up from 112 last year',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who won the team knockout n wats the score',
    file: 'darts-league-finals-night.txt',
    fragment: 'Red Lion "A" take the cup 6-5',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'what did sandra hit to win it for red lion, was it double 16?',
    file: 'darts-league-finals-night.txt',
    fragment: 'then pinged D20 with her second',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'On which double Dean go out for winning the men championship?',
    file: 'darts-league-finals-night.txt',
    fragment: 'in the final leg Dean hit a 14-darter, finishing on D8',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how long has dean been chuckin arrows in the league b4 he finally won it',
    file: 'darts-league-finals-night.txt',
    fragment: "Dean's first singles title in eleven years of playing in the league",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What score did the women's winner average, and whose old best did she top?",
    file: 'darts-league-finals-night.txt',
    fragment: 'her 96.4 three-dart average in the final is the best ever recorded',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who got the biggest finish of the night and what did they win',
    file: 'darts-league-finals-night.txt',
    fragment: '161 by Kieran Mabey in the team final',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'what age is having the Brandwood boy who play in the pairs?',
    file: 'darts-league-finals-night.txt',
    fragment: 'Ollie Brandwood, 17, who reached the pairs final with his granddad Ray',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How much did the car dealer chip in toward the winnings pot?',
    file: 'darts-league-finals-night.txt',
    fragment: '£650 from our sponsor, Hollins Motors on the Bypass Road',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'where did the raffle cash end up going, some hospice or other?',
    file: 'darts-league-finals-night.txt',
    fragment: 'every penny of that is going to the Kestlow Air Ambulance appeal',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What time the trophies was given out finally?',
    file: 'darts-league-finals-night.txt',
    fragment: "the presentations didn't start until 11.40pm instead of the planned 10.30",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl rocked up to kelsford eats this yr',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'counted 14,820 visitors over the two days',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How they was able to fit more vans in this year?',
    file: 'food-truck-festival-wrapup.md',
    fragment: "the council agreeing, for the first time, to close Tanner's Row",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Which good cause got the donations from the tins and the prize draw?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'raised £4,186.45 for the Kelsford Community Larder',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what time did the taco truck run out of food on day one',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'whose birria tacos were gone by 3.40pm on the Saturday',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how much did the taco lady make in advance, was it like 500 servings?',
    file: 'food-truck-festival-wrapup.md',
    fragment: "She'd prepped 900 portions, double her 2023 amount",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'which truck won the ppls choice award n who runs it',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'from Harnley, run by brothers Kiran and Vikesh Sandhu, with 612 votes',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What made the electricity go off on Saturday evening?',
    file: 'food-truck-festival-wrapup.md',
    fragment: "two traders had plugged in extra fryers that weren't on their declared load sheets",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why did the refill tap go dry so early on day one',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'because the bowser turned up half full',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'how many bin bag the rubbish team fill over the weekend?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'filled 118 sacks over the weekend, up from 70 last year',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "What was the festival's overall outlay?",
    file: 'food-truck-festival-wrapup.md',
    fragment: 'Our total spend came to £21,740',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'so they lost money on it right? like 2 grand? how did they pay for the gap',
    file: 'food-truck-festival-wrapup.md',
    fragment: "leaving a shortfall of £3,340, which we've covered from our reserves",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what were the first aiders mostly treating people for',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'dealt with 19 incidents, mostly wasp stings and one sprained ankle',
    style: 'verbatim-ish',
  },
  {
    q: 'how did the tally go when the town hall lot decided on the rec',
    file: 'skatepark-campaign-update.md',
    fragment: 'councillors voted 9-3 to let us use the disused bowling green',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What swung it for the leisure committee chair in favour of the old green?',
    file: 'skatepark-campaign-update.md',
    fragment: "the site is already council land, so there's no purchase cost",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How far is the closest house from the skatepark place?',
    file: 'skatepark-campaign-update.md',
    fragment: 'The nearest back garden is about 85 metres from the edge of the green',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people chipped in on the online fundraiser',
    file: 'skatepark-campaign-update.md',
    fragment: '£8,340 from our crowdfunder, from 412 individual donors',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how long did that kid finley skate for at the sponsored thing, like 5 hours?',
    file: 'skatepark-campaign-update.md',
    fragment: 'Finley Dacres did 6 hours and 10 minutes on the mini ramp',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how big is the new park gonna be, like sq metres',
    file: 'skatepark-campaign-update.md',
    fragment: 'based on the rough quote we got for a 1,100 square metre concrete park',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which housing development is the developer contribution money tied to?',
    file: 'skatepark-campaign-update.md',
    fragment: 'Because of the 240 new homes going up at Marsh Farm',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the committee choose that Bristol company for design the park?',
    file: 'skatepark-campaign-update.md',
    fragment: "they're skaters themselves and they do proper consultations with local riders",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much r tarmo chargin for the drawings',
    file: 'skatepark-campaign-update.md',
    fragment: 'Their fee for the concept design is £6,800',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'when will we get to see the first plans from the designers',
    file: 'skatepark-campaign-update.md',
    fragment: 'The first concept drawings are due by the end of May',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how many followers has connor got the insta up to now, 1000ish?',
    file: 'skatepark-campaign-update.md',
    fragment: 'grown it from about 300 followers to just over 1,100',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many times did the lifts conk out last yr',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'the lifts broke down 47 times between them',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What was the lengthiest stretch with neither elevator running?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'the longest being the 31 hours from the evening of Friday 15 November',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why do the calder heights lifts keep failing all the time',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'the original control gear and motor, for which spare parts are no longer made',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'Which company is winning the job to put the new lifts?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'The contract has been awarded to Pennine Vertical Transport Ltd',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'do tenants hav to pay anything towards the new lifts??',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'It will come from our major repairs budget, and tenants will not be charged',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How many passengers will each new car hold?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'carry up to 13 people (the current lifts take 8)',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how quick will the new ones get u to the top, was it like half a minute?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'take about 40 seconds from the ground floor to the 17th',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'when does the left one by the front door get shut down',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'will be taken out of service on Monday 3 March 2025',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'Where I can find the person who help residents during the works and what hours?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'based in the community room on the ground floor every weekday from 9.30am to 4pm',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'if my nan cant do stairs can she go stay somewhere else while its on',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'move temporarily to one of our empty flats at Ryecroft Court',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'when do we need to get the disability form back to callum, end of march?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'return it to Callum by Friday 21 February',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many times did the group go out cleaning this year',
    file: 'beach-clean-season-results.md',
    fragment: 'we held 22 cleans across our four regular beaches',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wut was the total weight of junk they got off the beaches this yr',
    file: 'beach-clean-season-results.md',
    fragment: '2,847 kg, a new group record, beating the 1,960 kg',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'wasnt there one day in spring when loads of fishing gear washed up? what happened there',
    file: 'beach-clean-season-results.md',
    fragment: 'when the easterly storm dumped a tangle of ghost fishing net',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Who provided the farm vehicle to haul that big pile away?',
    file: 'beach-clean-season-results.md',
    fragment: 'a borrowed tractor from Jory Pascoe at Higher Trenance Farm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what kind of litter did they find the most of',
    file: 'beach-clean-season-results.md',
    fragment: 'Plastic fragments between 2.5 cm and 50 cm (4,112 bits)',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'Why the tiny plastic balls are not counting in the total?',
    file: 'beach-clean-season-results.md',
    fragment: 'because a single survey at Kellow Point in May counted 3,950 of them',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someone said less bottles this year cos of a water fountain at the cafe? is that right',
    file: 'beach-clean-season-results.md',
    fragment: 'Anjali thinks the reason is the new refill station at the Porthgarrow café',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Where were most of the baby wipes turning up, and why that spot?',
    file: 'beach-clean-season-results.md',
    fragment: 'nearly all at Gullet Cove, which sits just down from the storm overflow',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat did the kid win 4 finding the old pasty card',
    file: 'beach-clean-season-results.md',
    fragment: 'prize (a Shore Keepers hoodie) went to Kit for the loyalty card',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How much money the group is having now after the season?',
    file: 'beach-clean-season-results.md',
    fragment: 'We ended the season with £1,412.60 in the bank',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Why did the rubbish sacks at one beach hang around so long before pickup?',
    file: 'beach-clean-season-results.md',
    fragment: 'because the lane is too narrow for the usual truck',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when is the end of year get together',
    file: 'beach-clean-season-results.md',
    fragment: 'Our end-of-season social is at the Ship Inn on Friday 8 November from 7pm',
    style: 'verbatim-ish',
  },
  {
    q: 'what are the new times to come see people from july',
    file: 'care-home-visiting-changes.txt',
    fragment: 'our visiting hours will be 10am to 8pm, seven days a week',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'What prompted them to lengthen the hours?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'because many of you told us in the spring survey that you struggle to get here around work',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'can u go in where they eat at lunchtime or nah',
    file: 'care-home-visiting-changes.txt',
    fragment: 'we ask that visitors do not come into the dining rooms',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'why are they suddenly being strict about mealtimes, was it the nurse that said something',
    file: 'care-home-visiting-changes.txt',
    fragment: 'found that several residents were eating noticeably less when the dining rooms were busy',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why they change the paper book to a machine at the front desk?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'We are doing this mainly for fire safety',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many relatives can get the come anytime pass',
    file: 'care-home-visiting-changes.txt',
    fragment: 'Each resident can now name up to two Essential Care Givers',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen is the deadline to sign up as one of the 2 special visitors',
    file: 'care-home-visiting-changes.txt',
    fragment: 'please fill in the green form at reception by Friday 21 June',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'My dog can come with me in the room where they eat?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'but not in the dining rooms or the kitchenette',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what happened with a dog and a cake, was that at christmas?',
    file: 'care-home-visiting-changes.txt',
    fragment: "after a small terrier helped itself to a resident's birthday cake in March",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How long were parts of the building shut because of the stomach bug?',
    file: 'care-home-visiting-changes.txt',
    fragment: 'which closed the Willow and Rowan wings for nine days',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long can a family get the garden space for and do you pay',
    file: 'care-home-visiting-changes.txt',
    fragment: 'it can be booked for private family visits of up to two hours, free of charge',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many parkin spots r there for ppl visiting',
    file: 'care-home-visiting-changes.txt',
    fragment: 'We have only 11 visitor spaces',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'why was it at a different pub this year',
    file: 'darts-league-finals-night.txt',
    fragment: 'because the Coach and Horses is halfway through its kitchen refit',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many ppl paid to get in n wat did it cost',
    file: 'darts-league-finals-night.txt',
    fragment: 'We sold 148 tickets at £5 each, up from 112 last year',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Which side lifted the team trophy, and what was the final score?',
    file: 'darts-league-finals-night.txt',
    fragment: "take the cup 6-5, the first time they've won it since 2017",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who hit the winning double in the team final, the captain guy?',
    file: 'darts-league-finals-night.txt',
    fragment: 'Sandra missed her first dart just outside the wire, then pinged D20',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who won the mens singles',
    file: 'darts-league-finals-night.txt',
    fragment: 'in the final leg Dean hit a 14-darter, finishing on D8, to win 5-4',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'How long time Dean was trying before he get his first trophy alone?',
    file: 'darts-league-finals-night.txt',
    fragment: "That's Dean's first singles title in eleven years of playing in the league",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "What made the women's champion's performance go down in history?",
    file: 'darts-league-finals-night.txt',
    fragment: 'her 96.4 three-dart average in the final is the best ever recorded',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many max scores got thrown altogther that nite',
    file: 'darts-league-finals-night.txt',
    fragment: '23 maximums on the night across all finals',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'who got the massive 161 finish, someone from red lion i think?',
    file: 'darts-league-finals-night.txt',
    fragment: '161 by Kieran Mabey in the team final',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how old was the lad who played with his grandad',
    file: 'darts-league-finals-night.txt',
    fragment: 'Youngest finalist: Ollie Brandwood, 17, who reached the pairs final',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'Where the money from the prize draw is going?',
    file: 'darts-league-finals-night.txt',
    fragment: 'every penny of that is going to the Kestlow Air Ambulance appeal',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'trophies got handed out super late right, like after midnight? what time was it',
    file: 'darts-league-finals-night.txt',
    fragment: "the presentations didn't start until 11.40pm instead of the planned 10.30",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many people showed up over the weekend',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'counted 14,820 visitors over the two days',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'How did they find more room for extra vendors this time?',
    file: 'food-truck-festival-wrapup.md',
    fragment: "The extra space came from the council agreeing, for the first time, to close Tanner's Row",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money people give in the donations for the food bank?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'The bucket collections and raffle raised £4,186.45 for the Kelsford Community Larder',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who ran out of food first, was it the dumpling guys?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'whose birria tacos were gone by 3.40pm on the Saturday',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'which truck won the public vote',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'from Harnley, run by brothers Kiran and Vikesh Sandhu, with 612 votes',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'What caused the electricity to cut out on Saturday evening?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'was an overload because two traders had plugged in extra fryers',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did the free h2o thing dry up so early on sat',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'because the bowser turned up half full',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How many rubbish bag the cleaning team fill in the weekend?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'filled 118 sacks over the weekend, up from 70 last year',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'they lost money didnt they, like 3 grand or so? how did they cover it',
    file: 'food-truck-festival-wrapup.md',
    fragment: "leaving a shortfall of £3,340, which we've covered from our reserves",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many times did the first-aiders get called out, and mostly for what?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'the St John Ambulance crew dealt with 19 incidents, mostly wasp stings',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When is the yearly meeting and where it is?',
    file: 'food-truck-festival-wrapup.md',
    fragment: 'Our AGM is on Thursday 3 October at 7.30pm in the upstairs room at the Wheatsheaf',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many helpers were there n how many hrs did they do',
    file: 'food-truck-festival-wrapup.md',
    fragment: '63 volunteers in total doing 412 hours between them',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'where is the new skatepark actually going',
    file: 'skatepark-campaign-update.md',
    fragment: 'let us use the disused bowling green at Halliwell Rec',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'What swung the decision in favour of that location?',
    file: 'skatepark-campaign-update.md',
    fragment: 'the deciding factor was that the site is already council land',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why some of the councillor say no to it?',
    file: 'skatepark-campaign-update.md',
    fragment: 'The three councillors who voted against were worried about noise',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how far away are the closest houses, like 50m or so?',
    file: 'skatepark-campaign-update.md',
    fragment: 'The nearest back garden is about 85 metres from the edge of the green',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many ppl chipped in on the online page',
    file: 'skatepark-campaign-update.md',
    fragment: '£8,340 from our crowdfunder, from 412 individual donors',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the kid who skated for like 5 hours, how much did he bring in?',
    file: 'skatepark-campaign-update.md',
    fragment: 'and raised £640 on his own',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "What's the projected price tag for the whole construction?",
    file: 'skatepark-campaign-update.md',
    fragment: 'The total build cost is estimated at **£185,000**',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why they choose the company from Bristol for do the design?',
    file: 'skatepark-campaign-update.md',
    fragment: "mainly because they're skaters themselves and they do proper consultations with local riders",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when are we getting to see what it will look like',
    file: 'skatepark-campaign-update.md',
    fragment: 'The first concept drawings are due by the end of May',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'whos doin the money stuff now since the old guy left',
    file: 'skatepark-campaign-update.md',
    fragment: 'Nadia Brewer has taken over as treasurer from Phil Osei',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'When is the next meeting for give our ideas?',
    file: 'skatepark-campaign-update.md',
    fragment: 'Come to the second design session on **Saturday 18 May, 10am to 1pm**',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when were the lifts first put in',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'were installed when the block was built in 1971',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'What was the longest stretch with neither elevator running?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'the longest being the 31 hours from the evening of Friday 15 November',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the lifts is breaking all the time?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'the original control gear and motor, for which spare parts are no longer made',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'do renters hav to pay anything 4 this',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'and tenants will not be charged',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'will the new ones go down to the bins in the basement? heard they still stop at ground',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'serve every level from the basement bin store, which the old lifts do not reach',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many passengers can each new car hold?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'carry up to 13 people (the current lifts take 8)',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How fast the new lift go to the top floor?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'take about 40 seconds from the ground floor to the 17th',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat times will the noise be goin on, sat n sun too?',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'Working hours will be 8am to 5pm, Monday to Friday, with no work at weekends',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'how much warning do we get before both lifts go off, like a week?',
    file: 'tower-block-lift-replacement.txt',
    fragment: "We will give every household at least three weeks' written notice of these dates",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'can ppl who cant do stairs move out somewhere for a bit',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'can ask to move temporarily to one of our empty flats at Ryecroft Court',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the no lift bit is only a couple days right? how long is it',
    file: 'tower-block-lift-replacement.txt',
    fragment: 'this should take no more than five working days',
    style: 'paraphrase',
  },
];

export const EIGHTEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: "when's the first beach clean of 2025?",
    trap: true,
    why: 'The beach clean article says no dates have been set for the 2025 calendar.',
  },
  {
    q: "who's taking over the shore keepers survey team when anjali moves away",
    trap: true,
    why: 'The beach clean article says it is not yet known who will lead the survey team.',
  },
  {
    q: 'will elmbrook let families stay overnight in the garden room for end of life care?',
    trap: true,
    why: 'The care home letter says this has not been decided yet.',
  },
  {
    q: 'is the 10am to 8pm visiting at elmbrook staying for good after the trial',
    trap: true,
    why: 'The letter says Harbour Lane Care has not confirmed whether the extended hours will be permanent.',
  },
  {
    q: 'is the coach and horses back in the darts league next season',
    trap: true,
    why: 'The darts report says this has not been confirmed and depends on when the refit finishes.',
  },
  {
    q: 'wen is the darts AGM this yr',
    trap: true,
    why: 'The darts report says the AGM date has not been set.',
  },
  {
    q: 'is kelsford eats going to 3 days next year with a friday night?',
    trap: true,
    why: 'The festival wrap-up says the committee has not decided and is split.',
  },
  {
    q: 'will the new skatepark have floodlights',
    trap: true,
    why: 'The skatepark update says the council has not decided whether to allow floodlights.',
  },
  {
    q: 'what date does work on lift B at calder heights start?',
    trap: true,
    why: 'The lift notice says no firm start date has been set for Lift B.',
  },
  {
    q: 'are the upper floor residents getting any compensation for the lift works',
    trap: true,
    why: 'The lift notice says compensation is still being considered and it cannot say what will be decided.',
  },
  {
    q: 'what was the name of the storm that dumped all that net at trenance in april?',
    trap: true,
    why: 'The beach clean article only calls it an easterly storm and never names it.',
  },
  {
    q: 'how much were the shore keepers hoodies each',
    trap: true,
    why: 'The article gives only the £392 total from hoodie sales, not the price of a hoodie.',
  },
  {
    q: 'how many residents actually live at elmbrook house?',
    trap: true,
    why: 'The care home letter never says how many residents the home has.',
  },
  {
    q: 'whose birthday cake did the terrier eat at elmbrook',
    trap: true,
    why: "The letter only says it was a resident's cake and never names the resident.",
  },
  {
    q: 'what did dean harcourt average in the singles final',
    trap: true,
    why: "The darts report gives Priya Nandra's average but never Dean Harcourt's.",
  },
  {
    q: 'who won the pairs semis the night the board got swapped out?',
    trap: true,
    why: 'The darts report says the board was swapped during the pairs semi but never gives the semi-final results.',
  },
  {
    q: 'which two traders overloaded the generator at kelsford eats',
    trap: true,
    why: 'The festival wrap-up says two traders caused the overload but does not name them.',
  },
  {
    q: "how much were masa madre's birria tacos?",
    trap: true,
    why: 'The festival wrap-up never gives the price of the birria tacos.',
  },
  {
    q: 'which three councillors voted against the skatepark site',
    trap: true,
    why: 'The skatepark update says three councillors voted against but never names them.',
  },
  {
    q: 'how much will the leaseholders at calder heights have to pay towards the new lifts?',
    trap: true,
    why: 'The lift notice only says leaseholders may have to contribute and will get a separate letter, with no amount given.',
  },
  {
    q: 'how many kg did the shore keepers pick up in 2022',
    trap: true,
    why: 'The beach clean article gives rubbish totals only for 2024 and 2023.',
  },
  {
    q: 'how many people turned up to the 2023 regatta clean?',
    trap: true,
    why: 'The beach clean article gives the 97 turnout only for the 2024 Regatta clean.',
  },
  {
    q: 'how long was elmbrook shut to visitors during the covid outbreak in 2022',
    trap: true,
    why: "The letter only mentions last winter's norovirus outbreak, not any 2022 COVID closure.",
  },
  {
    q: 'who won the ladies singles in the darts league last year?',
    trap: true,
    why: "The darts report only gives this year's ladies' singles winner and a 2015 record average.",
  },
  {
    q: 'who won the darts pairs title back in 2022',
    trap: true,
    why: 'The darts report only says Steve and Carl have now won it two years running, not who won in 2022.',
  },
  {
    q: 'how many visitors did kelsford eats get in 2021?',
    trap: true,
    why: 'The wrap-up gives crowd figures for 2024, 2023 and the 2022 record, but not 2021.',
  },
  {
    q: 'who won best in show at kelsford eats last year',
    trap: true,
    why: 'The wrap-up only gives the 2024 Best in Show winner.',
  },
  {
    q: 'when is the kelsford carnival this year?',
    trap: true,
    why: "The festival wrap-up mentions the Carnival's anniversary year but gives no date for it.",
  },
  {
    q: 'when are the lifts at ryecroft court getting replaced',
    trap: true,
    why: 'The lift notice covers only the Calder Heights lifts; Ryecroft Court is mentioned only for temporary flats.',
  },
  {
    q: 'how many times did the calder heights lifts break down in 2022?',
    trap: true,
    why: 'The lift notice gives breakdown figures only for 2024 and 2023.',
  },
  {
    q: "when's the first beach clean next year",
    trap: true,
    why: 'The beach article says no 2025 dates have been set yet.',
  },
  {
    q: "who's gonna run the litter survey now anjali is moving away",
    trap: true,
    why: "The beach article says they don't yet know who will lead the survey team.",
  },
  {
    q: 'r the shore keepers doing a winter clean after new year',
    trap: true,
    why: "The beach article says a winter clean hasn't been decided and depends on a poll.",
  },
  {
    q: 'can family stay the night in the garden room if their mum is at the end',
    trap: true,
    why: "The care home letter says overnight stays for end-of-life care haven't been decided yet.",
  },
  {
    q: 'is the coach and horses coming back to the darts league next season',
    trap: true,
    why: "The darts report says this hasn't been confirmed and depends on the refit.",
  },
  {
    q: 'when is the darts agm',
    trap: true,
    why: "The darts report says the AGM date hasn't been set.",
  },
  {
    q: 'is kelsford eats going to be 3 days next year with a friday night',
    trap: true,
    why: "The festival wrap-up says the committee hasn't decided and is split.",
  },
  {
    q: 'so when will the skatepark actually open',
    trap: true,
    why: "The skatepark update says they can't give a build date.",
  },
  {
    q: 'will the skatepark have lights for skating at night',
    trap: true,
    why: "The skatepark update says the council hasn't decided whether floodlights would be allowed.",
  },
  {
    q: 'do ppl on the top floors get any compensation for the lift works',
    trap: true,
    why: "The lift notice says compensation is still being considered and hasn't been decided.",
  },
  {
    q: 'how much is one of the shore keepers hoodies',
    trap: true,
    why: 'The beach article gives total hoodie sales but never the price of a hoodie.',
  },
  {
    q: 'whats the name of the dog that ate the birthday cake',
    trap: true,
    why: 'The care home letter mentions a small terrier but never gives its name.',
  },
  {
    q: 'how many residents live at elmbrook',
    trap: true,
    why: 'The care home letter never says how many residents the home has.',
  },
  {
    q: 'who won the meat hamper in the darts raffle',
    trap: true,
    why: 'The darts report thanks the butchers for the hamper but never names the winner.',
  },
  {
    q: 'how much did joanne keele get for coming second in the ladies',
    trap: true,
    why: 'The darts report gives prize money for singles winners only, not singles runners-up.',
  },
  {
    q: 'how much were the birria tacos at masa madre',
    trap: true,
    why: 'The festival wrap-up never gives any food prices.',
  },
  {
    q: 'which two food trucks blew the generator',
    trap: true,
    why: "The festival wrap-up says two traders overloaded it but doesn't name them.",
  },
  {
    q: 'what was the old bowls club at halliwell rec called',
    trap: true,
    why: 'The skatepark update says the bowls club folded in 2021 but never names it.',
  },
  {
    q: 'which insurance company is checking the lifts before they open',
    trap: true,
    why: "The lift notice mentions the insurer's engineer but never names the insurer.",
  },
  {
    q: 'how much will leaseholders have to pay towards the lifts',
    trap: true,
    why: 'The lift notice says leaseholders may have to contribute but gives no amount.',
  },
  {
    q: 'how much rubbish did the shore keepers pick up in 2022',
    trap: true,
    why: 'The beach article only gives totals for 2024 and 2023.',
  },
  {
    q: 'what are visiting times like at harbour lane cares other homes',
    trap: true,
    why: 'The care home letter only covers visiting at Elmbrook House.',
  },
  {
    q: 'who won the darts team cup in 2023',
    trap: true,
    why: 'The darts report only says Red Lion A won in 2024 and last won it in 2017, not who won in 2023.',
  },
  {
    q: 'what was the score in last years ladies darts final',
    trap: true,
    why: "The darts report only gives the 2024 ladies' final score.",
  },
  {
    q: 'how many people went to kelsford eats in 2021',
    trap: true,
    why: 'The festival wrap-up gives crowd figures for 2024, 2023 and the 2022 record, not 2021.',
  },
  {
    q: 'how much did the kelsford carnival raise',
    trap: true,
    why: 'The festival wrap-up only mentions the carnival as a possible date clash, nothing about its money.',
  },
  {
    q: 'how much did the skatepark crowdfunder have in it this time last year',
    trap: true,
    why: 'The skatepark update only gives the current fundraising total.',
  },
  {
    q: 'when are they replacing the lifts at ryecroft court',
    trap: true,
    why: 'The lift notice is about Calder Heights; Ryecroft Court is only mentioned for temporary flats.',
  },
  {
    q: 'how many times did the calder heights lifts break down in 2022',
    trap: true,
    why: 'The lift notice only gives breakdown figures for 2023 and 2024.',
  },
];

export const EIGHTEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...EIGHTEENTH_SIX_ANSWERABLE,
  ...EIGHTEENTH_SIX_TRAPS,
];
