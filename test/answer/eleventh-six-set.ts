/**
 * Chat-style questions about an eleventh six articles (./eleventh-six/: a dog rescue charity's monthly update, an
 * amateur theatre group's notes on its spring production, a village flood group's recovery bulletin, a
 * beekeepers' association's notes on swarm season, a residents' committee's street-party minutes, an amateur
 * radio club's field-day report), written in session 49 by two helpers who saw only the articles (the second
 * set in a newcomer's vaguer words), as ./tenth-six-set.ts was. Blind in session 49 (read only as totals: 26
 * and 20 of 100 at its start, 28 and 21 at its end); in the repository so that later sessions keep them, dev
 * from session 50. Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish;
 * synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const ELEVENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as phone
  {
    q: 'how many ppl turned up 4 field day this yr',
    file: 'amateur-radio-field-day.md',
    fragment: "Twenty-two members came out to Pavilion B at Miller's Ridge County Park",
    style: 'slang',
  },
  // written as guess
  {
    q: 'was our score the previous field day around 4500?',
    file: 'amateur-radio-field-day.md',
    fragment: 'up from 4,215 last year and 3,760 in 2022',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'who did the hazard checks on the ropes and fuel before going live?',
    file: 'amateur-radio-field-day.md',
    fragment: 'Linda Parrish served as safety officer, checking every guy line',
    style: 'paraphrase',
  },
  {
    q: 'what time did the big genny konk out overnight',
    file: 'amateur-radio-field-day.md',
    fragment: 'shut itself down at 2:40 a.m. Sunday and would not restart',
    style: 'slang',
  },
  {
    q: 'after the power died overnight who showed up with a replacement?',
    file: 'amateur-radio-field-day.md',
    fragment: 'Ray arrived with his own 2,200-watt generator from home',
    style: 'paraphrase',
  },
  {
    q: 'gas bill total?',
    file: 'amateur-radio-field-day.md',
    fragment: 'Fuel for the weekend cost $38.50 across 9 gallons',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how much did the club pay for dinner on the first night',
    file: 'amateur-radio-field-day.md',
    fragment: 'Food came to $142 for pizza on Saturday night',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'who was the most young person which made the radio contacts?',
    file: 'amateur-radio-field-day.md',
    fragment: 'The youth operators were Maya Chen (14), Caleb Dorsey (12) and Jordan Pike (16)',
    style: 'paraphrase',
  },
  {
    q: 'hey so my neighbour swears some local politician turned up at the park while we were operating, i was asleep in the car lol, which official was it and roughly what time did they come by?',
    file: 'amateur-radio-field-day.md',
    fragment: 'County Commissioner Karen Tolliver stopped by at about 4:15 p.m. Saturday',
    style: 'long',
  },
  // written as phone
  {
    q: 'how much r the licence lessons this fall',
    file: 'amateur-radio-field-day.md',
    fragment: 'six Tuesday evenings, $35 including the book',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'how many morse code QSOs did we log',
    file: 'amateur-radio-field-day.md',
    fragment: '412 contacts, the most of them on 40 meters overnight',
    style: 'paraphrase',
  },
  {
    q: 'how much cash did the bord aprove for extra lithum power storage',
    file: 'amateur-radio-field-day.md',
    fragment: 'agreed to spend up to $450 on a second lithium battery',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how many ppl rang the swarm hotline',
    file: 'beekeeping-swarm-season.md',
    fragment: 'took 61 calls between 22 April and 30 June',
    style: 'slang',
  },
  {
    q: 'swarm phone guy name?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'run this year by Derek Ashby (Swarm Coordinator)',
    style: 'fragment',
  },
  {
    q: 'who nabbed the absolute unit of a swarm by the pub',
    file: 'beekeeping-swarm-season.md',
    fragment: 'taken by Priya Nandakumar and her son Tom',
    style: 'slang',
  },
  // written as guess
  {
    q: 'were winter losses about 25% this time round?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'a loss of 41 colonies or just over 19 per cent',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'who is judging the honey show in september',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Ruth Pellow of the neighbouring Wendlebury association',
    style: 'verbatim-ish',
  },
  {
    q: 'whats the dedline for sending in my show aplication',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Entry forms must reach Sunil Ashdown (Show Secretary) by Saturday 31 August',
    style: 'typo',
  },
  {
    q: 'who took home the top trophy at the 2023 show?',
    file: 'beekeeping-swarm-season.md',
    fragment: "Last year's cup went to Harold Minchin with 22 points",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how much money it cost for a grown-up to do the beginner course?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Course fees were £95 per adult and £45 for under-18s',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the annual charge for the training apiary field",
    file: 'beekeeping-swarm-season.md',
    fragment: 'The rent is currently £150 a year',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'r membership fees goin up 4 2025?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Subscriptions for next year stay at £28 (full) and £12 (junior)',
    style: 'slang',
  },
  {
    q: "cleaning out my shed this weekend and i think i might have one of the association's loaned swarm catching boxes from may, how can i tell if it's actually theirs?",
    file: 'beekeeping-swarm-season.md',
    fragment: 'marked HDBA in red paint on the lid',
    style: 'long',
  },
  {
    q: "why's the cake comp maybe getting binned this yr",
    file: 'beekeeping-swarm-season.md',
    fragment: 'the committee is unsure how the food hygiene rules apply in the marquee',
    style: 'slang',
  },
  {
    q: 'arsenic director?',
    file: 'community-theatre-production.md',
    fragment: 'Helen Marsh directed (her fourth show with us)',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'did we sell around 800 seats total for the run?',
    file: 'community-theatre-production.md',
    fragment: 'we sold 712 tickets out of a possible 900',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'which performance had the worst turnout',
    file: 'community-theatre-production.md',
    fragment: 'opening night only drew 96, the lowest of the run',
    style: 'paraphrase',
  },
  {
    q: 'who was it that made up a line on the spot when the bench lid broke',
    file: 'community-theatre-production.md',
    fragment: 'Marcus Bell improvised a line about',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'who is the most old actor in the play and how many years she have?',
    file: 'community-theatre-production.md',
    fragment: 'our oldest was 79 (Ruth Ellison, who first performed with the Players in 1968)',
    style: 'paraphrase',
  },
  {
    q: 'how much did ticket sales rake in all up',
    file: 'community-theatre-production.md',
    fragment: 'Gross box office came to $10,940',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how much did u guys make off the raffle',
    file: 'community-theatre-production.md',
    fragment: 'of which the raffle alone was $460',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how come we still dont know if the show made any money',
    file: 'community-theatre-production.md',
    fragment: 'the auditorium has still not sent its invoice for the extra cleaning',
    style: 'verbatim-ish',
  },
  {
    q: 'how much did the peopel with doubel booked seats get bak',
    file: 'community-theatre-production.md',
    fragment: 'refunded $8 per ticket as an apology',
    style: 'typo',
  },
  {
    q: 'i was at closing night and honestly lost track of time when we all got herded outside because of the alarm, how long were we standing out there in the end?',
    file: 'community-theatre-production.md',
    fragment: '168 audience members were evacuated into the parking lot for 22 minutes',
    style: 'long',
  },
  {
    q: 'rehearsal venue?',
    file: 'community-theatre-production.md',
    fragment: "in the basement of St. Luke's Church on Elm Avenue",
    style: 'fragment',
  },
  {
    q: 'who endid up with the missing props cabnet key',
    file: 'community-theatre-production.md',
    fragment: "The key turned up a week later in Jake Ferreira's coat pocket",
    style: 'typo',
  },
  // written as guess
  {
    q: 'did we find homes for like 20 pups in october?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'We rehomed 14 dogs in October, up from 11 in September',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the annual goal for rehomings",
    file: 'dog-rescue-adoption-update.md',
    fragment: 'against a target of 140 for the calendar year',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how long was biscuit at the rescue before he got adopted',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'who had been with us for 203 days',
    style: 'verbatim-ish',
  },
  {
    q: 'what made the collie get sent back the first time?',
    file: 'dog-rescue-adoption-update.md',
    fragment: "because she chased the family's cats",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much 2 adopt an older dog like 10 yrs old',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Dogs aged 8 and over are £95',
    style: 'slang',
  },
  {
    q: 'do fosters get any cash for dog grub',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Foster carers get £12 a week towards food',
    style: 'slang',
  },
  {
    q: 'how much wer the vet bils in octobr',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Our total vet spend was £8,460',
    style: 'typo',
  },
  {
    q: 'saw the post about rolo the staffie needing his knee done and i chipped in a tenner, just curious how much of the op did the facebook fundraiser end up paying for?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'of which £1,100 was covered by a dedicated appeal on our Facebook page',
    style: 'long',
  },
  {
    q: 'parvo pups deaths?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Sadly two of the five did not survive',
    style: 'fragment',
  },
  {
    q: "when'd we finally get the thumbs up to build at long meadow",
    file: 'dog-rescue-adoption-update.md',
    fragment: 'granted by Ashford Vale District Council on 15 October',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how much more do we need to raise for the kennel build',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'That leaves a gap of £25,300',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'when the building work will begin now, it was delayed?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'have been pushed back to 18 November because of the wet weather',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the river get to about 3 and a half metres?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'The gauge at Ashcombe Bridge peaked at 3.42 metres at 4:15am',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'what amount of precipitation set all this off',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'after 61 mm of rain fell on the hills above Stenford in 36 hours',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many houses actually got water in em',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'found 41 homes flooded inside, compared with 23 in 2007',
    style: 'slang',
  },
  {
    q: "how long's the pub gonna be shut",
    file: 'flood-recovery-bulletin.txt',
    fragment: 'which expects to be closed for at least eight weeks',
    style: 'slang',
  },
  {
    q: 'whats the dayly rate for the rentd water pumps',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'from Wendover Plant Hire at £65 a day each',
    style: 'typo',
  },
  // written as learner
  {
    q: 'my basement is wet yet, who I must to contact for help?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'ring Keith Marsden on 07700 900417',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where can i get help with my insurance claim paperwork',
    file: 'flood-recovery-bulletin.txt',
    fragment: "at St Michael's church hall on Wednesday 19 February from 2pm to 6pm",
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'how much money every house is receiving from the authority?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'a recovery payment of £500 per flooded household',
    style: 'paraphrase',
  },
  {
    q: 'sandbag limit per house?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'Please take no more than 10 bags per household',
    style: 'fragment',
  },
  {
    q: "hi all, i've been stuck at work in the city all week and only just catching up on everything, did we actually get any warning before the water came up or did it just come out of nowhere, what time was it sent?",
    file: 'flood-recovery-bulletin.txt',
    fragment: 'issued at 11:40pm on the Saturday, roughly four and a half hours before the peak',
    style: 'long',
  },
  {
    q: 'what was the highest the river had ever been before this',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'the previous record was 3.18 metres in November 2007',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what day is the larkspur do',
    file: 'street-party-planning.txt',
    fragment: 'will be on Saturday 20 July, from 12 noon to 6pm',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'how much is currently in the pot',
    file: 'street-party-planning.txt',
    fragment: 'Graham reported that the kitty stands at £612',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is it still 3 quid per house this year?',
    file: 'street-party-planning.txt',
    fragment: "asking each household for £5 this year instead of last year's £3",
    style: 'paraphrase',
  },
  {
    q: 'which two people opposed raising the contribution',
    file: 'street-party-planning.txt',
    fragment: 'Femi and Rosalind voted against, feeling £3 was enough',
    style: 'paraphrase',
  },
  {
    q: "who's providing the live entertainment",
    file: 'street-party-planning.txt',
    fragment: 'the Mill Street Ramblers, a four-piece folk band',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'does the amp have to go off around 6?',
    file: 'street-party-planning.txt',
    fragment: 'amplified music stops at 5.30pm sharp',
    style: 'paraphrase',
  },
  {
    q: 'wats mancinis payin to set up at the party',
    file: 'street-party-planning.txt',
    fragment: 'which pays a £25 pitch fee and parks at the Mill Street end',
    style: 'typo',
  },
  {
    q: 'food price cap?',
    file: 'street-party-planning.txt',
    fragment: 'no portion may cost more than £4',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'at what hour start the race for the smallest kids with the spoons?',
    file: 'street-party-planning.txt',
    fragment: 'including the egg-and-spoon race for under-8s at 2.30pm',
    style: 'paraphrase',
  },
  {
    q: 'my two are dead keen on the raffle and i want to give them some pocket money for it, how much are the tickets going for?',
    file: 'street-party-planning.txt',
    fragment: 'with tickets at £1 each or 6 for £5',
    style: 'long',
  },
  {
    q: "i might be able to help on the day but not sure if you're already sorted for people standing at the barriers, how many more do you actually still need?",
    file: 'street-party-planning.txt',
    fragment: 'We need 8 marshals for two-hour shifts across the two ends; 5 have signed up',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how many folks turned up for the ham radio weekend',
    file: 'amateur-radio-field-day.md',
    fragment: 'Twenty-two members came out to Pavilion B',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'did the radio club make like a thousand contacts or so?',
    file: 'amateur-radio-field-day.md',
    fragment: 'The three main stations logged 1,331 contacts',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wat time did the power die at the radio camp thing',
    file: 'amateur-radio-field-day.md',
    fragment: 'shut itself down at 2:40 a.m. Sunday',
    style: 'slang',
  },
  {
    q: 'which old timer pulled an all nighter on morse solo',
    file: 'amateur-radio-field-day.md',
    fragment: 'Ed Hargrove, 76, operated nine hours of that by himself',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'which local politician dropped in on the radio event',
    file: 'amateur-radio-field-day.md',
    fragment: 'County Commissioner Karen Tolliver stopped by at about 4:15 p.m. Saturday',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'In which park the radio club was making their field day?',
    file: 'amateur-radio-field-day.md',
    fragment: "Pavilion B at Miller's Ridge County Park",
    style: 'paraphrase',
  },
  {
    q: 'how much dose the begginer licence corse cost',
    file: 'amateur-radio-field-day.md',
    fragment: 'six Tuesday evenings, $35 including the book',
    style: 'typo',
  },
  {
    q: 'field day visitor count?',
    file: 'amateur-radio-field-day.md',
    fragment: 'We had 63 names in the guest book',
    style: 'fragment',
  },
  {
    q: 'hey so im not a member but a mate told me the radio club had their electrics go haywire at that outdoor weekend thing, are they buying some kind of backup for next time and whats the budget for it',
    file: 'amateur-radio-field-day.md',
    fragment: 'spend up to $450 on a second lithium battery',
    style: 'long',
  },
  {
    q: 'who was the littlest kid getting on the radios',
    file: 'amateur-radio-field-day.md',
    fragment: 'Maya Chen (14), Caleb Dorsey (12) and Jordan Pike (16)',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'what did the gas set the radio club back for the whole weekend',
    file: 'amateur-radio-field-day.md',
    fragment: 'Fuel for the weekend cost $38.50 across 9 gallons',
    style: 'paraphrase',
  },
  {
    q: 'ham club next meetup?',
    file: 'amateur-radio-field-day.md',
    fragment: 'July 16 meeting, 7:00 p.m. at the Harlan Public Library',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how many times did folks phone the bee club this spring',
    file: 'beekeeping-swarm-season.md',
    fragment: 'took 61 calls between 22 April and 30 June',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'heard the biggest bee cluster was like 5 kilos, that right?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'estimated at about 3.5 kg of bees',
    style: 'paraphrase',
  },
  {
    q: 'who was the daredevil that grabbed the bees off the church roof',
    file: 'beekeeping-swarm-season.md',
    fragment: 'done by Colin Fairweather from a borrowed scaffold tower',
    style: 'slang',
  },
  // written as phone
  {
    q: 'do u have to pay if u get them to take bees away from ur garden',
    file: 'beekeeping-swarm-season.md',
    fragment: 'ask callers for a donation of £20 towards association funds',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what share of hives perished over the cold months',
    file: 'beekeeping-swarm-season.md',
    fragment: 'a loss of 41 colonies or just over 19 per cent',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Who is the man they are sending the dead bees to for testing?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'the regional bee inspector, Alan Crowther',
    style: 'paraphrase',
  },
  {
    q: 'honey contest date?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Saturday 14 September in the marquee at Hollowmere Show',
    style: 'fragment',
  },
  {
    q: 'who do i hand my entery paperwork to for the hunny competion, and whats the cutof',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Entry forms must reach Sunil Ashdown (Show Secretary) by Saturday 31 August',
    style: 'typo',
  },
  {
    q: 'who took home the top trophy at the previous honey contest',
    file: 'beekeeping-swarm-season.md',
    fragment: "Last year's cup went to Harold Minchin with 22 points",
    style: 'paraphrase',
  },
  {
    q: 'Hi all, new here. My partner and I have been thinking about keeping bees at the bottom of our garden and someone mentioned the local club runs lessons for newbies. What does that set a grown up back?',
    file: 'beekeeping-swarm-season.md',
    fragment: 'Course fees were £95 per adult and £45 for under-18s',
    style: 'long',
  },
  // written as phone
  {
    q: 'y cant u leave ur car by the farm buildings at the practice hives',
    file: 'beekeeping-swarm-season.md',
    fragment: 'as Mr Halloran, our landlord, has asked again',
    style: 'slang',
  },
  {
    q: 'how much to join the bee gang, they hike the price or nah',
    file: 'beekeeping-swarm-season.md',
    fragment: 'stay at £28 (full) and £12 (junior)',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'where did the community players put on their spring show',
    file: 'community-theatre-production.md',
    fragment: 'at the Harlow Memorial Auditorium on Grange Street',
    style: 'verbatim-ish',
  },
  {
    q: 'arsenic play director?',
    file: 'community-theatre-production.md',
    fragment: 'Helen Marsh directed (her fourth show with us)',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'did they sell around 800 seats overall for the play?',
    file: 'community-theatre-production.md',
    fragment: 'Across five shows we sold 712 tickets out of a possible 900',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much wer tix for grown ups',
    file: 'community-theatre-production.md',
    fragment: 'Prices were $18 for adults, $14 for seniors and students',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'which performance had the thinnest crowd',
    file: 'community-theatre-production.md',
    fragment: 'opening night only drew 96, the lowest of the run',
    style: 'paraphrase',
  },
  {
    q: 'who subbed in when that actor came down with the flu',
    file: 'community-theatre-production.md',
    fragment: 'so Owen Price went on with the script in hand',
    style: 'slang',
  },
  {
    q: 'how long was evryone stuck outsid during the alrm',
    file: 'community-theatre-production.md',
    fragment: 'evacuated into the parking lot for 22 minutes',
    style: 'typo',
  },
  // written as learner
  {
    q: 'How much money the lottery was making at the play?',
    file: 'community-theatre-production.md',
    fragment: 'of which the raffle alone was $460',
    style: 'paraphrase',
  },
  {
    q: 'did the scenery end up costing more than planned',
    file: 'community-theatre-production.md',
    fragment: 'the set came in at $1,640 against a set budget of $1,200',
    style: 'paraphrase',
  },
  {
    q: 'so my aunt went to one of the saturday performances and says a bunch of people got bumped to plastic chairs at the back because their seats were sold twice?? did those people get any money back or what',
    file: 'community-theatre-production.md',
    fragment: 'refunded $8 per ticket as an apology',
    style: 'long',
  },
  {
    q: 'ok so im thinking of auditioning with the millbrook lot next time round, and i heard an actor got ill during the last run and someone had to read off the page. are they doing anything so that doesnt happen again?',
    file: 'community-theatre-production.md',
    fragment: 'every future show with more than 10 roles must have at least two',
    style: 'long',
  },
  {
    q: 'who had the mising key to the props cupbord',
    file: 'community-theatre-production.md',
    fragment: "The key turned up a week later in Jake Ferreira's coat pocket",
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'how many pups found forever homes in october',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'We rehomed 14 dogs in October',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'the old terrier that was stuck there forever, was it about half a year?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'who had been with us for 203 days',
    style: 'paraphrase',
  },
  {
    q: "why'd that young sheepdog get returned, what'd she do lol",
    file: 'dog-rescue-adoption-update.md',
    fragment: "because she chased the family's cats",
    style: 'slang',
  },
  // written as phone
  {
    q: 'how much r u charged 2 take home a grown up pooch',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Our adoption fee remains £195 for dogs over 6 months',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'is there a cheaper price for elderly hounds',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Dogs aged 8 and over are £95 under our Golden Oldies scheme',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'If I am keeping a dog in my house for temporary, they give me money for eating?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Foster carers get £12 a week towards food',
    style: 'paraphrase',
  },
  {
    q: 'how much did the vetrinary bills come too in octobr',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Our total vet spend was £8,460',
    style: 'typo',
  },
  {
    q: 'My neighbour follows the rescue online and said there was a staffie who needed a big knee op and people chipped in on facebook. how much was the whole thing and how much did the fundraiser pay for?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'The operation cost £2,350, of which £1,100 was covered',
    style: 'long',
  },
  {
    q: 'did all the poorly spaniel babies pull through',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Sadly two of the five did not survive',
    style: 'paraphrase',
  },
  {
    q: 'new kennels price tag?',
    file: 'dog-rescue-adoption-update.md',
    fragment: "The builder's quote from Harcourt & Sons is £86,500",
    style: 'fragment',
  },
  {
    q: 'how far short are they on the money for the new dog building',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'That leaves a gap of £25,300',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much 2 do the charity walk thing in ridley woods, do kids pay?',
    file: 'dog-rescue-adoption-update.md',
    fragment: 'Entry £8 per walker, children under 12 free',
    style: 'slang',
  },
  // written as guess
  {
    q: 'did the river hit like 4 meters at its worst?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'peaked at 3.42 metres at 4:15am on Sunday 9 February',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how much water came down from the sky before the flood',
    file: 'flood-recovery-bulletin.txt',
    fragment: '61 mm of rain fell on the hills above Stenford',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'how many houses got water indoors',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'found 41 homes flooded inside, compared with 23 in 2007',
    style: 'paraphrase',
  },
  {
    q: 'how long is the red lion gonna be shut, need my pint',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'which expects to be closed for at least eight weeks',
    style: 'slang',
  },
  // written as phone
  {
    q: 'y shouldnt i drain my basement rite now',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'while the ground outside is still saturated, as this can damage walls',
    style: 'slang',
  },
  // written as learner
  {
    q: 'My basement still have water inside, who I should to telephone?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'ring Keith Marsden on 07700 900417',
    style: 'paraphrase',
  },
  {
    q: "hi, my gran's house got soaked and she's in a right state about her insurance claim, somebody mentioned a guy doing free help sessions - when and where is that happening?",
    file: 'flood-recovery-bulletin.txt',
    fragment: "at St Michael's church hall on Wednesday 19 February from 2pm to 6pm",
    style: 'long',
  },
  {
    q: 'are flood victims getting any money from the local authority',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'a recovery payment of £500 per flooded household',
    style: 'paraphrase',
  },
  {
    q: 'how many sandbgs am i alowed to grab',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'Please take no more than 10 bags per household',
    style: 'typo',
  },
  {
    q: 'total helper time?',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'Between Sunday and Thursday volunteers logged 312 hours',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'was anybody injured when the river came up',
    file: 'flood-recovery-bulletin.txt',
    fragment: 'One resident was taken to Stenford General with a suspected broken wrist',
    style: 'verbatim-ish',
  },
  // written as lowercase
  {
    q: 'when is the larkspur road knees up happening',
    file: 'street-party-planning.txt',
    fragment: 'on Saturday 20 July, from 12 noon to 6pm',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'is it still 3 quid a house for the street party this year or did that change?',
    file: 'street-party-planning.txt',
    fragment: 'Graham proposed asking each household for £5 this year',
    style: 'paraphrase',
  },
  {
    q: "hey i just moved onto larkspur and my neighbour slipped a note through about some summer road party, sounds fun! is there going to be any entertainment, like who's booked to play?",
    file: 'street-party-planning.txt',
    fragment: 'the Mill Street Ramblers, a four-piece folk band',
    style: 'long',
  },
  // written as guess
  {
    q: 'does the loud music have to end around 6 cos of the old folks next door?',
    file: 'street-party-planning.txt',
    fragment: 'amplified music stops at 5.30pm sharp',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "who's doing the kids' face art",
    file: 'street-party-planning.txt',
    fragment: 'The face painter, Lottie Brennan from Ashcombe',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How much money the neighbours committee is already having?',
    file: 'street-party-planning.txt',
    fragment: 'the kitty stands at £612',
    style: 'paraphrase',
  },
  {
    q: 'how much is the insurence for the party',
    file: 'street-party-planning.txt',
    fragment: 'Public liability insurance, £118 (quote from Hearth & Home, valid until 30 June)',
    style: 'typo',
  },
  {
    q: 'whats the most they can charge for grub',
    file: 'street-party-planning.txt',
    fragment: 'but no portion may cost more than £4',
    style: 'slang',
  },
  {
    q: 'are any outside vendors allowed or just locals',
    file: 'street-party-planning.txt',
    fragment: "Mancini's ice-cream van, which pays a £25 pitch fee",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'It is okay to bring my puppy to the party?',
    file: 'street-party-planning.txt',
    fragment: 'dogs on leads only, and not near the food stalls',
    style: 'paraphrase',
  },
  {
    q: 'prize draw price?',
    file: 'street-party-planning.txt',
    fragment: 'tickets at £1 each or 6 for £5',
    style: 'fragment',
  },
];

export const ELEVENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: "so why did dale's genny crap out in the middle of the night",
    trap: true,
    why: "The radio report says the generator had fuel and oil and they still don't know why it quit.",
  },
  {
    q: 'r we getting pavilion b again next june?',
    trap: true,
    why: "The radio report says the park district hasn't yet said whether the club can have Pavilion B again.",
  },
  {
    q: '3A national ranking?',
    trap: true,
    why: "The radio report says the class 3A ranking won't be known until results are published in the fall.",
  },
  {
    q: 'anyone know who took the 50 foot coax jumper home',
    trap: true,
    why: 'The radio report says nobody knows who took the coax jumper home.',
  },
  {
    q: 'did the gota station score about 100 points on its own?',
    trap: true,
    why: "The radio report gives only the GOTA station's 47 contacts, scored separately, and no points figure for it.",
  },
  {
    q: 'wat actualy killed the fernside coloneys in march',
    trap: true,
    why: 'The beekeeping notes say the cause of the Fernside losses has not been established beyond ruling out foulbrood.',
  },
  {
    q: 'from whose colony the swarm at the church gutter was coming?',
    trap: true,
    why: "The beekeeping notes say they still don't know whose colony the St Aldhelm's swarm came from.",
  },
  {
    q: 'how much is the cobbs lane rent goin up 2',
    trap: true,
    why: 'The beekeeping notes say a rise was mentioned but no new rent figure has been agreed.',
  },
  {
    q: 'when is the agm this year',
    trap: true,
    why: 'The beekeeping notes mention the committee reporting back at the AGM but give no date for it.',
  },
  {
    q: 'bit of a random one but i keep getting stung on the wrists every time i open my hive even with gloves on, anyone got tips on how to stop that?',
    trap: true,
    why: 'No article gives advice on avoiding stings; the beekeeping notes only state glove and suit rules.',
  },
  {
    q: 'what was the net earnings from arsenic and old lace after costs',
    trap: true,
    why: "The theatre notes say there is no final profit number yet because the auditorium invoice hasn't arrived.",
  },
  {
    q: 'do we know what caused the alarm to go off during the last show',
    trap: true,
    why: "The theatre notes say they still don't know what set off the fire alarm on closing night.",
  },
  {
    q: 'can i share the matinee vid on fb',
    trap: true,
    why: 'The theatre notes say nobody knows yet whether the license allows a video and ask people not to post clips.',
  },
  {
    q: 'fall show title?',
    trap: true,
    why: 'The theatre notes say the fall production has not been chosen yet.',
  },
  {
    q: 'who was the technician person at auditorium, what is his name?',
    trap: true,
    why: "The theatre notes mention overtime for the auditorium's technician but never name that person.",
  },
  {
    q: 'where did the parvo puppys originaly come from',
    trap: true,
    why: 'The dog rescue update says they have no idea where the litter came from because the man left no details.',
  },
  {
    q: "when's the new kennel block actually gonna be up and running",
    trap: true,
    why: "The dog rescue update says they can't say yet when the kennel block will open.",
  },
  {
    q: "so we're taking a bank loan for the kennel shortfall right?",
    trap: true,
    why: 'The dog rescue update says the trustees are split and have not decided between a bank loan and more fundraising.',
  },
  {
    q: 'what was the price of the dental treatment for the three senior dogs',
    trap: true,
    why: 'The dog rescue update mentions dental work for three older dogs but gives no cost for it.',
  },
  {
    q: "just adopted a lurcher from a different rescue and she's super skinny, what food would you lot recommend to help her put weight on?",
    trap: true,
    why: 'No article gives feeding advice for dogs; the rescue update only mentions lurchers being adopted.',
  },
  {
    q: 'has anyone worked out what made the culvert on mill lane clog up',
    trap: true,
    why: "The flood bulletin says they can't say yet why the Mill Lane culvert blocked.",
  },
  {
    q: 'is the kiln meadow footbridge going to be repaired or replaced',
    trap: true,
    why: "The flood bulletin says it's not known whether the footbridge can be repaired until the survey results are back.",
  },
  {
    q: 'wen r we getting the 500 quid',
    trap: true,
    why: 'The flood bulletin says the council has not yet said when the £500 payment will be made.',
  },
  {
    q: 'was the water on station road about 50cm deep?',
    trap: true,
    why: 'The flood bulletin only gives the deepest indoor water, 74 cm at Mill Lane cottages, and no depth for Station Road.',
  },
  {
    q: 'next week rainfall mm?',
    trap: true,
    why: 'The flood bulletin says more rain is forecast for next week but gives no amount.',
  },
  {
    q: 'has the council actually signed off on the road closure or nah',
    trap: true,
    why: 'The street party minutes say the council has not replied and approval is not yet known.',
  },
  {
    q: 'is the piza oven from numbr 63 alowed',
    trap: true,
    why: 'The street party minutes say whether the pizza oven is allowed has not been decided.',
  },
  {
    q: "i'm trying to plan around the weather because my mum's coming down for it, if it chucks it down on the 20th are we moving into the school hall or pushing to sunday?",
    trap: true,
    why: 'The street party minutes say no decision was reached on the wet weather plan.',
  },
  {
    q: 'the face painter will bring one more painter with her or not?',
    trap: true,
    why: 'The street party minutes say Lottie Brennan has not yet confirmed whether she can bring a second painter.',
  },
  {
    q: 'is the helen marsh chairing this committee the same person who directed the spring play',
    trap: true,
    why: 'Neither the street party minutes nor the theatre notes say whether the two Helen Marshes are the same person.',
  },
  {
    q: 'any idea y the generator conked out at the radio weekend',
    trap: true,
    why: "The report says the generator had fuel and oil and they still don't know why it quit.",
  },
  {
    q: 'where did cedar hollow place nationally in field day this year',
    trap: true,
    why: "The class 3A ranking won't be known until results are published, usually in the fall.",
  },
  {
    q: "who nicked the club's long coax cable after field day lol",
    trap: true,
    why: 'The report says nobody knows who took the 50-foot coax jumper home.',
  },
  {
    q: 'Will the radio club be allowed to use Pavilion B again next June?',
    trap: true,
    why: "The park district hasn't said yet whether the club can have Pavilion B again.",
  },
  {
    q: 'how tall is the big oak behind the pavilion',
    trap: true,
    why: "Only the doublet's height of about 45 feet in the oak is given, not the tree's height.",
  },
  {
    q: 'fernside colony deaths cause?',
    trap: true,
    why: 'The notes say the cause of the Fernside losses has not been established and lab results are awaited.',
  },
  {
    q: 'Whose bees was it that swarm in the church gutter, somebody know?',
    trap: true,
    why: "The notes say nobody knows whose colony the St Aldhelm's swarm came from.",
  },
  {
    q: 'cake class at honey show?',
    trap: true,
    why: 'Whether the cake class goes ahead is still undecided.',
  },
  {
    q: 'how much is the new rent for cobbs lane gonna be',
    trap: true,
    why: 'A rise has been mentioned but no new rent figure has been agreed.',
  },
  {
    q: 'how much cash does the Beresford Cup winner walk away with',
    trap: true,
    why: 'Only per-class prize money is given; no cash amount is stated for the Beresford Cup.',
  },
  {
    q: 'so my mate was in the crew for arsenic and old lace and reckons it made loads, did the show actually turn a profit in the end or lose money?',
    trap: true,
    why: "The notes say there is no final profit number yet because the auditorium invoice hasn't arrived.",
  },
  {
    q: 'wat set off the fire alrm on closing nite',
    trap: true,
    why: 'The cause of the fire alarm is still unknown; the fog machine is only a disputed guess.',
  },
  {
    q: 'whats the next play the players r doing in the fall',
    trap: true,
    why: 'The fall production has not been chosen yet.',
  },
  {
    q: 'can i get a copy of the sunday matinee video',
    trap: true,
    why: 'Nobody knows yet whether the license even allows a members-only video.',
  },
  {
    q: 'what was spent on outfits for the spring show',
    trap: true,
    why: 'The budget lists auditorium rental, rights and set costs but no costume figure.',
  },
  {
    q: 'i think the new kennels open in february, is that right?',
    trap: true,
    why: "The update says they can't say yet when the kennel block will open.",
  },
  {
    q: 'where did the sick spaniel puppies come from originaly',
    trap: true,
    why: 'The man who handed them in left no details, so their origin is unknown.',
  },
  {
    q: 'are they getting a bank loan for the kennels or fundraising more?',
    trap: true,
    why: 'The trustees are split and have not decided; they vote on 7 November.',
  },
  {
    q: 'wen is the next foster training session',
    trap: true,
    why: "The November induction date hasn't been announced pending the room booking.",
  },
  {
    q: 'what was the bill for the teeth treatment on the senior dogs',
    trap: true,
    why: 'Dental work for three older dogs is mentioned but its cost is not given.',
  },
  {
    q: 'why did the drain under mill lane get blocked so fast',
    trap: true,
    why: "The bulletin says they can't say yet why the culvert blocked.",
  },
  {
    q: 'is the kiln meadow footbridge getting fixed or replaced',
    trap: true,
    why: 'The structural survey results are not back, so repair or replacement is unknown.',
  },
  {
    q: 'when do we actually get the £500 from the council',
    trap: true,
    why: 'The council has not yet said when the payment will be made.',
  },
  {
    q: 'how much did the fire brigade pumps cost the village',
    trap: true,
    why: "Only the group's own and hired pump costs are given, not any cost for the fire service pumps.",
  },
  {
    q: 'station road train times?',
    trap: true,
    why: 'The bulletin mentions Station Road only as a flooded street and gives no train information.',
  },
  {
    q: 'has the council okayed the road closure yet',
    trap: true,
    why: 'The minutes say the council has not replied and approval is unknown.',
  },
  {
    q: 'the wood fired pizza oven from number 63, they said yes to it right?',
    trap: true,
    why: 'Whether the pizza oven is allowed has not been decided.',
  },
  {
    q: "my sister's coming down for the larkspur road party in july but the forecast looks dodgy, if it chucks it down is it moved to the school hall or another day or what",
    trap: true,
    why: 'The committee reached no decision on the wet weather plan.',
  },
  {
    q: "how much is femi's jollof rice",
    trap: true,
    why: 'Prices are given for burgers and lemonade but not for the jollof rice.',
  },
  {
    q: 'what day are the bins collected on larkspur road',
    trap: true,
    why: 'The minutes are about the street party and say nothing about bin collections.',
  },
];

export const ELEVENTH_SIX_SET: readonly ChatQuestion[] = [...ELEVENTH_SIX_ANSWERABLE, ...ELEVENTH_SIX_TRAPS];
