/**
 * Chat-style questions about a twenty-seventh six articles (./twenty-seventh-six/: a canal restoration trust's
 * update on rebuilding a derelict lock, a rural agricultural society's ploughing match results, a town lantern
 * parade's briefing for volunteers and stewards, a sheepdog trial society's open trial results, a community
 * transport charity's notice of minibus booking and fare changes, a harbour town's sea shanty festival wrap-up),
 * written in session 65 by two helpers who saw only the articles (the second set as newcomers ask, in their own
 * everyday words). The question prompt held each question to at most half of its answer's content words, as the
 * sixth to sixteenth and the eighteenth to twenty-sixth six's did. Blind in session 65 (read only as totals: 63
 * of 200 at the start, 32 and 31, answerable 28 of 140, traps 35 of 60; 63 at the end, the same); in the repository
 * so that later sessions keep them (one question both sets hold kept once: 199), dev from session 66.
 * Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess ->
 * paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_SEVENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'whats the best theory on why that section of wall bulged out',
    file: 'canal-lock-restoration-update.md',
    fragment: 'thinks the most likely culprit is a leaking culvert behind the wall',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Why are they avoiding modern mortar for the rebuild?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'because cement would crack the old work around it within a few winters',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how fast r they gettin thru the brickwork these days on a good wkend',
    file: 'canal-lock-restoration-update.md',
    fragment: "reckons we're laying about 220 bricks on a good Saturday",
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many peoples has done the special course for old bricks now?',
    file: 'canal-lock-restoration-update.md',
    fragment: "we now have six volunteers who've been through the Trust's two-day heritage brickwork course",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whats the most ppl theyve ever had turn up on 1 day',
    file: 'canal-lock-restoration-update.md',
    fragment: '27 volunteers on site, beating the previous record of 19',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'who was it that kept everyone in cuppas at the big march work party, maureen someone?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'Margaret Doyle for keeping the tea urn going for seven hours straight',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the site was closed for some days in the spring?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'because the river level at Hollins Weir topped 1.8 metres',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'do i need to bring my own boots or do they lend them out',
    file: 'canal-lock-restoration-update.md',
    fragment: "steel toecaps are compulsory and you'll need your own",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'what did the joinery firm want for the upper gates, was it about 45 grand?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'have quoted £48,500 for a new pair of top gates in green oak',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'If the order went in today, how long until the timber doors would be delivered?',
    file: 'canal-lock-restoration-update.md',
    fragment: "Brimfield's lead time is currently 30 weeks from order",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much does it cost to get your name on one of the bricks',
    file: 'canal-lock-restoration-update.md',
    fragment: 'the sponsor-a-brick scheme (£10 a brick, your name on the certificate)',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'When is the health and safety coordinator giving up the job?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'stepping down as site safety lead at the end of June',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'By how much did the local authority reduce their funding?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'was cut by £18,500 for this financial year',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'hw much did the insurence go up 4 the buses',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'Insurance on the fleet alone rose from £9,200 to £11,750',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'which days of the week are the worst for getting a seat',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'mainly Tuesdays and Thursdays, when the hospital clinics are on',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat times can u ring the office from nov',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'will be open 9am to 1pm, Monday to Friday',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How early I am needing to reserve a ride now?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'must now be booked by 1pm two working days before you travel',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'so if i fill in the website thing is my trip sorted straight away or do they get back to u',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'This is a request, not a confirmed booking',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'will i get fined if i miss my pickup',
    file: 'community-minibus-booking-changes.txt',
    fragment: "We're not bringing in a charge for no-shows at this stage",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how much is it to get to the hospital now, about seven quid each way?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'including trips to Harnley General Hospital: £7.50 single',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'My helper who come with me, he must pay also?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'A carer or escort travelling with a member still goes free',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why was one of the vans out of action in late summer',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'failed its MOT in August on a corroded chassis rail',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What sum are they seeking from the charitable trust for a replacement vehicle?',
    file: 'community-minibus-booking-changes.txt',
    fragment: "We've applied to the Hallamby Foundation for £48,000",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'do the drivers get their petrol money back',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'all mileage is reimbursed at 45p a mile',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How many helpers have registered for the event in total?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'We have 86 volunteers signed up this year',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what time do i need to turn up on the night if im a marshal',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: "Stewards and team leaders report to the volunteer base at St Aldric's Church Hall",
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who do we sign in w/ when we get there',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'Sign in with Callum Reyes',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How long is the way we walk and how much time it take?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'The route is 1.6km and should take about 45 minutes at lantern pace',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why arent we going down the main street like before, roadworks or something?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'the High Street resurfacing is running late',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what happens if the council says no to shutting the road',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: "we'll fall back to the footpath route along the river",
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Why have traditional wax lights been prohibited?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: "they won't cover naked flames in handheld lanterns any more",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who paid 4 the battery lights',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'paid for by the Kestlebridge Rotary Club',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'who made the massive bird thing, wasnt it some artist with a primary school?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'built by artist Tobias Lindqvist and the Year 6 class at Orchard Lane Primary',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the big bird is needing people walking next to it?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: "because it's tall enough to catch the overhead wires at the bottom of Bell Lane",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whats the code word if a kid goes missing',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'say "Code Heron" and your position number',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What wind speed would get the procession called off?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'if winds are forecast above 35mph',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whose land did they use this time',
    file: 'ploughing-match-results.txt',
    fragment: 'by kind permission of Robert and Ellen Pascoe',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'why did a couple of folk pull out on the morning, tractor bother?',
    file: 'ploughing-match-results.txt',
    fragment: 'two with hydraulic trouble and one because his lambing shed roof had come off',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did it kick off late, was it the weather',
    file: 'ploughing-match-results.txt',
    fragment: "A thick fog sat in the valley until nearly ten o'clock",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What did admission receipts total at the entrance?',
    file: 'ploughing-match-results.txt',
    fragment: 'Gate takings came to £4,860',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How old is the man who win the top prize?',
    file: 'ploughing-match-results.txt',
    fragment: "At 22, Owen is the youngest Supreme Champion in the Society's history",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat tractor n plough did the overall winner use',
    file: 'ploughing-match-results.txt',
    fragment: 'Ford 5000 with a Ransomes TS59 mounted plough',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'what cost janet the title this time, wasnt she champ three years running before?',
    file: 'ploughing-match-results.txt',
    fragment: 'mostly because of a slightly uneven opening split',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who is winning the class for beginners?',
    file: 'ploughing-match-results.txt',
    fragment: '1st Chloe Penrose, aged 16, Massey Ferguson 135',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Why was one category scrapped on the day?',
    file: 'ploughing-match-results.txt',
    fragment: 'only two entries came forward and the rules require a minimum of three',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what score does toms team reckon they should have got',
    file: 'ploughing-match-results.txt',
    fragment: 'their own count makes it 19',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Who took home the main draw prize of grain?',
    file: 'ploughing-match-results.txt',
    fragment: 'was won by Margaret Uren of Nancerew',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why didnt owen get the best finish cup on the day, was it being repaired?',
    file: 'ploughing-match-results.txt',
    fragment: 'which is still at the engravers in Penvarrow',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many groups were singing this year',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'We had 34 crews on the programme this year',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Which ensemble journeyed the greatest distance to attend?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'The furthest travelled were the Grindley Wharf Shantymen',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl used the shuttle bus over the wkend',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'carried 2,140 passengers over the weekend',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'roughly how big was the crowd on the saturday, was it like 10k?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'somewhere around 9,000 visitors on the Saturday alone',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Which song they sing first on the Friday night?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'Jory Trelease led off with "Rolling Down to Old Maui"',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How many participants joined the big communal singalong?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'with 640 voices on "South Australia"',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who was in charge of teaching the children',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'run by Bethany Rowse of the Lanyon Singers',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the speakers keep dying on sun',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'when the generator ran dry',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How much money people put in the buckets?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'Bucket collections across the weekend raised £11,860',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'hows the money being shared out, 50/50 between lifeboat and the mission?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'split 60/40 in favour of the lifeboat',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whens the do for everyone who helped out',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: "the volunteers' thank-you night at the Anchor on Friday 5 July",
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What breed of ewes did the hosts provide, and how many?',
    file: 'sheepdog-trials-results.md',
    fragment: 'They supplied 240 Blackface shearlings',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how far did the dogs hav to go on the outrun',
    file: 'sheepdog-trials-results.md',
    fragment: 'set an outrun of roughly 420 yards up the left side of the hill',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How long each handler can take for the run?',
    file: 'sheepdog-trials-results.md',
    fragment: 'The time allowed was 13 minutes for the open and 9 minutes for the nursery',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was the person giving the points?',
    file: 'sheepdog-trials-results.md',
    fragment: 'The judge was Peter Gaskell from Haldon',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who is winner of the big class?',
    file: 'sheepdog-trials-results.md',
    fragment: 'Ewan MacRury with Bess',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how did they split colin and ruth when they were level on 88?',
    file: 'sheepdog-trials-results.md',
    fragment: 'winning the tie-break against the next run on outwork',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why some dogs was thrown out of the competition?',
    file: 'sheepdog-trials-results.md',
    fragment: 'three for gripping and one for leaving the course during the outrun',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'hw old is the lass tht took 1st in the nursery',
    file: 'sheepdog-trials-results.md',
    fragment: 'Kirsty is only 17 and in her second season handling',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'what did the winner of the draw get, some kind of stick?',
    file: 'sheepdog-trials-results.md',
    fragment: 'the top prize a handmade crook donated by stickmaker Iain Rollo',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'i had 2 leave early, how do i get my winnings',
    file: 'sheepdog-trials-results.md',
    fragment: 'your prize money will be posted out this week',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'is the yearly meeting on a thursday in late october or what',
    file: 'sheepdog-trials-results.md',
    fragment: 'on Friday 25 October at 7.30pm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many bricks have they put down so far',
    file: 'canal-lock-restoration-update.md',
    fragment: "we've laid roughly 6,800 bricks",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y r they usin lime stuff n not concrete on the lock',
    file: 'canal-lock-restoration-update.md',
    fragment: 'because cement would crack the old work around it within a few winters',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "What's the current rate of masonry output on a weekend session?",
    file: 'canal-lock-restoration-update.md',
    fragment: "we're laying about 220 bricks on a good Saturday",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the wall that was leaning out over winter, what does the engineer reckon did it',
    file: 'canal-lock-restoration-update.md',
    fragment: 'the most likely culprit is a leaking culvert behind the wall washing out the backfill',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat was the record no of ppl at one of the work days',
    file: 'canal-lock-restoration-update.md',
    fragment: '27 volunteers on site, beating the previous record of 19',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'why did everyone get sent home for a bit in spring',
    file: 'canal-lock-restoration-update.md',
    fragment: 'the river level at Hollins Weir topped 1.8 metres and water came over the bywash',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'What has renting the water-removal machine set them back this year?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'The hired 4-inch diesel pump has cost us £1,140 so far this year',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money cost the new doors for the top of lock?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'have quoted £48,500 for a new pair of top gates in green oak',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'if they order the gates 2moro how long til they turn up',
    file: 'canal-lock-restoration-update.md',
    fragment: "so even if we ordered tomorrow we'd be into November before anything arrived",
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the brick fundraiser thing is at like 20 grand now? whats the target',
    file: 'canal-lock-restoration-update.md',
    fragment: 'the Hollins appeal stands at £23,870, against a target of £40,000 match funding',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When the safety man is leaving his job?',
    file: 'canal-lock-restoration-update.md',
    fragment: 'Derek Pennington is stepping down as site safety lead at the end of June',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Is protective footwear supplied, or do helpers have to bring their own?',
    file: 'canal-lock-restoration-update.md',
    fragment: "steel toecaps are compulsory and you'll need your own",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "How big was the reduction in the local authority's funding?",
    file: 'community-minibus-booking-changes.txt',
    fragment: 'was cut by £18,500 for this financial year, from £64,000 down to £45,500',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did the insurence go up by',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'Insurance on the fleet alone rose from £9,200 to £11,750',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'which days are the hardest to get a bus',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'mainly Tuesdays and Thursdays, when the hospital clinics are on',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'What time I can phone for booking now?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'will be open 9am to 1pm, Monday to Friday, instead of 9am to 4pm',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "What's the new advance notice required to reserve a ride?",
    file: 'community-minibus-booking-changes.txt',
    fragment: 'must now be booked by 1pm two working days before you travel',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'do u get fined if u dont show up for ur ride',
    file: 'community-minibus-booking-changes.txt',
    fragment: "We're not bringing in a charge for no-shows at this stage",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'My club is having own driver, how much time before we must reserve the van?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'will need to book at least 14 days ahead, up from seven',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'is the hospital run still about six quid each way',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'including trips to Harnley General Hospital: £7.50 single',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'do pensioner freebie cards work on ur minibuses',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'concessionary bus passes cannot be used on our door-to-door service',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'wasnt one of the buses off for like a month after failing its test, what was wrong with it',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'failed its MOT in August on a corroded chassis rail',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'If I drive for them, they give me money back for the petrol?',
    file: 'community-minibus-booking-changes.txt',
    fragment: 'all mileage is reimbursed at 45p a mile',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'where and when is the meeting to ask about all this',
    file: 'community-minibus-booking-changes.txt',
    fragment: "the members' drop-in at Marrowfield Methodist Church Hall on Wednesday 23 October",
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'how many helpers are there this year',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'We have 86 volunteers signed up this year',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the kids made like 2000 paper lights at the workshops right? how many was it',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'produced around 1,400 willow-and-tissue lanterns over 14 sessions',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat time do marshals hav to show up n where',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: "Stewards and team leaders report to the volunteer base at St Aldric's Church Hall",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'What distance is the procession and roughly how much time does it take?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'The route is 1.6km and should take about 45 minutes at lantern pace',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the parade is not going through the town centre like before?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'the High Street resurfacing is running late',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'why are proper candles banned now',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: "they won't cover naked flames in handheld lanterns any more",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how tall is the giant bird thing n who made it',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'a 4.5-metre heron built by artist Tobias Lindqvist and the Year 6 class',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'why does the big crane lantern need people walking beside it',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'tall enough to catch the overhead wires at the bottom of Bell Lane',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'What I must say in the radio when a kid is lost?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'say "Code Heron" and your position number',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Which radio frequency is reserved for medical emergencies?',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'channel 4 is for first aid only',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when is the practice evening for new marshals',
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'Steward training is on Wednesday 20 November, 7pm–8.30pm',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: "Where should a child who's been separated from their family be brought?",
    file: 'lantern-parade-volunteer-briefing.txt',
    fragment: 'The meeting point is the Market Square information gazebo',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where the competition was happen this time?',
    file: 'ploughing-match-results.txt',
    fragment: 'held on Saturday 5 October at Lower Coldharbour Farm, Wenlow',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many competitors took part compared with the previous year?',
    file: 'ploughing-match-results.txt',
    fragment: '64 ploughmen and women across all classes, against 51 last year',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did it kick off late',
    file: 'ploughing-match-results.txt',
    fragment: "A thick fog sat in the valley until nearly ten o'clock",
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'who gets the cash from the tea and cake stall',
    file: 'ploughing-match-results.txt',
    fragment: 'all of which goes to the county air ambulance',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the top guy was like 19 or something, is that a record',
    file: 'ploughing-match-results.txt',
    fragment: "At 22, Owen is the youngest Supreme Champion in the Society's history",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the lady who win before did not win this year?',
    file: 'ploughing-match-results.txt',
    fragment: 'mostly because of a slightly uneven opening split',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who came 1st in the turnover plough bit',
    file: 'ploughing-match-results.txt',
    fragment: '1st Daniel Keast (Kverneland four-furrow, 171 pts)',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'who won the beginners and how old are they',
    file: 'ploughing-match-results.txt',
    fragment: '1st Chloe Penrose, aged 16, Massey Ferguson 135',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'Which team of heavy draught animals came out on top?',
    file: 'ploughing-match-results.txt',
    fragment: '1st Frank Mallory with his Shires, Duke and Bonny',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someones appealing their score in the reversible right, whats the problem',
    file: 'ploughing-match-results.txt',
    fragment: "the judge's sheet shows 17 out of 20 for ins and outs when their own count makes it 19",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why wasnt one of the cups given out on the day, is it being repaired',
    file: 'ploughing-match-results.txt',
    fragment: 'which is still at the engravers in Penvarrow',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many marshals were out early and from what time',
    file: 'ploughing-match-results.txt',
    fragment: 'eighteen of them this year, who were out marking plots with pegs and string from 6.30am',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'how many groups sang this year',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'We had 34 crews on the programme this year, up from 26 in 2023',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'Which group is coming from most far away?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'The furthest travelled were the Grindley Wharf Shantymen',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many people rode the shuttle buses from the out-of-town parking?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'the park-and-ride from Trevessa Farm carried 2,140 passengers over the weekend',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many ppl joined in the massive singalong at the harbour',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'broke our own record, with 640 voices',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'there was a kids singing class thing, like 30 kids went?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'had 27 children aged 8 to 15',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the afternoon in the pub was so delay?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: "because the Fowey Road Haulers' van broke down near Lostlan",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did the sound keep dying on sunday',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'The Quay stage PA cut out twice on Sunday when the generator ran dry',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how much did the collecting tins bring in',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'Bucket collections across the weekend raised £11,860, our best ever',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'How are the donations being divided between the two charities?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: 'being split 60/40 in favour of the lifeboat',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'didnt the helpers bake like 500 pies for the singers',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: "making 400 pasties for the crews' hospitality tent",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When is the party for thank the helpers?',
    file: 'sea-shanty-festival-wrapup.txt',
    fragment: "the volunteers' thank-you night at the Anchor on Friday 5 July",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how many dogs ran this yr',
    file: 'sheepdog-trials-results.md',
    fragment: 'drew 58 runs in the open class and 21 in the nursery',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'what sheep did they use and how many',
    file: 'sheepdog-trials-results.md',
    fragment: 'They supplied 240 Blackface shearlings, let out in lots of four',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'How long was each competitor given to complete a run?',
    file: 'sheepdog-trials-results.md',
    fragment: 'The time allowed was 13 minutes for the open and 9 minutes for the nursery',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How did they separate the two dogs on equal scores?',
    file: 'sheepdog-trials-results.md',
    fragment: 'winning the tie-break against the next run on outwork (outrun, lift and fetch)',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'i heard the top score was the best ever there, who had the old best',
    file: 'sheepdog-trials-results.md',
    fragment: 'beating the 90 set by the late Willie Sangster with Roy in 2016',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: "how many dogs got dq'd n what for",
    file: 'sheepdog-trials-results.md',
    fragment: 'four were disqualified, three for gripping',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How old is the girl who won the young dogs and it is her first win?',
    file: 'sheepdog-trials-results.md',
    fragment: 'Kirsty is only 17 and in her second season handling',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much it cost for enter a dog?',
    file: 'sheepdog-trials-results.md',
    fragment: 'Entry was £12 a run for the open and £8 for the nursery',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why was everything like an hour late getting going',
    file: 'sheepdog-trials-results.md',
    fragment: 'some lambs had been mixed into the letting-out pen',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when is the yearly meeting',
    file: 'sheepdog-trials-results.md',
    fragment: 'The AGM will be in the Lennan Village Hall on Friday 25 October at 7.30pm',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'is the chairman leaving? jean someone',
    file: 'sheepdog-trials-results.md',
    fragment: 'Jean Fairlie is standing down as chair after six years',
    style: 'paraphrase',
  },
];

export const TWENTY_SEVENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'any news on when the ground investigation results for the hollins offside wall are due back',
    trap: true,
    why: 'The canal update says nobody can yet say when the ground investigation results will arrive.',
  },
  {
    q: 'so are the bottom gates at hollins getting replaced or just repaired?',
    trap: true,
    why: "The canal update says the trustees have not decided and won't until the May meeting at the earliest.",
  },
  {
    q: 'is the saturday shopping run to colbrook carrying on after xmas',
    trap: true,
    why: "The minibus notice says the trustees haven't decided whether the Colbrook run continues after Christmas.",
  },
  {
    q: 'when does the online booking form for the minibus actually go live',
    trap: true,
    why: 'The minibus notice says no start date for the online form has been settled.',
  },
  {
    q: 'whats the reserve date for the lantern parade if the wind is too strong',
    trap: true,
    why: 'The briefing says there is currently no agreed reserve date, only an unconfirmed enquiry.',
  },
  {
    q: "who's doing the finale display at the lantern parade now",
    trap: true,
    why: 'The briefing says the finale company pulled out and they are still talking to two others.',
  },
  {
    q: "where's the ploughing match going to be in 2025",
    trap: true,
    why: "The ploughing report says next year's venue is not agreed yet.",
  },
  {
    q: 'what date is the ploughing dinner and prize giving this year',
    trap: true,
    why: "The ploughing report says the dinner date is unconfirmed because the Wenlow Arms hasn't confirmed a booking.",
  },
  {
    q: 'wen is the shanty weekend next yr',
    trap: true,
    why: 'The shanty wrap-up says the 2025 dates have not been fixed.',
  },
  {
    q: "who's judging the hollinbeck trial next year",
    trap: true,
    why: "The sheepdog report says the society hasn't decided who to ask to judge in 2025.",
  },
  {
    q: 'what was the name of the company that pulled out of the lantern finale',
    trap: true,
    why: 'The briefing says a booked company pulled out but never names it.',
  },
  {
    q: 'who on the shanty committee forgot to order the generator fuel',
    trap: true,
    why: "The wrap-up deliberately doesn't name him, only hinting his name rhymes with Dave.",
  },
  {
    q: 'whats the full reg of the white minibus that failed its mot',
    trap: true,
    why: 'The notice only gives the last three letters, KFX, not the full registration.',
  },
  {
    q: 'how much does the new launching tractor for the porthwenna lifeboat cost',
    trap: true,
    why: 'The wrap-up says the station is fundraising for a tractor but gives no price.',
  },
  {
    q: 'what did the dogs that came 7th and 8th in the open score',
    trap: true,
    why: 'The sheepdog report only lists the top six open results.',
  },
  {
    q: 'who won the handmade crook in the sheepdog raffle',
    trap: true,
    why: 'The report names who donated the crook but not who won it.',
  },
  {
    q: 'which two farms are they talking to about hosting the next ploughing match',
    trap: true,
    why: 'The ploughing report says they are talking to two farms but does not name them.',
  },
  {
    q: 'how many police will be on duty at the lantern parade',
    trap: true,
    why: 'The briefing names the police liaison but never says how many officers will be on duty.',
  },
  {
    q: 'how much were the raffle tickets at the ploughing match',
    trap: true,
    why: 'The ploughing report gives the raffle total and prize but not the ticket price.',
  },
  {
    q: 'how much does the sssts course cost that the canal trust pays for',
    trap: true,
    why: 'The canal update says the Trust pays for the course but gives no cost.',
  },
  {
    q: 'what route did the lantern parade take in 2022',
    trap: true,
    why: "The briefing only describes this year's route and mentions last year's use of the High Street, nothing about 2022.",
  },
  {
    q: 'who won supreme champion at the ploughing match at trevellan last year',
    trap: true,
    why: "The report only mentions last year's Trevellan match as a washout and names no 2023 winner.",
  },
  {
    q: 'how much did the shanty bucket collections make in 2022',
    trap: true,
    why: 'The wrap-up gives bucket totals only for 2024 and 2023.',
  },
  {
    q: 'how many runs did the glen arrach trial get this year',
    trap: true,
    why: 'The report only covers the Hollinbeck trial; Glen Arrach is just where some handlers came from.',
  },
  {
    q: 'hows the brickwork going at lock 10',
    trap: true,
    why: 'The canal update is about Lock 9 at Hollins and says nothing about Lock 10.',
  },
  {
    q: 'did the easterbrook lantern parade go led only too',
    trap: true,
    why: 'The briefing mentions the Easterbrook near miss but says nothing about what that parade did afterwards.',
  },
  {
    q: 'who won the horse ploughing back in 2019',
    trap: true,
    why: 'The report only says four horse teams entered in 2019, not who won.',
  },
  {
    q: 'what was the winning score at hollinbeck in 2023',
    trap: true,
    why: "The sheepdog report gives only last year's number of open runs, not its results.",
  },
  {
    q: 'what song did they do for the shanty mass sing record in 2022',
    trap: true,
    why: 'The wrap-up gives the 2022 record as 455 voices but not the song sung.',
  },
  {
    q: 'how much profit did the hollinbeck trial make last year',
    trap: true,
    why: "The report only estimates this year's profit and gives no figure for 2023.",
  },
  {
    q: 'when are the results back from the ground tests on the lock wall',
    trap: true,
    why: 'The canal update says nobody can yet say when the ground investigation results will arrive.',
  },
  {
    q: 'are they gonna replace the bottom gates or just fix them up',
    trap: true,
    why: "The canal update says the trustees have not decided and won't until the May meeting at the earliest.",
  },
  {
    q: 'whos taking over the safety lead job once derek goes',
    trap: true,
    why: 'The canal update says no replacement for Derek has been found yet.',
  },
  {
    q: 'is the saturday shopping bus to colbrook still running after christmas',
    trap: true,
    why: "The minibus notice says the trustees haven't decided whether the Colbrook run continues.",
  },
  {
    q: 'when can we actually start using the online booking form',
    trap: true,
    why: 'The minibus notice says no start date for the online form has been settled.',
  },
  {
    q: "who's doing the finale show at the lantern parade now",
    trap: true,
    why: 'The briefing says the booked company pulled out and a replacement has not been chosen.',
  },
  {
    q: 'is mill street gonna be shut to traffic for the parade or not',
    trap: true,
    why: "The briefing says the council still hasn't confirmed the Mill Street road closure.",
  },
  {
    q: "where's the ploughing match going to be next year",
    trap: true,
    why: "The results say next year's venue is not agreed yet.",
  },
  {
    q: 'what weekend is the shanty festival on in 2025',
    trap: true,
    why: 'The wrap-up says the 2025 dates have not been fixed.',
  },
  {
    q: 'who is judging the sheepdog trial next year',
    trap: true,
    why: "The report says the society hasn't decided who will judge in 2025.",
  },
  {
    q: 'how many days is the SSSTS course for the safety role',
    trap: true,
    why: 'The canal update never says how long the SSSTS course is.',
  },
  {
    q: 'whats the web address for the volunteer sign up form for the lock',
    trap: true,
    why: 'The canal update mentions a website form but never gives its address.',
  },
  {
    q: 'how many seats will the new wheelchair bus have',
    trap: true,
    why: 'The minibus notice never gives the seating of the vehicle in the Hallamby bid.',
  },
  {
    q: 'what email do i use to contact the minibus office',
    trap: true,
    why: 'The minibus notice gives a phone number but no email address.',
  },
  {
    q: 'how much did the big heron lantern cost to build',
    trap: true,
    why: 'The briefing never states what the Heron cost.',
  },
  {
    q: "whose kid's lantern caught fire at easterbrook",
    trap: true,
    why: "The briefing mentions a child's lantern catching fire but never names the child.",
  },
  {
    q: 'how much was it to get in to the ploughing match',
    trap: true,
    why: 'The results give total gate takings but never the admission price.',
  },
  {
    q: 'whats the name of the committee guy who forgot the generator fuel',
    trap: true,
    why: 'The wrap-up deliberately does not name him, only that his name rhymes with Dave.',
  },
  {
    q: "how old is ewan's dog bess",
    trap: true,
    why: "The sheepdog report never gives Bess's age.",
  },
  {
    q: 'how much were raffle tickets at the sheepdog trial',
    trap: true,
    why: 'The report gives the raffle total but never the ticket price.',
  },
  {
    q: 'how many volunteer hours did they put in on the lock in april',
    trap: true,
    why: 'The canal update only gives volunteer hours for March 2024 and March 2023.',
  },
  {
    q: "how's the work going on lock 8",
    trap: true,
    why: 'The canal update covers the Lock 9 rebuild at Hollins, not work on Lock 8.',
  },
  {
    q: 'how many volunteer drivers did the minibus charity have back in 2019',
    trap: true,
    why: 'The minibus notice only compares driver numbers with last year, not 2019.',
  },
  {
    q: 'what time did last years lantern parade set off',
    trap: true,
    why: 'The briefing gives timings for the 2024 parade only.',
  },
  {
    q: 'who was supreme champion at trevellan last year',
    trap: true,
    why: "The results name this year's champion and Janet's 2021-22 wins but not the 2023 winner.",
  },
  {
    q: 'how much did the bucket collections make at the 2022 shanty weekend',
    trap: true,
    why: 'The wrap-up gives collection totals for 2024 and 2023 only.',
  },
  {
    q: 'how many crews came to the shanty weekend in 2022',
    trap: true,
    why: 'The wrap-up gives crew numbers for 2024 and 2023 only.',
  },
  {
    q: 'who won the gig championships',
    trap: true,
    why: 'The wrap-up only mentions the Gig Championships as a date clash and gives no results.',
  },
  {
    q: 'who won the hollinbeck open trial last year',
    trap: true,
    why: "The report gives 2024 results and last year's run count but not last year's winner.",
  },
];

export const TWENTY_SEVENTH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_SEVENTH_SIX_ANSWERABLE,
  ...TWENTY_SEVENTH_SIX_TRAPS,
];
