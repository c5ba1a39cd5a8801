/**
 * Chat-style questions about a twenty-eighth six articles (./twenty-eighth-six/: a pigeon racing club's
 * end-of-season results, a bonsai society's autumn show and workshop programme, a county mobile library's route
 * and stop changes, a fell running club's hill race report, a steam and traction engine rally's wrap-up, a town's
 * dementia-friendly cafe launch update), written in session 66 by two helpers who saw only the articles (the second
 * set as newcomers ask, in their own everyday words). The question prompt held each question to at most half of
 * its answer's content words, as the sixth to sixteenth and the eighteenth to twenty-seventh six's did. Blind in
 * session 66 (read only as totals: 70 of 200 at the start; 71 at the end); in the repository so that later
 * sessions keep them, dev from session 67. Styles the scorer does not know are mapped (phone -> slang; lowercase ->
 * verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_EIGHTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'what was the total gate over the whole weekend',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'Paying visitors came to 11,430 over the three days',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'Who was fixing the hearing loop and who pay for it?',
    file: 'dementia-cafe-launch-update.md',
    fragment: "Church warden Roy Dunmore got it repaired on 19 September at the church's expense",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'that housing development that got a new stop, what day and time does the van turn up there, tuesday afternoon?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'outside the community hub, Thursdays 2.10pm to 2.50pm',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who had the fastest speed before Ryan and in which year?',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'set by the late Bert Tremayne back in 2009',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the repotting thing in feb (or was it march?) - why is there no date for it yet',
    file: 'bonsai-society-autumn-show.md',
    fragment: "because the hall committee still hasn't released its February bookings",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What the most of people was preferring in the survey?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'would rather have less frequent visits than lose their stop altogether',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how did they pick which stops 2 axe?',
    file: 'mobile-library-route-changes.txt',
    fragment:
      'Any stop averaging fewer than three borrowers per visit over that period was considered for withdrawal',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'van 3 that broke its engine, how old was it? like since when was it running',
    file: 'mobile-library-route-changes.txt',
    fragment: 'which has been on the road since 2009',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Why was the Whit weekend fixture called off?',
    file: 'pigeon-racing-season-results.txt',
    fragment: "the convoyer couldn't get a safe liberation window for three days running",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the rally gave money to the air ambulance and some school didnt it? how much each',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'pledged £8,500 to the county air ambulance and £3,000 to Great Ashby Primary School',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much did the coal cost per ton this yr',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'We bought 38 tonnes of Welsh steam coal at £412 a tonne',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "ryan's new club record, was it like 1,900 ypm? whats the actual speed",
    file: 'pigeon-racing-season-results.txt',
    fragment: "Ryan Hoskins' red cock was clocked at 1,874 ypm",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How many of the helpers have got their background vetting cleared so far?',
    file: 'dementia-cafe-launch-update.md',
    fragment: '22 of them have had their DBS checks come back',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the pellows did great, alan thinks it was the new feed or something? what did he say it was',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'Alan puts it down to pairing up later this year',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How big is the funding cut for the travelling library next financial year?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'the mobile library budget for 2025/26 has been reduced by £48,000',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many places the library bus is going to stop at after the change?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'The number of stops falls from 87 to 73',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people paid to get in over the weekend of the bonsai show',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'We had 612 paying visitors over the two days',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'How much it was raining at the rally on the bad day?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'after 31mm of rain fell between Saturday night and Sunday lunchtime',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Is it necessary to reserve a place before I am coming?',
    file: 'dementia-cafe-launch-update.md',
    fragment: "and there's no need to book",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many big engines actually turned up to the rally',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'and 57 made it onto the field, against 52 last year',
    style: 'verbatim-ish',
  },
  // set 1, written as lowercase
  {
    q: 'what happened to wendys pot when her maple fell off the stand',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'but the Yixing pot cracked clean in two',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'who won the tug of war with the young farmers, was it the traction engine?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'The roller won again',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'did any engines conk out on the road run?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'No breakdowns, though one engine ran short of water',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'why did they buy the colourful plates, was it red and green or something?',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'because people with dementia can find it hard to pick out a white cup',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'which building does the memory cafe meet in?',
    file: 'dementia-cafe-launch-update.md',
    fragment: "opened at St Aidan's Church Hall on Thursday 12 September",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What caused the electronic timing unit at the second checkpoint to stop working?',
    file: 'fell-race-report.md',
    fragment: 'The SI box at CP2 died halfway through the race because of a flat battery',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how often will the van come to my village from january',
    file: 'mobile-library-route-changes.txt',
    fragment: 'moving from a three-weekly cycle to a four-weekly cycle for all stops',
    style: 'verbatim-ish',
  },
  // set 1, written as lowercase
  {
    q: 'how many youngsters came back after the smash in july',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'by the following Monday only 96 had come home',
    style: 'verbatim-ish',
  },
  // set 1, written as lowercase
  {
    q: 'how many races did the club have this season',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'We flew 23 races in total, 14 old bird and 9 young bird',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'do u get fined if ur books r late back',
    file: 'mobile-library-route-changes.txt',
    fragment: 'There are still no overdue charges on the mobile library',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many runner was not having the right equipment at the start?',
    file: 'fell-race-report.md',
    fragment:
      'Six runners were sent back to their cars for waterproof trousers and one for turning up without a map',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much was it 2 get in 4 grown ups at the bonsai show?? do kids pay',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Entry was £3 for adults and free for under-16s',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "ellen's hawthorn that won the native category, she dug it out of a field wall somewhere didnt she? where was it from",
    file: 'bonsai-society-autumn-show.md',
    fragment: 'collected as yamadori from a farm hedge near Ludcott in 2016',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people signed up altogether for the horseshoe this year',
    file: 'fell-race-report.md',
    fragment: 'We had 187 pre-entries and 23 entries on the day, so 210 registered',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What's the membership fee for a couple next year?",
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Subscriptions for 2025 stay at £28 single and £40 joint',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much wouldve it cost 2 fix the old van',
    file: 'mobile-library-route-changes.txt',
    fragment: 'The repair estimate was £11,600',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many drinks was served by the couple doing the refreshments?',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'ran the tea urn for two full days (over 700 cups, apparently)',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "whats gary doing now his old van's been scrapped? he's been on it about ten yrs",
    file: 'mobile-library-route-changes.txt',
    fragment: 'is moving to a post at Tarnford Library',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Which part of the afternoon do the family caregivers appreciate the most?',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'the half-hour after the activity, when the room just chats, is what they value most',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'From which company they was renting the big water tanks?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'we hired two 9,000-litre water bowsers from Hanham Plant',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much of the profit is going to the mountain rescue lot',
    file: 'fell-race-report.md',
    fragment: '£400 of that goes to Dalehead MRT',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Which tree did the public pick as their favourite, and by how many ballots?',
    file: 'bonsai-society-autumn-show.md',
    fragment: "went to Harold Buxton's cascade juniper with 143 votes out of 509 cast",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people filled in the survey about the changes',
    file: 'mobile-library-route-changes.txt',
    fragment: 'We received 412 responses to the public consultation',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y r there less birds sent this yr compared 2 last',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'The drop is mostly down to five members packing up over the winter',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which specimen took the top prize overall at the autumn exhibition?',
    file: 'bonsai-society-autumn-show.md',
    fragment: "Colin Ashworth's Japanese white pine, an informal upright",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how r we gettin paid the winnings n when',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'Prize money will be paid by bank transfer before the end of October',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'hannah fairclough said she found her time going a different way off raven crag, what line did she take?',
    file: 'fell-race-report.md',
    fragment: 'took the direct trod through the bracken rather than going round by the wall',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How long time Gwen has been the race secretary?',
    file: 'fell-race-report.md',
    fragment: "I'm stepping down after eight years in the job",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who bailed them out when the fuel ran low on the sunday morning?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'Brian Cutts saved the day by bringing over 4 tonnes from his own yard at cost',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What boosted the turnout on the first day?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'helped by the sunshine and a piece on Radio Wendle on Friday morning',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "How long can I keep books now before they're due back?",
    file: 'mobile-library-route-changes.txt',
    fragment: 'Loan periods for items borrowed from the mobile library go up from three weeks to four',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wen cn i do the trainin to become a helper at the cafe',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'Our next volunteer induction is on Saturday 16 November, 10am to noon',
    style: 'slang',
  },
  // set 1, written as phone
  {
    q: 'hw much is the beginners wiring nite in nov n do i need 2 bring my own tree',
    file: 'bonsai-society-autumn-show.md',
    fragment: "£15 including aluminium and copper wire; bring a small tree or we'll find you a cotoneaster",
    style: 'slang',
  },
  // set 1, written as phone
  {
    q: 'who won the over 60s men again? think its been the same guy a few yrs',
    file: 'fell-race-report.md',
    fragment: 'Frank Oldroyd (MV60, for the fourth year running)',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How long was the release delayed for the longest race, and why?',
    file: 'pigeon-racing-season-results.txt',
    fragment:
      'held the birds for 3 hours 40 minutes on the Saturday morning because of low cloud over the coast',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was the person that decide the winners at this year show?',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Our visiting judge this year was Margaret Oyelaran of the Fernmoor Bonsai Kai',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl dropped out at the tarn checkpoint n why',
    file: 'fell-race-report.md',
    fragment: 'nine packed in at Checkpoint 3 (Greythwaite Tarn) because they were getting cold',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'why were entries up so much this year, was it part of some national championship?',
    file: 'fell-race-report.md',
    fragment: 'a counter in the Northern Counties Fell Championship for the first time',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did every1 have to go out to the car park at one of the sessions',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'because somebody made toast in the kitchen and the detector is right above the toaster',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Who was winning the average for the older pigeons?',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'went to Gwen and Alan Pellow, flying as G & A Pellow',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much money they got for start the cafe altogether?',
    file: 'dementia-cafe-launch-update.md',
    fragment: "£1,200 from the Kessington Building Society's local giving scheme, making £4,450 in total",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who was first man home and how quick was he',
    file: 'fell-race-report.md',
    fragment: "The men's race went to Callum Ridley of Harrowdale AC in 1:12:48",
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'For what reason the course was more longer this time?',
    file: 'fell-race-report.md',
    fragment: 'because the Fellgarth Estate fenced off the eroded path at Sowerby Gill in March',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whose bird won the 412 mile race',
    file: 'pigeon-racing-season-results.txt',
    fragment: "First in club was Kenny Doble's blue chequer hen Lady Penhale",
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'How long was the star attraction being restored for?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'out for the first time since a nine-year rebuild',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: "What's the fastest ever time for the route by a male runner, and who holds it?",
    file: 'fell-race-report.md',
    fragment: "Pete Garside's 1998 course record of 1:10:52, which has now stood for 26 years",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people fit on the community transport bus',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'but it only seats eight',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y was the q 2 get in so long on sat morning',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: "a trader's lorry broke down across the second entrance at 09:10",
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'who played the piano for the singing session',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'a singalong with retired music teacher Gordon Pheby on the hall piano',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'there used to be a similar club at the methodist hall that shut in like 2021, how many went to that one',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'averaged about ten regulars',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who took the top prize overall at the tree exhibition',
    file: 'bonsai-society-autumn-show.md',
    fragment:
      "Colin Ashworth's Japanese white pine, an informal upright that Colin has had in training for 27 years",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many ppl turned up to the bonsai thing this yr',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'We had 612 paying visitors over the two days, up from 480 last year',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what did it cost grown-ups to get through the door, and did kids pay',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Entry was £3 for adults and free for under-16s, as before',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: "somebody's maple got knocked off its table on the sunday didnt it, what caused that",
    file: 'bonsai-society-autumn-show.md',
    fragment: 'a leg on one of the older display stands gave way',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'the pot of the tree what fell down, it is broken or fine still?',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'the Yixing pot cracked clean in two',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'who was the person marking the entries and which group is she with',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Our visiting judge this year was Margaret Oyelaran of the Fernmoor Bonsai Kai',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'which tree did the public like best in the voting',
    file: 'bonsai-society-autumn-show.md',
    fragment: "went to Harold Buxton's cascade juniper with 143 votes out of 509 cast",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: "who's teachin the wire class for newbies",
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Derek Fairweather takes you from anchoring your first wire to wiring out a full branch',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'why the repot class still is not having a day?',
    file: 'bonsai-society-autumn-show.md',
    fragment:
      "No date has been set for this one, because the hall committee still hasn't released its February bookings",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'is membership going up next year? think it was like 30 quid for one person',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Subscriptions for 2025 stay at £28 single and £40 joint',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "how much profit was left over after costs and where's it going",
    file: 'bonsai-society-autumn-show.md',
    fragment: 'the society cleared just over £2,800, which goes straight into the display fund',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who kept the hot drinks going all weekend and how many did they pour',
    file: 'bonsai-society-autumn-show.md',
    fragment: 'Denise and Gordon Pryce who ran the tea urn for two full days (over 700 cups, apparently)',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'what days does the memory cafe run and what time',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'on the second and fourth Thursday of each month from 2pm to 4pm',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'do i hav to reserve a spot or just turn up on the day',
    file: 'dementia-cafe-launch-update.md',
    fragment: "and there's no need to book",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "why don't the helpers have ID badges hanging round their necks",
    file: 'dementia-cafe-launch-update.md',
    fragment: "We don't wear lanyards, because they make the place feel like a clinic",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: "why'd they go for the coloured crockery, green cups or something?",
    file: 'dementia-cafe-launch-update.md',
    fragment: 'because people with dementia can find it hard to pick out a white cup',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'for what reason the smoke alarm was ringing in one session?',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'because somebody made toast in the kitchen and the detector is right above the toaster',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who got the hearing system in the hall fixed and who paid for it',
    file: 'dementia-cafe-launch-update.md',
    fragment: "Church warden Roy Dunmore got it repaired on 19 September at the church's expense",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many can fit on the bus that brings ppl in',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'wheelchair-accessible minibus, but it only seats eight',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how much cash did they have to get started, all the sponsors added up',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'local giving scheme, making £4,450 in total',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the church gave them money off renting the room i think? whats it cost each afternoon now',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'so each session costs £36 in room hire',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how many helper people they have now, and all of them are checked?',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'and 22 of them have had their DBS checks come back',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "when's the next session for training up new helpers",
    file: 'dementia-cafe-launch-update.md',
    fragment: 'Our next volunteer induction is on Saturday 16 November, 10am to noon',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'what was the old thing in the museum box that got everyone chatting, a radio was it',
    file: 'dementia-cafe-launch-update.md',
    fragment: 'The Bakelite telephone got people talking for nearly an hour',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who was first bloke back and what was his time',
    file: 'fell-race-report.md',
    fragment: "The men's race went to Callum Ridley of Harrowdale AC in 1:12:48",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how much did the lady who won beat the old record by',
    file: 'fell-race-report.md',
    fragment: "knocked 47 seconds off the women's record Jo Pennington set back in 2011",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what path did the quickest woman take on the way down that saved her time',
    file: 'fell-race-report.md',
    fragment: 'took the direct trod through the bracken rather than going round by the wall',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'why so many runners was stopping at the third check point?',
    file: 'fell-race-report.md',
    fragment: 'nine packed in at Checkpoint 3 (Greythwaite Tarn) because they were getting cold',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why was the route longer this time, like half a km extra?',
    file: 'fell-race-report.md',
    fragment: 'because the Fellgarth Estate fenced off the eroded path at Sowerby Gill in March',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'did ppl get sent away at the start for not havin the right gear',
    file: 'fell-race-report.md',
    fragment: 'Six runners were sent back to their cars for waterproof trousers',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why did the electronic punch station at the second checkpoint quit',
    file: 'fell-race-report.md',
    fragment: 'The SI box at CP2 died halfway through the race because of a flat battery',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much was it to enter and why did it go up',
    file: 'fell-race-report.md',
    fragment: '£1 up on last year because the FRA insurance levy went up',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'how much money the race is giving to the rescue people?',
    file: 'fell-race-report.md',
    fragment: '£400 of that goes to Dalehead MRT',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who was doin the bakes n how much did it make',
    file: 'fell-race-report.md',
    fragment: "The cake stall, run as ever by Maureen Askew (Tom's mum), raised a further £286",
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'which club took home the group trophy, we lost out by like 5 or so didnt we',
    file: 'fell-race-report.md',
    fragment: 'The team prize went to Harrowdale AC, with Skellbeck second by a frustrating nine points',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "what's the all-time quickest men's time and who holds it",
    file: 'fell-race-report.md',
    fragment: "Pete Garside's 1998 course record of 1:10:52, which has now stood for 26 years",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when does the new van timetable kick in',
    file: 'mobile-library-route-changes.txt',
    fragment: 'come into effect from Monday 6 January 2025',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did they ditch the oldest bus, what went wrong w it',
    file: 'mobile-library-route-changes.txt',
    fragment: 'suffered a major gearbox failure in September',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how much would mending the broken-down vehicle have set them back',
    file: 'mobile-library-route-changes.txt',
    fragment: 'The repair estimate was £11,600',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how often the van will come to my village after the change?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'Every stop will now be visited once every four weeks instead of once every three',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how long I can keep the books what I borrow now?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'Loan periods for items borrowed from the mobile library go up from three weeks to four',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how many places will it still go to, it was about 90 before right',
    file: 'mobile-library-route-changes.txt',
    fragment: 'The number of stops falls from 87 to 73',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how did they pick which places get axed',
    file: 'mobile-library-route-changes.txt',
    fragment:
      'Any stop averaging fewer than three borrowers per visit over that period was considered for withdrawal',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'any new spots added to the route? where r they',
    file: 'mobile-library-route-changes.txt',
    fragment: 'The two new stops are at Millbrook Fields, the new housing estate on the edge of Tarnford',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how many people sent in feedback on the survey',
    file: 'mobile-library-route-changes.txt',
    fragment: 'We received 412 responses to the public consultation',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'do u get fined if ur late bringin stuff back',
    file: 'mobile-library-route-changes.txt',
    fragment: 'There are still no overdue charges on the mobile library',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: "what's happening to the driver of the van they scrapped, gary somebody",
    file: 'mobile-library-route-changes.txt',
    fragment: 'is moving to a post at Tarnford Library',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'there is a phone number for ask where I must go if my place is closed?',
    file: 'mobile-library-route-changes.txt',
    fragment: 'ring the Mobile Library Office on 01632 960 418, Monday to Friday, 9am to 4.30pm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many races did the club fly altogether this season',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'We flew 23 races in total, 14 old bird and 9 young bird',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'why did one of the spring events get called off',
    file: 'pigeon-racing-season-results.txt',
    fragment:
      "the Whitsun race from Dunmere was scrubbed when the convoyer couldn't get a safe liberation window for three days running",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who topped the older birds table this yr',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'The Old Bird Average went to Gwen and Alan Pellow',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'for the big 400 mile race how many got home same day, was it like 20',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'only 19 of the 148 birds sent made it home on the day',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'which pigeon was first from the long race and whose it is?',
    file: 'pigeon-racing-season-results.txt',
    fragment: "First in club was Kenny Doble's blue chequer hen Lady Penhale",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'whose bird set the new quickest speed in club history',
    file: 'pigeon-racing-season-results.txt',
    fragment: "Ryan Hoskins' red cock was clocked at 1,874 ypm",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who had the fastest ever b4 that n when',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'set by the late Bert Tremayne back in 2009',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how old is the young lad who broke the record',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'Ryan is only 19 and in his second year flying in his own name',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'that training toss in july where loads went missing, how many actually came back, was it under half',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'by the following Monday only 96 had come home',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'where and when is the meal for give out prizes?',
    file: 'pigeon-racing-season-results.txt',
    fragment: "The presentation dinner will be at the Miners' Arms, Kelderwick, on Saturday 23 November",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'wasnt it like a dozen people who lost birds to hawks this year',
    file: 'pigeon-racing-season-results.txt',
    fragment: 'Eleven members reported losing birds to hawks on or near the loft this season',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many of the big engines actually turned up this year',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: '57 made it onto the field, against 52 last year',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y was the ploughing called off on sun, wot happened',
    file: 'traction-engine-rally-wrapup.txt',
    fragment:
      'the ground in the bottom field was too wet after 31mm of rain fell between Saturday night and Sunday lunchtime',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'which old machine pulled in the most onlookers',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: "The engine that drew the biggest crowds was the 1912 Burrell showman's",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'saturday was a record crowd wasnt it, how many came through that day? 6000 or so',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: "Saturday's 5,210 through the gate is the best single day we've ever had",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how much cost for one adult to come inside for a day, and childrens must pay?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'Adult admission stayed at £14 for a day ticket, with under-16s free',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what did the fuel cost per ton this time round',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'We bought 38 tonnes of Welsh steam coal at £412 a tonne',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'why was the traffic so bad gettin in sat mornin',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: "a trader's lorry broke down across the second entrance at 09:10",
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'who put out the hay blaze and was anybody hurt',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'Fire marshal Steve Orrell had it out with an extinguisher within a couple of minutes',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'did the young farmers finally beat the roller at tug of war this time',
    file: 'traction-engine-rally-wrapup.txt',
    fragment:
      'The roller won again, though the 25 lads from Cold Hanham YFC dragged it backwards about a yard',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'to which charities the society is giving money this year?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'The society has pledged £8,500 to the county air ambulance',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'how they give water to engines when the pump was broken?',
    file: 'traction-engine-rally-wrapup.txt',
    fragment: 'so we hired two 9,000-litre water bowsers from Hanham Plant for the rest of the weekend',
    style: 'paraphrase',
  },
];

export const TWENTY_EIGHTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'which two doctors surgeries got the memory cafe leaflets?',
    trap: true,
    why: 'The café update says leaflets went to both surgeries in town but never names them.',
  },
  {
    q: "did marcus lowe's time at the horseshoe end up counting or not",
    trap: true,
    why: "The race report says no decision has been made on Marcus Lowe's time while they wait for the FRA.",
  },
  {
    q: 'how many engines went out on the road run at the 2023 rally',
    trap: true,
    why: "The rally wrap-up only gives the 14 engines on this year's road run.",
  },
  {
    q: 'when are the wifi routers actually getting fitted on the library vans',
    trap: true,
    why: "The library notice says the supplier hasn't said when the routers will now be fitted.",
  },
  {
    q: 'who judged the harrowfield autumn show last year',
    trap: true,
    why: "The bonsai article only names this year's judge, Margaret Oyelaran.",
  },
  {
    q: 'how much did the museum charge to borrow the reminiscence box for the cafe',
    trap: true,
    why: 'The café update never says what, if anything, the loan service charged.',
  },
  {
    q: "which trader's lorry broke down across the second entrance on saturday",
    trap: true,
    why: 'The rally wrap-up never names the trader whose lorry blocked the entrance.',
  },
  {
    q: 'is next years autumn bonsai show still gonna be at the cobbold?',
    trap: true,
    why: "The bonsai article says the society doesn't know whether the 2025 Autumn Show will be at the Cobbold at all.",
  },
  {
    q: 'is the forget me not cafe going weekly in the new year?',
    trap: true,
    why: "The café update says they don't know yet whether sessions will go weekly.",
  },
  {
    q: 'how much did the steam society give the air ambulance last year',
    trap: true,
    why: "The rally wrap-up only gives this year's £8,500 pledge, not last year's donation.",
  },
  {
    q: 'what set the hay bale on fire behind the organ row at the rally',
    trap: true,
    why: 'The rally wrap-up says they have no idea what started the bale fire.',
  },
  {
    q: 'wat time did the last runner get back at the horseshoe',
    trap: true,
    why: 'The race report gives no time for the last finisher.',
  },
  {
    q: 'are they going to start charging £2 a head at the memory cafe from april',
    trap: true,
    why: "The café update says the steering group hasn't decided whether to ask for a contribution.",
  },
  {
    q: 'what time does the mobile library stop at orchard view care home',
    trap: true,
    why: 'The library notice names the Orchard View stop but gives no day or time for it.',
  },
  {
    q: 'who won the old bird average at the club in 2023',
    trap: true,
    why: 'The pigeon report only gives the 2024 averages, not who won in 2023.',
  },
  {
    q: 'which trees r the bonsai lot sending to the fernmoor convention in may',
    trap: true,
    why: 'The bonsai article says the committee has still to decide which trees, if any, to send.',
  },
  {
    q: 'how much was the FRA permit for the carrick pike race',
    trap: true,
    why: 'The race report lists the FRA permit as a cost but gives no figure for it.',
  },
  {
    q: 'how much is a weekend ticket for the steam rally?',
    trap: true,
    why: 'The rally wrap-up only gives the £14 adult day ticket, not any weekend ticket price.',
  },
  {
    q: 'so what caused the carrow sands smash in the end, was it the thunderstorms?',
    trap: true,
    why: "The pigeon report says they still don't know exactly what went wrong and the inquiry hasn't reported.",
  },
  {
    q: "who's running the juniper carving demo in january",
    trap: true,
    why: "The bonsai article says neither professional has confirmed, so it isn't known who will lead it.",
  },
  {
    q: 'how many guests came to the forget me not cafe on 14 november',
    trap: true,
    why: 'The café update was written before that session and only gives numbers for September and October.',
  },
  {
    q: 'how many votes did the runner up get in the bonsai peoples choice',
    trap: true,
    why: "The bonsai article only gives the winner's 143 votes and the total cast, not the runner-up's.",
  },
  {
    q: 'whats the name of ryan hoskins red cock that broke the club record',
    trap: true,
    why: "The pigeon report never gives the name or ring number of Ryan's record bird.",
  },
  {
    q: 'is van 3 being replaced with an electric van',
    trap: true,
    why: "The library notice says the council hasn't decided whether Van 3 will be replaced at all.",
  },
  {
    q: 'who won the womens race at the horseshoe in 2023',
    trap: true,
    why: 'The race report only gives the 2024 results and the 2011 record holder, not the 2023 winner.',
  },
  {
    q: 'how much did the printing cost for the bonsai show',
    trap: true,
    why: 'The bonsai article mentions printing as a cost but never gives the amount.',
  },
  {
    q: 'how many birds got home on the day from lannoc point back in 2017',
    trap: true,
    why: 'The pigeon report only says someone had a bird on the day in 2017, not how many.',
  },
  {
    q: 'who won best in show at the bonsai society spring show',
    trap: true,
    why: "The bonsai article only reports the Autumn Show and says nothing about a spring show's results.",
  },
  {
    q: 'r they flagging the bit between cp2 and cp3 next yr after ppl went off towards long scar?',
    trap: true,
    why: "The race report says it isn't known yet whether that leg will be flagged because the committee is split.",
  },
  {
    q: 'are westmarch branch libraries changing their opening hours in january too',
    trap: true,
    why: 'The library notice only covers mobile library routes and stops, not branch opening hours.',
  },
  {
    q: 'is the bonsai show gonna be at the same hall next year',
    trap: true,
    why: 'The bonsai article says it is not yet known whether the 2025 Autumn Show will be at the Cobbold at all.',
  },
  {
    q: "who's doing the juniper carving night in january",
    trap: true,
    why: "The bonsai article says neither professional has confirmed, so it doesn't know who will lead the January demo.",
  },
  {
    q: 'are the memory cafe afternoons going weekly soon',
    trap: true,
    why: "The café update says they don't know yet whether sessions will go weekly.",
  },
  {
    q: 'will the town council keep giving the cafe money next year',
    trap: true,
    why: "The café update says the council hasn't said whether the grant will be renewed for 2025-26.",
  },
  {
    q: 'whens next years horseshoe race',
    trap: true,
    why: 'The fell race report says no date has been set for 2025.',
  },
  {
    q: "did that marcus guy's time end up counting or not",
    trap: true,
    why: "The fell race report says it hasn't been decided whether Marcus Lowe's time stands and they are waiting on the FRA.",
  },
  {
    q: 'r they getting an electric van to replace van 3',
    trap: true,
    why: "The library notice says the council hasn't decided whether Van 3 will be replaced, or whether an electric van would cope.",
  },
  {
    q: 'will there still be a saturday library van after march',
    trap: true,
    why: 'The library notice says no decision has been made on the Saturday route beyond 31 March 2025.',
  },
  {
    q: 'so what actually caused the carrow sands disaster',
    trap: true,
    why: "The pigeon report says they still don't know exactly what went wrong and the Federation inquiry hasn't reported.",
  },
  {
    q: 'how much is it gonna cost to fix the pigeon club lorry',
    trap: true,
    why: "The pigeon report says the cost of repairing the transporter isn't known yet.",
  },
  {
    q: 'what set the hay bale on fire at the rally',
    trap: true,
    why: 'The rally wrap-up says they have no idea what started the bale fire.',
  },
  {
    q: 'what time did the doors open at the bonsai show each day',
    trap: true,
    why: "The bonsai article never gives the show's opening hours.",
  },
  {
    q: 'who won the raffle at the bonsai show',
    trap: true,
    why: 'The bonsai article gives only the raffle takings, not any winner.',
  },
  {
    q: 'how many carers came along to the october cafe sessions',
    trap: true,
    why: 'The café update gives only total guest numbers for October, with a carer breakdown only for 12 September.',
  },
  {
    q: 'whats the name of the guy who drives the cafe minibus',
    trap: true,
    why: 'The café update never names the Community Transport minibus driver.',
  },
  {
    q: 'what time did the fastest woman over 40 run at the fell race',
    trap: true,
    why: 'The fell race report names the WV40 winner but gives no time for her.',
  },
  {
    q: 'how much did the portaloos cost for the fell race',
    trap: true,
    why: 'The fell race report lists portaloos among costs but never gives their price.',
  },
  {
    q: 'what time does the library van stop at orchard view care home',
    trap: true,
    why: 'The library notice gives a time only for the Millbrook Fields stop, not Orchard View.',
  },
  {
    q: "what's ryan's record pigeon called",
    trap: true,
    why: "The pigeon report describes Ryan Hoskins' record bird only as a red cock and gives no name.",
  },
  {
    q: 'which two engines failed their boiler tests before the rally',
    trap: true,
    why: "The rally wrap-up says two engines failed boiler examinations but doesn't say which.",
  },
  {
    q: 'how much did brian cutts charge for the extra coal',
    trap: true,
    why: 'The rally wrap-up says he supplied it at cost but never gives the amount.',
  },
  {
    q: 'who won best in show at the spring bonsai show',
    trap: true,
    why: 'The bonsai article only reports the 2024 Autumn Show awards, not the spring show.',
  },
  {
    q: 'who judged the bonsai show the year before',
    trap: true,
    why: "The bonsai article only names this year's judge, not last year's.",
  },
  {
    q: "what was the winning men's time at the horseshoe in 2023",
    trap: true,
    why: 'The fell race report gives 2024 results only and no 2023 winning time.',
  },
  {
    q: 'who won the english championship fell race',
    trap: true,
    why: 'The fell race report only mentions the English Championship fixture as a date clash, with no results.',
  },
  {
    q: 'is there a dementia cafe anywhere else nearby, like in ashworth',
    trap: true,
    why: "The café update only covers the Forget-Me-Not Café at St Aidan's Church Hall.",
  },
  {
    q: 'what are the opening hours at tarnford library',
    trap: true,
    why: "The library notice mentions Tarnford Library only as Gary Tulloch's new post and gives no opening hours.",
  },
  {
    q: 'who won the young bird average in 2023',
    trap: true,
    why: 'The pigeon report gives only the 2024 young bird average results.',
  },
  {
    q: 'how many people came through the gate on the saturday of the 2023 rally',
    trap: true,
    why: 'The rally wrap-up gives only the 2023 three-day total, not a Saturday figure.',
  },
  {
    q: 'how much is it to get into the fernmoor convention',
    trap: true,
    why: 'The bonsai article mentions the Fernmoor Convention but says nothing about its entry price.',
  },
];

export const TWENTY_EIGHTH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_EIGHTH_SIX_ANSWERABLE,
  ...TWENTY_EIGHTH_SIX_TRAPS,
];
