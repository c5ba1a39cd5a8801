/**
 * Chat-style questions about a thirtieth six articles (./thirtieth-six/: a croquet club's summer open tournament
 * report, a community land trust's update on its affordable homes scheme, a council notice on a new booking
 * system at the household recycling centre, a barbershop chorus's report on its national convention trip, a
 * village flower and produce show's results, a beach hut owners' association's AGM report), written in session 68
 * by two helpers who saw only the articles (the second
 * set as newcomers ask, in their own everyday words). The question prompt held each question to at most half of
 * its answer's content words, as the sixth to sixteenth and the eighteenth to twenty-ninth six's did. Blind in
 * session 68 (read only as totals: 72 of 200 at the start, 73 at the end); in the repository so that later
 * sessions keep them, dev from session 69 (questions both sets hold kept once: 196, 72 right at the end). Styles the scorer does not know are mapped
 * (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own noted
 * above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const THIRTIETH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'how many of us actually sang at nationals',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Forty-one of us crossed the stage at the Kingsmere Centre',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat time did we actualy go on at nats',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'which put us on stage at 3:42pm, straight after the tea break',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Who wrote the arrangement of our slow song?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'arranged for us by Owen Thackeray',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what overall mark did we get and what position did that put us in',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'We averaged 78.4%, which placed us 9th out of 22',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: "wasn't our best finish before this like 12th in 2018 or something? what was it actually",
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'our previous best placing was 13th back in 2019',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What does our musical director think dragged down the vocal marks?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Helen reckons the singing score was held back by tuning in the uptune tag',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who won the whole chorus contest',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Gold went to Northgate Vocal Company on 88.6%',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the coach take so long gettin there, was there traffic?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'because a lorry had shed its load on the A417 near Hadley Cross',
    style: 'slang',
  },
  // set 1, written as phone
  {
    q: 'how much did each of us hav to pay 4 the trip',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Each singer paid £185 towards it',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'why did crosswind pull out, was it their lead who got sick?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'because their bass, Richard Coyle, lost his voice to a cold',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What song Margaret did improvise with the man from Scotland in the afterglow?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'woodshedded "Sweet Adeline" with a bari from a Scottish chorus',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'When and where the chorus is practising every week?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Rehearsals carry on as normal, Tuesday nights at 7:30pm at Dawlham Community Centre',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What venue did the hut owners use for their annual get-together?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'upstairs at the Saltings Bay Sailing Club',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl actually showed up 2 the agm?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'Fifty-eight members came in person',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many huts was destroyed totally by the storm?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'two of them (numbers 188 and 191) were written off completely',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Why did the east side of the promenade take the worst of it?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'because the shingle there has dropped by nearly a metre since the last beach recharge in 2021',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how did the burglars get into the huts that were broken into',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'the padlock hasp was levered off rather than the lock being cut',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: "wasn't the hut fee going up about 10 percent? what's the new amount",
    file: 'beach-hut-association-agm-report.md',
    fragment: 'put the annual site licence up by 8%, from £612 to £661',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the council is making the fee more expensive?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'the cost of repairing the promenade wall after Orla',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much money hav we got saved up at the end of 2024',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'the Association closed the year with £11,840 in the bank',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much did the fundraiser for the storm victims bring in?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'The Storm Orla hardship appeal raised £3,180',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the result of the vote on the subs going up',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'The motion was carried with 71 votes for, 19 against and 5 abstentions',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'Who is become the new money person of the association?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'Kirsty Langdale (hut 152), taking over from Brian Osei',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'when are we doing the beach party thing with the sandcastles, july sometime?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'provisionally pencilled in for Sunday 10 August',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why was the building firm held up at the start',
    file: 'community-land-trust-homes-update.md',
    fragment: 'hit an old field drain running diagonally across plots 7 to 9',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How much did rerouting the pipe eat out of the reserve fund?',
    file: 'community-land-trust-homes-update.md',
    fragment: 'which cost us £8,600 out of the contingency budget',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wen will the 1st 6 houses be weatherproof',
    file: 'community-land-trust-homes-update.md',
    fragment: 'plots 1 to 6 should be weathertight by the end of November',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many of the houses people can buy part of?',
    file: 'community-land-trust-homes-update.md',
    fragment: '2 two-bed houses for shared ownership',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the energy guy said heating would be like half what a normal house costs?',
    file: 'community-land-trust-homes-update.md',
    fragment: 'estimates heating bills will be around a third of those in a typical 1970s semi',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much is the whole scheme expected to come to now',
    file: 'community-land-trust-homes-update.md',
    fragment: 'The total build cost is now estimated at £3.19 million',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'By how much did the government housing agency raise its funding?',
    file: 'community-land-trust-homes-update.md',
    fragment: 'our grant will go up from £840,000 to £910,000',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much did the share thing raise n how many ppl bought in',
    file: 'community-land-trust-homes-update.md',
    fragment: 'raised £186,000 from 231 investors',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many years somebody must be resident to get the priority?',
    file: 'community-land-trust-homes-update.md',
    fragment: "you've lived here for at least three of the last five years",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'i think like 50 households signed up already? how many is it actually',
    file: 'community-land-trust-homes-update.md',
    fragment: '64 households have registered an interest',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long has it been since kellsbury got any cheap homes built',
    file: 'community-land-trust-homes-update.md',
    fragment: "the village hasn't had a new affordable home since 2011",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: "didn't the year 5 kids bury something under one of the houses? which plot was it",
    file: 'community-land-trust-homes-update.md',
    fragment: 'whose time capsule went under the slab of plot 1 on 12 July',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl entered the summer open this yr',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'We had 38 entries this year, up from 29 last summer',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How short did the groundsman trim the grass?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'cutting the lawns to 5mm',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long were games allowed to last in the open singles',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'Games had a three-hour time limit',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: "rosalind won the final by like +12 wasn't it? what's the actual score",
    file: 'croquet-club-tournament-results.txt',
    fragment: "Rosalind won +17TPO, finishing with a triple peel on Tim's ball",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Before Rosalind, who was the last club member to take the top singles title?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'she is the first home player to win it since Colin Hebditch in 2011',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wheres the big singles trophy gone, its not in the case',
    file: 'croquet-club-tournament-results.txt',
    fragment: "currently at Marsh's Engravers in the high street having Rosalind's name added",
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Who was become the champion of golf croquet competition?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'The winner was Barnaby Lusk (handicap 6)',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how did barnaby get so good, hes only been a member since march?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'He put it down to "hours of jump shots into the hedge"',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What was the speediest big win set during the weekend, and how long did it take?',
    file: 'croquet-club-tournament-results.txt',
    fragment: "Frances Okonkwo's +26 against Ian Threlkeld in Block A on Friday took just 1 hour 41 minutes",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why did the bacon sarnies run out so early',
    file: 'croquet-club-tournament-results.txt',
    fragment: "because we'd ordered for a field of 30, not 38",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'the rain delay on sunday was about an hour? how long was play actually stopped',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'Play was suspended for 55 minutes',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Where the tournament profit money is going to go?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'the surplus will go into the lawn fund',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many people was paying to come in the show this year?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'We counted 644 adults through the gate (children free)',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'where do i go 2 collect my winnings from the show',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'can be collected from me at 14 Mill Lane any evening this week',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why did so few of those fragrant climbing flowers get entered?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'most growers blamed the cold, wet June',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who was the top scorer across the whole event',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Banksia Cup (most points in show): Derek Hollins, 63 points',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how heavy was the giant veg that broke the record, about 18 kilos?',
    file: 'flower-and-produce-show-results.txt',
    fragment: "Stan Webley's marrow weighed in at 19.4kg on the hall scales",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who is the baker that take the top prize for baking things?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Lucy Farrant, for her lemon drizzle cake',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How long was the longest string bean on display?',
    file: 'flower-and-produce-show-results.txt',
    fragment: "Graham Tull's runner bean measured 51cm",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y were there less flower arranging entries this yr',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'because the Wendham Flower Club held its own demonstration evening the same week',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'what filling are you supposed to use in the victoria sponge',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Raspberry jam only, please, as the schedule has said since 1987',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'Who was winning the first place for the jam of strawberries?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Strawberry jam: 1st Jean Pardoe, 2nd Hilary Moss',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the guy who judged the veggies travelled in from sharnbrook or somewhere? where exactly',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Roger Ellery (vegetables and fruit), who came over from Sharnford',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'from what date do we have to reserve before going to the tip',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'From Monday 3 March 2025, residents will need to book a slot',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How many cars a week was the site originally built to cope with?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'designed in 1994 to handle around 1,800 vehicles a week',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what was the longest queue last easter, 2 hours or so?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'the wait to get on site peaked at 1 hour 50 minutes',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many times did cars nearly get hit by the digger thing last yr??',
    file: 'recycling-centre-booking-notice.txt',
    fragment: "There were 17 reported near misses between cars and the site's loading shovel in 2024",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much did queuing time drop during the pilot at the other tip?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'Average waiting times there fell from 34 minutes to under 5 minutes',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was the person that give approval for this new system?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'Councillor Sheila Dunmore, approved the roll-out to Fenwick Road',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how far ahead can you reserve a time',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'You can book up to 14 days in advance',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many times a wk can we go 2 the tip now',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'Each household can make up to two bookings a week',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'i heard vans can only go on weekends now? which days are the van ones',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'dedicated van slots, which run on Tuesdays, Thursdays and Saturdays only',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much it costs for throw away car tyres there?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'and tyres at £4.50 each',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "the new system cost like 50 grand to set up? what's the real figure",
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'The booking system has cost £38,500 to set up',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many of the choir actually went up and sang',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Forty-one of us crossed the stage at the Kingsmere Centre in Castlebridge',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'they went on right after the lunch break didnt they? what time was that',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'which put us on stage at 3:42pm, straight after the tea break',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'who adapted the slow love song they started their set with?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'arranged for us by Owen Thackeray',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'which position the choir is finishing in the competition?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'We averaged 78.4%, which placed us 9th out of 22',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wats the choirs best result b4 this yr??',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'our previous best placing was 13th back in 2019',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'which group came out on top overall',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Gold went to Northgate Vocal Company on 88.6%, their third win on the bounce',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'why did the bus take so long getting there, some crash on the motorway?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'because a lorry had shed its load on the A417 near Hadley Cross',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'in which hotel the singers was sleeping?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'We stayed two nights at the Riverside Lodge Hotel',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did every1 hav to chip in 4 the trip',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Each singer paid £185 towards it',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why did the other four-person group pull out?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'because their bass, Richard Coyle, lost his voice to a cold',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how old is the most old lady who sing with them?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Margaret Dunne, at 81 our oldest singing member',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what evening does the group practise every week, and where?',
    file: 'barbershop-chorus-convention-report.md',
    fragment: 'Rehearsals carry on as normal, Tuesday nights at 7:30pm at Dawlham Community Centre',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many ppl turned up to the agm thing',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'Fifty-eight members came in person, representing 51 of the 214 huts on the front',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many got hit when that storm came through in december',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'damaged eleven huts along the East Promenade, and two of them (numbers 188 and 191)',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'why did the far end of the seafront get battered worst?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'because the shingle there has dropped by nearly a metre since the last beach recharge in 2021',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the burglars snipped the padlocks right? how did they break in',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'the padlock hasp was levered off rather than the lock being cut',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much is the council chargin us per yr now??',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'has put the annual site licence up by 8%, from £612 to £661, from 1 April',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'why the council is want more money from us?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'The reason given for the increase was the cost of repairing the promenade wall after Orla',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'is anyone trying to get the loos kept open later in winter',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'Femi has asked the council to keep it open until 6pm from October to March',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how much cash has the group got saved up?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'the Association closed the year with £11,840 in the bank',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many peoples voted yes for make the membership more expensive?',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'The motion was carried with 71 votes for, 19 against and 5 abstentions',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'that couple who keep winning the fancy hut decorating contest, the hollands? how many times in a row now',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'which Pat and Geoff Holloway of hut 77 have won three years running',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'can i bring my pup down to the sand in june or nah',
    file: 'beach-hut-association-agm-report.md',
    fragment: 'The seasonal dog ban on the main beach runs from 1 May to 30 September as usual',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "when's the next board get-together, and can ordinary members come along?",
    file: 'beach-hut-association-agm-report.md',
    fragment:
      'The next committee meeting is Thursday 10 April, 7pm, at the Sailing Club, and members are welcome to sit in',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why did the digging run late, they hit some old sewer pipe or something?',
    file: 'community-land-trust-homes-update.md',
    fragment: 'hit an old field drain running diagonally across plots 7 to 9',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did sortin the drain thing cost us',
    file: 'community-land-trust-homes-update.md',
    fragment: 'which cost us £8,600 out of the contingency budget',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'when the first houses will be closed against the rain?',
    file: 'community-land-trust-homes-update.md',
    fragment: 'plots 1 to 6 should be weathertight by the end of November',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'how much cheaper will it be to keep these places warm vs an older house?',
    file: 'community-land-trust-homes-update.md',
    fragment:
      'estimates heating bills will be around a third of those in a typical 1970s semi in the village',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'whats the price tag on the whole project these days',
    file: 'community-land-trust-homes-update.md',
    fragment: 'The total build cost is now estimated at £3.19 million',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'hw much is the govt grant now',
    file: 'community-land-trust-homes-update.md',
    fragment: 'our grant will go up from £840,000 to £910,000',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the share sale got about 150k didnt it? how many folks chipped in',
    file: 'community-land-trust-homes-update.md',
    fragment: 'raised £186,000 from 231 investors, which is £36,000 more than our target',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much cheap the rent will be compare with normal price?',
    file: 'community-land-trust-homes-update.md',
    fragment: 'All the rented homes will be let at no more than 80% of local market rent',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what counts as having ties to the area?',
    file: 'community-land-trust-homes-update.md',
    fragment: "A local connection means you've lived here for at least three of the last five years",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many families have put their names down so far',
    file: 'community-land-trust-homes-update.md',
    fragment: 'Up to now, 64 households have registered an interest',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat % do u buy on the part own ones',
    file: 'community-land-trust-homes-update.md',
    fragment: 'The shared ownership homes will be sold at a 40% initial share',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the school kids buried a time box under one of the houses? which one',
    file: 'community-land-trust-homes-update.md',
    fragment: 'whose time capsule went under the slab of plot 1 on 12 July',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how short did they mow the grass',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'cutting the lawns to 5mm',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'last time a club member won the open was like 2010? who was it',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'she is the first home player to win it since Colin Hebditch in 2011',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'who were the two players in the last match of main singles?',
    file: 'croquet-club-tournament-results.txt',
    fragment:
      'The final was between our own Rosalind Achebe (handicap 0.5) and Timothy Verrall of Harrowfield',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long had the golf croquet winner been in the club',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'Barnaby only joined the club in March',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'someone set a speed record, like an hour and a half? what was the time exactly',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'took just 1 hour 41 minutes',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many cuppas did they get thru lol',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'Margaret Dunwoody counted 214 cups of tea served in the pavilion',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why did the breakfast baps run out so early?',
    file: 'croquet-club-tournament-results.txt',
    fragment: "because we'd ordered for a field of 30, not 38",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much time they stop playing because of the storm?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'Play was suspended for 55 minutes because Lawn 2 had standing water near hoop 4',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'wheres the big cup gone, getting polished or something?',
    file: 'croquet-club-tournament-results.txt',
    fragment: "is currently at Marsh's Engravers in the high street having Rosalind's name added",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what did the winner of the consolation comp get as a reward?',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'presented the Plate prize, a bottle of local cider',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much money did the whole weekend bring in',
    file: 'croquet-club-tournament-results.txt',
    fragment: 'after costs the tournament made a surplus of £412',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'how many people came through and do kids have to pay',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'We counted 644 adults through the gate (children free)',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how much cash did the whole event bring in?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'the day raised £2,917 in total before expenses',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'what time the public can come inside for see the show?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'doors opened to the public at 2pm',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why were there hardly any sweet peas, was it the dry spring?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'most growers blamed the cold, wet June, which set their plants back by about three weeks',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who got the most pts overall',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Banksia Cup (most points in show): Derek Hollins, 63 points',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how heavy was the biggest squash',
    file: 'flower-and-produce-show-results.txt',
    fragment: "Stan Webley's marrow weighed in at 19.4kg on the hall scales",
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'why were some of the classic jam sponges penalised?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'marked several down for being filled with buttercream, which the schedule does not allow',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much do u actually win for 1st lol',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'Prize money (£1 for a first, 50p for a second, 25p for a third)',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'how long Ken is helping with vegetable tables?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'who has stewarded the vegetable benches for 30 years',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what time did the tea tent run out of cakes, around 4?',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'which sold out of scones by 3:15pm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what did the little twins make for the veg animal thing',
    file: 'flower-and-produce-show-results.txt',
    fragment: 'a courgette crocodile with garden-pea eyes made by the Whitlock twins',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'when do we have to start reserving before going to the tip',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'From Monday 3 March 2025, residents will need to book a slot',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how many cars was the place originally built for?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'was designed in 1994 to handle around 1,800 vehicles a week',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how long was the q at easter lol',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'the wait to get on site peaked at 1 hour 50 minutes',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'how many accidents almost happen with the digger last year?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: "There were 17 reported near misses between cars and the site's loading shovel in 2024",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the trial at the other tip got waits down to like 10 mins?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'Average waiting times there fell from 34 minutes to under 5 minutes',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'whats the number 2 ring if i cant do online',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'phone the contact centre on 01632 960 418',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: "how long do you get once you're in and how many cars at a time",
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'Each slot is 30 minutes long, and the site will take 48 vehicles per slot',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'which days are set aside for people with trailer passes?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'which run on Tuesdays, Thursdays and Saturdays only',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much I must to pay for throw away plasterboard?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'Plasterboard continues to be charged at £6 per sheet or bag',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'is it a couple quid to book a slot or is it free',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'There will be no charge for booking a slot',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how they check I am booked when I come?',
    file: 'recycling-centre-booking-notice.txt',
    fragment: 'camera at the entrance will check your registration against the booking list',
    style: 'paraphrase',
  },
];

export const THIRTIETH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'have the judges feedback sheets come thru yet? what did they say about our tag',
    trap: true,
    why: "The chorus report says the detailed evaluation sheets haven't arrived yet, so their content is unknown.",
  },
  {
    q: "where's next year's convention being held",
    trap: true,
    why: "The chorus report says the venue for next year's convention hasn't been announced.",
  },
  {
    q: "who's taking over from alan as bari section leader",
    trap: true,
    why: "The chorus report says it isn't known yet who will replace Alan Greaves; nominations are still open.",
  },
  {
    q: 'will the owners of huts 188 and 191 be allowed to rebuild on the same plots',
    trap: true,
    why: "The AGM report says this is unknown because the council hasn't decided on planning consent.",
  },
  {
    q: 'what actually started the fire at hut 117 last summer',
    trap: true,
    why: "The AGM report says the cause of the fire still hasn't been established.",
  },
  {
    q: 'when do the tenants get the keys for orchard lane',
    trap: true,
    why: 'The land trust update says the handover date is not known and no date will be given yet.',
  },
  {
    q: 'are we capping croquet entries at 32 next year',
    trap: true,
    why: "The croquet round-up says the committee hasn't decided on a cap; it goes to the September meeting.",
  },
  {
    q: 'is the chutney class staying in the schedule next year',
    trap: true,
    why: 'The show notes say it is undecided whether the chutney classes stay.',
  },
  {
    q: 'will pellham quarry need booking too',
    trap: true,
    why: "The recycling notice says it isn't known yet whether booking will be extended to Pellham Quarry.",
  },
  {
    q: 'can ppl who live in marlbridge but work in wrexley book a slot at the tip',
    trap: true,
    why: 'The recycling notice says this has not been decided yet.',
  },
  {
    q: 'how much was the coach hire by itself for nationals',
    trap: true,
    why: 'The chorus report only gives the £14,350 total covering registration, coach, hotel and risers, not the coach cost alone.',
  },
  {
    q: 'what did low tide four score in the semi',
    trap: true,
    why: "The chorus report gives Low Tide Four's placing (27th of 40) but not their score.",
  },
  {
    q: 'how much did each of the storm damaged hut owners get from the appeal',
    trap: true,
    why: 'The AGM report says the £3,180 was split by repair quotes but gives no individual amounts.',
  },
  {
    q: 'what time does the toilet block at the steps open in the morning',
    trap: true,
    why: 'The AGM report only says the block shuts at 4pm in winter, never when it opens.',
  },
  {
    q: 'whats the interest rate on the greenway mutual loan',
    trap: true,
    why: 'The land trust update mentions the loan but gives no interest rate or terms.',
  },
  {
    q: 'how many apple trees are going in the new orchard at orchard lane',
    trap: true,
    why: 'The land trust update mentions heritage apple varieties but never gives a number of trees.',
  },
  {
    q: 'who topped block b in the open singles',
    trap: true,
    why: 'The croquet round-up never says who won Block B.',
  },
  {
    q: 'what handicap does frances okonkwo play off',
    trap: true,
    why: 'The croquet round-up gives handicaps for some players but not for Frances Okonkwo.',
  },
  {
    q: 'how much did the flower show make after expenses',
    trap: true,
    why: 'The show notes only give £2,917 raised before expenses, not the net figure.',
  },
  {
    q: 'how many staff will be working at fenwick road each day once booking starts',
    trap: true,
    why: 'The recycling notice never gives staff numbers.',
  },
  {
    q: 'what % did the chorus get at nationals in 2019 when we came 13th',
    trap: true,
    why: 'The chorus report gives only the 2019 placing, not the 2019 score.',
  },
  {
    q: 'who won the quartet contest at nationals',
    trap: true,
    why: 'The chorus report names the chorus contest gold winner but not the quartet contest winner.',
  },
  {
    q: "how many ppl came to last year's beach hut agm",
    trap: true,
    why: "The AGM report gives this year's turnout and says it is the best since 2019, but not last year's figure.",
  },
  {
    q: 'what was the beach hut sub before 2018',
    trap: true,
    why: 'The AGM report says the sub is £25 and has not risen since 2018, but never gives the earlier amount.',
  },
  {
    q: 'how much did the mill cottages scheme cost to build',
    trap: true,
    why: 'The land trust update only mentions the £95,000 share offer for Mill Cottages, not its build cost.',
  },
  {
    q: "who won the penhallow cup at last year's summer open",
    trap: true,
    why: 'The croquet round-up covers 2024 only and never says who won in 2023.',
  },
  {
    q: 'how many entries did the golf croquet get last summer',
    trap: true,
    why: "The croquet round-up gives last year's total of 29 entries but not a golf croquet figure for last year.",
  },
  {
    q: 'who won the banksia cup at the 2023 flower show',
    trap: true,
    why: "The show notes name the 2024 winner only; last year's winner is not given.",
  },
  {
    q: 'what are the opening hours at the ashby lane tip',
    trap: true,
    why: 'The recycling notice gives opening hours for Fenwick Road only, not Ashby Lane.',
  },
  {
    q: 'how many bikes did second time round rehome in 2023',
    trap: true,
    why: "The recycling notice only gives last year's (2024) figure of 312 bikes.",
  },
  {
    q: "where's nationals gonna be next year, is it further away?",
    trap: true,
    why: "The barbershop report says next year's convention venue has not been announced.",
  },
  {
    q: 'is the chorus even doing the contest next year or having a year off',
    trap: true,
    why: 'The report says the committee has not decided and it will be settled at the AGM.',
  },
  {
    q: 'did the nationals trip end up in profit or did we lose money',
    trap: true,
    why: 'The treasurer has not finished the accounts, so whether there is a surplus or shortfall is unknown.',
  },
  {
    q: "what's the hut licence going to be for 2026-27",
    trap: true,
    why: 'The AGM report says the council has not said what the 2026-27 fee will be.',
  },
  {
    q: 'what actually caused that fire at hut 117',
    trap: true,
    why: 'The report says the cause of the fire has not been established.',
  },
  {
    q: 'how much will a 40% share cost on the shared ownership houses',
    trap: true,
    why: 'The land trust says it cannot give the price until the homes are valued nearer completion.',
  },
  {
    q: 'will saturdays croquet results count for grading or not',
    trap: true,
    why: 'The tournament secretary has asked the grading officer and has had no reply, so it is unknown.',
  },
  {
    q: 'whens the flower show next year',
    trap: true,
    why: 'The results notice says no date has been set for the 2025 show.',
  },
  {
    q: 'what happens if u keep booking the tip and then dont turn up',
    trap: true,
    why: 'The council says no policy on repeated no-shows has been agreed.',
  },
  {
    q: 'when is the tip booking app coming out',
    trap: true,
    why: 'The notice says it is not yet known when the Civitas Digital app will be ready.',
  },
  {
    q: 'what coach company did the chorus use to get to castlebridge',
    trap: true,
    why: 'The report only names the driver, Phil, not the coach firm.',
  },
  {
    q: 'how much was the hotel per night for the singers',
    trap: true,
    why: "Only the total trip cost is given, not the hotel's nightly rate.",
  },
  {
    q: 'whats the interest rate on the building society loan for orchard lane',
    trap: true,
    why: 'The update never states any loan terms or interest rate.',
  },
  {
    q: 'which housing associations is the land trust talking to about managing the homes',
    trap: true,
    why: 'The update says talks are with two housing associations but never names them.',
  },
  {
    q: 'who won block b in the open singles',
    trap: true,
    why: "The croquet results name only Block A's unbeaten player and the semi-finalists, not the Block B winner.",
  },
  {
    q: 'how many points did priya end up with in the golf croquet',
    trap: true,
    why: 'The results say she was runner-up on net points but never give her total.',
  },
  {
    q: 'how much did the produce auction make at the end of the show',
    trap: true,
    why: 'The auction is mentioned but no amount raised by it is given.',
  },
  {
    q: 'who grew those pot leeks the judge loved so much',
    trap: true,
    why: 'The notice praises the pot leeks but never names the grower.',
  },
  {
    q: 'how much does it cost to get rid of asbestos at fenwick road',
    trap: true,
    why: 'The notice says asbestos needs prior arrangement but gives no charge for it.',
  },
  {
    q: 'how did tidewater do at nationals back in 2022',
    trap: true,
    why: "The report only gives this year's, last year's and the 2019 placings, nothing for 2022.",
  },
  {
    q: 'what did northgate score last year when they won',
    trap: true,
    why: "Only Northgate's 2024 score of 88.6% is given.",
  },
  {
    q: 'how many people came to the beach hut agm back in 2019',
    trap: true,
    why: 'The report only says this was the best turnout since 2019, without the 2019 figure.',
  },
  {
    q: 'how much did the mill cottages homes cost to build',
    trap: true,
    why: 'The update only mentions the share offer raised for Mill Cottages, not its build cost.',
  },
  {
    q: 'who won the croquet summer open last year',
    trap: true,
    why: "The results only say Tim beat Rosalind in last year's semi-final, not who won the event.",
  },
  {
    q: "any results from the croquet club's autumn tournament",
    trap: true,
    why: 'The article covers only the Summer Open 2024.',
  },
  {
    q: 'how many entries did the flower show get back in 2016',
    trap: true,
    why: 'The notice only says 2024 was the highest since 2016 without giving the 2016 number.',
  },
  {
    q: 'how long are the queues at pellham quarry on a weekend',
    trap: true,
    why: 'The notice only describes queues at Fenwick Road and waits at Ashby Lane, never Pellham Quarry.',
  },
];

export const THIRTIETH_SIX_SET: readonly ChatQuestion[] = [
  ...THIRTIETH_SIX_ANSWERABLE,
  ...THIRTIETH_SIX_TRAPS,
];
