/**
 * Chat-style questions about a twenty-fifth six articles (./twenty-fifth-six/: an open-water swimming group's
 * winter dipping report, a village's community fibre broadband update, a youth rugby club's under-14s tour report,
 * a town twinning association's exchange visit report, a seaside kite festival's wrap-up, a district council's
 * notice of bin and food waste collection changes), written in session 63 by two helpers who saw only the articles
 * (the second set as newcomers ask, in their own everyday words). The question prompt held each question to at
 * most half of its answer's content words, as the sixth to sixteenth and the eighteenth to twenty-fourth six's
 * did. Blind in session 63 (read only as totals: 73 of 200 at the start, 37 and 36; 73 at the end, 37 and 36); in
 * the repository so that later sessions keep them, dev from session 64.
 * Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess ->
 * paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_FIFTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'when does the weekly food waste pickup actually kick off',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'From Monday 2 June 2025 the way we collect your rubbish and recycling is changing',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat does the council get back for each ton of leftovers u dont chuck in the general rubbish',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'saves the council about £112 in landfill tax and gate fees',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'what share of households took part in the trial run in stanbury?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'reached a participation rate of 68 per cent',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'After the change, where I must putting my empty jam jars? Still the green box?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'put glass bottles and jars loose in your blue-lid bin',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the lawn clippings bin sub is going up to £60 or so right? whats it actually gonna be',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'the annual charge rises from £48 to £55',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how big is the little bin that goes indoors by the sink',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'a 7-litre grey kitchen caddy for indoor use',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'my food bins still havent turned up, when shud i chase the council??',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'If your caddies have not arrived by Friday 30 May, please contact us',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Are carrier bags marketed as eco-friendly ok for lining the food bin?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'Please do not use plastic bags, even those labelled',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Where is going all the food rubbish after they are collect it?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'All food waste will be taken to the Crowmere Farm anaerobic digestion',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how many households get a new collection day? i remember it was around 20k out of 50-odd thousand',
    file: 'bin-collection-changes-notice.txt',
    fragment: "For roughly 18,400 of the district's 52,000 households",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How I can to know if my bins are coming on other day now?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'your new calendar will arrive with your caddies and will be printed on yellow paper',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the new bin trucks cost like 3 mil didnt they? how much of that was govt money',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'They cost £3.1 million in total, of which £1.9 million came from government',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many houses got switched on in the first batch',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'the first 38 properties went live on Monday 3 March',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat download speed did that lady margaret get once she was hooked up',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'recorded 912Mbps down and 908Mbps up on a wired connection',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "Why is my wireless so much slower than when I'm plugged in with a cable?",
    file: 'community-broadband-scheme-update.txt',
    fragment: 'nearly always the router position or an older laptop',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much homes is agreeing to join now, what percent it is?',
    file: 'community-broadband-scheme-update.txt',
    fragment: '171 of the 214 premises in the scheme area signed up',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'do we each have to chip in for building it? i thought it was like a few hundred quid per house',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'no household is being asked for any money towards the build itself',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whats the monthly cost for the 900 meg package',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'the introductory price from Fellnet is £35 a month for 500Mbps or £45 for 900Mbps',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the ashcombe farm bit take so long',
    file: 'community-broadband-scheme-update.txt',
    fragment: "the farm's land agent wanted the route moved away from a field drain",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much of the trenching is complete at this point?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'So far 3.4 km of the 6.2 km of ducting has been laid',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the work was going so slow on the road near the mill after new year?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'The grass verges along Mill Lane were waterlogged for most of January',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'someone hit a gas pipe on orchard close right? how long were people left without',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'nobody lost supply for more than three hours',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'My house phone, it will still working when there is no electricity?',
    file: 'community-broadband-scheme-update.txt',
    fragment: "It won't work in a power cut unless you have a battery backup",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who do i talk to if im not gd with computers n stuff',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'Dennis Oduya, who runs a drop-in at the village hall on Tuesdays',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how many people came over the weekend',
    file: 'kite-festival-wrapup.txt',
    fragment: 'put attendance at roughly 14,200 across the weekend',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many kids went missing n did they find em all ok',
    file: 'kite-festival-wrapup.txt',
    fragment: '7 lost children, all reunited with their families within 20 minutes',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What direction was the breeze coming from on the first day?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'a steady south-westerly, dead onshore, sitting between 12 and 15 mph all day',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why they stopped the big blow-up kites on the Sunday?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'grounded all the giant inflatables because the sand anchors were starting to drag',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'that massive string of kites the cornish lady flew, was it like 300? whats the exact count',
    file: 'kite-festival-wrapup.txt',
    fragment: 'put up a train of 312 sled kites on a single line',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who had the old top score before morwenna beat it',
    file: 'kite-festival-wrapup.txt',
    fragment: 'the festival record of 240, set by Graham Tolley back in 2019',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how long were all those kites airborne b4 she reeled em in',
    file: 'kite-festival-wrapup.txt',
    fragment: 'it stayed up for 47 minutes before she started winding in',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why were there no pyrotechnics at the evening show?',
    file: 'kite-festival-wrapup.txt',
    fragment: "because the landowner's insurer wanted an extra premium",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How long was people waiting in the traffic for come into the town on Saturday?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'The queue on the B3319 into Porthgarrow hit 45 minutes at its worst',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what happened w the shuttle bus on the sat? heard one of them conked out',
    file: 'kite-festival-wrapup.txt',
    fragment: 'one of the two shuttle buses broke down at 11.20am',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much did people chuck in for the lifeboat charity this time',
    file: 'kite-festival-wrapup.txt',
    fragment: 'The bucket collection for Porthgarrow Inshore Lifeboat raised £2,315',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What made this year's event pricier to stage than 2024?",
    file: 'kite-festival-wrapup.txt',
    fragment: 'mostly because of the bigger first-aid contract and the second shuttle bus',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what time did the french group actually turn up on thursday',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'In the event the coach pulled in at 6.40pm',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y was the coach so late??',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'because the ferry had to wait in port for a replacement part',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How many local households put up our guests?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Twenty-one host families took in the visitors',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'For what reason one guest was moved to different family?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'down to a cat allergy nobody had mentioned',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what did plouvennec give us at the reception, was it a wooden table or something?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'presented us with a carved oak bench made by joinery students',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what gift did wexley give the french lot',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'we handed over a framed watercolour of the Packhorse Bridge',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who won the petanque this yr',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Brian and Sheila Cottam with Kevin Ashworth beat the Plouvennec holders',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much were tickets for the celebration meal?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'with 112 covers at £28 a head',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'The children football match on Sunday, who was winning it?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'The visitors won 4–2, which was only fair after the pétanque',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the coaches for the outings cost about 3 grand right? how much was it really',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Coach transfers for the Friday outings came to £2,340, well over budget',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much is it to join the association for a family',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Membership stays at £12 a year for individuals and £20 for households',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'isnt the twinning agm sometime in july? when is it exactly',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'The AGM is on Tuesday 17 June at 7.30pm in the upstairs room',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how big did the group get this season',
    file: 'wild-swimming-winter-report.md',
    fragment: 'Membership grew from 41 last winter to 62 this winter',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wats the coldest the water got n who measured it',
    file: 'wild-swimming-winter-report.md',
    fragment: 'The coldest reading of the winter was 3.1°C, taken by Tomasz Wren',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What was the longest run of consecutive days anyone managed?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'dipped 97 days in a row between 1 December and 7 March',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why Dilys she stop her streak, she was tired of it?',
    file: 'wild-swimming-winter-report.md',
    fragment: "because she went to her granddaughter's wedding in Aberdeen",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who stayed in the longest without any neoprene suit, was it 25 mins?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'was 22 minutes by Ifeoma Clarke on 9 February',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much did the boxing day thing raise for charity',
    file: 'wild-swimming-winter-report.md',
    fragment: 'Collections and the online page raised £2,340 for Scarrow Valley Mountain Rescue',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did they call off the feb sundays',
    file: 'wild-swimming-winter-report.md',
    fragment: 'because the storm overflow at Pellow Bridge discharged into the water after heavy rain',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What caused the newcomer's hypothermia episode in January?",
    file: 'wild-swimming-winter-report.md',
    fragment: "she'd lost track of time chatting",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How long time a beginner should stay in the cold water?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'roughly a minute per degree for beginners',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'is the float thing mandatory now? i think it was only at the boathouse',
    file: 'wild-swimming-winter-report.md',
    fragment: 'Every swimmer now needs a bright tow float at Hollin Cove',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much $$ has the club got now',
    file: 'wild-swimming-winter-report.md',
    fragment: 'Club funds stand at £1,185 after the season',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'why did the coach take so long to get down there',
    file: 'youth-rugby-tour-report.md',
    fragment: 'because a broken-down lorry closed two lanes of the motorway',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the bus company slap an extra fee on us',
    file: 'youth-rugby-tour-report.md',
    fragment: 'Because we arrived late, the driver went over his hours',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What was the scoreline in the opening match against the home side?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'We won 31–12, scoring five tries to two',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was the player that stealing many ball at the rucks?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'mainly thanks to openside Tobias Greaves, who was a nuisance all afternoon',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'that tournament on day 2, was it like 10 sides taking part? how many exactly',
    file: 'youth-rugby-tour-report.md',
    fragment: 'with eight teams in two pools',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where did we end up overall in the tournament',
    file: 'youth-rugby-tour-report.md',
    fragment: 'So we finished runners-up out of eight',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who got the yellow n wat for',
    file: 'youth-rugby-tour-report.md',
    fragment: "Finley Harrop was sin-binned in the St Aldric's pool game for a high tackle",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "Was Callum's arm fractured?",
    file: 'youth-rugby-tour-report.md',
    fragment: 'An X-ray showed no break, just a bad sprain',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How the punishments at tour court was paid, with money?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'Fines (paid in press-ups, not cash) were handed out',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who got best newbie award, the lad who joined in like feb?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'Best Newcomer: Samir Haddad, who only joined the club in January',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What was the price per youngster for the trip?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'The tour cost £245 per player',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "how come they're kicking off the scraps collection ahead of the deadline",
    file: 'bin-collection-changes-notice.txt',
    fragment: 'the government capital grant for new vehicles and caddies had to be committed',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'roughly what portion of the stuff in a normal household rubbish bin is leftovers?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'around a third of the average black-lid bin in Harwick Vale is food',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'that trial they did in stanbury a couple years back, was it like 60-something percent of houses that took part?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'reached a participation rate of 68 per cent',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'where do i chuck empty wine bottles now, they r not going in the green box anymore rite?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'put glass bottles and jars loose in your blue-lid bin',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How much I must paying now for the grass cuttings pickup, it is more expensive?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'the annual charge rises from £48 to £55 for the 2025/26 subscription year',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'when are they dropping off the new food tubs, was it april to june or something?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'Caddies will be delivered between Monday 7 April and Friday 23 May 2025',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "why can't i just use a normal carrier bag in the food bin",
    file: 'bin-collection-changes-notice.txt',
    fragment:
      'because they cannot be processed at the anaerobic digestion plant and jam the de-packaging equipment',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many ppl r getting a diff bin day??',
    file: 'bin-collection-changes-notice.txt',
    fragment: "For roughly 18,400 of the district's 52,000 households, yes.",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How I will find out if the lorry come on other day for me?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'your new calendar will arrive with your caddies and will be printed on yellow paper',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "what do the bin men do if there's dirty diapers in the recycling wheelie bin?",
    file: 'bin-collection-changes-notice.txt',
    fragment: 'the crew will attach a red contamination tag and leave it unemptied',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where is going the food rubbish after they collect it?',
    file: 'bin-collection-changes-notice.txt',
    fragment: 'All food waste will be taken to the Crowmere Farm anaerobic digestion (AD) plant',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'are they taking on like 20 more bin workers? how many have they got so far',
    file: 'bin-collection-changes-notice.txt',
    fragment:
      'We are recruiting 22 additional drivers and loaders; 15 of those posts have been filled so far.',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when did the first houses actually get hooked up',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'the first 38 properties went live on Monday 3 March',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen can we next grill the fibre ppl in person?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'The next open meeting will be on Wednesday 9 April at 7.30pm in Brackenford Village Hall.',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "my laptop on the wireless is way slower than plugged in, what's up with that?",
    file: 'community-broadband-scheme-update.txt',
    fragment: 'The answer is nearly always the router position or an older laptop, not the fibre itself.',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'so how many households have signed up now, was it like 170 out of 250?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'We now have 171 of the 214 premises in the scheme area signed up',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'I must pay money for build the fibre network or no?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'no household is being asked for any money towards the build itself',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'hw much r the monthly bills wen its all switched on',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'the introductory price from Fellnet is £35 a month for 500Mbps or £45 for 900Mbps',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'how much of the pipe laying is done, is it about half of the 6 km?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'So far 3.4 km of the 6.2 km of ducting has been laid.',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'why did getting permission to cross the farm take so long',
    file: 'community-broadband-scheme-update.txt',
    fragment: "the farm's land agent wanted the route moved away from a field drain",
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'didnt the diggers smash a gas pipe or something a few weeks back? what happened',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'A water main was hit outside No. 14 Orchard Close on 11 February.',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'If electricity is going off, my home telephone still working?',
    file: 'community-broadband-scheme-update.txt',
    fragment: "It won't work in a power cut unless you have a battery backup.",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'my nan wears one of those emergency call pendants, anything i should do before they fit it?',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'please tell Fellnet when you book your install so they can check it first',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'is there sum1 who can help my gran, shes not gr8 with computers',
    file: 'community-broadband-scheme-update.txt',
    fragment: 'runs a drop-in at the village hall on Tuesdays from 10am to 12 noon',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many people came to the kite thing this year',
    file: 'kite-festival-wrapup.txt',
    fragment: 'put attendance at roughly 14,200 across the weekend',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what were the breezes like on the first day?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'a steady south-westerly, dead onshore, sitting between 12 and 15 mph all day',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did they pull down the massive blow up kites on sun',
    file: 'kite-festival-wrapup.txt',
    fragment: 'grounded all the giant inflatables because the sand anchors were starting to drag',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'that woman who flew like 300 kites on one string, how many was it exactly?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'put up a train of 312 sled kites on a single line on Saturday afternoon',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Which was the old record before, and who made it?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'That smashes the festival record of 240, set by Graham Tolley back in 2019.',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long did the big kite train stay in the air',
    file: 'kite-festival-wrapup.txt',
    fragment: 'it stayed up for 47 minutes before she started winding in',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'what happened with the fireworks, were they cancelled cos of the wind?',
    file: 'kite-festival-wrapup.txt',
    fragment: "because the landowner's insurer wanted an extra premium we couldn't stretch to",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How long was the cars stuck on the road for come to the kite festival on first day?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'The queue on the B3319 into Porthgarrow hit 45 minutes at its worst on Saturday morning.',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'what was the problem with the shuttle coaches on the second day?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'one of the two shuttle buses broke down at 11.20am',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what did the kite weekend cost to run overall',
    file: 'kite-festival-wrapup.txt',
    fragment: 'The festival cost £18,600 to put on this year',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'How much they collect for the sea rescue charity this time?',
    file: 'kite-festival-wrapup.txt',
    fragment: 'The bucket collection for Porthgarrow Inshore Lifeboat raised £2,315',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wen is the helpers catch up meetin n where',
    file: 'kite-festival-wrapup.txt',
    fragment:
      "The volunteers' debrief is on Thursday 25 September at 7pm in the function room at the Ship Inn.",
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how long have the two towns been linked up',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'This year marks the thirtieth anniversary of the twinning charter',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y was the french coach so late gettin in',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'because the ferry had to wait in port for a replacement part for one of its stabilisers',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how many guests came over from brittany?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'The party of 38 – the largest group they have sent over since 2011',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how many families put up the french lot, was it 20 something?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Twenty-one host families took in the visitors, three more than in 2023',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'What gift the French town is giving to us?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'presented us with a carved oak bench made by joinery students',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who came out on top in the bowls game',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Brian and Sheila Cottam with Kevin Ashworth beat the Plouvennec holders 13–11',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how much wer tix for the big dinner',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'with 112 covers at £28 a head',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what did the prize draw at the anniversary do bring in?',
    file: 'town-twinning-exchange-visit.md',
    fragment: "the raffle raised £640 towards next year's return trip",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the kids football on sunday, didnt the french side win 3-2 or so?',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'The visitors won 4–2, which was only fair after the pétanque.',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the bus for Friday trips was costing so much more?',
    file: 'town-twinning-exchange-visit.md',
    fragment:
      'because the firm we normally use had sold one of its vehicles and we had to hire from Dursley instead',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what tree did they put in the ground by the bandstand',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'both mayors planted a small-leaved lime near the bandstand',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'hw much is it 2 join the twinning lot',
    file: 'town-twinning-exchange-visit.md',
    fragment: 'Membership stays at £12 a year for individuals and £20 for households.',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how big has the swimming group grown compared to last year?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'Membership grew from 41 last winter to 62 this winter',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how chilly did the water get at its worst',
    file: 'wild-swimming-winter-report.md',
    fragment: 'The coldest reading of the winter was 3.1°C',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'the older lady who went in every day for like 90-odd days, what was the final number?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'dipped 97 days in a row between 1 December and 7 March',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did the old ladys dip streak stop, did she get ill or smth',
    file: 'wild-swimming-winter-report.md',
    fragment: "Her streak finally ended because she went to her granddaughter's wedding in Aberdeen",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Who stay in the cold water most long with only the costume?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'was 22 minutes by Ifeoma Clarke on 9 February',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'is there any new kit rule for the dippers after that scare in january',
    file: 'wild-swimming-winter-report.md',
    fragment: 'Every swimmer now needs a bright tow float at Hollin Cove, no exceptions.',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'which good cause got the cash from the december 26th event?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'raised £2,340 for Scarrow Valley Mountain Rescue',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why did they cancel those three sundays on the trot, some sewage leak or something?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'because the storm overflow at Pellow Bridge discharged into the water after heavy rain',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat made that new swimmer get so cold in jan',
    file: 'wild-swimming-winter-report.md',
    fragment: "she'd lost track of time chatting",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How many minute a beginner can stay in the cold water?',
    file: 'wild-swimming-winter-report.md',
    fragment: 'roughly a minute per degree for beginners',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "how much is left in the swim club kitty now that winter's done?",
    file: 'wild-swimming-winter-report.md',
    fragment: 'Club funds stand at £1,185 after the season',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long did the bus journey down to kelsby end up taking',
    file: 'youth-rugby-tour-report.md',
    fragment: 'In reality it took just over seven hours',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how much more did the bus company sting us for cos the driver ran out of time?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'Rathbone Coaches added an extra charge of £180 to the bill',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what was the score in the first game vs the harbour team, we won by like 20?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'We won 31–12, scoring five tries to two.',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'In the tournament on Sunday, in what place our team is finishing?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'So we finished runners-up out of eight.',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'did any of r lads get sent off on tour',
    file: 'youth-rugby-tour-report.md',
    fragment: "Finley Harrop was sin-binned in the St Aldric's pool game for a high tackle.",
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'is the rugby lad who hurt his arm ok, was anything broken',
    file: 'youth-rugby-tour-report.md',
    fragment: 'An X-ray showed no break, just a bad sprain',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'what did the players have to cough up as penalties at the pretend court?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'Fines (paid in press-ups, not cash)',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who got the best new player award, the lad who joined at christmas?',
    file: 'youth-rugby-tour-report.md',
    fragment: 'Best Newcomer: Samir Haddad, who only joined the club in January',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did each kid have 2 pay for the rugby trip',
    file: 'youth-rugby-tour-report.md',
    fragment: 'The tour cost £245 per player',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: "How much it costing for each boy if we don't do any money raising events?",
    file: 'youth-rugby-tour-report.md',
    fragment: 'Without fundraising it would have been around £430.',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'who sponsored the rugby jerseys?',
    file: 'youth-rugby-tour-report.md',
    fragment: "a £700 donation from Hedley's Plant Hire, who also paid for the tour shirts",
    style: 'paraphrase',
  },
];

export const TWENTY_FIFTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'when will flats in the big blocks get food waste collected',
    trap: true,
    why: 'The notice says the council has not decided how to serve blocks over four storeys and no start date has been set.',
  },
  {
    q: 'r the council gonna send us more free liners once the first roll runs out',
    trap: true,
    why: 'The notice says no decision has been made on further free liners and Cabinet will only consider it in the autumn.',
  },
  {
    q: 'when is phase 2 starting for hollow lane and beck cottages?',
    trap: true,
    why: "The update says no date has been set for Phase 2 and Fellnet hasn't said when it will be scheduled.",
  },
  {
    q: 'how much will fellnet charge a month once the 12 month deal runs out',
    trap: true,
    why: 'The update says Fellnet has not yet confirmed the price after the first 12 months.',
  },
  {
    q: "did morwenna's kite train end up counting as a world record",
    trap: true,
    why: "The wrap-up says the organisers don't know, as there was no adjudicator and Morwenna is still finding out.",
  },
  {
    q: 'what made the PA cut out during prize giving',
    trap: true,
    why: 'The wrap-up says the hire company checked the kit and the cause is still unknown.',
  },
  {
    q: 'what dates are we going over to plouvennec next year?',
    trap: true,
    why: "The report says no dates have been fixed and the Plouvennec committee won't choose until it meets in July.",
  },
  {
    q: 'whos taking over from tomasz as safety lead',
    trap: true,
    why: 'The report says nobody has volunteered and it is not yet known who will take over.',
  },
  {
    q: 'how long did the pellow bridge overflow actually run for',
    trap: true,
    why: "The report says the water company hasn't said how long the overflow ran or how much was discharged.",
  },
  {
    q: 'where r the u14s touring in 2026, r we going abroad?',
    trap: true,
    why: "The report says no destination has been chosen and the committee hasn't agreed to going abroad.",
  },
  {
    q: 'what time in the morning do the bin crews start collecting',
    trap: true,
    why: "The notice gives no collection times, only the contact phone line's opening hours.",
  },
  {
    q: 'how much did all the new caddies cost the council',
    trap: true,
    why: 'The notice gives the cost of the new vehicles but never states what the caddies cost.',
  },
  {
    q: 'how much did it cost to fix the water main they hit on orchard close',
    trap: true,
    why: 'The update gives the date and the delay caused but no repair cost.',
  },
  {
    q: 'how many of the first 38 connections were on church row',
    trap: true,
    why: 'The update only says the first properties were mostly on Church Row, The Green and Mill Lane, with no breakdown by street.',
  },
  {
    q: 'how much was parking per car at north sands',
    trap: true,
    why: 'The wrap-up only gives the total car parking income, not the charge per car.',
  },
  {
    q: 'how many stallholders still havent paid their pitch fees',
    trap: true,
    why: "The wrap-up only says a handful of stallholders haven't paid, without giving a number.",
  },
  {
    q: "what's the name of the teenage accordion player who stayed with the okonkwos?",
    trap: true,
    why: 'The report mentions a teenage accordion player but never names them.',
  },
  {
    q: 'how much was the brewery tour per person',
    trap: true,
    why: 'The report mentions the brewery tour and its overrunning tasting but gives no price.',
  },
  {
    q: 'what was the water temp at the boxing day dip',
    trap: true,
    why: 'The report gives the Boxing Day numbers and money raised but no water temperature for that day.',
  },
  {
    q: "who scored our tries in the cup final against st aldric's",
    trap: true,
    why: 'The report gives only the final score of 10-17, not who scored.',
  },
  {
    q: 'how much is the garden waste bin subscription in westmoor county',
    trap: true,
    why: "The bin notice only covers Harwick Vale's garden waste charge; Westmoor is only mentioned in the broadband update as a grant funder.",
  },
  {
    q: 'what participation rate did the longmoor food waste trial get',
    trap: true,
    why: 'The only pilot reported was in Stanbury ward; Longmoor is only mentioned as a landfill site.',
  },
  {
    q: 'how many pledges did the brackenford fibre scheme have back in 2023',
    trap: true,
    why: "The update gives only the current 171 pledges and last year's 120, nothing for 2023.",
  },
  {
    q: 'how many ppl came to the kite festival in 2019',
    trap: true,
    why: 'The wrap-up gives attendance only for 2025 and roughly for last year, not for 2019.',
  },
  {
    q: "what was the wind like at last year's kite festival",
    trap: true,
    why: 'The wrap-up only describes the wind on the 2025 festival weekend.',
  },
  {
    q: 'how many people came over from plouvennec in 2023',
    trap: true,
    why: 'The report gives the size of the 2025 party and compares only the number of host families with 2023.',
  },
  {
    q: 'who won the under 12s football when we went over to plouvennec last time',
    trap: true,
    why: 'The report only covers the 2025 match at Fairfield Park, not any game on a previous visit to France.',
  },
  {
    q: 'how many did the boxing day dip back in 2022?',
    trap: true,
    why: 'The report gives Boxing Day numbers only for this winter and last year, not 2022.',
  },
  {
    q: 'how many people usually turn up to the summer wednesday evening swims',
    trap: true,
    why: 'The report covers only the winter season and says nothing about summer swim attendance.',
  },
  {
    q: 'how did the calderbrook under 16s get on at their tour',
    trap: true,
    why: 'The report covers only the Under-14s tour to Kelsby.',
  },
  {
    q: 'when do flats get the food caddies? my block is 6 floors',
    trap: true,
    why: 'The notice says the council has not decided how to serve blocks over four storeys and no start date has been set.',
  },
  {
    q: "will the council keep giving out free liners once the first roll's used up",
    trap: true,
    why: 'Whether more free liners will be supplied is undecided and goes to Cabinet in the autumn.',
  },
  {
    q: 'when is phase 2 starting for hollow lane and the farms',
    trap: true,
    why: 'The update says no date has been set for Phase 2 and Fellnet has not said when.',
  },
  {
    q: 'will stonepit cottages ever get the fibre?',
    trap: true,
    why: 'The update says it is still unknown whether the 11 Stonepit Cottages properties can be reached at all.',
  },
  {
    q: 'how much does fellnet put the price up to after the first 12 months',
    trap: true,
    why: 'Fellnet has not confirmed the price after the 12-month introductory period.',
  },
  {
    q: 'whens the kite festival next year, same beach?',
    trap: true,
    why: 'No 2026 date has been set and the site depends on an undecided dune restoration scheme.',
  },
  {
    q: "so is morwenna's kite train an actual world record or not",
    trap: true,
    why: "The organisers say they don't know whether it counts as a world record.",
  },
  {
    q: "where's the bench the french gave us going to end up",
    trap: true,
    why: "The Town Council hasn't decided where the Plouvennec bench will go.",
  },
  {
    q: "who's replacing tomasz as safety person at the swimming club",
    trap: true,
    why: "Nobody has volunteered and the report says they don't yet know who will take over.",
  },
  {
    q: 'where r the u14s touring in 2026',
    trap: true,
    why: 'No destination has been chosen for the 2026 tour.',
  },
  {
    q: 'where r the recycling tips i can take my old green box back to',
    trap: true,
    why: 'The notice mentions three household waste recycling centres but never names or locates them.',
  },
  {
    q: 'how much did all the new food caddies cost',
    trap: true,
    why: 'The notice gives the cost of the vehicles but never the cost of the caddies.',
  },
  {
    q: 'whats fellnets phone number for booking an install',
    trap: true,
    why: "The update says to use Fellnet's customer line but never gives its number.",
  },
  {
    q: 'who won the prizes at the kite festival prize giving?',
    trap: true,
    why: 'The wrap-up mentions the prize-giving only for the PA failure and never names any winners.',
  },
  {
    q: 'how much did the first aid cover cost for the kite festival',
    trap: true,
    why: 'The wrap-up says the first-aid contract was bigger but never gives its cost.',
  },
  {
    q: 'what was the name of the ferry the french group came on',
    trap: true,
    why: 'The report mentions the Roscoff to Plymouth crossing but never names the ferry.',
  },
  {
    q: 'who scored for wexley in the under 12s match',
    trap: true,
    why: 'The report gives the 4–2 score but names no scorers.',
  },
  {
    q: 'what was the water temp on boxing day',
    trap: true,
    why: 'The swimming report gives Boxing Day numbers and money raised but no water temperature.',
  },
  {
    q: 'who was the new member who got too cold in january',
    trap: true,
    why: "The report deliberately calls her only 'a newer member' and never names her.",
  },
  {
    q: 'how much was the holiday park for the rugby lads',
    trap: true,
    why: 'The tour report never gives the accommodation cost separately from the £245 per player.',
  },
  {
    q: 'what day are bins collected in brackenford',
    trap: true,
    why: 'The bin notice covers Harwick Vale District Council and says nothing about Brackenford, which appears only in the broadband update.',
  },
  {
    q: 'is weekly food waste collection starting in porthgarrow as well?',
    trap: true,
    why: 'The food waste notice covers Harwick Vale only and says nothing about Porthgarrow.',
  },
  {
    q: 'how many people came to the kite festival in 2023',
    trap: true,
    why: 'The wrap-up gives attendance only for 2025 and 2024 (last year), not 2023.',
  },
  {
    q: "how windy was it at last year's kite festival",
    trap: true,
    why: "The wrap-up describes only this year's wind on the Saturday and Sunday.",
  },
  {
    q: 'how big was the french group that came over in 2023',
    trap: true,
    why: 'The report compares host family numbers with 2023 but never says how many visitors came that year.',
  },
  {
    q: 'when did wexley bridge people last go over to plouvennec',
    trap: true,
    why: "The report covers Plouvennec's visit to Wexley Bridge and never says when Wexley Bridge last visited Plouvennec.",
  },
  {
    q: "what's the coldest the water got at larkmere",
    trap: true,
    why: 'The only temperatures reported are at Hollin Cove, never at Larkmere.',
  },
  {
    q: 'how much did the boxing day dip raise back in 2022',
    trap: true,
    why: "The report gives only this year's £2,340 and last year's £1,610, nothing for 2022.",
  },
  {
    q: "how did calderbrook's under 16s get on this season",
    trap: true,
    why: 'The tour report only covers the Under-14s on their Kelsby tour.',
  },
  {
    q: 'when does full fibre go live in wexley bridge',
    trap: true,
    why: 'The broadband update only covers Brackenford, not Wexley Bridge.',
  },
];

export const TWENTY_FIFTH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_FIFTH_SIX_ANSWERABLE,
  ...TWENTY_FIFTH_SIX_TRAPS,
];
