/**
 * Chat-style questions about a twenty-ninth six articles (./twenty-ninth-six/: a curling club's weekend bonspiel
 * results, a parish council's update on next year's precept and budget, a community group's plans to reopen the
 * town's outdoor lido, a gymnastics club's report on its squad at the regional championships, a foraging group's
 * end-of-season walk notes, a village committee's update on restoring its war memorial), written in session 67
 * by two helpers who saw only the articles (the second set as newcomers ask, in their own everyday words). The
 * question prompt held each question to at most half of its answer's content words, as the sixth to sixteenth
 * and the eighteenth to twenty-eighth six's did. Blind in session 67 (read only as totals: 77 of 200 at the
 * start, once mid-session unchanged; 77 at the end); in the repository so that later sessions keep them, dev
 * from session 68. Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish;
 * synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_NINTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'how many teams took part in the autumn spiel this time',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Sixteen rinks, nine clubs, three days on the pebble at Kelbrae Ice Rink',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wot time did the first games kick off on fri',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Play started at 6pm on Friday 15 November on all five sheets',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which team took the top-tier championship?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: "Alasdair Moncrieff's rink from Strathallan (Alasdair skipping, Ruth Kinnear at third",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'In the A final, what was wrong with our skip throw when score was level at five each?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'her last-stone draw was a foot heavy and rubbed a guard',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "wasnt the youngest one on morag's team like 15, playing lead? who was that",
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'sixteen-year-old Jamie Rennie at lead, in his first A final',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the score in the b final',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'who beat Balgonie 6-3 in a game that was more or less settled',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wot was the best shot of the wkend ppl keep talkin abt',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'threw arguably the stone of the weekend: a perfect draw to the four-foot',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which side put up the record haul of six in a single end, and against whom?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Carrick Bridge, skipped by Douglas Ferrie, scored a six-ender against Loch Ardle',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the games on saturday was starting late, what was broken?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'because one of the two compressors in the ice plant tripped overnight',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the ice guy who fixed things saturday morning, graham something? what did he actually do',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Graeme Halkett, came in at 6am to sort it, re-pebbled all five sheets',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much did the club end up making from the whole weekend',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'the club made a surplus of £46, which goes into general funds',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Who received the sportsmanship prize that the law firm puts up?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'This year it went to the Easter Feus rink, skipped by Kenny MacAulay',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many walks actually went ahead this year',
    file: 'foraging-group-season-notes.txt',
    fragment: 'We ran 14 walks between 6 April and 16 November',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the coast trip in aug get cancelled',
    file: 'foraging-group-season-notes.txt',
    fragment: 'because of the Met Office amber wind warning',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How much money the group is having in the bank at end of year?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'We end the year with £612.35 in the account',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'at the wild garlic walk in may someone said theres a rule about picking, can we take the roots?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'leaves only, never the bulbs, and no more than a handful from each patch',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many of those spring mushies did u get on the common this yr',
    file: 'foraging-group-season-notes.txt',
    fragment: 'though only about a dozen, compared with the ring of forty-odd we found there in 2023',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Who showed people how to distinguish the two coastal plants and harvest glasswort properly?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'Rory Quennell led both walks at Crane Marsh and taught about twenty people',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was make the drink from elderflower for the autumn party?',
    file: 'foraging-group-season-notes.txt',
    fragment: "produced enough cordial for the autumn social, courtesy of Pat Underwood's kitchen",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'that big orange bracket fungus on the oak near the bridge, did we end up picking it?',
    file: 'foraging-group-season-notes.txt',
    fragment: "We left it alone, as agreed, because it's on oak",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many chanterelles did we come across in total',
    file: 'foraging-group-season-notes.txt',
    fragment: 'we found eleven all season against roughly eighty last year',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat happened w the newbie who picked a poisonous one in oct',
    file: 'foraging-group-season-notes.txt',
    fragment: 'she thought was a small chanterelle, and it turned out to be a young deadly webcap',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Where is our shoreline walk leader relocating to next year?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'Rory is moving to Aberfenn in March',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'When and where is happen the winter party?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'The winter social is at the Plough in Marrowby on Friday 13 December from 7pm',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many medals did our lot bring back from castlefell',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'and they came home with eleven medals between them',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wats the new club beam record n who set it',
    file: 'gymnastics-club-regional-championships.md',
    fragment: "Maisie Okonkwo-Hart (14, Level 2 Women's Artistic) posted 13.450 on beam",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Who held the previous top balance-beam mark before Maisie?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'The old club record of 13.100 had stood since 2017, when it was set by Rhiannon Weekes',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why Maisie did not win the all-around, where she lose the points?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'The gap came almost entirely from bars, where she short-handstanded a cast',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what did tilly get for her winning floor thing, 13 something?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'gold vault with a handspring that scored 13.200',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y did keira keep comin off the beam',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'the new mount had only been in her routine for three weeks',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "Why were there only five lads in the men's team this time?",
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'because Callum Fry broke his wrist skateboarding in February',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Which points Ollie receive for the horizontal bar, please?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: "Ollie's high bar set, with a clean Tkachev and a stuck double layout, scored 12.950",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "graham put in a complaint about ollie's floor mark right? when r they supposed to get back to us",
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'the regional technical committee told us it would reply "within ten working days"',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what score did you need to get through to the national finals in 2024',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'Last year the Level 2 cut-off was 50.500',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wheres the big nationals comp this yr n wat date',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'the national finals are in Lowmarsh on 7 June',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "when's our main trainer graham stepping down, was it this summer?",
    file: 'gymnastics-club-regional-championships.md',
    fragment: "he'll step back as head coach at the end of the year",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the result when the town decided on handing over the pool to us',
    file: 'lido-reopening-plans.txt',
    fragment: 'Harwick Town Council voted eleven to two to grant the Friends a 25-year lease',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'When did people last get to take a dip there?',
    file: 'lido-reopening-plans.txt',
    fragment: 'It last opened to swimmers on 8 September 2019',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the pool is not opening again after 2019?',
    file: 'lido-reopening-plans.txt',
    fragment: 'because the tank was losing roughly 30,000 litres of water a day through cracked joints',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the restoration is like 1.5 million now isnt it? whats the actual figure',
    file: 'lido-reopening-plans.txt',
    fragment: 'The total cost of the restoration is now estimated at £1.38 million',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'is the main pool gonna need rebuilding or wat',
    file: 'lido-reopening-plans.txt',
    fragment: 'the main tank is sound and can be repaired rather than rebuilt',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much has the online donation campaign brought in, and from how many supporters?',
    file: 'lido-reopening-plans.txt',
    fragment: '£48,760 from our crowdfunder, from 1,114 backers',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many people are join our group until today?',
    file: 'lido-reopening-plans.txt',
    fragment: 'Membership now stands at 640 paid-up Friends',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'when do we find out about the big lottery bid, the 500k one?',
    file: 'lido-reopening-plans.txt',
    fragment: "We won't hear until July at the earliest",
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how are they going to warm the water',
    file: 'lido-reopening-plans.txt',
    fragment: 'air-source heat pumps backed up by 120 solar thermal panels on the changing block roof',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wats the water gonna be heated to',
    file: 'lido-reopening-plans.txt',
    fragment: 'The target water temperature in the summer season is 24 degrees',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'When is happening the next day for helping clean up?',
    file: 'lido-reopening-plans.txt',
    fragment: 'The next work day is Saturday 29 March, 9am to 1pm',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how much is it to join the friends again, a tenner?',
    file: 'lido-reopening-plans.txt',
    fragment: 'membership is £15 a year, or £8 concessions',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much is the parish bit going up by percentage wise',
    file: 'parish-council-precept-update.md',
    fragment: 'That is an increase of £4,400, or 9.95%',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'hw much more per wk is it 4 an average home',
    file: 'parish-council-precept-update.md',
    fragment: 'That is £4.89 more a year, or a little under 10p a week',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many councillor say yes for the budget?',
    file: 'parish-council-precept-update.md',
    fragment: 'was carried by six votes to one, with one abstention',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who was the one who voted no, cllr freeman? what did he want instead',
    file: 'parish-council-precept-update.md',
    fragment: 'He argued that the rise should be held at around 5%',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why did cllr penberthy not vote either way',
    file: 'parish-council-precept-update.md',
    fragment: 'saying she supported the budget overall but wanted the grants line looked at again',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What did the new mowing firm quote per annum?',
    file: 'parish-council-precept-update.md',
    fragment: 'from Meadowbank Landscapes, was £8,450 a year against the £6,800 we used to pay',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the lamps in the street cost more this year?',
    file: 'parish-council-precept-update.md',
    fragment: 'because our fixed-price electricity contract ends in September',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the youth football club grants got scrapped right? or was it just cut',
    file: 'parish-council-precept-update.md',
    fragment: 'The grants budget has been cut from £3,500 to £2,500',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why are they putting money aside for elections',
    file: 'parish-council-precept-update.md',
    fragment: 'because the next ordinary elections are in May 2027',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how much is left in the main reserve after this yr',
    file: 'parish-council-precept-update.md',
    fragment: 'the general reserve will stand at about £18,950',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'When will residents see the new amount on their statements?',
    file: 'parish-council-precept-update.md',
    fragment: 'will appear on the council tax bills sent out in March',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'when did the masons start work on the memorial',
    file: 'war-memorial-restoration-update.md',
    fragment: 'arrived on Monday 2 June and put up the scaffold',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What was wrong with the old filler that had been used in the joints?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'which had been trapping water and spalling the stone around it',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many peoples is carved on the stone altogether?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'out of the 59 names on the memorial (47 from the First World War and 12 from the Second)',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat did the engineer find under it',
    file: 'war-memorial-restoration-update.md',
    fragment: 'found the original 1921 footing sits on made ground, probably old rubble from the chapel',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much has the committee handed over to the stone contractors up to now?',
    file: 'war-memorial-restoration-update.md',
    fragment: "So far we've paid Harlow & Dray £9,340",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'which fundraiser made the most money, the plant sale?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'The quiz night in July, organised by Keith and Dawn Mabbott, raised £1,174',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why were the two soldiers left off the memorial in the first place',
    file: 'war-memorial-restoration-update.md',
    fragment: 'because both families had moved to Lower Stavely by 1920',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat approvals r needed b4 the 2 extra guys can be carved',
    file: 'war-memorial-restoration-update.md',
    fragment:
      'adding names needs both listed building consent from the district council and a faculty from the diocese',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'If the base has to be reconstructed, where will the November ceremony take place?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'the service will be held at the memorial with the sheeting still up',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'In which year they removed the old metal fence?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'the iron railings that were taken away for scrap in 1940',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how many families have chipped in so far, like 150?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'Thank you to the 143 households who have given so far',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who won the big final at the curling weekend',
    file: 'curling-club-bonspiel-results.txt',
    fragment: "Alasdair Moncrieff's rink from Strathallan",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many teams showed up 4 the curling thing n from how many diff places',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Sixteen rinks, nine clubs, three days on the pebble',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'What was the reason the Saturday games began late?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'one of the two compressors in the ice plant tripped overnight',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money the club was keeping after paying everything from the spiel?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'the club made a surplus of £46',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someone got a record score like a seven-ender or something on the saturday? which team was that',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Carrick Bridge, skipped by Douglas Ferrie, scored a six-ender',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'was it like 100 quid per team to enter? how much exactly',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'Entry was £120 per rink',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did the prize ticket thingy make on sunday n who gets the cash',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'raised £412, all of which goes to the junior development programme',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Which team got the award for good sportsmanship?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'it went to the Easter Feus rink, skipped by Kenny MacAulay',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where is the curling trophy now, it is not being at the club?',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'has gone to the engraver in Perth',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the B final, was it like 5-3? and who won it',
    file: 'curling-club-bonspiel-results.txt',
    fragment: 'The B event went to Dunmore Water, skipped by Iain Fotheringham',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who sorted the curling surface on the saturday morning',
    file: 'curling-club-bonspiel-results.txt',
    fragment: "The rink's ice technician, Graeme Halkett, came in at 6am",
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: "any1 lose a fleece?? where's the lost stuff kept",
    file: 'curling-club-bonspiel-results.txt',
    fragment: "They're in the box by the bar",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'How many outings actually took place this year?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'We ran 14 walks between 6 April and 16 November',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'why was the seaside one in late summer scrapped',
    file: 'foraging-group-season-notes.txt',
    fragment: 'because of the Met Office amber wind warning',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how much is it 2 join n how much per walk',
    file: 'foraging-group-season-notes.txt',
    fragment: 'Membership stays at £12 a year and walks at £3 a head',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'When we pick the wild garlic, which part we are allowed to take?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'leaves only, never the bulbs, and no more than a handful',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'there was some plant that looks like the garlic u gotta watch out for, on one of the autumn walks i think? what was it called',
    file: 'foraging-group-season-notes.txt',
    fragment: 'about lords-and-ladies, whose young leaves can look surprisingly similar',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Do members harvest the bright orange fungus growing on the tree near the bridge?',
    file: 'foraging-group-season-notes.txt',
    fragment: "We left it alone, as agreed, because it's on oak",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how bad was the chanterelle haul this time',
    file: 'foraging-group-season-notes.txt',
    fragment: 'we found eleven all season against roughly eighty last year',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'who caught the dodgy mushroom b4 any1 took it home',
    file: 'foraging-group-season-notes.txt',
    fragment: 'Dr Alan Whitlow, spotted it at the ID table',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Where is Rory going to live, and when he goes?',
    file: 'foraging-group-season-notes.txt',
    fragment: 'Rory is moving to Aberfenn in March',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'is the xmas party at the plough on the 20th? what time does it start',
    file: 'foraging-group-season-notes.txt',
    fragment: 'The winter social is at the Plough in Marrowby on Friday 13 December from 7pm',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "How much cash is the group sitting on now the season's over?",
    file: 'foraging-group-season-notes.txt',
    fragment: 'We end the year with £612.35 in the account',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Who was making the drink from the elder flowers?',
    file: 'foraging-group-season-notes.txt',
    fragment: "produced enough cordial for the autumn social, courtesy of Pat Underwood's kitchen",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many medals did the kids bring back',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'they came home with eleven medals between them',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'What was the previous top club mark on that balance apparatus, and who held it?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'The old club record of 13.100 had stood since 2017',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'y did maisie miss out on 1st overall',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'The gap came almost entirely from bars',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Why Keira she did fall on the beam two times?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'the new mount had only been in her routine for three weeks',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'one of the boys broke his arm skiing or something so the team was smaller? who was that',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'because Callum Fry broke his wrist skateboarding in February',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what did ollie score on the horse and why did the coach complain',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'His vault, though, came in at 11.800, which Graham felt undervalued the difficulty',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen + where is the big national comp if any1 gets thru',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'the national finals are in Lowmarsh on 7 June',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "What mark was needed to reach the national finals at Maisie's grade a year ago?",
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'Last year the Level 2 cut-off was 50.500',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money is missing still for buy the new tumble track?',
    file: 'gymnastics-club-regional-championships.md',
    fragment: "so we're roughly £1,285 short",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'training goes back to normal on the 21st right? what nights is squad',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'Squad sessions run Monday, Wednesday and Friday from 5.30pm to 8.30pm',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the cake sale at the comp made like 300 something? whats the actual number',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'Our bake sale at the arena raised £386.40',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who did the judging 4 us at the comp this time',
    file: 'gymnastics-club-regional-championships.md',
    fragment: 'Our judges this year were Sandra Blythe and Marcus Eaglefield',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "How did the town councillors' ballot on handing over the pool turn out?",
    file: 'lido-reopening-plans.txt',
    fragment: 'Harwick Town Council voted eleven to two',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when was the last time anyone could swim at the lido',
    file: 'lido-reopening-plans.txt',
    fragment: 'It last opened to swimmers on 8 September 2019',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did the pool shut in the 1st place',
    file: 'lido-reopening-plans.txt',
    fragment: 'the tank was losing roughly 30,000 litres of water a day through cracked joints',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How much it will cost all together to fix the lido?',
    file: 'lido-reopening-plans.txt',
    fragment: 'The total cost of the restoration is now estimated at £1.38 million',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why did the price jump so much from the 1 million estimate, was it the diving board?',
    file: 'lido-reopening-plans.txt',
    fragment: 'the reason is mostly the structural survey carried out by Pellow Gard Associates',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many people chipped in online, and how much did they give?',
    file: 'lido-reopening-plans.txt',
    fragment: '£48,760 from our crowdfunder, from 1,114 backers',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wen do we find out about the big 600k grant',
    file: 'lido-reopening-plans.txt',
    fragment: "We won't hear until July at the earliest",
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how warm will the pool be for swimming',
    file: 'lido-reopening-plans.txt',
    fragment: 'The target water temperature in the summer season is 24 degrees',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'Why they choose heat pumps and not the gas? It is more expensive no?',
    file: 'lido-reopening-plans.txt',
    fragment: 'the running costs are far lower and it was a condition of the heritage grant',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what was the old ticket they dug up when clearing, from the 50s i think?',
    file: 'lido-reopening-plans.txt',
    fragment: 'a 1962 season ticket belonging to a "Miss J. Corbould"',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "What's the annual fee to become a supporter?",
    file: 'lido-reopening-plans.txt',
    fragment: 'membership is £15 a year, or £8 concessions',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when is the next get together for members and where is it',
    file: 'lido-reopening-plans.txt',
    fragment: "the spring members' meeting on Wednesday 9 April at 7pm",
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'how much is the parish asking for next year',
    file: 'parish-council-precept-update.md',
    fragment: 'The council resolved to set a precept of **£48,600** for 2025/26',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'so wats the extra cost per wk for a normal house',
    file: 'parish-council-precept-update.md',
    fragment: 'That is £4.89 more a year, or a little under 10p a week',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'What was the final tally when councillors decided the tax rise?',
    file: 'parish-council-precept-update.md',
    fragment: 'was carried by six votes to one, with one abstention',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why one councillor is say no to the budget?',
    file: 'parish-council-precept-update.md',
    fragment: 'He argued that the rise should be held at around 5%',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: "who's the new grass cutting firm, the old one retired after like 20 yrs?",
    file: 'parish-council-precept-update.md',
    fragment: 'The cheapest of three quotes, from Meadowbank Landscapes, was £8,450 a year',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many street lamps does the village have',
    file: 'parish-council-precept-update.md',
    fragment: 'Energy and maintenance for our 47 streetlights',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'can the kids footy team still get cash off the council',
    file: 'parish-council-precept-update.md',
    fragment: 'will still be able to apply, but awards are likely to be smaller',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Why is money being put aside for polls?',
    file: 'parish-council-precept-update.md',
    fragment: 'the next ordinary elections are in May 2027',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much is in the savings after they take money out this year?',
    file: 'parish-council-precept-update.md',
    fragment: 'the general reserve will stand at about £18,950',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'when did the pavillion roof start dripping, was it the summer storms?',
    file: 'parish-council-precept-update.md',
    fragment: 'has been leaking since the October storms',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when will people see the new amount on their bills',
    file: 'parish-council-precept-update.md',
    fragment: 'will appear on the council tax bills sent out in March',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen did the builders start on the memorial',
    file: 'war-memorial-restoration-update.md',
    fragment: 'The stonemasons from Harlow & Dray Conservation arrived on Monday 2 June',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Why did washing the monument take longer than planned?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'because the lichen on the north face was much more stubborn than expected',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many people are remembered on the stone cross in the village',
    file: 'war-memorial-restoration-update.md',
    fragment: 'out of the 59 names on the memorial',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'The small split high up on the stone, is it dangerous? They must repair it?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'the hairline crack near the top is old and stable and only needs monitoring',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the memorial is tilting towards the church isnt it? by how much',
    file: 'war-memorial-restoration-update.md',
    fragment: 'the whole memorial is leaning about 40mm towards the road',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wats under the base, like wat did the engineer find',
    file: 'war-memorial-restoration-update.md',
    fragment: 'found the original 1921 footing sits on made ground, probably old rubble from the chapel',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how much was the memorial job meant to cost at the start',
    file: 'war-memorial-restoration-update.md',
    fragment: 'Our original estimate for the whole job was £18,600',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: "Why can't the heritage money pay for the foundations?",
    file: 'war-memorial-restoration-update.md',
    fragment: "the Fund's rules only allow spending on the items in the original application",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'which fundraiser did best, the plant sale? how much did it get',
    file: 'war-memorial-restoration-update.md',
    fragment: 'The quiz night in July, organised by Keith and Dawn Mabbott, raised £1,174',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the two soldiers was not put on the memorial at the beginning?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'both families had moved to Lower Stavely by 1920',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where I can give money for help the memorial?',
    file: 'war-memorial-restoration-update.md',
    fragment: 'Donations can still be made in the jar at Stavely Stores',
    style: 'paraphrase',
  },
];

export const TWENTY_NINTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'when is the quaich coming back from the engraver',
    trap: true,
    why: 'The curling article says the club does not yet know when the Quaich will be back from the engraver in Perth.',
  },
  {
    q: 'what actually made the compressor at kelbrae trip on friday night',
    trap: true,
    why: "The curling article says the cause of the compressor trip is not yet known and Kelbrae's engineer is still looking into it.",
  },
  {
    q: "when's the spring bonspiel gonna be",
    trap: true,
    why: 'The curling article says no date has been set for the spring bonspiel.',
  },
  {
    q: "who's taking over the coastal walks once rory moves",
    trap: true,
    why: 'The foraging notes say it is not yet known who will lead the coastal walks.',
  },
  {
    q: 'r we allowed back in brackenholt wood next year or not',
    trap: true,
    why: 'The foraging notes say the Brackenholt estate has not decided whether to renew access for 2025.',
  },
  {
    q: "did ollie's vault inquiry get upheld in the end",
    trap: true,
    why: 'The gymnastics article says the club has not yet heard whether the inquiry was upheld.',
  },
  {
    q: 'who is replacing graham as head coach',
    trap: true,
    why: "The gymnastics article says Graham's replacement has not been decided.",
  },
  {
    q: 'so when can we actually swim at the lido again',
    trap: true,
    why: 'The lido update says no reopening date has been set.',
  },
  {
    q: 'how much will a lido season ticket cost',
    trap: true,
    why: 'The lido update says the board has not set prices for swims or season tickets.',
  },
  {
    q: 'will the two missing names be carved in time for remembrance sunday',
    trap: true,
    why: 'The war memorial update says it is not known whether the names can go on in time for Remembrance.',
  },
  {
    q: 'what was the final score when carrick bridge played loch ardle',
    trap: true,
    why: 'The curling article reports the six-ender but never gives the final score of that game.',
  },
  {
    q: "what's the name of the new member who picked the deadly webcap",
    trap: true,
    why: 'The foraging notes never name the new member who picked the webcap.',
  },
  {
    q: 'how many ppl came on the last walk in november with all the blewits',
    trap: true,
    why: 'The foraging notes give only season totals and never the attendance on the 16 November walk.',
  },
  {
    q: "what was tilly's all-around score",
    trap: true,
    why: 'The gymnastics article says Tilly won all-around silver but never gives her all-around score.',
  },
  {
    q: 'whats the name of the garrowby girl who beat maisie on all-around',
    trap: true,
    why: 'The gymnastics article mentions a winner from Garrowby Academy but never names her.',
  },
  {
    q: 'how much did the pellow gard structural survey cost us',
    trap: true,
    why: "The lido update describes the survey's findings but never states what it cost.",
  },
  {
    q: 'which two councillors voted against giving the lido lease',
    trap: true,
    why: 'The lido update gives the vote as eleven to two but does not name who voted against.',
  },
  {
    q: "how much is the clerk's actual salary without the on-costs",
    trap: true,
    why: 'The precept update only gives salary and on-costs combined, never the salary alone.',
  },
  {
    q: "what was the name of stoker haines's ship",
    trap: true,
    why: 'The war memorial update says Stoker Frederick Haines was lost with his ship in 1916 but never names the ship.',
  },
  {
    q: 'how much is the structural engineer charging for her report on the plinth',
    trap: true,
    why: "The war memorial update never states the engineer's fee.",
  },
  {
    q: "who won the A event at last year's autumn bonspiel",
    trap: true,
    why: "The curling article only covers the 2024 autumn bonspiel results, not last year's winners.",
  },
  {
    q: 'how much prize money did the B winners get at the spring spiel earlier this year',
    trap: true,
    why: 'The curling article only gives prize money for the autumn bonspiel, not a spring event.',
  },
  {
    q: 'how many st georges mushrooms did we find at pennock back in 2022',
    trap: true,
    why: 'The foraging notes only compare 2024 with 2023 and say nothing about 2022.',
  },
  {
    q: 'what did maisie score on beam at last years regionals in dunholm',
    trap: true,
    why: "The gymnastics article mentions last year's Dunholm regionals only for the medal total, not Maisie's beam score.",
  },
  {
    q: 'which of our gymnasts medalled at last years nationals',
    trap: true,
    why: "The gymnastics article covers this year's regionals and says nothing about results at last year's nationals.",
  },
  {
    q: 'how warm did they keep the lido water back in the 60s',
    trap: true,
    why: 'The lido update only gives the target temperature for the restored pool, not historical water temperatures.',
  },
  {
    q: "whats hartshire county council's share of a band d bill this year",
    trap: true,
    why: "The precept update only gives the parish element of the bill, not the county council's share.",
  },
  {
    q: 'is lower stavely doing anything about its own war memorial',
    trap: true,
    why: 'The war memorial update covers only the Upper Stavely memorial, not any memorial in Lower Stavely.',
  },
  {
    q: 'how much did fixing the churchyard wall cost back in 2019',
    trap: true,
    why: 'The war memorial update mentions the 2019 churchyard wall repair only as a comparison and gives no cost.',
  },
  {
    q: 'when is the curling club christmas dinner this year',
    trap: true,
    why: 'The curling article mentions only the bonspiel dinner and says nothing about a Christmas dinner.',
  },
  {
    q: 'when is the curling trophy coming back from the engravers',
    trap: true,
    why: 'The curling article says it does not yet know when the Quaich will be back from the engraver.',
  },
  {
    q: 'is there a spring bonspiel this year? what date',
    trap: true,
    why: 'The curling article says no date has been set for the spring bonspiel and its format is undecided.',
  },
  {
    q: 'so did the umpire split the £20 for the button draw tie or is it a replay',
    trap: true,
    why: 'The curling article says the umpire has not yet ruled on whether the prize is split or replayed.',
  },
  {
    q: 'will the foragers still be allowed in brackenholt wood next year',
    trap: true,
    why: 'The foraging notes say the estate has not decided whether to renew access for 2025.',
  },
  {
    q: "who's gonna run the beach walks once rory leaves",
    trap: true,
    why: 'The foraging notes say it is not yet known who will lead the coastal walks.',
  },
  {
    q: 'did ollies vault appeal go through in the end',
    trap: true,
    why: 'The gymnastics article says the club has not heard whether the inquiry was upheld.',
  },
  {
    q: 'who is the new head coach after graham',
    trap: true,
    why: "The gymnastics article says Graham's replacement has not been decided.",
  },
  {
    q: 'when does the lido open again for swimming',
    trap: true,
    why: 'The lido update says no reopening date has been set.',
  },
  {
    q: 'will the two extra names be carved in time for remembrance sunday',
    trap: true,
    why: 'The memorial update says it is not known whether the names can be added in time, as both consents are undecided.',
  },
  {
    q: 'how much is fixing the pavilion roof going to cost the parish',
    trap: true,
    why: 'The parish update says quotes are still awaited and no decision or figure exists for the roof repair.',
  },
  {
    q: 'who broke their broom at the bonspiel lol',
    trap: true,
    why: 'The curling article mentions one broken broom head but never says whose it was.',
  },
  {
    q: 'how much does it cost to get the quaich engraved',
    trap: true,
    why: 'The curling article never gives the engraving cost.',
  },
  {
    q: 'what did maisie get on floor',
    trap: true,
    why: 'The gymnastics article says Maisie won floor bronze but never gives her floor score.',
  },
  {
    q: "what was tilly's all around score",
    trap: true,
    why: "The gymnastics article gives Tilly's vault score and all-around silver but not her all-around total.",
  },
  {
    q: 'which two councillors voted against the lido lease',
    trap: true,
    why: 'The lido update gives the vote as eleven to two but never names who voted against.',
  },
  {
    q: 'how much is the whole heat pump and solar panel setup at the lido',
    trap: true,
    why: 'The lido update only says the green option costs about £85,000 more than gas, not its total cost.',
  },
  {
    q: 'who is the chair of aldcombe parish council',
    trap: true,
    why: 'The parish update names the clerk, the vice-chair and the finance committee chair but never the council chair.',
  },
  {
    q: "what's the band a parish charge in aldcombe",
    trap: true,
    why: 'The parish update only gives Band D and Band B figures.',
  },
  {
    q: 'what was the name of the new member who picked the deadly webcap',
    trap: true,
    why: 'The foraging notes never name the new member.',
  },
  {
    q: 'what ship was stoker haines on when he died',
    trap: true,
    why: 'The memorial update says he was lost with his ship in 1916 but never names the ship.',
  },
  {
    q: 'who won the A final at last autumns bonspiel',
    trap: true,
    why: "The curling article only gives this year's results, not last autumn's winners.",
  },
  {
    q: 'who won beam at last years regionals in dunholm',
    trap: true,
    why: 'The gymnastics article only says the club won seven medals in Dunholm, not who won beam.',
  },
  {
    q: 'how did kestrel bridge do at nationals last year',
    trap: true,
    why: "The gymnastics article covers only this year's regionals and the upcoming nationals, not last year's nationals.",
  },
  {
    q: 'how many new members did the foragers get in 2023',
    trap: true,
    why: 'The foraging notes give 23 new members for 2024 only.',
  },
  {
    q: 'who led the coastal walks back in 2023',
    trap: true,
    why: 'The foraging notes only say Rory led the 2024 coastal walks.',
  },
  {
    q: "whats upper stavely parish council's precept this year",
    trap: true,
    why: "The precept figures are for Aldcombe; the memorial update only mentions Upper Stavely's £2,000 contribution.",
  },
  {
    q: 'how much did aldcombe spend on christmas lights in 2024',
    trap: true,
    why: 'The parish update only budgets events and lights together for 2025/26, with no 2024 figure.',
  },
  {
    q: 'who won the C event at the spring bonspiel',
    trap: true,
    why: 'The curling article covers only the autumn bonspiel; the spring one has not even been scheduled.',
  },
  {
    q: 'what did it cost for a swim at harwick lido back in 2019',
    trap: true,
    why: 'The lido update never gives past swim prices, only that new prices are not set.',
  },
  {
    q: 'is the lower stavely war memorial getting done up too',
    trap: true,
    why: 'The memorial update covers only the Upper Stavely memorial.',
  },
];

export const TWENTY_NINTH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_NINTH_SIX_ANSWERABLE,
  ...TWENTY_NINTH_SIX_TRAPS,
];
