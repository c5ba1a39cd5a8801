/**
 * Chat-style questions about a twenty-second six articles (./twenty-second-six/: a model aircraft club's flying
 * field news, a community fridge's launch, a toddler group's term newsletter, a bridge club's congress results, a
 * vintage car rally's report, a tenants' association's rent review), written in session 60 by two helpers who saw
 * only the articles (the second set as newcomers ask, in their own everyday words). The question prompt held each
 * question to at most half of its answer's content words, as the sixth to sixteenth and the eighteenth to
 * twenty-first six's did. Blind in session 60 (read only as totals: 68 of 200 at the start and at the end); in the repository so that later
 * sessions keep them, dev from session 61. Styles the scorer does not know are mapped (phone -> slang; lowercase ->
 * verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_SECOND_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'how many tables did they get over the whole weekend',
    file: 'bridge-club-congress-results.txt',
    fragment: 'we had seated 94 tables across the three events',
    style: 'verbatim-ish',
  },
  {
    q: 'what did people say on the forms about dropping the friday event',
    file: 'bridge-club-congress-results.txt',
    fragment: 'Opinion on the forms split almost exactly down the middle, 38 for keeping it and 36 against',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the fri nite session start late??',
    file: 'bridge-club-congress-results.txt',
    fragment: "because the caterers' van was blocking the loading bay",
    style: 'slang',
  },
  {
    q: 'how many ppl did the food crew feed in total lol',
    file: 'bridge-club-congress-results.txt',
    fragment: 'who served 310 lunches over the weekend',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'who was the referee making the rulings at the congress?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'Our tournament director for the weekend was Gareth Oyelaran',
    style: 'paraphrase',
  },
  {
    q: 'how much was handed out in winnings altogether?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'Prize money came to £1,340, paid out on the day',
    style: 'paraphrase',
  },
  {
    q: "why can't I find the deal sheets for the less experienced group's second session?",
    file: 'bridge-club-congress-results.txt',
    fragment: 'The dealing machine jammed on Saturday morning',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much experience is allowed for join the not so advanced group?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'for players with fewer than 200 master points',
    style: 'paraphrase',
  },
  {
    q: 'For which charity was the raffle, and how much it make?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'which raised £287 for Hollinsford Hospice',
    style: 'paraphrase',
  },
  {
    q: 'When the lady who win the intermediate start to learn bridge?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'Lucy only started lessons with us in September 2022',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who won the open pairs on the saturday, wasnt it a couple from marlow something?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'Ruth Castellano and Ivor Pengelly from the Marlow Vale club',
    style: 'paraphrase',
  },
  {
    q: 'someone said the car park was full by like 9am on sunday, what time did it actually fill up?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'the Wexcombe Street car park was full by 9.50am on Saturday',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where exactly is the fridge',
    file: 'community-fridge-launch.txt',
    fragment: 'in the porch of St Barnabas Hall on Orchard Row',
    style: 'verbatim-ish',
  },
  {
    q: "where does the bakery's leftover stuff end up on the weekend right now since nobody collects it",
    file: 'community-fridge-launch.txt',
    fragment: 'that bread goes to the pig farm at Lower Stanton instead of to us',
    style: 'verbatim-ish',
  },
  {
    q: 'how long before the new alarm starts going off',
    file: 'community-fridge-launch.txt',
    fragment: 'a door alarm that beeps after 60 seconds open',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who donatd the fridge in the 1st place, some local shop?',
    file: 'community-fridge-launch.txt',
    fragment: 'given to us by Brightwell Appliances on the high street',
    style: 'slang',
  },
  {
    q: 'how warm did it get wen the door was left open that nite',
    file: 'community-fridge-launch.txt',
    fragment: 'the 8am check found the fridge reading 9°C',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much did they pay for cover in case somebody gets hurt and claims?',
    file: 'community-fridge-launch.txt',
    fragment: "£180 for a year's public liability insurance",
    style: 'paraphrase',
  },
  {
    q: 'What total weight of groceries has been handed out so far?',
    file: 'community-fridge-launch.txt',
    fragment: "in six weeks we've redistributed 1.9 tonnes of food",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many of helpers already finish the training for safe food?',
    file: 'community-fridge-launch.txt',
    fragment: '22 of them have now passed the food hygiene course online',
    style: 'paraphrase',
  },
  {
    q: 'At what hours I can bring food for leave there?',
    file: 'community-fridge-launch.txt',
    fragment: 'Drop-offs are welcome between 8am and 8pm, seven days a week',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'i heard the fridge used to be in a pub or something, where did it come from?',
    file: 'community-fridge-launch.txt',
    fragment: 'It came out of a café that closed in the spring',
    style: 'paraphrase',
  },
  {
    q: 'the allotment people brought a ton of zucchini in august right? how much was it',
    file: 'community-fridge-launch.txt',
    fragment: 'they dropped off 140kg of courgettes in September alone',
    style: 'paraphrase',
  },
  {
    q: 'when did the council hygiene guy come round, was it early october?',
    file: 'community-fridge-launch.txt',
    fragment: 'came out on 21 September, looked over our logbook',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'when did the grass on the runway first get cut this year',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'let us bring the gang mower in on 23 March',
    style: 'verbatim-ish',
  },
  {
    q: 'how long did ravis glider stay airborne',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'up for 1 hour 48 minutes on 6 April',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat happend to the wot 4 that crashed at easter',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'a Wot 4 that lost its fail-safe setting after a receiver swap',
    style: 'slang',
  },
  {
    q: 'how loud was the noisiest plane wen they tested em',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'the loudest came in at 81dB, inside the 82dB limit in our field rules',
    style: 'slang',
  },
  {
    q: 'how many ppl have paid their subs so far this yr',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'We have 58 paid-up members, against 51 at this point last year',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why did they shift the barrier round the prep area?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'anyone taxiing out from the far end was passing within a few feet of people fuelling up',
    style: 'paraphrase',
  },
  {
    q: "What's the yearly membership fee for adults?",
    file: 'model-aircraft-club-field-news.md',
    fragment: 'Subs for 2024 stay at £65 for seniors and £20 for juniors',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who give the club the new thing that show the wind direction?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'kindly donated by Pauline Aske after the old one finally shredded itself',
    style: 'paraphrase',
  },
  {
    q: 'How old is Ethan when he got his first flying qualification?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'Ethan Brisk (aged 14, our youngest ever A)',
    style: 'paraphrase',
  },
  {
    q: 'When the evening sessions in the middle of week are start again?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'restart on 17 April, 6pm until dusk',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how many flyers showed up to the easter thing, was it the bank holiday monday?',
    file: 'model-aircraft-club-field-news.md',
    fragment: "drew 27 pilots, which beats last year's 19",
    style: 'paraphrase',
  },
  {
    q: 'what did we pay per evening to fly inside over the winter, was it 25 quid?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'was booked for Thursday nights all winter at £28 a session',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how big is the increase the landlord wants',
    file: 'tenants-association-rent-review.txt',
    fragment: 'have served notice of an 8.5% rent rise on all 142 flats',
    style: 'verbatim-ish',
  },
  {
    q: 'whats the deadline for going to the tribunal',
    file: 'tenants-association-rent-review.txt',
    fragment: 'the application has to go in before the new rent takes effect',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat will ppl in a 2 bed flat b paying monthly from the new yr',
    file: 'tenants-association-rent-review.txt',
    fragment: 'that takes the rent from £1,045 to about £1,134 a month',
    style: 'slang',
  },
  {
    q: 'wat was the vote like on fighting the rent hike',
    file: 'tenants-association-rent-review.txt',
    fragment: 'The meeting voted 88 to 3, with 5 abstentions',
    style: 'slang',
  },
  {
    q: 'hw much $ hav we got in the kitty for the fight atm',
    file: 'tenants-association-rent-review.txt',
    fragment: 'it now stands at £1,370',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much more will the weekly upkeep fee be?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'the weekly service charge is going up from £18.40 to £23.10',
    style: 'paraphrase',
  },
  {
    q: 'What staggered deal did the letting company put forward?',
    file: 'tenants-association-rent-review.txt',
    fragment: '6% in January and another 2.5% in July',
    style: 'paraphrase',
  },
  {
    q: 'Is there a danger the panel ends up making it worse for us?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'it could in theory set the rent higher than Greystone is asking',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why committee say no to the offer from Mr Pardoe?',
    file: 'tenants-association-rent-review.txt',
    fragment: "by the end of the year you'd be paying exactly the same rent",
    style: 'paraphrase',
  },
  {
    q: 'When I can go to speak with the committee face to face?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'Drop-in sessions are on Saturdays, 10am to 12 noon, in the Birch Block community room',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why did the insurance go up so much, something about a fire in one of the blocks?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'which they blame on the flood claim from Cedar basement in February',
    style: 'paraphrase',
  },
  {
    q: 'roughly how many homes took part in the questionnaire, about 100?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'got survey answers from 104 of the 142 households',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the busiest day this term and how many kids came',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'On Tuesday 11 June we had 41 children through the door',
    style: 'verbatim-ish',
  },
  {
    q: 'what happened in june with the nut thing',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'a child with a peanut allergy was offered a cereal bar brought in from home',
    style: 'verbatim-ish',
  },
  {
    q: 'what date do we go back after summer',
    file: 'toddler-group-term-newsletter.md',
    fragment: "we'll see you on 3 September with the kettle on",
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y has it got so much busier this term??',
    file: 'toddler-group-term-newsletter.md',
    fragment: "Harnby Library's Rhyme Time moved to afternoons in April",
    style: 'slang',
  },
  {
    q: 'y is kirsty leavin, where r they goin',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'because her family is moving to Aberdeen in October',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What's the new policy on nibbles for the kids from autumn?",
    file: 'toddler-group-term-newsletter.md',
    fragment: 'snack time will be group snacks only',
    style: 'paraphrase',
  },
  {
    q: 'What will the church charge for renting the room from autumn?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'the hire fee is going up from £18 to £22 a session from September',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many childrens is leaving us to start school?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'Nine of our Acorns are off to school or nursery in September',
    style: 'paraphrase',
  },
  {
    q: 'When is the break in the middle of autumn that there is no meeting?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'Half term is the week of 28 October',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what did they buy with the toddle money, a sandpit?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'has already bought a mud kitchen (£240) and two tuff trays (£38 each)',
    style: 'paraphrase',
  },
  {
    q: 'how much is it per go at the moment, is it like 3 quid a kid?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'you pay £2.50 per family per session, plus 50p for each extra child',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many cars signed up this time',
    file: 'vintage-car-rally-report.md',
    fragment: 'We had 62 entries this year against 49 in 2023',
    style: 'verbatim-ish',
  },
  {
    q: 'what was the fee to enter a car',
    file: 'vintage-car-rally-report.md',
    fragment: 'Entry was £65 per car, up £5 on last year',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many cars actually finishd the run',
    file: 'vintage-car-rally-report.md',
    fragment: '51 made it back under their own steam',
    style: 'slang',
  },
  {
    q: 'who took the fenwick cup this yr??',
    file: 'vintage-car-rally-report.md',
    fragment: 'won by Geoffrey and Moira Stannard in their 1934 Riley Nine Monaco',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why was one of the hidden timing points thrown out?',
    file: 'vintage-car-rally-report.md',
    fragment:
      'Instruction 47 in the route book said "TL" when it should have said "TR" at the Pennick crossroads',
    style: 'paraphrase',
  },
  {
    q: 'Which good cause got the proceeds, and how much?',
    file: 'vintage-car-rally-report.md',
    fragment: "we've raised £3,850 for the Vale Air Ambulance",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Where they stop for eating in the middle of day?',
    file: 'vintage-car-rally-report.md',
    fragment: "to the lunch halt at The Drover's Rest in Lower Pennick",
    style: 'paraphrase',
  },
  {
    q: 'Which car was the most beautiful in the judging competition?',
    file: 'vintage-car-rally-report.md',
    fragment: "won by Harriet Quayle's 1929 Lagonda 2-litre tourer",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what was the oldest motor there, some 1920s thing?',
    file: 'vintage-car-rally-report.md',
    fragment: "The oldest car on the run was Ernest Tallantyre's 1913 Humberette",
    style: 'paraphrase',
  },
  {
    q: 'how many people voted for the crowd favourite, was it around 200?',
    file: 'vintage-car-rally-report.md',
    fragment: 'which 143 spectators took part in',
    style: 'paraphrase',
  },
  {
    q: 'the bloke whose bentley caught fire, was he ok?',
    file: 'vintage-car-rally-report.md',
    fragment: 'Trevor and his navigator were fine and the fire was out within a minute',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many card tables got filled over the whole tournament this spring',
    file: 'bridge-club-congress-results.txt',
    fragment: 'we had seated 94 tables across the three events',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'why did the fri nite game start late?? smth about a truck',
    file: 'bridge-club-congress-results.txt',
    fragment: "because the caterers' van was blocking the loading bay",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'who was the referee in charge of rulings at the event',
    file: 'bridge-club-congress-results.txt',
    fragment: 'Our tournament director for the weekend was Gareth Oyelaran',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many experience I can have for still enter in the easier group? what is the cut-off',
    file: 'bridge-club-congress-results.txt',
    fragment: 'for players with fewer than 200 master points',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someone won both the big saturday thing and the teams on sunday right? i think it was a couple from stenham? who was it',
    file: 'bridge-club-congress-results.txt',
    fragment: 'which means Ruth and Ivor took both the Pairs and the Teams',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what cost the second place squad the win on sunday',
    file: 'bridge-club-congress-results.txt',
    fragment: 'but for a 14-IMP swing on the last board of the last match',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how much did the venue cost 2 rent this yr',
    file: 'bridge-club-congress-results.txt',
    fragment: 'After paying for the hall (£1,450 for the weekend, £200 more than last year)',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'is any of the leftover profit going to the youth players?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'The committee has agreed that £300 of the surplus goes to the Junior Bridge fund',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'i remember something broke on the sunday so some deals arent online, what happened?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'The dealing machine jammed on Saturday morning',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how long time we lose because the score gadgets were not working on last day?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'costing us about twenty minutes',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'by what time was there nowhere left to leave your car on the main day',
    file: 'bridge-club-congress-results.txt',
    fragment: 'the Wexcombe Street car park was full by 9.50am on Saturday',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the prize draw cash went to some hospital charity didnt it, which one?',
    file: 'bridge-club-congress-results.txt',
    fragment: 'which raised £287 for Hollinsford Hospice',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'where do i actually find the free food thing in kettlewick',
    file: 'community-fridge-launch.txt',
    fragment: 'in the porch of St Barnabas Hall on Orchard Row',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'which shop donated the cooler?',
    file: 'community-fridge-launch.txt',
    fragment: 'given to us by Brightwell Appliances on the high street',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much $$ did u start off with n where did it come from',
    file: 'community-fridge-launch.txt',
    fragment: "We started with £2,500 from Kettlewick Town Council's small grants pot",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'how much is cost for each volunteer to make the food safety training?',
    file: 'community-fridge-launch.txt',
    fragment: '£330 for 22 Level 2 Food Hygiene certificates at £15 each',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the volunteers check the fridge like three times a day? what times is it',
    file: 'community-fridge-launch.txt',
    fragment: 'it runs two checks a day, at 8am and 7:30pm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what happens to the bakery leftovers on sunday nights right now',
    file: 'community-fridge-launch.txt',
    fragment: 'that bread goes to the pig farm at Lower Stanton instead of to us',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many kilos hv they given out so far',
    file: 'community-fridge-launch.txt',
    fragment: "in six weeks we've redistributed 1.9 tonnes of food",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'am i allowed to drop off a lasagne i cooked myself?',
    file: 'community-fridge-launch.txt',
    fragment: 'no raw meat or fish, no homemade food, nothing opened',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'there was that problem back in august when it got too warm, how warm did it get?',
    file: 'community-fridge-launch.txt',
    fragment: 'the 8am check found the fridge reading 9°C',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'after how many time the fridge make noise if somebody not close it?',
    file: 'community-fridge-launch.txt',
    fragment: 'a door alarm that beeps after 60 seconds open',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'did the council food safety inspector come round and what did he think',
    file: 'community-fridge-launch.txt',
    fragment: 'looked over our logbook and said we were doing things properly',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'in which hours I can bring food for leave in the fridge, also weekend?',
    file: 'community-fridge-launch.txt',
    fragment: 'Drop-offs are welcome between 8am and 8pm, seven days a week.',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wen did the grass get cut at the field this yr',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'let us bring the gang mower in on 23 March',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how long is the primary landing strip?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'the main runway is now cut to about 25mm along its full 110 metres',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'why they put the barrier more far back near to the bushes?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'anyone taxiing out from the far end was passing within a few feet of people fuelling up',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who gifted the club that replacement flag that shows the breeze direction? the march gale ripped the previous one right',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'kindly donated by Pauline Aske',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many flyers came to the holiday meet up',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'The Easter fly-in on Sunday 31 March drew 27 pilots',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat happened 2 colins old plane at easter',
    file: 'model-aircraft-club-field-news.md',
    fragment: "Colin Dunmore's vintage Junior 60, which tip-stalled on finals and folded a wing",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how much did the breakfast sandwich stall bring in?',
    file: 'model-aircraft-club-field-news.md',
    fragment: "The bacon rolls raised £212 for the club's junior fund",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what is the new club record for the longest flight',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'up for 1 hour 48 minutes on 6 April',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'that kid who passed his first flying test, was he 12 or something? how old',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'Ethan Brisk (aged 14, our youngest ever A)',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many decibel is maximum the noise we can make with the engines?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'inside the 82dB limit in our field rules',
    style: 'paraphrase',
  },
  {
    q: 'how much cost it for adult to be member of the club this year?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'Subs for 2024 stay at £65 for seniors and £20 for juniors',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'when do the midweek evening sessions start back up?',
    file: 'model-aircraft-club-field-news.md',
    fragment: 'restart on 17 April, 6pm until dusk',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wats a 2 bedroom gonna cost monthly after jan',
    file: 'tenants-association-rent-review.txt',
    fragment: 'that takes the rent from £1,045 to about £1,134 a month',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why are the weekly building fees going up?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'the reason is a new lift maintenance contract and a 34% rise',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how many came to the big meeting at the church, was it like 200?',
    file: 'tenants-association-rent-review.txt',
    fragment: '96 people came, from 71 households',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many persons was agree to fight against the landlord in the vote?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'The meeting voted 88 to 3, with 5 abstentions',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what compromise did the letting agent put on the table',
    file: 'tenants-association-rent-review.txt',
    fragment: 'offered to phase the increase: 6% in January and another 2.5% in July',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did the committee say no to splitting it in 2 steps',
    file: 'tenants-association-rent-review.txt',
    fragment: "by the end of the year you'd be paying exactly the same rent",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how many homes filled in the door to door questionnaire?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'got survey answers from 104 of the 142 households',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many family say they must leave their flat if the rise happen?',
    file: 'tenants-association-rent-review.txt',
    fragment: '23 households said they would probably have to move out',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'whats the deadline to take it to the housing court, end of feb or something?',
    file: 'tenants-association-rent-review.txt',
    fragment: 'the application has to go in before the new rent takes effect',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'is there any downside to going to the tribunal',
    file: 'tenants-association-rent-review.txt',
    fragment: 'it could in theory set the rent higher than Greystone is asking',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the legal fund thing for fighting the rise, is it at about a grand now? how much exactly',
    file: 'tenants-association-rent-review.txt',
    fragment: 'and it now stands at £1,370',
    style: 'paraphrase',
  },
  {
    q: 'whats the most kids theyve had at once, was it like 34?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'we had 41 children through the door, which is our biggest ever session',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what caused the surge in attendance?',
    file: 'toddler-group-term-newsletter.md',
    fragment: "Harnby Library's Rhyme Time moved to afternoons in April",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did the charity walk make',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'between you, you raised £1,086',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'what stuff they purchase for the kids from the sponsored donations?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'has already bought a mud kitchen (£240) and two tuff trays (£38 each)',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long did the firefighters stay',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'parked up in the car park for an hour',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'can my kid bring his own biscuits to share after summer',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'snack time will be group snacks only',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'why are they changing the snack rules, was there a kid who actually ate something with nuts?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'a child with a peanut allergy was offered a cereal bar brought in from home',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'why is one of the thursday organisers quitting?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'because her family is moving to Aberdeen in October',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much the church want more for use the room each time?',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'the hire fee is going up from £18 to £22 a session',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much does it cost to bring two kids',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'you pay £2.50 per family per session, plus 50p for each extra child',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'r they open during the oct school break',
    file: 'toddler-group-term-newsletter.md',
    fragment: 'Half term is the week of 28 October, and there are no sessions that week',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many signed up for the old car run this time',
    file: 'vintage-car-rally-report.md',
    fragment: 'We had 62 entries this year against 49 in 2023',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how far was the drive total, like how many miles',
    file: 'vintage-car-rally-report.md',
    fragment: 'The route ran to 112 miles in two legs',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what was the most ancient vehicle taking part?',
    file: 'vintage-car-rally-report.md',
    fragment: "The oldest car on the run was Ernest Tallantyre's 1913 Humberette",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who took the fenwick trophy this year, the couple in the austin?',
    file: 'vintage-car-rally-report.md',
    fragment: 'it was won by Geoffrey and Moira Stannard in their 1934 Riley Nine Monaco',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'why one of the hidden timing points was cancel from the results?',
    file: 'vintage-car-rally-report.md',
    fragment: 'Instruction 47 in the route book said "TL" when it should have said "TR"',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'whose motor took the prize for the best appearance?',
    file: 'vintage-car-rally-report.md',
    fragment: "The concours was won by Harriet Quayle's 1929 Lagonda 2-litre tourer",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'which car did the public pick as there fave',
    file: 'vintage-car-rally-report.md',
    fragment: 'went to the Tallantyre Humberette, which surprised no one',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why did a couple of cars overheat on the steep climb?',
    file: 'vintage-car-rally-report.md',
    fragment: "because they'd been stuck behind a tractor at walking pace for nearly a mile",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'who was the person driving the recovery lorry for pick up broken cars?',
    file: 'vintage-car-rally-report.md',
    fragment: 'Dennis Okafor drove the sweep truck and trailer all day',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'which good cause got the money from the rally, and how much - was it just under 3k?',
    file: 'vintage-car-rally-report.md',
    fragment: "we've raised £3,850 for the Vale Air Ambulance",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did it cost more 2 enter this yr',
    file: 'vintage-car-rally-report.md',
    fragment: 'up £5 on last year to cover the higher insurance premium',
    style: 'slang',
  },
];

export const TWENTY_SECOND_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'is the dealing machine getting fixed or do we need to buy a new one',
    trap: true,
    why: 'The bridge article says it is still unknown whether the machine can be repaired or must be replaced.',
  },
  {
    q: 'are we at the corn exchange again for the 2025 congress and what are the dates',
    trap: true,
    why: 'The bridge article says Corn Exchange availability for 2025 is unknown and no dates have been set.',
  },
  {
    q: 'will the town council renew the fridge grant next year?',
    trap: true,
    why: 'The fridge article says nobody can say yet whether the grant will be renewed or for how much.',
  },
  {
    q: 'roughly how many people use the kettlewick fridge each week',
    trap: true,
    why: "The fridge article explicitly says they don't know how many people use it and won't count.",
  },
  {
    q: 'r they moving the sunday start time at pellows from 9.30',
    trap: true,
    why: 'The flying club article says it is not yet known whether the council will want the Sunday start time changed.',
  },
  {
    q: 'how much is the field rent going up to in october?',
    trap: true,
    why: "The flying club article says Derek hasn't named a figure for the rent increase.",
  },
  {
    q: 'does the 8.5% rise apply to ppl still on the old fixed term contracts',
    trap: true,
    why: "The tenants article says Greystone hasn't said whether the increase applies to the 17 fixed-term tenants.",
  },
  {
    q: 'who is the lift contractor at marlowe court and what does it cost',
    trap: true,
    why: "The tenants article says they still don't know what the lift contract costs or who the contractor is.",
  },
  {
    q: "who's taking over the thursday sessions at little acorns when kirsty goes",
    trap: true,
    why: "The toddler newsletter says they don't yet know who will take over Thursdays.",
  },
  {
    q: "what actually caused the fire in trevor haldane's alvis",
    trap: true,
    why: "The rally report says they still don't know what started the fire.",
  },
  {
    q: 'how much prize money did the four nines team get for winning the swiss?',
    trap: true,
    why: 'The bridge article gives only the total prize money, not what any winning team received.',
  },
  {
    q: 'what was the board 22 appeal on saturday actually about',
    trap: true,
    why: 'The bridge article says the appeal was referred to the county committee but never says what it concerned.',
  },
  {
    q: 'whats amiras email address for volunteering',
    trap: true,
    why: 'The fridge article says the address is on the fridge door but never gives it.',
  },
  {
    q: 'who left the fridge door open on the night of 13 september?',
    trap: true,
    why: 'The fridge article says the door was left ajar but never says who left it open.',
  },
  {
    q: 'whose wot 4 was it that crashed at the easter fly-in',
    trap: true,
    why: 'The flying club article never names the owner of the Wot 4.',
  },
  {
    q: 'how much is the buildings insurance premium at marlowe court now in actual pounds',
    trap: true,
    why: 'The tenants article gives only a 34% rise in the premium, never the amount.',
  },
  {
    q: 'whats the surname of sarah the health visitor who comes to little acorns',
    trap: true,
    why: 'The toddler newsletter only calls her Sarah and never gives a surname.',
  },
  {
    q: 'how much money did the teddy bears picnic raise',
    trap: true,
    why: 'The toddler newsletter describes the picnic but never says it raised any money or how much.',
  },
  {
    q: 'how much did the raffle make at the vintage rally on its own',
    trap: true,
    why: "The rally report gives only the combined total raised, not the raffle's share.",
  },
  {
    q: "how many penalty points did paula renwick-shaw's MG get in the regularity",
    trap: true,
    why: "The rally report only names the top three scores and says full results are in the members' area.",
  },
  {
    q: 'who won the open pairs at the 2023 hollinsford congress',
    trap: true,
    why: 'The bridge article only reports the 2024 results, not who won in 2023.',
  },
  {
    q: 'how much food did the kettlewick food share table move back in 2021',
    trap: true,
    why: "The fridge article only gives the share table's figure for last year (about 300kg), not 2021.",
  },
  {
    q: "what's the duration record at brindle heath club",
    trap: true,
    why: "The flying club article only gives Ashcombe Vale's own duration record, not Brindle Heath's.",
  },
  {
    q: 'how many pilots came to the easter fly in back in 2022',
    trap: true,
    why: "The flying club article gives the 2024 and 2023 Easter turnouts but not 2022's.",
  },
  {
    q: 'how much are greystone putting rents up on their other estates',
    trap: true,
    why: 'The tenants article only covers the rise at Marlowe Court, not any other Greystone estate.',
  },
  {
    q: 'what was the rent rise at marlowe court back in 2021',
    trap: true,
    why: "The tenants article only gives the current proposal and the previous two years' increases, not 2021.",
  },
  {
    q: 'how many kids on average came to little acorns in the spring term',
    trap: true,
    why: "The toddler newsletter gives averages for this summer term and last year's summer term only.",
  },
  {
    q: "when's the open day at harnby fire station",
    trap: true,
    why: "The toddler newsletter only mentions the crew's visit to the group on 2 July, not any fire station open day.",
  },
  {
    q: "who won the fenwick cup at last year's rally",
    trap: true,
    why: "The rally report only names this year's winners and the 2017 record holders, not 2023's winner.",
  },
  {
    q: 'how much did the 2022 vintage rally raise for the air ambulance',
    trap: true,
    why: 'The rally report only gives the 2024 and 2023 totals.',
  },
  {
    q: 'is the bridge congress gonna be at the corn exchange again next year?',
    trap: true,
    why: 'The bridge article says it is not known whether the Corn Exchange will be available for 2025 because the council is consulting on closing it.',
  },
  {
    q: "who's taking over from margaret as the congress secretary",
    trap: true,
    why: 'The bridge article says nobody has yet volunteered to replace the congress secretary.',
  },
  {
    q: 'will the fridge get grant money again next year',
    trap: true,
    why: 'The fridge article says nobody can say yet whether the grant will be renewed for a second year or how much.',
  },
  {
    q: 'does the fridge have to pay the church for the electric',
    trap: true,
    why: "The fridge article says the Parochial Church Council won't decide until November whether it wants a contribution.",
  },
  {
    q: 'how much is the field rent going up by in october',
    trap: true,
    why: "The aircraft article says the landlord hasn't named a figure for the rent rise.",
  },
  {
    q: 'r we allowed to fly fpv at the field now',
    trap: true,
    why: 'The aircraft article says FPV flying is still undecided after a 3-3 committee split.',
  },
  {
    q: 'does the 8.5% rise apply to ppl on the old fixed term contracts',
    trap: true,
    why: "The tenants article says Greystone hasn't said whether the increase applies to the 17 older fixed-term tenants.",
  },
  {
    q: 'who is gonna run the thursday toddler mornings after kirsty goes',
    trap: true,
    why: 'The toddler article says it is not yet known who will take over Thursdays.',
  },
  {
    q: 'is the toddler group going up in price from september, how much will it be',
    trap: true,
    why: "The toddler article says it hasn't been decided whether or by how much the session charge will rise.",
  },
  {
    q: 'what caused the fire under the dash in the alvis',
    trap: true,
    why: "The rally article says they still don't know what started the fire.",
  },
  {
    q: 'what time do the swiss teams start on the sunday?',
    trap: true,
    why: "The bridge article gives Saturday's start times but never gives a start time for Sunday's Swiss Teams.",
  },
  {
    q: 'how much prize money did ruth and ivor actually take home',
    trap: true,
    why: 'The bridge article gives only the total prize money of £1,340, not what any winners received.',
  },
  {
    q: 'whats amiras email so i can sign up to volunteer',
    trap: true,
    why: 'The fridge article only says the address is on the fridge door and never gives it.',
  },
  {
    q: 'what was the name of the cafe the fridge came out of',
    trap: true,
    why: 'The fridge article says the unit came from a café that closed but never names it.',
  },
  {
    q: 'how much is it gonna cost to fix colins junior 60',
    trap: true,
    why: 'The aircraft article says the plane folded a wing but gives no repair cost.',
  },
  {
    q: 'whose wot 4 was it that crashed at easter',
    trap: true,
    why: 'The aircraft article never names the owner of the Wot 4.',
  },
  {
    q: "what's the current rent on a one bed in aster block",
    trap: true,
    why: 'The tenants article only gives the rent for a typical two-bed in Birch.',
  },
  {
    q: 'whats the phone number for the law centre that gave the free advice',
    trap: true,
    why: 'The tenants article names Hallam Street Law Centre but gives no phone number.',
  },
  {
    q: "what's the health visitor sarah's last name",
    trap: true,
    why: 'The toddler article only calls her Sarah from the health visiting team.',
  },
  {
    q: 'how much does jumpin jacks charge for a kids party',
    trap: true,
    why: "The toddler article mentions Jumpin' Jacks only as a possible party venue and gives no prices.",
  },
  {
    q: 'who won the hollinsford autumn congress',
    trap: true,
    why: 'The bridge article only covers the 2024 Spring Congress.',
  },
  {
    q: 'how many tables did the bridge congress get back in 2022',
    trap: true,
    why: "The bridge article only gives this year's 94 tables and last year's 71.",
  },
  {
    q: 'what are the drop off times for the fieldgate estate fridge',
    trap: true,
    why: 'The fridge article says a Fieldgate fridge has only been asked about, with no site or host found.',
  },
  {
    q: 'how much food did the community fridge give out over christmas',
    trap: true,
    why: 'The fridge article only covers the first six weeks up to early October.',
  },
  {
    q: 'how many pilots turned up to the easter fly in back in 2022',
    trap: true,
    why: 'The aircraft article only gives the Easter figures for 2024 (27) and the previous year (19).',
  },
  {
    q: "what's the noise limit at the brindle heath club field",
    trap: true,
    why: "The aircraft article only gives the 82dB limit for Ashcombe Vale's own field.",
  },
  {
    q: 'is greystone putting the rent up at their other estates as well',
    trap: true,
    why: "The tenants article only covers Greystone's rise at Marlowe Court.",
  },
  {
    q: 'how much did marlowe court rents go up in 2021',
    trap: true,
    why: "The tenants article only gives the current rise and the two previous years' increases, not 2021.",
  },
  {
    q: 'what time does rhyme time at harnby library start now',
    trap: true,
    why: 'The toddler article only says Rhyme Time moved to afternoons, not its new time.',
  },
  {
    q: 'who won the fenwick cup at last years rally',
    trap: true,
    why: "The rally article names this year's winners and the 2017 record holders, not the 2023 winner.",
  },
];

export const TWENTY_SECOND_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_SECOND_SIX_ANSWERABLE,
  ...TWENTY_SECOND_SIX_TRAPS,
];
