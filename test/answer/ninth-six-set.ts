/**
 * Chat-style questions about a ninth six articles (./ninth-six/: a community choir's tour diary, a village GP
 * surgery's notice of changes, a cycling club's sportive report, a primary school PTA's minutes, a retro-gaming
 * Discord's speedrun recap, a wildlife group's winter bird survey), written in session 47 by two helpers who saw
 * only the articles (the second set in a newcomer's vaguer words), as ./eighth-six-set.ts was. Blind in session
 * 47 (read only as totals: 32 and 28 of 100 at its start, 34 and 28 at its end); in the repository so that
 * later sessions keep them, dev from session 48. 198 questions: a question both helpers wrote (one answerable,
 * one trap) is kept once.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const NINTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as phone
  {
    q: 'how many ppl helped out w the bird count overall, both days?',
    file: 'bird-survey-report.txt',
    fragment: '31 different people across the two days',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Who was the most young person that was counting the birds?',
    file: 'bird-survey-report.txt',
    fragment: 'Our youngest counter was 11-year-old Isla Brennan',
    style: 'paraphrase',
  },
  {
    q: 'what was the mega rare bird everyone was buzzing about',
    file: 'bird-survey-report.txt',
    fragment: 'was a great grey shrike found by Ruth Kellaway',
    style: 'slang',
  },
  // written as guess
  {
    q: "last time a shrike turned up round here was like the 80s wasn't it?",
    file: 'bird-survey-report.txt',
    fragment: 'first great grey shrike in the valley since 1998',
    style: 'paraphrase',
  },
  {
    q: 'who payed for all the hedge laying and nestboxs?',
    file: 'bird-survey-report.txt',
    fragment: 'funded by an £850 grant from Coldwater Parish Council',
    style: 'typo',
  },
  {
    q: "What's going to happen to the bit of grant money that wasn't spent?",
    file: 'bird-survey-report.txt',
    fragment: 'will be used for tree guards in the autumn',
    style: 'paraphrase',
  },
  {
    q: 'pond kingfisher numbers?',
    file: 'bird-survey-report.txt',
    fragment: 'Millpond Nature Reserve had 3 kingfishers in January',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how much of the reservoir was iced over on the first count',
    file: 'bird-survey-report.txt',
    fragment: 'about 60 per cent of Ketley Reservoir was frozen',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'What was the combined tally of different bird types across both survey dates?',
    file: 'bird-survey-report.txt',
    fragment: 'Across both days we recorded 74 species',
    style: 'paraphrase',
  },
  {
    q: "hey all, just read the survey writeup on my lunch break, really nice work everyone who was out in that frost. one thing i didn't get though, why did the lapwing numbers drop so much between january and february?",
    file: 'bird-survey-report.txt',
    fragment: 'when the stubble field had been ploughed',
    style: 'long',
  },
  {
    q: "where'd everyone head for a brew after the count",
    file: 'bird-survey-report.txt',
    fragment: 'the Ketley Sailing Club for letting us use their hut',
    style: 'slang',
  },
  {
    q: 'Before this winter, when was the last time anybody recorded a marsh tit over at Brackenhurst?',
    file: 'bird-survey-report.txt',
    fragment: 'the first marsh tit there since 2021',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was it about 50 of us who went on the tour?',
    file: 'choir-tour-diary.md',
    fragment: 'Forty-two singers set off from the Ashcombe Memorial Hall',
    style: 'paraphrase',
  },
  {
    q: 'Why was there one singer fewer on the trip back?',
    file: 'choir-tour-diary.md',
    fragment: 'Anne Threlfall left us on Saturday evening after a family emergency',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'What was the seating capacity of the largest place we performed in?',
    file: 'choir-tour-diary.md',
    fragment: 'Our biggest venue, seating 380.',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how much cash did the sunday service bring in',
    file: 'choir-tour-diary.md',
    fragment: 'a retiring collection raised £612.40 for the Minster roof fund',
    style: 'verbatim-ish',
  },
  {
    q: 'why did kellingford bring in less mony than expectd?',
    file: 'choir-tour-diary.md',
    fragment: '20 were under-16 tickets at £6',
    style: 'typo',
  },
  {
    q: 'who brought the house down and got everyone on their feet',
    file: 'choir-tour-diary.md',
    fragment: 'Sam received a standing ovation at Harwell Bridge',
    style: 'slang',
  },
  {
    q: 'coach breakdown wait time?',
    file: 'choir-tour-diary.md',
    fragment: 'We waited 2 hours and 15 minutes on the verge',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'What part of the bus was broken, somebody know?',
    file: 'choir-tour-diary.md',
    fragment: 'The fault was something to do with the gearbox.',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wot time did we finally get 2 lower mardle on sat?',
    file: 'choir-tour-diary.md',
    fragment: 'We reached Lower Mardle at 2.05pm',
    style: 'slang',
  },
  {
    q: "Sorry if this got covered at the AGM, I couldn't make it because of work. I know the coach situation was a total nightmare, but how much are we actually trying to claw back from the coach firm?",
    file: 'choir-tour-diary.md',
    fragment: 'Colin has asked for £400 back',
    style: 'long',
  },
  // written as guess
  {
    q: 'was it about a tenner extra a night if you wanted your own room at the first hotel?',
    file: 'choir-tour-diary.md',
    fragment: 'Single rooms cost a £22 supplement per night at the Kingsway',
    style: 'paraphrase',
  },
  {
    q: "ok random one but my sister came to the saturday gig in the tiny village hall and said it started differently from the thursday one, like the big handel opener wasn't there? anyone know why it got skipped?",
    file: 'choir-tour-diary.md',
    fragment: 'because the hall had no piano worth the name',
    style: 'long',
  },
  // written as phone
  {
    q: 'how many ppl actually made it 2 the finish line?',
    file: 'cycling-sportive-report.md',
    fragment: '441 riders actually started and 428 finished',
    style: 'slang',
  },
  {
    q: 'longest route distance?',
    file: 'cycling-sportive-report.md',
    fragment: '98 miles (158 km) with 6,700 ft of climbing',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'if you just turned up and paid on the morning was it like a tenner more?',
    file: 'cycling-sportive-report.md',
    fragment: 'Entry on the day was £5 extra on every route.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Who was the most senior rider to complete a course?',
    file: 'cycling-sportive-report.md',
    fragment: 'The oldest was 79-year-old Bernard Hale',
    style: 'paraphrase',
  },
  {
    q: 'who absolutely flew round the 98 miler and what did they clock',
    file: 'cycling-sportive-report.md',
    fragment: 'Joe Whitfield (Shropshire Road Club), 5 hours 11 minutes.',
    style: 'slang',
  },
  {
    q: 'who was quickest up gorsy on the timed bit?',
    file: 'cycling-sportive-report.md',
    fragment: 'won by Aled Price in 6 minutes 48 seconds',
    style: 'typo',
  },
  // written as learner
  {
    q: 'The man who broke his bone, to which hospital they bring him?',
    file: 'cycling-sportive-report.md',
    fragment: 'taken by ambulance to the Royal Shrewsbury',
    style: 'paraphrase',
  },
  {
    q: 'After the accident, how long was everyone coming down behind held up before they could carry on?',
    file: 'cycling-sportive-report.md',
    fragment: 'held the following riders for about 25 minutes',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'who did all the money go to this year',
    file: 'cycling-sportive-report.md',
    fragment: 'nominated charity this year was Midlands Air Ambulance',
    style: 'verbatim-ish',
  },
  {
    q: 'Great day out, my first sportive and the flapjacks at Hatton were unreal. My mate keeps asking me how much actually ended up going to the good cause once all the expenses were paid, does anyone know the final figure?',
    file: 'cycling-sportive-report.md',
    fragment: 'After costs, we are handing over £6,850.',
    style: 'long',
  },
  // written as synonym
  {
    q: 'What was the overall number of helpers on the day?',
    file: 'cycling-sportive-report.md',
    fragment: 'In total 58 people helped on the day',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'y hasnt next yrs date been announced yet?',
    file: 'cycling-sportive-report.md',
    fragment: 'because the rugby club is still finalising its fixture list',
    style: 'slang',
  },
  // written as phone
  {
    q: 'wen does the merger actually happen?',
    file: 'gp-surgery-changes.txt',
    fragment: 'From Monday 2 September, Bramley Green Surgery will formally merge',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What will the joined-up practice be named?',
    file: 'gp-surgery-changes.txt',
    fragment: 'will be called the Bramley and Fenwick Partnership',
    style: 'paraphrase',
  },
  {
    q: 'merged practice patient total?',
    file: 'gp-surgery-changes.txt',
    fragment: 'Together we will look after roughly 11,400 patients',
    style: 'fragment',
  },
  {
    q: "Couldn't they just hire someone new to take over from the doctor who's retiring?",
    file: 'gp-surgery-changes.txt',
    fragment: 'we were unable to recruit a replacement partner after advertising three times',
    style: 'paraphrase',
  },
  {
    q: 'wait is bramley surgery getting shut down??',
    file: 'gp-surgery-changes.txt',
    fragment: 'the surgery building on Church Row is not closing',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'why is bramley shut midweek after lunch',
    file: 'gp-surgery-changes.txt',
    fragment: '8.00am to 1.00pm (closed in the afternoon for staff training)',
    style: 'verbatim-ish',
  },
  {
    q: 'can i get seen on a satuday at fenwik lane, which ones?',
    file: 'gp-surgery-changes.txt',
    fragment: 'routine pre-booked appointments only, first and third Saturday of each month',
    style: 'typo',
  },
  // written as guess
  {
    q: 'old dr finch has been doing this like 25 yrs now right?',
    file: 'gp-surgery-changes.txt',
    fragment: 'Dr Harold Finch retires on Friday 30 August after 31 years',
    style: 'paraphrase',
  },
  {
    q: "My mum has been with Dr Finch since the 90s and she'd really like to say goodbye to him properly before he goes. Is there some kind of leaving do planned, and when is it?",
    file: 'gp-surgery-changes.txt',
    fragment: 'held in the village hall on Saturday 24 August from 2.00pm',
    style: 'long',
  },
  {
    q: 'main doctor bramley now?',
    file: 'gp-surgery-changes.txt',
    fragment: 'Dr Anita Rao, currently a partner at Fenwick Lane, will become the lead GP',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'Which days I can come for give my blood sample?',
    file: 'gp-surgery-changes.txt',
    fragment: 'will run blood tests on Tuesday and Thursday mornings from 8.15am to 11.00am',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'can i order my repeat meds by email',
    file: 'gp-surgery-changes.txt',
    fragment: 'We cannot take prescription requests by email',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: "How much money does the parents' association have in the bank at the moment?",
    file: 'school-pta-minutes.txt',
    fragment: 'a balance of £6,842.17 in the PTA current account',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the xmas fair make about 3 grand?',
    file: 'school-pta-minutes.txt',
    fragment: 'the Christmas fair made £2,655 (£3,120 taken, less £465 costs)',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen is the summer fair n wat time does it start',
    file: 'school-pta-minutes.txt',
    fragment: 'Saturday 21 June 2025 from 12.00 noon to 4.00pm',
    style: 'slang',
  },
  {
    q: 'how much is the bouncy castle setting us back lol',
    file: 'school-pta-minutes.txt',
    fragment: 'hired from Bounce About Wetherfield at £285 for the day',
    style: 'slang',
  },
  {
    q: 'summer fair raffle jackpot?',
    file: 'school-pta-minutes.txt',
    fragment: 'the top prize is a family pass to Greyscar Adventure Park',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how many people have signed up to help at the fair so far',
    file: 'school-pta-minutes.txt',
    fragment: 'a rota of 32 one-hour volunteer slots, of which 14 are filled',
    style: 'verbatim-ish',
  },
  {
    q: 'how many famlies took stuff home from the unifrom swap?',
    file: 'school-pta-minutes.txt',
    fragment: '163 items were donated and 118 were taken by 41 families',
    style: 'typo',
  },
  // written as learner
  {
    q: 'Is it okay to give the old trainers of my son for the swap?',
    file: 'school-pta-minutes.txt',
    fragment: 'Shoes are not accepted for hygiene reasons',
    style: 'paraphrase',
  },
  {
    q: "Hi all, my daughter in year 5 keeps coming home moaning that the wooden climbing frame thing has been taped off for ages and she can't go on it. Does anyone know what actually happened to it?",
    file: 'school-pta-minutes.txt',
    fragment: 'after two of its balance beams were found split',
    style: 'long',
  },
  {
    q: 'Which company got picked to fix the climbing frame, the cheaper one?',
    file: 'school-pta-minutes.txt',
    fragment: 'up to £1,980 using the Pennine Play Services quote',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'In which days the kids are allow to play the football at lunchtime now?',
    file: 'school-pta-minutes.txt',
    fragment: 'a rota with football only on Mondays, Wednesdays and Fridays',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'How many newcomers put in their first ever run last month?',
    file: 'speedrun-record-recap.md',
    fragment: 'and 17 of them were first-timers.',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'she messed up that skip like 100 times before nailing it right?',
    file: 'speedrun-record-recap.md',
    fragment: 'she landed on the first try after failing it in about 40 practice resets',
    style: 'paraphrase',
  },
  {
    q: "was kestrel's wr on real console or emu?",
    file: 'speedrun-record-recap.md',
    fragment: 'Her run was on original hardware and streamed live',
    style: 'slang',
  },
  {
    q: 'how much time did moth_circut shave of the 100% recrod?',
    file: 'speedrun-record-recap.md',
    fragment: 'taking 22.57 seconds off the old record',
    style: 'typo',
  },
  // written as phone
  {
    q: 'hw many lanterns do u need 4 100%?',
    file: 'speedrun-record-recap.md',
    fragment: 'He collected all 48 lanterns and all 6 heart vessels',
    style: 'slang',
  },
  {
    q: 'warpless poll result?',
    file: 'speedrun-record-recap.md',
    fragment: 'After a community vote (41 for, 9 against),',
    style: 'fragment',
  },
  {
    q: 'How come the moat shortcut is allowed in the no major glitches category?',
    file: 'speedrun-record-recap.md',
    fragment: "fully legal in NMG because it doesn't use wall clipping",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Why OldManStick is not the one who check the pumpkin run?',
    file: 'speedrun-record-recap.md',
    fragment: 'Because OldManStick holds the current record, he has stepped back',
    style: 'paraphrase',
  },
  {
    q: "ok so i mostly run on snes9x on my laptop because my actual snes died years ago, and now people are saying it's banned from november?? why are they getting rid of it, is it really that much faster or what",
    file: 'speedrun-record-recap.md',
    fragment: 'its lag is different enough to save up to 0.8 seconds',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'what time is the weekly race night thing',
    file: 'speedrun-record-recap.md',
    fragment: 'every Sunday at 3 PM Eastern in the #races voice channel',
    style: 'verbatim-ish',
  },
  {
    q: 'how many poeple turned up to the rules meetng on the 12th?',
    file: 'speedrun-record-recap.md',
    fragment: 'voted on in the October 12 community meeting (34 people attended)',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'how many folks helped out with the bird count altogether',
    file: 'bird-survey-report.txt',
    fragment: '31 different people across the two days',
    style: 'verbatim-ish',
  },
  {
    q: 'who was the oldst persn out counting birds',
    file: 'bird-survey-report.txt',
    fragment: 'our oldest was Frank Ledger, 84',
    style: 'typo',
  },
  {
    q: 'heard the wildlife lot found some mega rare bird this winter, what was it',
    file: 'bird-survey-report.txt',
    fragment: 'The bird of the winter was a great grey shrike',
    style: 'slang',
  },
  // written as guess
  {
    q: 'the last time a shrike turned up round there was the 80s right?',
    file: 'bird-survey-report.txt',
    fragment: 'the first great grey shrike in the valley since 1998',
    style: 'paraphrase',
  },
  {
    q: 'has anyone official actually confirmed that rare sighting yet?',
    file: 'bird-survey-report.txt',
    fragment: 'the county records committee has not yet ruled on it',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much did the council give u guys 4 the hedge n nest box stuff',
    file: 'bird-survey-report.txt',
    fragment: 'funded by an £850 grant from Coldwater Parish Council',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what will the remaining grant cash be put towards?',
    file: 'bird-survey-report.txt',
    fragment: 'will be used for tree guards in the autumn',
    style: 'paraphrase',
  },
  {
    q: 'coldest temp january count?',
    file: 'bird-survey-report.txt',
    fragment: 'with a low of minus 3C at dawn and clear skies',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'How many kind of bird they are finding in the whole winter?',
    file: 'bird-survey-report.txt',
    fragment: "we recorded 74 species, two more than last winter's 72",
    style: 'paraphrase',
  },
  {
    q: 'hey so my neighbour went on about thousands of starlings at millpond back in january but when i looked at the report the numbers seemed way lower, are the starlings just not counted in there or am i reading it wrong?',
    file: 'bird-survey-report.txt',
    fragment: 'is recorded separately and is not included in the totals above',
    style: 'long',
  },
  // written as guess
  {
    q: 'was it just a couple of kingfishers at the pond at the start of the year?',
    file: 'bird-survey-report.txt',
    fragment: 'Millpond Nature Reserve had 3 kingfishers in January',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Who is the man owning the farm land at Long Lane?',
    file: 'bird-survey-report.txt',
    fragment: 'The landowner, Mr Hesketh, is open to the idea',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many singers actually went on the trip',
    file: 'choir-tour-diary.md',
    fragment: 'Forty-two singers set off from the Ashcombe Memorial Hall car park',
    style: 'verbatim-ish',
  },
  {
    q: 'why was there one person fewer on the way back?',
    file: 'choir-tour-diary.md',
    fragment: 'Anne Threlfall left us on Saturday evening after a family emergency',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many ppl could fit in the biggest place they sang at',
    file: 'choir-tour-diary.md',
    fragment: 'Our biggest venue, seating 380.',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the total number of seats sold across the shows?',
    file: 'choir-tour-diary.md',
    fragment: 'Across the three ticketed concerts we sold 551 tickets',
    style: 'paraphrase',
  },
  {
    q: 'what did renting all the halls set them back',
    file: 'choir-tour-diary.md',
    fragment: 'Venue hire came to £1,860 in total',
    style: 'slang',
  },
  {
    q: 'sunday church donations total?',
    file: 'choir-tour-diary.md',
    fragment: 'a retiring collection raised £612.40 for the Minster roof fund',
    style: 'fragment',
  },
  {
    q: 'what actualy went wrong wiht the bus, like waht broke',
    file: 'choir-tour-diary.md',
    fragment: 'The fault was something to do with the gearbox.',
    style: 'typo',
  },
  {
    q: 'ok so i wasnt on the choir trip but my aunt was and she keeps moaning about the coach conking out on the saturday, how long were they actually stuck at the side of the road for?',
    file: 'choir-tour-diary.md',
    fragment: 'We waited 2 hours and 15 minutes on the verge',
    style: 'long',
  },
  // written as guess
  {
    q: 'did they ask the coach firm for 500 quid back or something?',
    file: 'choir-tour-diary.md',
    fragment: 'Colin has asked for £400 back to cover the disruption',
    style: 'paraphrase',
  },
  {
    q: 'which singer got the whole audience up on their feet?',
    file: 'choir-tour-diary.md',
    fragment: 'Sam received a standing ovation at Harwell Bridge',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How old is the most young member of the choir?',
    file: 'choir-tour-diary.md',
    fragment: 'our youngest member, Isla Crane, aged 15',
    style: 'paraphrase',
  },
  {
    q: 'why did they leeve out the handel peice at the litle village hall',
    file: 'choir-tour-diary.md',
    fragment: 'because the hall had no piano worth the name',
    style: 'typo',
  },
  // written as guess
  {
    q: 'were there about 400 people signed up for the bike ride?',
    file: 'cycling-sportive-report.md',
    fragment: 'We had 486 entries in total, up from 352 last year.',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many riders made it all the way round',
    file: 'cycling-sportive-report.md',
    fragment: '441 riders actually started and 428 finished',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'how much xtra is it if u just turn up n pay on the day',
    file: 'cycling-sportive-report.md',
    fragment: 'Entry on the day was £5 extra on every route',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'do wheelers club folk pay less to enter?',
    file: 'cycling-sportive-report.md',
    fragment: 'Club members got a £4 discount, but not on the day',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Who was the most old rider that finish the ride?',
    file: 'cycling-sportive-report.md',
    fragment: 'The oldest was 79-year-old Bernard Hale, a club member since 1971',
    style: 'paraphrase',
  },
  {
    q: 'who absolutely flew round the massive route quickest',
    file: 'cycling-sportive-report.md',
    fragment: 'Joe Whitfield (Shropshire Road Club), 5 hours 11 minutes',
    style: 'slang',
  },
  {
    q: 'so my cousin rode the standard and said there was a nasty pile up on some downhill and an ambulance turned up, does anyone know how badly the guy was actually hurt?',
    file: 'cycling-sportive-report.md',
    fragment: 'broke his collarbone and was taken by ambulance to the Royal Shrewsbury',
    style: 'long',
  },
  // written as synonym
  {
    q: 'how much is the club donating to the air ambulance once expenses are paid?',
    file: 'cycling-sportive-report.md',
    fragment: 'After costs, we are handing over £6,850.',
    style: 'paraphrase',
  },
  {
    q: 'how many helpres did they hav all togther on the day',
    file: 'cycling-sportive-report.md',
    fragment: 'In total 58 people helped on the day',
    style: 'typo',
  },
  {
    q: 'what ate up most of the money spent on putting it on?',
    file: 'cycling-sportive-report.md',
    fragment: 'the biggest being the chip timing (£2,300)',
    style: 'paraphrase',
  },
  {
    q: 'was reading about the crash on the forum and it sounds grim, are they actually changing anything on that downhill bit before the next one or just leaving it as is?',
    file: 'cycling-sportive-report.md',
    fragment: 'the descent will carry two extra "slow" signs',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'whats the merged surgery going to be named',
    file: 'gp-surgery-changes.txt',
    fragment: 'will be called the Bramley and Fenwick Partnership',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'When is the doctors joining together with the other one?',
    file: 'gp-surgery-changes.txt',
    fragment: 'From Monday 2 September, Bramley Green Surgery will formally merge',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is it like 10k patients once both places combine?',
    file: 'gp-surgery-changes.txt',
    fragment: 'Together we will look after roughly 11,400 patients',
    style: 'paraphrase',
  },
  {
    q: 'what pushed the two practices into joining up in the first place?',
    file: 'gp-surgery-changes.txt',
    fragment: 'we were unable to recruit a replacement partner after advertising three times',
    style: 'paraphrase',
  },
  {
    q: 'is our village gp getting shut down or what',
    file: 'gp-surgery-changes.txt',
    fragment: 'the surgery building on Church Row is not closing',
    style: 'slang',
  },
  {
    q: 'how long has the retirng doctor ben working there',
    file: 'gp-surgery-changes.txt',
    fragment: 'Dr Harold Finch retires on Friday 30 August after 31 years',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wen n where is the leaving do 4 the old doc',
    file: 'gp-surgery-changes.txt',
    fragment: 'held in the village hall on Saturday 24 August from 2.00pm',
    style: 'slang',
  },
  {
    q: 'new surgery phone number?',
    file: 'gp-surgery-changes.txt',
    fragment: 'a single telephone number for both sites: 01632 960 455',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'does ringing the surgerys previous number still get through after september',
    file: 'gp-surgery-changes.txt',
    fragment: 'will divert to the new number until 31 December',
    style: 'verbatim-ish',
  },
  {
    q: 'how long am i gonna be waiting on my repeat meds now',
    file: 'gp-surgery-changes.txt',
    fragment: 'Please allow three full working days (not including weekends or bank holidays)',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'can i phone up to request my regular medication?',
    file: 'gp-surgery-changes.txt',
    fragment: 'but only if you are housebound or aged 75 or over',
    style: 'paraphrase',
  },
  {
    q: "my mum usually gets her bloods done at bramley and she's been asking me who'll be doing them once all this merger stuff kicks in, does the notice say?",
    file: 'gp-surgery-changes.txt',
    fragment: 'a new healthcare assistant, Liam Patel, who starts on 9 September',
    style: 'long',
  },
  // written as synonym
  {
    q: "how much money is sitting in the pta's bank at the moment?",
    file: 'school-pta-minutes.txt',
    fragment: 'a balance of £6,842.17 in the PTA current account',
    style: 'paraphrase',
  },
  {
    q: 'what did the xmas do actually make after paying for everything',
    file: 'school-pta-minutes.txt',
    fragment: 'the Christmas fair made £2,655 (£3,120 taken, less £465 costs)',
    style: 'slang',
  },
  {
    q: 'how much are the parents hoping to bring in over the whole school year?',
    file: 'school-pta-minutes.txt',
    fragment: 'against the annual target of £9,000',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen is the summer fete this yr',
    file: 'school-pta-minutes.txt',
    fragment: 'on Saturday 21 June 2025 from 12.00 noon to 4.00pm',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how much did renting the inflatable cost them',
    file: 'school-pta-minutes.txt',
    fragment: 'hired from Bounce About Wetherfield at £285 for the day',
    style: 'verbatim-ish',
  },
  {
    q: 'whats the bigest thing you can win at the fare',
    file: 'school-pta-minutes.txt',
    fragment: 'the top prize is a family pass to Greyscar Adventure Park',
    style: 'typo',
  },
  {
    q: "my daughter is starting there in september and we've got a load of hand-me-down stuff including some trainers she's outgrown, can i bring the shoes along to the swap thing or is that a no?",
    file: 'school-pta-minutes.txt',
    fragment: 'Shoes are not accepted for hygiene reasons, with the one exception of wellington boots',
    style: 'long',
  },
  // written as learner
  {
    q: 'Why the play equipment for older children is not open?',
    file: 'school-pta-minutes.txt',
    fragment: 'after two of its balance beams were found split',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did they go with the £2,340 quote to fix the play equipment?',
    file: 'school-pta-minutes.txt',
    fragment: 'funds the trim trail repair up to £1,980 using the Pennine Play Services quote',
    style: 'paraphrase',
  },
  {
    q: 'football vote result?',
    file: 'school-pta-minutes.txt',
    fragment: 'For 12, against 9, abstentions 1.',
    style: 'fragment',
  },
  {
    q: 'oldest kids farewell party?',
    file: 'school-pta-minutes.txt',
    fragment: "The Year 6 leavers' disco is booked for Wednesday 16 July",
    style: 'fragment',
  },
  // written as guess
  {
    q: 'did the any% runner get the 150 dollar bounty? heard she missed by like 5 seconds',
    file: 'speedrun-record-recap.md',
    fragment: 'kestrel missed it by 1.87 seconds.',
    style: 'paraphrase',
  },
  {
    q: 'how many goes did it take her to get that bel trick donw in practise',
    file: 'speedrun-record-recap.md',
    fragment: 'after failing it in about 40 practice resets that week',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'was the record set on an emulator or a real console?',
    file: 'speedrun-record-recap.md',
    fragment: 'Her run was on original hardware',
    style: 'paraphrase',
  },
  {
    q: 'what does the shortcut paperlantern used actually let you avoid?',
    file: 'speedrun-record-recap.md',
    fragment: 'which skips one of the two drawbridge cycles',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Why that moat trick is allowed in the no major glitches category?',
    file: 'speedrun-record-recap.md',
    fragment: "That route is fully legal in NMG because it doesn't use wall clipping.",
    style: 'paraphrase',
  },
  {
    q: '100% lantern count?',
    file: 'speedrun-record-recap.md',
    fragment: 'He collected all 48 lanterns and all 6 heart vessels',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'was the no warp category approved by a big margin',
    file: 'speedrun-record-recap.md',
    fragment: 'After a community vote (41 for, 9 against)',
    style: 'verbatim-ish',
  },
  {
    q: 'whats the tea with the sus low% run, why do ppl reckon its faked',
    file: 'speedrun-record-recap.md',
    fragment: 'spotted an audio desync around the Clocktower-to-Spire transition',
    style: 'slang',
  },
  // written as phone
  {
    q: 'y cant u use snes9x anymore',
    file: 'speedrun-record-recap.md',
    fragment: 'because its lag is different enough to save up to 0.8 seconds in the Spire',
    style: 'slang',
  },
  {
    q: 'hi im new here and keep seeing people mention a disputed run in the mossback channel, who is actually looking into it since the guy with the current record cant?',
    file: 'speedrun-record-recap.md',
    fragment: 'juno.exe and I are handling it together',
    style: 'long',
  },
  // written as phone
  {
    q: 'wen do u lot do the weekly group runs',
    file: 'speedrun-record-recap.md',
    fragment: 'every Sunday at 3 PM Eastern in the #races voice channel',
    style: 'slang',
  },
];

export const NINTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'did the county recorder people accept the shrike yet or not',
    trap: true,
    why: 'The article says the county records committee has not yet ruled, so the shrike is still pending acceptance.',
  },
  {
    q: 'wen is the spring breeding survey? need to book time off',
    trap: true,
    why: 'The article says no date can be given yet for the spring breeding bird survey.',
  },
  {
    q: 'feb starling roost count?',
    trap: true,
    why: 'The starling roost estimate is only given for 12 January, with no February figure.',
  },
  {
    q: 'has mr hesketh agreed to leave the stubble strip next winter',
    trap: true,
    why: 'The article says nothing has been agreed yet and Mr Hesketh wants to talk to his agent first.',
  },
  {
    q: 'anyone know if Ketley Sailing Club does beginner dinghy lessons in summer? fancy giving it a go',
    trap: true,
    why: 'The article only mentions the sailing club lending its hut for tea, nothing about lessons.',
  },
  {
    q: 'how much profit did we make on the tour in the end??',
    trap: true,
    why: 'The article says the final profit has not been worked out yet and will be reported in June.',
  },
  {
    q: 'Will Peter be fit to do his Shenandoah solo at the July concert?',
    trap: true,
    why: 'The article says it is not yet known whether Peter will be fit, as he is still to see a specialist.',
  },
  {
    q: 'What did it cost to hire the church at Kellingford?',
    trap: true,
    why: 'Only the total venue hire and the Harwell Bridge figure are given, not the Kellingford cost.',
  },
  {
    q: 'r we touring again next yr and where',
    trap: true,
    why: 'The article says the committee has not decided whether to tour in 2025.',
  },
  {
    q: 'Does the choir hold auditions for new altos, or can anyone just join?',
    trap: true,
    why: 'The article does not cover how members join or whether there are auditions.',
  },
  {
    q: 'so what actually made those two riders come off on the descent, was it the gravel?',
    trap: true,
    why: 'The article says the cause of the crash is still not known, with gravel and a wheel touch both suggested.',
  },
  {
    q: 'fastest woman standard route?',
    trap: true,
    why: 'Only the fastest woman on the Epic is given, not on the Standard.',
  },
  {
    q: 'What is name of the man who was breaking his collarbone?',
    trap: true,
    why: 'The injured rider is only described as a 46-year-old man from Stafford, never named.',
  },
  {
    q: 'is there gonna be a gravel route next year then?',
    trap: true,
    why: 'The article says the committee will only vote on a gravel route at the November meeting.',
  },
  {
    q: 'does longford rugby clubs bar let non membres in on sundays?',
    trap: true,
    why: 'The article only says the rugby club was the event HQ and says nothing about its bar.',
  },
  {
    q: 'the bramley dispensary is shutting in march, isnt it?',
    trap: true,
    why: 'The article says the partnership has not yet decided whether the dispensary continues beyond March.',
  },
  {
    q: 'when does the call back thing on the phones start?',
    trap: true,
    why: 'The article says the supplier has not confirmed when the call-back feature will be switched on.',
  },
  {
    q: 'what date is the second patient meeting at fenwick lane',
    trap: true,
    why: 'The article says the date of the Fenwick Lane meeting will be announced later.',
  },
  {
    q: 'Who is the new mental health worker going to be?',
    trap: true,
    why: 'A dedicated mental health practitioner is mentioned as a service but nobody is named.',
  },
  {
    q: 'is parking at fenwick lane any good or is it a nightmare',
    trap: true,
    why: 'The only parking mentioned is the 25 spaces at the village hall for the meeting, nothing about Fenwick Lane.',
  },
  {
    q: 'did we get the building society £1500 grant or not yet?',
    trap: true,
    why: 'The minutes say no answer has been heard yet on the grant application.',
  },
  {
    q: 'is the ice cream van defo coming to the summer fair?',
    trap: true,
    why: "The minutes say Dellucci's has not confirmed and will answer by the end of April.",
  },
  {
    q: 'Was the trim trail damage caused by vandals?',
    trap: true,
    why: 'The minutes say the school could not establish whether it was vandalism or wear and tear.',
  },
  {
    q: 'halloween disco ticket price?',
    trap: true,
    why: "Only the Halloween disco's total of £812 is given, not the ticket price.",
  },
  {
    q: "Slightly off topic but we're planning a birthday day out for my son, does anyone know if Greyscar Adventure Park does group discounts for kids parties?",
    trap: true,
    why: 'The minutes only say the park donated a family pass as the raffle prize.',
  },
  {
    q: "so is gr8pumpkin's low% legit or did he splice it, whats the verdict",
    trap: true,
    why: "The article says the mods don't know yet and the run is still under review.",
  },
  {
    q: 'wen is the mossback marathon exactly?',
    trap: true,
    why: 'The article says it is in December but the exact date is not set yet.',
  },
  {
    q: 'The old runs, they will be retimed with the new end point or no?',
    trap: true,
    why: 'The article says it has not been decided whether older runs will be retimed or marked as old timing.',
  },
  {
    q: '100% second place time?',
    trap: true,
    why: 'Only the new 100% record and the old record are given, no second place.',
  },
  {
    q: 'where can i buy a mossback castle cartrige for cheep?',
    trap: true,
    why: 'The article is about runs and records and says nothing about buying the game.',
  },
  {
    q: 'when is the spring bird count happening',
    trap: true,
    why: 'The report says no date can be given yet for the spring breeding bird survey while access to Hanby Common is sorted out.',
  },
  {
    q: 'was the shrike the same one ppl saw over at forsby in december?',
    trap: true,
    why: 'The report says there is no way of telling whether the Forsby bird was the same one.',
  },
  {
    q: 'is the farmer def leaving a stubble strip for the birds next winter',
    trap: true,
    why: 'The report says the landowner is open to the idea but nothing has been agreed yet.',
  },
  {
    q: 'what was the size of the starling gathering at the pond in february?',
    trap: true,
    why: 'The starling roost estimate is only given for 12 January, not for February.',
  },
  {
    q: 'random one but my kid saw the sailing club hut mentioned in the bird report, does anyone know how you sign up for sailing lessons at ketley?',
    trap: true,
    why: 'The report only thanks the Ketley Sailing Club for the use of its hut and says nothing about lessons or membership.',
  },
  {
    q: 'did the choir tour make like a grand profit in the end?',
    trap: true,
    why: 'The diary says the final profit has not been worked out yet and should not be quoted until the treasurer reports in June.',
  },
  {
    q: 'is peter gona be well enuf to sing his solo in july',
    trap: true,
    why: 'The diary says it is not yet known whether Peter will be fit for the summer concert.',
  },
  {
    q: 'r they doing another tour next yr',
    trap: true,
    why: 'The diary says the committee has not decided whether to tour again in 2025.',
  },
  {
    q: 'what did it cost to hire st brides church in kellingford',
    trap: true,
    why: "The diary gives only the total venue hire and the Harwell Bridge figure, not the Kellingford church's hire cost.",
  },
  {
    q: 'How I can join to the Ashcombe choir and when they practise?',
    trap: true,
    why: 'The diary is about the tour and says nothing about joining the choir or rehearsal times.',
  },
  {
    q: 'does anyone know what made those two riders come off on the descent?',
    trap: true,
    why: 'The report says the club still does not know exactly what caused the crash.',
  },
  {
    q: "hey all, thinking of doing the vale challenge next year with a couple of mates from work, when's it on so we can book the time off?",
    trap: true,
    why: 'The report says the 2025 date has not been fixed yet.',
  },
  {
    q: "collarbone rider's name?",
    trap: true,
    why: "The report gives only the injured rider's age and home town, not his name.",
  },
  {
    q: 'does longford rugby club do a juniors thing my lad could rock up to',
    trap: true,
    why: 'The report uses the rugby club only as the event HQ and says nothing about its junior sections.',
  },
  {
    q: 'The medicine dispensary in Bramley Green, it will stay after March?',
    trap: true,
    why: 'The notice says the partnership has not yet decided whether the branch dispensary continues beyond March.',
  },
  {
    q: 'when r they finally getting another receptionist in, phones are a nightmare',
    trap: true,
    why: 'The notice says it is not yet known when the part-time receptionist post will be filled.',
  },
  {
    q: 'when dose the call bak feature on the new phones get turnd on',
    trap: true,
    why: 'The notice says the supplier has not confirmed when the call-back feature will be switched on.',
  },
  {
    q: 'fenwick lane meeting date?',
    trap: true,
    why: 'The notice says only that a second meeting at Fenwick Lane is planned for September, with the date to be announced later.',
  },
  {
    q: 'wat time does the minor injuries clinic open n is it walk in',
    trap: true,
    why: 'The notice mentions a daily minor injuries clinic only as a reason to merge and gives no times or booking details.',
  },
  {
    q: "are the painted games on the infants' playground definitely happening this year?",
    trap: true,
    why: 'The minutes say whether the Key Stage 1 markings go ahead this year was left open until the summer meeting.',
  },
  {
    q: "ice cream van's booked for the fair, right?",
    trap: true,
    why: "The minutes say it is not confirmed whether Dellucci's ice cream van can come.",
  },
  {
    q: 'did the pta get the building society money they applied for',
    trap: true,
    why: 'The minutes say the PTA has not heard whether the grant application was successful.',
  },
  {
    q: 'was the trim trail wrecked on purpose or just worn out?',
    trap: true,
    why: 'The minutes say the school could not establish whether it was vandalism or wear and tear.',
  },
  {
    q: 'how much r burgers at the fair bbq',
    trap: true,
    why: 'The minutes say Mark Fenton will run a barbecue but give no food prices.',
  },
  {
    q: "is gr8pumpkin's low% run legit or is it cap",
    trap: true,
    why: 'The recap says the mods do not know yet whether the run will stand.',
  },
  {
    q: 'The old runs, they will be timed again with new end rule?',
    trap: true,
    why: 'The recap says it has not been decided whether older runs will be retimed or marked as old timing.',
  },
  {
    q: 'what day in december is the mossback marathon',
    trap: true,
    why: 'The recap says the exact December date is not set yet.',
  },
  {
    q: "paperlantern's any% pb is around 24 minutes isnt it?",
    trap: true,
    why: "The recap only gives PaperLantern's No Major Glitches times, not an Any% time for her.",
  },
  {
    q: 'bit off topic but saw mossback castle mentioned, anyone know where to grab a snes cartridge of it without paying a fortune?',
    trap: true,
    why: 'The recap covers runs and rules and says nothing about buying the game.',
  },
];

export const NINTH_SIX_SET: readonly ChatQuestion[] = [...NINTH_SIX_ANSWERABLE, ...NINTH_SIX_TRAPS];
