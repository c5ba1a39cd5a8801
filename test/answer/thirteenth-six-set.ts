/**
 * Chat-style questions about a thirteenth six articles (./thirteenth-six/: a canoe and kayak club's river
 * expedition report, a neighbourhood watch group's quarterly meeting report, a knitting circle's blanket drive
 * update, a model railway society's exhibition guide, a library friends' group on new opening hours, a scout
 * leader's letter about summer camp), written in session 51 by two helpers who saw only the articles (the second
 * set in a newcomer's vaguer words), as ./twelfth-six-set.ts was. Blind in session 51 (read only as totals: 32
 * and 32 of 100 at its start, 36 and 32 at its end); in the repository so that later sessions keep them, dev
 * from session 52. Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish;
 * synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const THIRTEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'who was in charge of the river weekend',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Owen Pritchard, who planned the route and ran the daily briefings',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'was the total distance like 62k in the end?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'We actually covered 58 km, because Day 2 was cut short',
    style: 'paraphrase',
  },
  {
    q: "What stopped the group getting as far as they'd planned on the Saturday?",
    file: 'canoe-club-river-expedition.md',
    fragment: 'plus a headwind of around 20 mph on the long reach below',
    style: 'paraphrase',
  },
  {
    q: 'why did they cary the boats round the wier insted of runing it',
    file: 'canoe-club-river-expedition.md',
    fragment: 'The usual chute on river left had a tree lodged across it',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wot injury did rhys get n how',
    file: 'canoe-club-river-expedition.md',
    fragment: 'strained his right wrist lifting a canoe during the portage',
    style: 'slang',
  },
  {
    q: 'fireside trivia winners?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'won by the "Red Boat" team with 34 points against 29',
    style: 'fragment',
  },
  {
    q: 'how many of them little blue birds did u lot spot lol',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Dev kept a tally of kingfishers and got to eleven',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the fee per head each evening at the first campground',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Cae Mawr charged £9 per person per night',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much it cost for grown up to join this trip?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Trip fee: £85 for adult members, £60 for juniors',
    style: 'paraphrase',
  },
  {
    q: "hey all, just read Gwen's write up, sounds like a brilliant weekend, gutted I missed it with work. any idea when we'll know the dates for doing it again next summer? want to book leave early",
    file: 'canoe-club-river-expedition.md',
    fragment: 'it will go to a vote at the AGM in November',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'what was the water level when they set off',
    file: 'canoe-club-river-expedition.md',
    fragment: 'The Llanfair gauge read 0.62 m on Friday morning',
    style: 'verbatim-ish',
  },
  {
    q: 'who was the yungest one out on the watter',
    file: 'canoe-club-river-expedition.md',
    fragment: "Freya Lowe, aged 15, Harriet's daughter",
    style: 'typo',
  },
  // written as guess
  {
    q: 'so like 20 of the little baby ones done already?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'Of the 87 finished, 71 are bed blankets and 16 are cot blankets',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wer do u lot get together each wk? im new',
    file: 'knitting-circle-blanket-drive.md',
    fragment: "St Aldhelm's church hall on Kiln Lane",
    style: 'slang',
  },
  {
    q: "what's the damage per ball of wool with the hartleys mate discount",
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'so we paid £2.72 a ball',
    style: 'slang',
  },
  // written as synonym
  {
    q: "what's the remaining balance of the funds",
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'and £18 on labels and safety pins, leaving £116 in the tin',
    style: 'paraphrase',
  },
  {
    q: 'night shelter boss name?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'the shelter manager, Denise Achebe, could have them on beds',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'when did the first lot get dropped off',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'went to the shelter on Thursday 3 October',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'What size must be the small blanket for baby?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: '60 cm by 80 cm, for the family rooms',
    style: 'paraphrase',
  },
  {
    q: "what's the problem with adding decorations to the little ones' blankets",
    file: 'knitting-circle-blanket-drive.md',
    fragment: "especially on cot blankets, where they're a choking risk",
    style: 'paraphrase',
  },
  {
    q: 'can i use mohiar for the sofa thows',
    file: 'knitting-circle-blanket-drive.md',
    fragment: "because those aren't washed weekly, any yarn is fine, fluffy or not",
    style: 'typo',
  },
  {
    q: "what time's the squares sew-a-thon kicking off then",
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'starting at 1 pm, an hour before the usual session',
    style: 'slang',
  },
  {
    q: "Hi Maureen, lovely update. My daughter and I would both love to come along to the handover at the shelter on the 30th if there's room, we've done four blankets between us this autumn. how many people are actually allowed to go?",
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'no more than eight of us come in',
    style: 'long',
  },
  {
    q: "Hi all, was chatting with Ruth after Thursday's session and she mentioned we'd put in for some money from the town for the spring. Really hope we get it, the annex beds thing sounds like they'll need loads more. Does anyone know when we actually get told yes or no?",
    file: 'knitting-circle-blanket-drive.md',
    fragment: "until the council's grants panel meets in January",
    style: 'long',
  },
  // written as guess
  {
    q: 'so our branch has to save about 100 grand right?',
    file: 'library-opening-hours-change.md',
    fragment: "Marbury's share of that saving is £46,000",
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the overall weekly opening time now",
    file: 'library-opening-hours-change.md',
    fragment: 'That makes 33 hours a week',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'y r they stayin open l8 1 nite a wk now',
    file: 'library-opening-hours-change.md',
    fragment: '38% of consultation responses asked for at least one evening opening',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Which worker is leaving the library and for how long she worked there?',
    file: 'library-opening-hours-change.md',
    fragment: 'Maureen Tull is retiring at the end of June after 27 years',
    style: 'paraphrase',
  },
  {
    q: 'whats the maxium fine for a late book, is ther a limmit',
    file: 'library-opening-hours-change.md',
    fragment: 'capped at £6 per item',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'how long till a reserved book from another branch turns up',
    file: 'library-opening-hours-change.md',
    fragment: 'and arrive within about 10 working days',
    style: 'verbatim-ish',
  },
  {
    q: 'when can we just rock up n get in on our own w no staff about',
    file: 'library-opening-hours-change.md',
    fragment: 'on Mondays from 9:00am to 5:00pm and on Wednesday afternoons from 1:00pm to 6:00pm',
    style: 'slang',
  },
  {
    q: 'b&w print cost?',
    file: 'library-opening-hours-change.md',
    fragment: 'Black-and-white printing goes up from 15p to 20p a page',
    style: 'fragment',
  },
  {
    q: "Morning! my two go to the singing and nursery rhymes session every week and it's always rammed, last time we nearly didn't get in. with it moving days is there any limit on how many kids they let in?",
    file: 'library-opening-hours-change.md',
    fragment: 'though Rhyme Time is capped at 25 children because of space',
    style: 'long',
  },
  {
    q: 'How many youngsters actually finished the summer books thing last time?',
    file: 'library-opening-hours-change.md',
    fragment: 'last year 214 Marbury children took part, with 131 completing it',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'how many housebound readers get deliveries at the moment',
    file: 'library-opening-hours-change.md',
    fragment: 'It currently reaches 42 people and is coordinated by our vice-chair',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much cost the Friends membership if I want it for all my family?',
    file: 'library-opening-hours-change.md',
    fragment: 'Membership is £5 a year, or £12 for a household',
    style: 'paraphrase',
  },
  {
    q: 'how come it finnishes sooner on day too',
    file: 'model-railway-exhibition.txt',
    fragment: 'the centre needs the main hall back by 18:30 for a five-a-side league',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how many trainsets r there this yr',
    file: 'model-railway-exhibition.txt',
    fragment: 'We have 24 layouts booked this year, up from 21 last year',
    style: 'slang',
  },
  {
    q: "who's behind the massive cornish one, absolute unit",
    file: 'model-railway-exhibition.txt',
    fragment: 'built by Derek and Sandra Voss over eleven years',
    style: 'slang',
  },
  {
    q: 'Which exhibitors are travelling the longest distance to get here?',
    file: 'model-railway-exhibition.txt',
    fragment: 'which is a 260-mile trip for the Furness Road group',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is an adult ticket about £8 if I buy it beforehand on the website?',
    file: 'model-railway-exhibition.txt',
    fragment: '£7.50 if bought online in advance',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how much for me the wife and our three kids',
    file: 'model-railway-exhibition.txt',
    fragment: 'covering two adults and up to three children is £20',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'My member card from last year, it still work for enter free?',
    file: 'model-railway-exhibition.txt',
    fragment: 'the card you were given in 2024 will not be accepted at the door',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the venue rental costing us this time",
    file: 'model-railway-exhibition.txt',
    fragment: 'has gone up from £1,850 to £2,300 for the weekend',
    style: 'paraphrase',
  },
  {
    q: "Hi Graham, I was hoping to get down to Kingsmead around lunchtime on the Friday to grab a good spot near the power sockets for the trader tables, is there any chance of getting in before two? and if not what's the reason?",
    file: 'model-railway-exhibition.txt',
    fragment: 'because the hall is booked for a school netball tournament that morning',
    style: 'long',
  },
  {
    q: 'bus from blackwater fare?',
    file: 'model-railway-exhibition.txt',
    fragment: 'which runs every 20 minutes and costs £2.80 return',
    style: 'fragment',
  },
  {
    q: "What's the main thing you can win if you buy raffle tickets?",
    file: 'model-railway-exhibition.txt',
    fragment: 'The first prize is a Hornby Class 47 locomotive donated by Kernow Models',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: "i thought the cornish terminus one took the punters' award in 2024, did it?",
    file: 'model-railway-exhibition.txt',
    fragment: 'just behind "Glen Affric" on 347 votes',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was turnout about 40 this time?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'Thirty-one residents signed the attendance sheet, up from 24',
    style: 'paraphrase',
  },
  {
    q: 'how many cars got done over lately',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: '7 vehicle break-ins this quarter, down from 12',
    style: 'slang',
  },
  {
    q: 'wat did the robers get away with from that housee on the 22nd',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'two bicycles and a pressure washer were taken',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wats the num 2 ring if its not urgent',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'the non-emergency line, 555-0143, for everything else',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'what nights do the walks go out',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'Patrols run Monday, Wednesday and Friday from 8 to 10 pm',
    style: 'verbatim-ish',
  },
  {
    q: "What's the reasoning behind adding an extra weekend shift?",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'because four of the seven break-ins happened on Friday or Saturday nights',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the annual membership contribution per household",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: "have paid this year's voluntary dues of $15",
    style: 'paraphrase',
  },
  {
    q: "Sorry I missed Tuesday, kid had a fever. Saw in the chat that Janet's lights for the creek trail got more yes votes than no votes but still didn't go through?? how does that work, can someone explain",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'any single expense over $1,000 needs a two-thirds majority of those voting',
    style: 'long',
  },
  // written as learner
  {
    q: 'Since when Jim is doing the leader job on his street?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'captain for the 200 block of Oak Avenue since 2009',
    style: 'paraphrase',
  },
  {
    q: 'online chat numbers?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'A reminder about the group chat, which now has 112 members',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'wen is the walk round w the cop',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'is planned for Saturday, November 16, starting at 10 am',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'where are the kids going this summer',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Brackenwood Scout Activity Centre, near Glenmore in the Lake District',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'wot time does the bus go on the 2nd',
    file: 'scout-group-summer-camp.txt',
    fragment: 'with the coach leaving at 8:00am prompt',
    style: 'slang',
  },
  // written as guess
  {
    q: 'is it like 250 quid for the week?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'The full cost of camp is £265 per Scout',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'I have two sons going, is there some cheaper price for the brother?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'the second and any further child pays £235',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "when's the remaining amount due",
    file: 'scout-group-summer-camp.txt',
    fragment: 'the balance of £205 must be paid by Friday 27 June',
    style: 'paraphrase',
  },
  {
    q: 'how much pocket cash can my lad take for sweets n that',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Each Scout may bring no more than £25 spending money',
    style: 'slang',
  },
  {
    q: 'camp medic?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Our first-aider for the week is Claire',
    style: 'fragment',
  },
  {
    q: 'how far is the walk up the hil',
    file: 'scout-group-summer-camp.txt',
    fragment: 'A day hike of about 11 kilometres up Hollow Crag',
    style: 'typo',
  },
  {
    q: 'Will my daughter be able to keep her handset with her during the week?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Mobile phones and other electronic devices are not allowed at camp',
    style: 'paraphrase',
  },
  {
    q: "Hi Skip, my son has a bad peanut allergy and we're a bit nervous about him being away for a whole week for the first time, he's been fine on day trips but obviously food is our big worry. will there be nuts in the food at all?",
    file: 'scout-group-summer-camp.txt',
    fragment: 'and the whole camp will be nut-free',
    style: 'long',
  },
  {
    q: 'parents briefing when?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'at the hut on Wednesday 16 July at 7:00pm',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'heard the canoe club lost a couple of people on their river trip, was it like 12 who made it to the end?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'thirteen of them paddled into Pentre Quay on Sunday 18 August',
    style: 'paraphrase',
  },
  {
    q: 'Why did one of the paddlers have to bail out before the last day?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'strained his right wrist lifting a canoe during the portage',
    style: 'paraphrase',
  },
  {
    q: "why'd they chicken out of running that weir lol",
    file: 'canoe-club-river-expedition.md',
    fragment: 'The usual chute on river left had a tree lodged across it',
    style: 'slang',
  },
  // written as synonym
  {
    q: "What's the highest river gauge reading the club permits for setting off on that section?",
    file: 'canoe-club-river-expedition.md',
    fragment: 'not to launch on this stretch above 0.90 m',
    style: 'paraphrase',
  },
  {
    q: 'So my mate keeps going on about this three-day canoe trip they did in Wales and reckons they did 60-odd km. Is that right or did they come up short in the end? How far did they actually get?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'We actually covered 58 km, because Day 2 was cut short.',
    style: 'long',
  },
  // written as phone
  {
    q: 'how much did u have 2 pay 2 go on the canoe weekend if ur an adult',
    file: 'canoe-club-river-expedition.md',
    fragment: '£85 for adult members, £60 for juniors',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how many kingfishers did they see on the paddling trip',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Dev kept a tally of kingfishers and got to eleven',
    style: 'verbatim-ish',
  },
  {
    q: 'who was the oldst persn on the kayak trip',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Colin Brereton, aged 71, on his ninth club expedition',
    style: 'typo',
  },
  // written as learner
  {
    q: 'If money is staying after the trip, we get it back to us or no?',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Any surplus goes back into the expedition fund',
    style: 'paraphrase',
  },
  {
    q: "hey all, my 15 year old is dead keen to join the canoe club and go on one of these river expeditions next year, but she's nervous and so am i tbh. what's the rule for under 18s, do they have to have a grown up with them the whole time?",
    file: 'canoe-club-river-expedition.md',
    fragment: 'a named adult must be in the same boat group at all times',
    style: 'long',
  },
  {
    q: 'who was the farm lady who sorted everyone out with free eggs',
    file: 'canoe-club-river-expedition.md',
    fragment: 'Please thank Mrs Jenkins if you see her at the Pentre show',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'when do the knitters get together each week',
    file: 'knitting-circle-blanket-drive.md',
    fragment: "every Thursday from 2 to 4 pm in St Aldhelm's church hall",
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'is there a nite session 4 ppl who work days',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'evening group on the first Monday of the month, 7 to 9 pm',
    style: 'slang',
  },
  {
    q: 'when did the frist lot get droped off at the hostel',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'went to the shelter on Thursday 3 October',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'What dimensions should a baby-sized blanket be?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: '60 cm by 80 cm, for the family rooms',
    style: 'paraphrase',
  },
  {
    q: 'how many squares do i gotta knock out for one of the big ones',
    file: 'knitting-circle-blanket-drive.md',
    fragment: "that's 30 squares of 20 cm (five across, six down)",
    style: 'slang',
  },
  {
    q: "Why aren't little decorations like bobbles allowed on the baby ones?",
    file: 'knitting-circle-blanket-drive.md',
    fragment: "especially on cot blankets, where they're a choking risk",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'For the blankets of the lounge couch, I can use the hairy wool or is forbidden?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'any yarn is fine, fluffy or not',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'does the wool shop knock off like 10% for the group?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'gave us 15% off their usual price of £3.20 per 100 g ball',
    style: 'paraphrase',
  },
  {
    q: 'cash left over?',
    file: 'knitting-circle-blanket-drive.md',
    fragment: '£18 on labels and safety pins, leaving £116 in the tin',
    style: 'fragment',
  },
  {
    q: "Hi, I'm not a member but my mum knits for this lot and she wants to come along to give the blankets to the shelter at the end of the month. I heard they're limiting numbers though? How many are actually allowed to go in?",
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'Denise has asked that no more than eight of us come in',
    style: 'long',
  },
  {
    q: "How come they're buying mostly the dark shades of yarn?",
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'mainly in the darker colours the shelter prefers because they hide stains',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'can my 10 year old come to the sewing up session on her own',
    file: 'knitting-circle-blanket-drive.md',
    fragment: 'anyone under 12 needs a grown-up sitting with them',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'What amount of savings is our local branch expected to make?',
    file: 'library-opening-hours-change.md',
    fragment: "Marbury's share of that saving is £46,000.",
    style: 'paraphrase',
  },
  // written as guess
  {
    q: "did about 2000 folk reply to the council's survey about the hours?",
    file: 'library-opening-hours-change.md',
    fragment: 'which drew 1,380 responses (412 of them from Marbury residents)',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'y does the lib stay open till l8 one nite a wk now',
    file: 'library-opening-hours-change.md',
    fragment: '38% of consultation responses asked for at least one evening opening',
    style: 'slang',
  },
  {
    q: 'home delivery organiser?',
    file: 'library-opening-hours-change.md',
    fragment: 'coordinated by our vice-chair, Ray Bannerjee',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how many hours a week will the library actually be open',
    file: 'library-opening-hours-change.md',
    fragment: 'That makes 33 hours a week',
    style: 'verbatim-ish',
  },
  {
    q: "who's the staffer calling it quits after like forever",
    file: 'library-opening-hours-change.md',
    fragment: 'senior assistant Maureen Tull is retiring at the end of June after 27 years',
    style: 'slang',
  },
  {
    q: 'how long dose it take to get a book sent over from anothr branch',
    file: 'library-opening-hours-change.md',
    fragment: 'and arrive within about 10 working days',
    style: 'typo',
  },
  {
    q: 'When exactly can members get into the building by themselves when no staff are around?',
    file: 'library-opening-hours-change.md',
    fragment: 'on Mondays from 9:00am to 5:00pm and on Wednesday afternoons from 1:00pm to 6:00pm',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'What I must to do for using the self-service entry? Is there some training?',
    file: 'library-opening-hours-change.md',
    fragment: 'You need to sign up in person and watch a 15-minute induction.',
    style: 'paraphrase',
  },
  {
    q: "Sorry if this is a daft question, I've only just moved to Marbury and heard something about the library letting people in without staff. My boy is 14 and loves it there after school. Would he be able to use it on his own during those times?",
    file: 'library-opening-hours-change.md',
    fragment: 'Under-16s can only use Open Plus with an adult who is registered.',
    style: 'long',
  },
  // written as phone
  {
    q: 'how much r b&w prints now per sheet',
    file: 'library-opening-hours-change.md',
    fragment: 'Black-and-white printing goes up from 15p to 20p a page',
    style: 'slang',
  },
  // written as synonym
  {
    q: "What's the yearly cost to become a Friends supporter?",
    file: 'library-opening-hours-change.md',
    fragment: 'Membership is £5 a year, or £12 for a household.',
    style: 'paraphrase',
  },
  {
    q: 'train show dates?',
    file: 'model-railway-exhibition.txt',
    fragment: 'takes place on Saturday 18 October (10:00 to 17:00) and Sunday 19 October',
    style: 'fragment',
  },
  {
    q: 'How come the second day finishes sooner than the first?',
    file: 'model-railway-exhibition.txt',
    fragment: 'the centre needs the main hall back by 18:30 for a five-a-side league',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is it around 30 layouts at the train exhibition this time?',
    file: 'model-railway-exhibition.txt',
    fragment: 'We have 24 layouts booked this year, up from 21 last year',
    style: 'paraphrase',
  },
  {
    q: 'which crew is schlepping the furthest to get there',
    file: 'model-railway-exhibition.txt',
    fragment: 'the furthest coming from Carlisle, which is a 260-mile trip',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'who made the massive west country one that took them ages',
    file: 'model-railway-exhibition.txt',
    fragment: 'built by Derek and Sandra Voss over eleven years',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: "how many ppl do u need 2 run the club's own setup per shift",
    file: 'model-railway-exhibition.txt',
    fragment: 'it needs a minimum of six operators on each shift',
    style: 'slang',
  },
  // written as synonym
  {
    q: "What's the entry fee for a grown-up at the model train show?",
    file: 'model-railway-exhibition.txt',
    fragment: 'Adult admission is £9 on the door or £7.50 if bought online in advance.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'I have the society pass from the season before, it still let me go inside without paying?',
    file: 'model-railway-exhibition.txt',
    fragment: 'the card you were given in 2024 will not be accepted at the door',
    style: 'paraphrase',
  },
  {
    q: 'why cant we get in the venue erlier on the setup day',
    file: 'model-railway-exhibition.txt',
    fragment: 'because the hall is booked for a school netball tournament that morning',
    style: 'typo',
  },
  {
    q: "Thinking of popping along to the railway thing in Ashcombe with my dad, he doesn't drive anymore and I'd rather not fight for a space at the leisure centre. Someone said there's a bus from an out-of-town car park? How often does it go and what's the fare?",
    file: 'model-railway-exhibition.txt',
    fragment: 'which runs every 20 minutes and costs £2.80 return',
    style: 'long',
  },
  {
    q: 'whats the top prize in the raffel',
    file: 'model-railway-exhibition.txt',
    fragment: 'The first prize is a Hornby Class 47 locomotive donated by Kernow Models',
    style: 'typo',
  },
  {
    q: "previous people's choice winner?",
    file: 'model-railway-exhibition.txt',
    fragment: 'just behind "Glen Affric" on 347 votes',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'was it a dozen car break-ins over the summer?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'There were 7 vehicle break-ins this quarter',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'which road had the parcel thefts',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'There were 3 reported package thefts, all on Hawthorn Drive',
    style: 'verbatim-ish',
  },
  {
    q: "what'd the crooks swipe in that break in on linden",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'two bicycles and a pressure washer were taken',
    style: 'slang',
  },
  // written as phone
  {
    q: 'wat do i ring if sumthin sus but not urgent',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'the non-emergency line, 555-0143, for everything else',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'On which evenings do the volunteer foot patrols go out?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'Patrols run Monday, Wednesday and Friday from 8 to 10 pm',
    style: 'paraphrase',
  },
  {
    q: "What's the reasoning behind adding a weekend night shift?",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'because four of the seven break-ins happened on Friday or Saturday nights',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'My daughter she have 16 years, she is allowed to walk in the patrol?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'although teenagers aged 16 and 17 may walk with a parent',
    style: 'paraphrase',
  },
  {
    q: 'annual dues amount?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: "paid this year's voluntary dues of $15",
    style: 'fragment',
  },
  {
    q: "ok so I wasn't at the meeting and my neighbour is fuming. She said most people voted for the lights on the trail but it still didn't go through?? how does that even work, can someone explain why it failed",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'any single expense over $1,000 needs a two-thirds majority of those voting',
    style: 'long',
  },
  {
    q: "who's the long time block captian thats retiring",
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'Jim Castellano, 78, who has been the captain for the 200 block',
    style: 'typo',
  },
  // written as guess
  {
    q: 'so nobody got caught for the parcel stuff right?',
    file: 'neighbourhood-watch-meeting-report.txt',
    fragment: 'An arrest was made in the Hawthorn package cases in mid-September.',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where are the scouts heading for their summer trip',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Brackenwood Scout Activity Centre, near Glenmore in the Lake District',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'wat time do i drop my kid at the hut on day 1',
    file: 'scout-group-summer-camp.txt',
    fragment: 'We will meet at the Scout hut at 7:30am on Saturday 2 August',
    style: 'slang',
  },
  // written as learner
  {
    q: 'My son is 10 years only, he can go to the camp?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'open to all members of the Troop aged 10½ to 14',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is the scout camp roughly 250 quid all in?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'The full cost of camp is £265 per Scout.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Is there a reduced price for a younger sibling attending too?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'the second and any further child pays £235',
    style: 'paraphrase',
  },
  {
    q: "hi all, bit embarrassing but money's really tight at the moment after my hours got cut and my lad is gutted thinking he'll miss out on the week away with the troop. is there any help for families who can't stretch to it?",
    file: 'scout-group-summer-camp.txt',
    fragment: 'the Group has a hardship fund, and last year it helped five families',
    style: 'long',
  },
  {
    q: "how far's the big walk up the hill, proper trek or nah",
    file: 'scout-group-summer-camp.txt',
    fragment: 'A day hike of about 11 kilometres up Hollow Crag',
    style: 'slang',
  },
  {
    q: 'what kind of sleepin bag does my kid need, how warm shoud it be',
    file: 'scout-group-summer-camp.txt',
    fragment: 'a sleeping bag rated to at least 5°C',
    style: 'typo',
  },
  {
    q: 'pocket money limit?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Each Scout may bring no more than £25 spending money',
    style: 'fragment',
  },
  {
    q: 'Will my daughter be able to text me from there?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'Mobile phones and other electronic devices are not allowed at camp.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'When is happening the information evening for the families before the camp?',
    file: 'scout-group-summer-camp.txt',
    fragment: 'at the hut on Wednesday 16 July at 7:00pm',
    style: 'paraphrase',
  },
];

export const THIRTEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'how much did it cost to fix the red canoe in the end',
    trap: true,
    why: 'The repair cost for the red Old Town canoe has not been confirmed; Riverside Boats have only promised a quote by the end of the month.',
  },
  {
    q: 'whos the blue buoyancy aid in the container belong to',
    trap: true,
    why: 'The article says nobody knows who owns the blue Palm buoyancy aid.',
  },
  {
    q: 'wen is next yrs tarran trip',
    trap: true,
    why: 'No date for 2025 has been picked; it goes to a vote at the November AGM.',
  },
  {
    q: 'what was the river gauge reading on sunday morning',
    trap: true,
    why: 'Gauge readings are given only for Friday morning (0.62 m) and Saturday breakfast (0.78 m), not Sunday.',
  },
  {
    q: 'does millbrook canoe club run beginner kayak lessons for adults',
    trap: true,
    why: 'The article is an expedition report and says nothing about lessons for beginners.',
  },
  {
    q: 'who made the navy cable knit blanket left in the porch',
    trap: true,
    why: 'The article says they have no idea who made the anonymous navy blanket.',
  },
  {
    q: "when's the fire safety inspection for the annex happening",
    trap: true,
    why: 'Denise could not say when the fire safety inspection will be.',
  },
  {
    q: 'whats the target number for the spring drive',
    trap: true,
    why: 'No start date or target for a spring drive has been decided yet.',
  },
  {
    q: 'how many kg of yarn did the Ashcombe WI give us',
    trap: true,
    why: "Only the 46 kg total donated is given, not how much came from the Women's Institute.",
  },
  {
    q: 'can someone recomend a good mattress stitch video on youtube',
    trap: true,
    why: 'The article only suggests bringing a mattress-stitch tutorial and recommends none.',
  },
  {
    q: 'will the library still open saturdays after next march',
    trap: true,
    why: 'The article says nobody can yet say whether Saturday hours are safe beyond March.',
  },
  {
    q: 'when does open plus actually go live',
    trap: true,
    why: 'The county has not said when Open Plus will go live; only building work on 14 July is dated.',
  },
  {
    q: 'is the local history room open in the unstaffed hours',
    trap: true,
    why: 'No decision has been made on whether the local history room stays open during Open Plus hours.',
  },
  {
    q: "what's marbury library's whole yearly budget",
    trap: true,
    why: "Only the £46,000 saving and the county-wide £1.2 million cut are given, not Marbury's total budget.",
  },
  {
    q: 'is there a car park at marbury library',
    trap: true,
    why: 'The article says nothing about parking at the library.',
  },
  {
    q: 'whats the second prize in the raffle',
    trap: true,
    why: 'The article says the second prize is not yet known.',
  },
  {
    q: "where's the 2026 exhibition gonna be",
    trap: true,
    why: "The committee has not decided between Ashcombe Town Hall and St Aldhelm's School.",
  },
  {
    q: 'did they ever find out who took the peco track from the store room',
    trap: true,
    why: 'The article says they never found out who took it.',
  },
  {
    q: 'how long is the glen affric layout',
    trap: true,
    why: "Glen Affric is mentioned only as last year's Visitors' Choice winner, with no size given.",
  },
  {
    q: 'where can i get a hornby class 47 cheap',
    trap: true,
    why: 'The article only names the Class 47 as the raffle prize and says nothing about buying one.',
  },
  {
    q: 'have the police got anyone for the linden court garage job yet',
    trap: true,
    why: 'The deputy said there is no suspect in the Linden Court burglary.',
  },
  {
    q: 'who sprayed the graffiti on the oak and third bus shelter',
    trap: true,
    why: 'Nobody knows who spray-painted the bus shelter.',
  },
  {
    q: 'wen is the holiday block party',
    trap: true,
    why: "The date has not been set because the community center's hall calendar is not finalized.",
  },
  {
    q: 'how many package thefts were there in the second quarter',
    trap: true,
    why: 'Second-quarter figures are given only for vehicle break-ins (12), not package thefts.',
  },
  {
    q: "does rosa's diner do breakfast on weekends",
    trap: true,
    why: "Rosa's Diner is mentioned only as the source of Jim's gift card; its hours are not given.",
  },
  {
    q: 'can we parents come visit on the tuesday 5th',
    trap: true,
    why: 'Whether parents can visit on 5 August has not been decided yet.',
  },
  {
    q: 'will there be space for bikes on the coach',
    trap: true,
    why: 'The coach company has not confirmed the vehicle, so bike space is unknown.',
  },
  {
    q: 'who is the new quartermaster after pete leave?',
    trap: true,
    why: 'It is not yet known who will take over as Quartermaster.',
  },
  {
    q: 'how much money is in the group hardship fund',
    trap: true,
    why: 'The letter mentions the hardship fund and that it helped five families, but gives no amount.',
  },
  {
    q: 'does brackenwood do family camping in october half term',
    trap: true,
    why: "The letter only covers the Troop's August camp, not Brackenwood's family bookings.",
  },
  {
    q: 'how much is it gonna cost to fix the red canoe that got bashed on the rocks',
    trap: true,
    why: 'The repair cost for the red Old Town canoe has not been confirmed; Riverside Boats have only promised a quote by the end of the month.',
  },
  {
    q: 'wen is next yrs river trip, got a date yet?',
    trap: true,
    why: 'The committee has not picked a date for 2025; it goes to a vote at the November AGM.',
  },
  {
    q: 'whose is the blue buoyancy aid left in the club container?',
    trap: true,
    why: 'The article says they have no idea who owns the buoyancy aid.',
  },
  {
    q: 'What was the river level reading on the Sunday morning?',
    trap: true,
    why: 'Gauge readings are given only for Friday morning (0.62 m) and Saturday breakfast (0.78 m), not for Sunday.',
  },
  {
    q: 'riverside boats kayak hire?',
    trap: true,
    why: 'The article only mentions Riverside Boats looking at the damaged canoe, not whether they hire out kayaks.',
  },
  {
    q: 'who knitted that navy cable blanket someone dumped in the porch?',
    trap: true,
    why: 'The article says they have no idea who made the navy blanket left with no note.',
  },
  {
    q: 'did the knitting lot get the £250 from the council or not',
    trap: true,
    why: "The grant outcome will not be known until the council's grants panel meets in January.",
  },
  {
    q: 'When is the fire safety inspection at the shelter annex taking place?',
    trap: true,
    why: 'Denise could not say when the fire safety inspection will be.',
  },
  {
    q: 'how many ppl actually sleep at the fenwick st shelter',
    trap: true,
    why: "The article never gives the shelter's number of residents or beds, only a hoped-for extra 20 beds in the annex.",
  },
  {
    q: "My nan wants to learn to knit before she joins in with the blanket stuff, does Hartley's Wool Shop do beginner classes or anything like that? She's a bit shy about just turning up",
    trap: true,
    why: "The article only mentions Hartley's as the evening group venue and yarn supplier, not any classes.",
  },
  {
    q: 'when does the swipe card self entry actually start working',
    trap: true,
    why: "The county has not said when Open Plus will go live; only a vague 'late summer' guess is given.",
  },
  {
    q: 'Are the Saturday hours guaranteed to continue into next spring?',
    trap: true,
    why: 'Whether Saturday hours are safe beyond March depends on the February county budget and is not known.',
  },
  {
    q: 'will the local history room be open during the self service hours',
    trap: true,
    why: 'The article says no decision has been made on the local history room during Open Plus hours.',
  },
  {
    q: 'What is the total yearly budget for the Marbury branch?',
    trap: true,
    why: "Only Marbury's £46,000 share of the savings and the county-wide £1.2 million cut are given, not the branch's total budget.",
  },
  {
    q: 'is there free wi-fi at marbury libary',
    trap: true,
    why: 'The article does not mention wi-fi at the library at all.',
  },
  {
    q: 'whats the 2nd prize in the raffle at the train show?',
    trap: true,
    why: "The article says they still don't know what the second prize will be.",
  },
  {
    q: "where's the 2026 exhibition gonna be held",
    trap: true,
    why: 'The committee has not decided the 2026 venue; it is between two options to be discussed at the AGM.',
  },
  {
    q: 'did they ever find out who nicked the peco track from the store room',
    trap: true,
    why: 'The article says they never found out who took the track and controllers.',
  },
  {
    q: 'How many visitor came in the Sunday only, last year?',
    trap: true,
    why: 'Only the two-day total of 2,140 paying visitors is given, with no Sunday figure.',
  },
  {
    q: 'has the council renewed the £400 grant for the railway society yet',
    trap: true,
    why: 'The society has not heard back from the district council about renewing the grant.',
  },
  {
    q: 'any suspect yet for the linden court garage job',
    trap: true,
    why: 'The deputy said plainly they have no suspect in the Linden Court burglary.',
  },
  {
    q: 'who did the graffiti on the bus stop at oak and third',
    trap: true,
    why: 'The article says nobody knows who spray-painted the bus shelter.',
  },
  {
    q: 'block party date?',
    trap: true,
    why: 'The holiday block party date has not been set because the community center calendar is still being finalized.',
  },
  {
    q: 'Is the Birch Lane streetlight definitely getting put in next year?',
    trap: true,
    why: "Funding will not be decided until the city council's December budget vote and no odds were given.",
  },
  {
    q: 'how much did each of the reflective vests cost',
    trap: true,
    why: 'Only a combined $214 for new reflective vests and flashlights is given, not a per-vest price.',
  },
  {
    q: 'can parents come visit on the tuesday of camp?',
    trap: true,
    why: "The leaders haven't decided whether parents will be invited to visit on 5 August.",
  },
  {
    q: 'is there room for bikes on the coach this yr',
    trap: true,
    why: "The coach company hasn't confirmed the vehicle, so they can't yet say whether there is space for bikes.",
  },
  {
    q: 'Who will be the new quartermaster after Pete is leaving?',
    trap: true,
    why: "The article says they still don't know who is taking over as Quartermaster.",
  },
  {
    q: 'which coach firm are the scouts using',
    trap: true,
    why: 'The coach company is mentioned but never named.',
  },
  {
    q: 'is the gorge scrambling defo happening or what',
    trap: true,
    why: 'The centre has not yet confirmed an instructor, so whether gorge scrambling goes ahead is unknown.',
  },
];

export const THIRTEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...THIRTEENTH_SIX_ANSWERABLE,
  ...THIRTEENTH_SIX_TRAPS,
];
