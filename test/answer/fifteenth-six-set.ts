/**
 * Chat-style questions about a fifteenth six articles (./fifteenth-six/: a village cricket club's awards
 * dinner report, a community transport charity's volunteer hospital-driver scheme update, a wargaming shop's
 * miniature-painting competition results, a local history society's heritage walk and talk write-up, a free
 * weekly 5k park run's fifth-anniversary report, a residents' association's explainer of a new parking permit
 * scheme), written in session 53 by two helpers who saw only the articles (the second set in a newcomer's
 * vaguer words), as ./fourteenth-six-set.ts was. Blind in session 53 (read only as totals: 35 and 24 of 100
 * at its start, 36 and 27 at its end); in the repository so that later sessions keep them, dev from
 * session 54. Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym,
 * learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const FIFTEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'how many people went to the cricket awards do',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Ninety-two of us packed into the function room',
    style: 'verbatim-ish',
  },
  {
    q: 'who got player of the seasn for the frist team? cant remeber his naem',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Tom Whitcombe, who scored 684 league runs at an average of 45.6',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wat did the raffle bring in at the do? thx',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'the raffle raised £612 for the new sightscreen fund',
    style: 'slang',
  },
  {
    q: 'which absolute legend bagged the wooden spoon this time',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Chris Latimer, for turning up to the away fixture',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What subject did the guest orator cover in his address?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'about the great rain-affected cup final of 1998',
    style: 'paraphrase',
  },
  {
    q: "How come the club's drinks takings fell compared with 2023?",
    file: 'cricket-club-awards-dinner.md',
    fragment: 'puts down to the wet weeks of May and June',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'In what place the first team is finishing in the league table?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Finished 3rd on 214 points, 9 points behind second-placed Fernley Park',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the youth section about 40 kids this year?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'The junior section grew to 47 registered players this season',
    style: 'paraphrase',
  },
  {
    q: 'hey all, missed the dinner cos my daughter had a netball thing, gutted. quick one tho, when do the indoor practice sessions start up again before the season and where are they?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Pre-season nets start at Ferncroft Leisure Centre on Thursday 6 March',
    style: 'long',
  },
  {
    q: 'adult membership fee?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'The adult subscription was £95 this year',
    style: 'fragment',
  },
  {
    q: "Not been around the club much this summer as I've been working weekends, but I heard Dave's packing it in. Who's taking charge of the seconds next year then?",
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Priya Sandhu takes over the Second XI from Dave Ingram',
    style: 'long',
  },
  {
    q: 'how come arthur didnt give out the clubman gong',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'he was unwell on the night, so chairman Keith Barrow stepped in',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how many ppl actually turned up for the walk',
    file: 'local-history-society-walk.txt',
    fragment: '38 people walked on the day: 29 members and 9 visitors',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'why did the walk start late',
    file: 'local-history-society-walk.txt',
    fragment: 'because the No. 42 bus from Oakhurst was running late',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'Who was guide of the heritage walking on saturday?',
    file: 'local-history-society-walk.txt',
    fragment: 'The walk was led by our archivist, Dennis Harrowby',
    style: 'paraphrase',
  },
  {
    q: 'What wrecked the original monument in the town square?',
    file: 'local-history-society-walk.txt',
    fragment: "after a brewer's dray knocked the old one over in 1865",
    style: 'paraphrase',
  },
  {
    q: 'how much did the corn exchnage cost to bild',
    file: 'local-history-society-walk.txt',
    fragment: 'It opened in 1853 and cost £4,200 to build',
    style: 'typo',
  },
  // written as guess
  {
    q: 'were there like 20 tanneries back in the 1780s?',
    file: 'local-history-society-walk.txt',
    fragment: 'The rate books list fourteen tanneries in the town in the 1780s',
    style: 'paraphrase',
  },
  {
    q: "who was the town's original postie lol",
    file: 'local-history-society-walk.txt',
    fragment: "the grave of William Pask, Millbrook's first postmaster, appointed in 1794",
    style: 'slang',
  },
  // written as synonym
  {
    q: "How many of the weavers' houses remain today?",
    file: 'local-history-society-walk.txt',
    fragment: 'Twelve cottages were built in the 1790s and nine survive',
    style: 'paraphrase',
  },
  {
    q: 'railway station closure year?',
    file: 'local-history-society-walk.txt',
    fragment: 'closed to passengers in 1966 and to goods in 1971',
    style: 'fragment',
  },
  // written as phone
  {
    q: "how many ppl showed up 2 dr castleford's talk",
    file: 'local-history-society-walk.txt',
    fragment: '61 people came, 24 of whom had also done the walk',
    style: 'slang',
  },
  {
    q: 'Sorry if this was already covered, I had to leave before the end of the evening do because of the babysitter. Did anyone find out who took home the old map in the draw? My husband really wanted it lol',
    file: 'local-history-society-walk.txt',
    fragment: 'donated by Dennis, won by Sheila Brannigan',
    style: 'long',
  },
  {
    q: 'Did the transported guy ever return to England?',
    file: 'local-history-society-walk.txt',
    fragment: 'he stayed in the colony after his sentence ended',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many minis got entered at brushfire this time',
    file: 'miniature-painting-competition.md',
    fragment: 'We had 72 entries from 43 painters this year',
    style: 'verbatim-ish',
  },
  {
    q: 'Which charity benefits from the fees people paid?',
    file: 'miniature-painting-competition.md',
    fragment: 'all of which goes to the Millbrook Food Pantry',
    style: 'paraphrase',
  },
  {
    q: 'how come one of the judjes sat out the gruop entrys?',
    file: 'miniature-painting-competition.md',
    fragment: 'because his nephew Caleb entered it',
    style: 'typo',
  },
  {
    q: 'who took the W in single mini adults',
    file: 'miniature-painting-competition.md',
    fragment: 'Priya Raman, "The Lantern Keeper," 27.3 points',
    style: 'slang',
  },
  // written as guess
  {
    q: 'was the sir puddle kid like 10?',
    file: 'miniature-painting-competition.md',
    fragment: 'Sam Okonjo, age 9, "Sir Puddle," 19.0 points',
    style: 'paraphrase',
  },
  {
    q: 'crowd favourite winner?',
    file: 'miniature-painting-competition.md',
    fragment: 'People\'s Choice went to Sam Okonjo\'s "Sir Puddle" with 41 votes',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'What does the overall champion receive?',
    file: 'miniature-painting-competition.md',
    fragment: "$120 store credit, the Brushfire trophy, and a place on next year's judging panel",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen do i hav to spend my prize voucher by',
    file: 'miniature-painting-competition.md',
    fragment: 'Store credit must be used by March 31, 2025',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Why the large figure was taken out from competition?',
    file: 'miniature-painting-competition.md',
    fragment: 'it had placed at the Lakeshore Paint Fest last year',
    style: 'paraphrase',
  },
  {
    q: 'ok so my mate was saying one of the judges came from miles away just for this, is that true? how far did she actually drive to get there, seems mad for a mini painting comp',
    file: 'miniature-painting-competition.md',
    fragment: 'who drove 140 miles each way to be here',
    style: 'long',
  },
  {
    q: 'how come noboddy got 3rd in the diorama categroy',
    file: 'miniature-painting-competition.md',
    fragment: 'The judges felt only two entries fully met the diorama brief',
    style: 'typo',
  },
  // written as synonym
  {
    q: "Was the knight painter's mark amended?",
    file: 'miniature-painting-competition.md',
    fragment: 'a math error was caught and corrected to 26.0 before the announcement',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how much will my main car permit cost now',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'First permit per household: £65 (Zone A residents currently pay £40)',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'what times r the restrictions in the hillside zone',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Controlled hours are Monday to Friday, 10am to 12 noon only',
    style: 'slang',
  },
  {
    q: 'How come the waterfront area is enforced even on Sundays?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Because of the evening trade at the canal bars',
    style: 'paraphrase',
  },
  {
    q: 'how much is the fien if i get a parkign tiket',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'a Penalty Charge Notice costs £70, reduced to £35',
    style: 'typo',
  },
  // written as guess
  {
    q: 'so is it max 3 permits per house?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'The scheme caps households at two permits',
    style: 'paraphrase',
  },
  {
    q: 'guest passes cost?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'books of 10 daily scratch cards for £15 a book',
    style: 'fragment',
  },
  // written as synonym
  {
    q: "Are disabled drivers charged to use residents' spaces?",
    file: 'residents-parking-permit-changes.txt',
    fragment: 'free of charge and without a time limit',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'I am moving here last week, what I can get for parking while council is checking my papers?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'a 28-day temporary permit for £5',
    style: 'paraphrase',
  },
  {
    q: 'Bit of a random one but my neighbour mentioned the residents group went out one morning and counted how many outsiders were leaving their motors on our road before work. Anyone know what number they got? Live on Beacon Ave btw',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'found 57 non-resident cars parked there before 9am',
    style: 'long',
  },
  {
    q: "how'd the show of hands go on spreading out the price hike",
    file: 'residents-parking-permit-changes.txt',
    fragment: 'residents voted 61 to 14 to ask the council',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'did the council say yes to phasing in the price rise',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'The council has turned that request down',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'How much parking places has the station area now?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Zone A has 412 bays and issued 389 permits',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many ppl r actually driving for us these days',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'We now have 37 active volunteer drivers on the books',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how many hospital runs did we do over the winter',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'our drivers completed 1,246 trips, compared with 1,018',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'What was the furthest single outing?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'a return trip of 118 miles to the regional cancer centre',
    style: 'paraphrase',
  },
  {
    q: 'wats the new rate for riders from sumer?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'the passenger contribution goes up to 55p per mile',
    style: 'typo',
  },
  {
    q: "What's behind the hike in what riders chip in?",
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'mainly because parking charges at Wyvern General have gone up',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Until which day of month I must give my petrol money form?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'handing in mileage claims by the 5th of each month',
    style: 'paraphrase',
  },
  {
    q: 'phone line new hours?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'open at 9am instead of 9.30am on weekdays from 1 July, and close at 3pm',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'was the grant ask for the accessible van around 20k?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'a wheelchair-accessible vehicle was for £28,500',
    style: 'paraphrase',
  },
  {
    q: "Hi all, my brother-in-law just retired and he's keen to start helping out with the hospital runs, his DBS has come through I think. When's the next training day for newbies and where is it?",
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'is on Saturday 17 May, 10am to 1pm, at the Mill Street Community Hub',
    style: 'long',
  },
  {
    q: "who's the mileage king lol",
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'Dennis Farrow, who drove 6,420 miles for us last year',
    style: 'slang',
  },
  {
    q: 'Quick q from a newish driver. I took someone for an eye thing last month and was sat in the car park nearly four hours, which was fine but a bit much. Is that still going to be the case after the summer changes or does it work differently now?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'the office will book a separate return trip instead',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how many runners crossed the line on the birthday run',
    file: 'weekly-5k-run-anniversary.md',
    fragment: '412, a new attendance record',
    style: 'verbatim-ish',
  },
  {
    q: 'who was first lady over the line',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'The fastest woman was **Priya Natarajan** in **17:58**',
    style: 'slang',
  },
  {
    q: 'did the fastest guy set a new best for the route?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'set by Tomasz Wrobel in August 2023, still stands',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was harold like 80 something?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'At the other end of the age range, **Harold Beamish, 84**',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'Who was the smallest kid to complete the course?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'Our youngest finisher was 6-year-old Lily Chen',
    style: 'paraphrase',
  },
  {
    q: 'anniversary fundraising total?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'and took donations, and together they raised **$2,340**',
    style: 'fragment',
  },
  {
    q: 'how much dose the replacment scaner kit cost?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'a replacement timing kit, which costs **$1,850** including two new scanners',
    style: 'typo',
  },
  // written as phone
  {
    q: 'where r we startin from on the temp route?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'to the lawn beside the boathouse',
    style: 'slang',
  },
  // written as guess
  {
    q: 'im guessing my pb on the detour route will still count right?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: "but times on it **won't count toward the regular course records**",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'For what reason they change the running way in summer?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'The county is repairing the footbridge over Miller Creek',
    style: 'paraphrase',
  },
  {
    q: 'cake donor?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: '**Sweet Maple Bakery** donated 18 sheet cakes',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'how many people showed up to the cricket end of year do',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Ninety-two of us packed into the function room at the Wheatsheaf',
    style: 'verbatim-ish',
  },
  {
    q: 'hwo much were tickets for grown ups at the crikcet dinner',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Tickets were £38 for adults and £19 for juniors under 16',
    style: 'typo',
  },
  // written as phone
  {
    q: 'who wz the best player in the 1st team this yr?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Tom Whitcombe, who scored 684 league runs at an average of 45.6',
    style: 'slang',
  },
  {
    q: 'who got the booby prize at the cricket do and what did they mess up lol',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Chris Latimer, for turning up to the away fixture at Hollins Cross',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Which individual delivered the after-dinner address at the cricket gala?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Our guest speaker was Derek Holloway, former groundsman at Kettlebury',
    style: 'paraphrase',
  },
  {
    q: 'Why did somebody other than the planned presenter end up handing over the helper-of-the-year gong?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'but he was unwell on the night, so chairman Keith Barrow stepped in',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'In what place the cricket first team is finishing the league this year?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Finished 3rd on 214 points, 9 points behind second-placed Fernley Park',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the raffle at the cricket thing make like 500 quid?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'the raffle raised £612 for the new sightscreen fund',
    style: 'paraphrase',
  },
  {
    q: "hey all, my kid is thinking about joining the cricket club and I heard the youth side has been growing a lot lately, anyone know roughly how many youngsters they've got signed up now?",
    file: 'cricket-club-awards-dinner.md',
    fragment: 'The junior section grew to 47 registered players this season, up from 35',
    style: 'long',
  },
  {
    q: 'cricket bar takings',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'The bar made a surplus of £4,180 over the summer',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'When the winter practice for cricket is starting, and where it is?',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Pre-season nets start at Ferncroft Leisure Centre on Thursday 6 March',
    style: 'paraphrase',
  },
  {
    q: 'whos gonna be in charge of the reseve team next seasn',
    file: 'cricket-club-awards-dinner.md',
    fragment: 'Priya Sandhu takes over the Second XI from Dave Ingram',
    style: 'typo',
  },
  // written as phone
  {
    q: 'how many ppl actually turned up 4 the history walk?',
    file: 'local-history-society-walk.txt',
    fragment: 'We had taken 44 bookings and 38 people walked on the day',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'who was the guide on the history stroll',
    file: 'local-history-society-walk.txt',
    fragment: 'The walk was led by our archivist, Dennis Harrowby',
    style: 'verbatim-ish',
  },
  {
    q: 'How come the heritage group got going later than planned?',
    file: 'local-history-society-walk.txt',
    fragment: 'because the No. 42 bus from Oakhurst was running late',
    style: 'paraphrase',
  },
  {
    q: 'wat happend to the orignal cross in the town centre',
    file: 'local-history-society-walk.txt',
    fragment: "rebuilt in 1867 after a brewer's dray knocked the old one over in 1865",
    style: 'typo',
  },
  // written as synonym
  {
    q: 'What did the former grain trading hall cost to construct?',
    file: 'local-history-society-walk.txt',
    fragment: 'It opened in 1853 and cost £4,200 to build',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'The old corn building in Millbrook, what it is used for now?',
    file: 'local-history-society-walk.txt',
    fragment: 'It has been a carpet warehouse since 1988',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the first postmaster guy in the job like 20 years?',
    file: 'local-history-society-walk.txt',
    fragment: 'He served for 31 years and is buried beside his wife Hannah',
    style: 'paraphrase',
  },
  {
    q: 'when did the old train station get axed lol',
    file: 'local-history-society-walk.txt',
    fragment: 'closed to passengers in 1966 and to goods in 1971',
    style: 'slang',
  },
  {
    q: 'Sorry if this is a silly question, I only moved to Millbrook last year and someone down the pub told me there used to be a poorhouse in town. How many people could it hold back in the day?',
    file: 'local-history-society-walk.txt',
    fragment: 'It opened in 1838 with room for 250 inmates',
    style: 'long',
  },
  {
    q: 'evening talk speaker',
    file: 'local-history-society-walk.txt',
    fragment: 'Our speaker was Dr Helen Castleford, formerly of Northgate College',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'Which of the rioters got shipped off to Australia?',
    file: 'local-history-society-walk.txt',
    fragment: 'Two men, Thomas Ridd and Samuel Yeo, were sentenced to transportation',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did that Ridd bloke end up coming back to england in the end? i reckon he did',
    file: 'local-history-society-walk.txt',
    fragment: 'he stayed in the colony after his sentence ended',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many models got submitted to the painting contest',
    file: 'miniature-painting-competition.md',
    fragment: 'We had 72 entries from 43 painters this year',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'how much does it cost 2 enter if ur a grown up?',
    file: 'miniature-painting-competition.md',
    fragment: 'Entry was $5 per entry for adults and free for juniors',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Which charity received the contest fees?',
    file: 'miniature-painting-competition.md',
    fragment: 'all of which goes to the Millbrook Food Pantry',
    style: 'paraphrase',
  },
  {
    q: 'How come one of the panel skipped scoring the group entries?',
    file: 'miniature-painting-competition.md',
    fragment: 'because his nephew Caleb entered it',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the out of town scorer travel like 50 mi to come?',
    file: 'miniature-painting-competition.md',
    fragment: 'who drove 140 miles each way to be here',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How the judges are giving the points to each model?',
    file: 'miniature-painting-competition.md',
    fragment: 'up to 10 for technique, 10 for composition and basing',
    style: 'paraphrase',
  },
  {
    q: 'which kiddo took gold in the youth section',
    file: 'miniature-painting-competition.md',
    fragment: 'Maddie Kowalczyk, age 12, "Goblin Quartermaster," 22.7 points',
    style: 'slang',
  },
  {
    q: 'did the silvr guy in the singel mini get his score chnaged?',
    file: 'miniature-painting-competition.md',
    fragment: 'but a math error was caught and corrected to 26.0',
    style: 'typo',
  },
  {
    q: 'crowd favourite winner',
    file: 'miniature-painting-competition.md',
    fragment: 'People\'s Choice went to Sam Okonjo\'s "Sir Puddle" with 41 votes',
    style: 'fragment',
  },
  {
    q: 'ok so my mate sent me the results from that painting thing at the game shop and the scenery category only had a gold and a silver. was there a reason nobody got third or did they just forget?',
    file: 'miniature-painting-competition.md',
    fragment: 'The judges felt only two entries fully met the diorama brief',
    style: 'long',
  },
  // written as phone
  {
    q: 'wen do i have 2 spend my prize voucher by?',
    file: 'miniature-painting-competition.md',
    fragment: 'Store credit must be used by March 31, 2025',
    style: 'slang',
  },
  {
    q: "Why did somebody's giant figure get yanked from the contest?",
    file: 'miniature-painting-competition.md',
    fragment: 'had placed at the Lakeshore Paint Fest last year',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen can u start signing up 4 the new passes?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Online applications open on 6 May 2025',
    style: 'slang',
  },
  // written as guess
  {
    q: 'is it gonna cost around 50 quid a year for one car now?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'First permit per household: £65 (Zone A residents currently pay £40)',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what times are the restrictions on the hillside streets',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Controlled hours are Monday to Friday, 10am to 12 noon only',
    style: 'verbatim-ish',
  },
  {
    q: 'How come the area by the waterway is policed every single day?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Because of the evening trade at the canal bars',
    style: 'paraphrase',
  },
  {
    q: 'how much do you get stung if a warden nabs you',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'a Penalty Charge Notice costs £70, reduced to £35 if paid within 14 days',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Is possible for my house to getting three permits?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'The scheme caps households at two permits',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "What's the charge for a battery-powered car?",
    file: 'residents-parking-permit-changes.txt',
    fragment: 'Fully electric vehicles: £30 for the first permit',
    style: 'paraphrase',
  },
  {
    q: "Hi everyone, my parents come to stay with us quite a lot and I'm worried about where they'll leave their car once the new rules kick in. How do the guest passes work and what do they set you back?",
    file: 'residents-parking-permit-changes.txt',
    fragment: 'books of 10 daily scratch cards for £15 a book',
    style: 'long',
  },
  {
    q: 'wot about disabeld drivers, do they have to pay anythign?',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'can park in any resident bay in all three zones free of charge',
    style: 'typo',
  },
  {
    q: 'newcomer parking pass',
    file: 'residents-parking-permit-changes.txt',
    fragment: 'a 28-day temporary permit for £5',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: 'what does a pass cost for paid home helpers',
    file: 'residents-parking-permit-changes.txt',
    fragment: "can get a carer's permit for £10 a year",
    style: 'verbatim-ish',
  },
  {
    q: "how many out-of-towners' motors did the residents lot clock on beacon ave",
    file: 'residents-parking-permit-changes.txt',
    fragment: 'found 57 non-resident cars parked there before 9am',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how big is the team of folks giving lifts these days',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'We now have 37 active volunteer drivers on the books',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'did they do about a thousand runs over the winter?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'Between October and March our drivers completed 1,246 trips',
    style: 'paraphrase',
  },
  {
    q: 'most common drop-off?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'Around 61 per cent of those were to Wyvern General Hospital',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'wot will it cost me per mi 4 a lift after summer starts?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'the passenger contribution goes up to 55p per mile',
    style: 'slang',
  },
  {
    q: "What's behind the fare rise?",
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'parking charges at Wyvern General have gone up from £3.20 to £4.50',
    style: 'paraphrase',
  },
  {
    q: "My nan uses the hospital car thing a lot and sometimes her appointments take ages. I heard something is changing about the volunteers hanging around for the really long ones, what's the new rule?",
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'the office will book a separate return trip instead',
    style: 'long',
  },
  // written as learner
  {
    q: 'The scheme can take person who is staying in wheelchair all time?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'passengers who can transfer from a wheelchair into a car seat',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'What sum did they request for an accessible van?',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'a wheelchair-accessible vehicle was for £28,500',
    style: 'paraphrase',
  },
  {
    q: 'wat hours can I fone to arange a ride from july',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'open at 9am instead of 9.30am on weekdays from 1 July, and close at 3pm',
    style: 'typo',
  },
  {
    q: 'who clocked the most distance behind the wheel last year',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'Dennis Farrow, who drove 6,420 miles for us last year',
    style: 'slang',
  },
  {
    q: 'newbie driver training when',
    file: 'volunteer-driver-scheme-update.txt',
    fragment: 'is on Saturday 17 May, 10am to 1pm',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'were there like 50 newbies at the birthday run?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: '96, also a record (the previous best was 71',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many people just walked it instead of running',
    file: 'weekly-5k-run-anniversary.md',
    fragment: '58 of the 412 finishers walked the whole course',
    style: 'verbatim-ish',
  },
  {
    q: "who's got the all-time fastest dude time on that course",
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'set by Tomasz Wrobel in August 2023, still stands',
    style: 'slang',
  },
  {
    q: 'who was the littlist kid to finsh?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'Our youngest finisher was 6-year-old Lily Chen',
    style: 'typo',
  },
  {
    q: 'What went wrong with the results on the big day?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'one of our two barcode scanners failed at about 8:31',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many cakes did ppl get thru lol',
    file: 'weekly-5k-run-anniversary.md',
    fragment: "donated 18 sheet cakes, and there wasn't a crumb left by 9:30",
    style: 'slang',
  },
  // written as synonym
  {
    q: 'What was the cost of the commemorative tees?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'We did sell anniversary T-shirts for $20 each and took donations',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Why the route is changing in july, what is happen?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'The county is repairing the footbridge over Miller Creek',
    style: 'paraphrase',
  },
  {
    q: "Hey, I've been chasing a sub-25 for months and I'm gutted the route is changing. If I smash it on the stopgap loop does it go on the proper leaderboard or what?",
    file: 'weekly-5k-run-anniversary.md',
    fragment: "We'll keep a separate list of temporary-course bests",
    style: 'long',
  },
  {
    q: 'day one finishers returning?',
    file: 'weekly-5k-run-anniversary.md',
    fragment: 'and 14 of them came back for the anniversary',
    style: 'fragment',
  },
  {
    q: "Hi, first time poster here. I'm visiting my sister in Cedar Hollow next weekend and she says there's a free run in the park every Saturday. I don't know anyone, so what time does it kick off and is there some kind of intro for newbies beforehand?",
    file: 'weekly-5k-run-anniversary.md',
    fragment: "Start time is 8:00 a.m. and the first-timers' briefing is at 7:50 a.m.",
    style: 'long',
  },
];

export const FIFTEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'So the raffle money went to the sightscreen which is great, but does anyone know what the new one is actually going to cost us all in, delivery included? Wondering if we need another fundraiser',
    trap: true,
    why: 'The supplier has not confirmed the delivery charge, so the cricket article says the final price is not known.',
  },
  {
    q: 'wen is the agm exactly? need 2 book the day off',
    trap: true,
    why: 'The cricket article says only late November at the pavilion, with the exact date still to be fixed.',
  },
  {
    q: 'anyone tracked down the len pargeter shield yet or is it still MIA',
    trap: true,
    why: 'The cricket article says nobody knows where the shield is and it was last seen in September 2023.',
  },
  {
    q: 'subs going up to like £100 next year?',
    trap: true,
    why: 'The cricket article says the committee has not decided whether subscriptions will rise for 2025.',
  },
  {
    q: 'how many wikets did tom whitcombe take this seasn',
    trap: true,
    why: "The cricket article gives Tom Whitcombe's runs, average, centuries and catches but no wickets.",
  },
  {
    q: 'who was jw on the lintel at loom lane',
    trap: true,
    why: 'The history article says who J.W. was remains a mystery.',
  },
  {
    q: 'towpath walk date?',
    trap: true,
    why: 'The history article says the date of the spring canal towpath walk has not been fixed.',
  },
  {
    q: 'The talk of Dr Castleford, it will be printed like a booklet or not?',
    trap: true,
    why: 'The history article says the committee has not decided yet and will discuss it on 5 November.',
  },
  {
    q: 'What did the old railway station cost to construct?',
    trap: true,
    why: "The history article gives the Corn Exchange's building cost but no cost for the railway station.",
  },
  {
    q: 'does the lock inn do a decent sunday roast or nah',
    trap: true,
    why: "The history article only mentions the Lock Inn as the walk's finish and lunch stop, not its menu.",
  },
  {
    q: 'wen is brushfire 2025 pls',
    trap: true,
    why: 'The painting article says no date can be confirmed until the landlord reports on the back-room renovation.',
  },
  {
    q: 'When can Lena and Marcus collect the finished engraved trophy?',
    trap: true,
    why: 'The painting article says the engravers have not said when the trophy will be ready.',
  },
  {
    q: 'who does the resin base on table 4 belong to',
    trap: true,
    why: 'The painting article says nobody has claimed the base and they have no idea whose it is.',
  },
  {
    q: 'did the pulled large model score like 25 before it got withdrawn?',
    trap: true,
    why: 'The painting article says the entry was withdrawn and gives no score for it (only 71 entries were judged).',
  },
  {
    q: 'does dice and dragonfire stock kestral brushes?',
    trap: true,
    why: "The painting article only says Kestrel Brush Co. donated the People's Choice prize, not what the store sells.",
  },
  {
    q: 'elm terrace zone?',
    trap: true,
    why: 'The parking article says the council has not yet decided which zone Elm Terrace goes into.',
  },
  {
    q: "I renewed my Zone A permit back in February at the old £40 price and now I'm reading it's going to £65 from June. Does anyone know if I get some money back or if they'll charge me the difference?",
    trap: true,
    why: 'The parking article says it is not known whether existing Zone A permit holders get a refund or pay the difference.',
  },
  {
    q: "How many residents' spaces will the Canal Quarter get?",
    trap: true,
    why: "The parking article says the survey is unpublished so the number of Zone C bays is not known; only Zone A's 412 is given.",
  },
  {
    q: 'wen is the drop in at the library',
    trap: true,
    why: 'The parking article says the date and time of the Ashcombe Library drop-in are still to be confirmed.',
  },
  {
    q: 'How much cost the permit for motorbike to park in resident bay?',
    trap: true,
    why: 'The parking article says motorcycles need a permit for resident bays but gives no motorcycle permit price.',
  },
  {
    q: 'did the wheelchair van bid come through? heard we got the full 28.5k',
    trap: true,
    why: 'The driver article says there is no idea yet whether the £28,500 bid will succeed.',
  },
  {
    q: 'are we getting a bump on the 45p a mile or what',
    trap: true,
    why: 'The driver article says the trustees have made no decision on paying drivers more than 45p.',
  },
  {
    q: 'when is the volunteer thank you lunch this summer',
    trap: true,
    why: 'The driver article says no venue or date has been found for the thank-you lunch yet.',
  },
  {
    q: 'how many trps did dennis farow do last yr',
    trap: true,
    why: "The driver article gives Dennis Farrow's 6,420 miles but not his number of trips (the 212 trips belong to Anita Shah).",
  },
  {
    q: 'What does it cost to leave a car at Wyvern General for the whole day?',
    trap: true,
    why: 'The driver article gives Wyvern General parking only for up to four hours, not for a full day.',
  },
  {
    q: 'The start time will be 7:30 in summer months, is decided?',
    trap: true,
    why: 'The 5K article says the core team has not decided on a 7:30 summer start yet.',
  },
  {
    q: "who's gonna b the new run director after angela",
    trap: true,
    why: 'The 5K article says there is no replacement run director yet.',
  },
  {
    q: 'when does the footbridge over miller creek reopen',
    trap: true,
    why: 'The 5K article says the county has given no reopening date, only summer to fall 2024.',
  },
  {
    q: "new year's day first-timers?",
    trap: true,
    why: "The 5K article gives the New Year's Day finisher record of 336 but not how many first-timers came that day.",
  },
  {
    q: "Random one, but I've been doing the Cedar Hollow 5K for a couple of years in road shoes and the lake path gets muddy. Anyone got a recommendation for a good trail shoe that works on the course?",
    trap: true,
    why: 'The 5K article says nothing about running shoes.',
  },
  {
    q: 'wen is the cricket club agm? need the actual date',
    trap: true,
    why: 'The article says the AGM will be in late November at the pavilion but the exact date has not been fixed.',
  },
  {
    q: 'how much will the new sightscreen cost all in including delivery',
    trap: true,
    why: 'The supplier has not confirmed the delivery charge, so the article says the final price is unknown.',
  },
  {
    q: 'has anyone found that missing bowling shield yet, where is it',
    trap: true,
    why: 'The article says nobody knows where the Len Pargeter Memorial Shield is; it was last seen in September 2023.',
  },
  {
    q: 'how many runs did Hannah Cole score this season?',
    trap: true,
    why: 'Hannah Cole is only mentioned for her fielding award and run-out; her batting figures are not given.',
  },
  {
    q: 'does the wheatsheaf in lower ashcombe do a decent sunday roast',
    trap: true,
    why: 'Off-topic: the Wheatsheaf is only mentioned as the dinner venue and nothing is said about its menu.',
  },
  {
    q: 'who was J.W. from the carved stone over that cottage door',
    trap: true,
    why: 'The article says who J.W. was remains a mystery.',
  },
  {
    q: "when's the canal towpath walk to Fenby Lock happening",
    trap: true,
    why: 'The date of the spring towpath walk has not been fixed.',
  },
  {
    q: "is the doctor's riot talk getting printed as one of those booklets?",
    trap: true,
    why: 'The committee has not decided yet; it will be discussed on 5 November.',
  },
  {
    q: 'how much was lunch at the lock inn after the walk',
    trap: true,
    why: 'The article says most of the group had lunch at the Lock Inn but gives no price.',
  },
  {
    q: 'what time does the no 42 bus leave oakhurst on saturdays',
    trap: true,
    why: 'Off-topic: the bus is only mentioned as running late; no timetable is given.',
  },
  {
    q: 'wen is brushfire 2025??',
    trap: true,
    why: "The 2025 date can't be confirmed until the landlord says whether the renovation will be finished.",
  },
  {
    q: 'when will the best in show trophy be engraved and ready to pick up',
    trap: true,
    why: "The engraver hasn't said when the trophy will be ready.",
  },
  {
    q: 'whose is the resin base with the cork rock that got left on table 4',
    trap: true,
    why: 'The article says nobody has claimed it and they have no idea whose it is.',
  },
  {
    q: 'how many peoples choice votes did Tunnel Rats get',
    trap: true,
    why: 'Only the vote counts for Sir Puddle (41) and Fishmarket Riot (36) are given.',
  },
  {
    q: 'what time does dice and dragonfire open on sundays',
    trap: true,
    why: "Off-topic: the store's opening hours are not given, only the competition day's timings.",
  },
  {
    q: 'which zone is Elm Terrace going in',
    trap: true,
    why: 'The council has not yet decided which zone Elm Terrace will go into.',
  },
  {
    q: 'i already paid £40 for my zone a permit this year, do i get money back or pay the difference??',
    trap: true,
    why: 'The article says it is not known; the council has not said either way.',
  },
  {
    q: 'wen is the library drop in thing with the council people',
    trap: true,
    why: 'The date and time of the drop-in at Ashcombe Library are still to be confirmed.',
  },
  {
    q: 'how much is a permit for a motorbike to use the resident bays',
    trap: true,
    why: 'The article says motorcycles need a permit to use resident bays but gives no motorcycle permit price.',
  },
  {
    q: 'what time does the co-op by the noticeboard shut',
    trap: true,
    why: 'Off-topic: the Co-op is only mentioned as the noticeboard location; its hours are not given.',
  },
  {
    q: 'did the wheelchair van bid get approved?',
    trap: true,
    why: 'The article says they have no idea yet whether the bid will succeed.',
  },
  {
    q: 'are the drivers gonna get more than 45p a mile soon',
    trap: true,
    why: 'The trustees have not made a decision about paying more than 45p.',
  },
  {
    q: 'anyone know what happened to the blue clipboard that went missing from the office',
    trap: true,
    why: "The article says they still don't know where it went.",
  },
  {
    q: 'how many trips did Maureen Oakes do in her 14 years of driving',
    trap: true,
    why: "Only Geoff Lannister's journey count is given; Maureen Oakes's is not.",
  },
  {
    q: 'does the red lion in hensford do food on weekdays',
    trap: true,
    why: 'Off-topic: the Red Lion is only mentioned as a possible lunch venue; nothing about its food.',
  },
  {
    q: 'when does the Miller Creek footbridge reopen',
    trap: true,
    why: 'The county has not given a date; the notice only says summer to fall 2024.',
  },
  {
    q: 'r they moving the start to 7.30 for the summer?',
    trap: true,
    why: "The core team hasn't decided yet and will run a poll.",
  },
  {
    q: "who's taking over from Angela as run director",
    trap: true,
    why: 'The article says there is no replacement yet.',
  },
  {
    q: "what's Harold Beamish's best ever 5k time",
    trap: true,
    why: 'Only his anniversary-run time of 41:07 is given, not his personal best.',
  },
  {
    q: 'is sweet maple bakery open on sundays',
    trap: true,
    why: 'Off-topic: the bakery is only mentioned for donating cakes; its opening hours are not given.',
  },
];

export const FIFTEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...FIFTEENTH_SIX_ANSWERABLE,
  ...FIFTEENTH_SIX_TRAPS,
];
