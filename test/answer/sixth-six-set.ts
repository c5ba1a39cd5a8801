/**
 * Chat-style questions about a sixth six articles no rule was written for (./sixth-six/: a D&D campaign recap, a
 * council planning decision, a running club's marathon plan, a Minecraft server's rules, a museum's exhibition
 * guide, a dog rescue's appeal update), written in session 45 by two helpers who saw only those articles: two
 * sets of 100 (70 answerable with a verbatim fragment, 30 traps), in ten styles (lowercase, typos, phone,
 * slang, synonyms, paraphrase, learners, wrong guesses, long messages, fragments; the chat set's styles are
 * fewer: "written as" notes the one asked for). At most half of a question's words are in its answer's
 * sentence. Session 45's dev sets.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const SIXTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'why was the fete at the end of september scrapped',
    file: 'charity-fundraising-update.md',
    fragment: 'the field at Low Moor Farm flooded after the storms that week',
    style: 'verbatim-ish',
  },
  {
    q: 'wher did the july pooch competiton happen',
    file: 'charity-fundraising-update.md',
    fragment: 'this was held at Ellerby Showground',
    style: 'typo',
  },
  // written as guess
  {
    q: 'was the mayor the one who actually organised the dog show?',
    file: 'charity-fundraising-update.md',
    fragment: 'That was our events lead, Gareth Moss, and his team.',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wot happens 2 the hounds wen they redo the roof',
    file: 'charity-fundraising-update.md',
    fragment: '16 of our dogs will move temporarily to foster homes',
    style: 'slang',
  },
  // written as synonym
  {
    q: "What's the anticipated duration of the roof replacement?",
    file: 'charity-fundraising-update.md',
    fragment: 'roofing work due to start, expected to take about three weeks',
    style: 'paraphrase',
  },
  {
    q: 'ngl how many hours have the helpers clocked up',
    file: 'charity-fundraising-update.md',
    fragment: "you've given an estimated 2,700 volunteer hours since March",
    style: 'slang',
  },
  // written as learner
  {
    q: 'How much the rescue is paying for one dog each night in the other kennel?',
    file: 'charity-fundraising-update.md',
    fragment: 'that costs us £14 a dog a night',
    style: 'paraphrase',
  },
  {
    q: 'raffle top prize?',
    file: 'charity-fundraising-update.md',
    fragment: 'First prize is a weekend stay at a holiday cottage in the Lakes',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'is it a couple quid a go for the xmas draw?',
    file: 'charity-fundraising-update.md',
    fragment: 'tickets go on sale 1 November at £1 each',
    style: 'paraphrase',
  },
  {
    q: "Who's trying to get a business to double up people's donations over Christmas?",
    file: 'charity-fundraising-update.md',
    fragment: 'our treasurer, Colin Ashby, is in talks with a local employer',
    style: 'paraphrase',
  },
  {
    q: "hey all, just read Hannah's update, so much going on! quick one though, there are three building jobs listed, so how come they're doing the top of the building before the isolation pens and the yard? just curious",
    file: 'charity-fundraising-update.md',
    fragment: "The roof comes first because it's the most urgent",
    style: 'long',
  },
  {
    q: 'when was the orignal dog housing bulit',
    file: 'charity-fundraising-update.md',
    fragment: 'The old kennel block at Hollins Lane went up in 1996',
    style: 'typo',
  },
  {
    q: 'hollins field vote split?',
    file: 'council-planning-decision.txt',
    fragment: 'voted 7-4 in favour, with one abstention',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'wer did they have the meetin, in brackleigh or sumwhere else?',
    file: 'council-planning-decision.txt',
    fragment: "The meeting was held at the council's offices in Ferrisford",
    style: 'slang',
  },
  // written as guess
  {
    q: 'is it like a third of the houses that are gonna be affordable?',
    file: 'council-planning-decision.txt',
    fragment: 'Of the 94 homes, 28 will be affordable',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: 'How many written complaints did the authority get?',
    file: 'council-planning-decision.txt',
    fragment: 'The council received 612 letters of objection and 38 in support',
    style: 'paraphrase',
  },
  {
    q: 'Did all those signatures from the campaign group get treated as loads of separate objections?',
    file: 'council-planning-decision.txt',
    fragment: "a petition counts as a single representation under the council's rules",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Why the planning officer was recommend to approve it?',
    file: 'council-planning-decision.txt',
    fragment: 'the district is short of its five-year housing land supply',
    style: 'paraphrase',
  },
  {
    q: 'how much dosh is the builder coughing up for the school',
    file: 'council-planning-decision.txt',
    fragment: "Thorncastle must pay £410,000 towards expanding St Aldhelm's Primary School",
    style: 'slang',
  },
  {
    q: 'bit confused reading this one, i get that the builder has to pay for the school but was there anything for public transport as well, and how much was it?',
    file: 'council-planning-decision.txt',
    fragment: 'a further £85,000 to keep the number 17 bus running hourly',
    style: 'long',
  },
  {
    q: 'when do the trafic signals need to be put in at the juncton',
    file: 'council-planning-decision.txt',
    fragment: 'before the 20th home is occupied',
    style: 'typo',
  },
  {
    q: "my mate lives right by the field and works nights so she's worried about the noise. anyone know if the builders can crack on at weekends, and if so what times?",
    file: 'council-planning-decision.txt',
    fragment: '8am to 1pm on Saturdays, with no work on Sundays or bank holidays',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'which councillor represents the area the site is in',
    file: 'council-planning-decision.txt',
    fragment: 'Councillor Helen Strode (Liberal Democrat, Brackleigh East), whose ward includes the field',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'how long do ppl have 2 take it 2 court',
    file: 'council-planning-decision.txt',
    fragment: 'which must be brought within six weeks of the decision notice being issued',
    style: 'slang',
  },
  {
    q: "yo what actually took out dev's dwarf lol",
    file: 'dnd-campaign-recap.md',
    fragment: "Kerrow's Tidecaller's Grasp took him from 31 HP to 0",
    style: 'slang',
  },
  {
    q: 'why coudnt the cleric just bring him bak to life',
    file: 'dnd-campaign-recap.md',
    fragment: 'the party only had 240 gp worth of diamonds and the spell needs 300 gp',
    style: 'typo',
  },
  // written as phone
  {
    q: 'wen r we playin next',
    file: 'dnd-campaign-recap.md',
    fragment: 'Session 15 is on Saturday 22 March, 7:30pm, same channel',
    style: 'slang',
  },
  // written as learner
  {
    q: 'Why the game is not happen on 15th?',
    file: 'dnd-campaign-recap.md',
    fragment: "because I'm away that weekend at my sister's in Leeds",
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the boss fight take like an hour irl?',
    file: 'dnd-campaign-recap.md',
    fragment: 'It went 11 rounds and ate roughly 95 minutes of real time',
    style: 'paraphrase',
  },
  {
    q: 'coin share each?',
    file: 'dnd-campaign-recap.md',
    fragment: 'Gold split four ways, so 103 gp each',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'Which PC is holding onto the magic spear?',
    file: 'dnd-campaign-recap.md',
    fragment: 'Tamsin is carrying it, nobody has attuned yet',
    style: 'paraphrase',
  },
  {
    q: "How come Fenwick didn't get any of the treasure?",
    file: 'dnd-campaign-recap.md',
    fragment: "your character gets no share of that session's coin",
    style: 'paraphrase',
  },
  {
    q: 'sorry i was half asleep by the end lol. after they got off the causeway how much did the boat guy charge to take them to colderwick?',
    file: 'dnd-campaign-recap.md',
    fragment: 'paid a ferryman called Old Benn 20 gp',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how much is in the group kitty now',
    file: 'dnd-campaign-recap.md',
    fragment: 'the shared party fund sits at 148 gp',
    style: 'verbatim-ish',
  },
  // written as learner
  {
    q: 'Why the tiefling player is one level under everybody?',
    file: 'dnd-campaign-recap.md',
    fragment: 'she missed session 12, so she stays a level behind until the next milestone',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "How long has Ysolde's dad been bribing the cultists?",
    file: 'dnd-campaign-recap.md',
    fragment: 'has been paying the cult off for two years',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what date is the big race',
    file: 'marathon-training-plan.md',
    fragment: 'aimed at the Lindmoor Marathon on Sunday 26 April 2026',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'do we ever do a 22 miler before race day?',
    file: 'marathon-training-plan.md',
    fragment: 'Nobody in any group runs further than 20 miles in training',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "What's the head coach's fastest finishing time?",
    file: 'marathon-training-plan.md',
    fragment: 'has run 23 marathons herself (PB 2:58)',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much r the tuesday sessions at meadowbank',
    file: 'marathon-training-plan.md',
    fragment: 'The track charges £3.50 per person per session',
    style: 'slang',
  },
  {
    q: 'how much is the dunmore half to enter thru the clubb',
    file: 'marathon-training-plan.md',
    fragment: 'Club entry is £29, against £34 if you enter on your own',
    style: 'typo',
  },
  {
    q: 'how chill should my recovery jogs be',
    file: 'marathon-training-plan.md',
    fragment: '60 to 90 seconds per mile slower than your marathon pace',
    style: 'slang',
  },
  {
    q: 'race fuelling amount?',
    file: 'marathon-training-plan.md',
    fragment: 'Aim for 60 to 90 grams of carbohydrate per hour during the race',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'Where on the course I can take energy sachet from organisers?',
    file: 'marathon-training-plan.md',
    fragment: 'The race provides Kinetix gels at miles 8, 14 and 20',
    style: 'paraphrase',
  },
  {
    q: "I'm not in the club, can I still join in and what does it set me back?",
    file: 'marathon-training-plan.md',
    fragment: 'Non-members can follow the plan for £25 for the full 16 weeks',
    style: 'paraphrase',
  },
  {
    q: 'hi all, new here and a bit lost. I had a question about which pace group to pick and was going to message Pete since he seemed friendly at the xmas do. is that ok or should I ask someone else?',
    file: 'marathon-training-plan.md',
    fragment: "he isn't coaching this block and he'll only forward your email anyway",
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how long do we wind down before the race',
    file: 'marathon-training-plan.md',
    fragment: 'The taper is three weeks',
    style: 'verbatim-ish',
  },
  {
    q: 'bus departure time?',
    file: 'marathon-training-plan.md',
    fragment: 'leaving the leisure centre at 5:45am on race day',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'wer is hollowpine hosted? my ping is rly bad',
    file: 'minecraft-server-rules.md',
    fragment: 'The server lives on a dedicated box in Frankfurt',
    style: 'slang',
  },
  {
    q: 'how far away do i gotta plop my house from other ppl',
    file: 'minecraft-server-rules.md',
    fragment: "Keep builds at least 150 blocks from someone else's base",
    style: 'slang',
  },
  {
    q: 'whys cant we use tnt duplicaters anymor',
    file: 'minecraft-server-rules.md',
    fragment: "one duper near spawn was responsible for about a third of the server's tick lag",
    style: 'typo',
  },
  // written as learner
  {
    q: 'How long the warnings is remaining against me?',
    file: 'minecraft-server-rules.md',
    fragment: 'Strikes stay on your record for 90 days',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'if u grief once is it just a warning?',
    file: 'minecraft-server-rules.md',
    fragment: 'Griefing gets a minimum 7-day ban even on a first offence',
    style: 'paraphrase',
  },
  {
    q: 'Who looks at my request to get unbanned?',
    file: 'minecraft-server-rules.md',
    fragment: "Two staff members who weren't involved in your ban review it",
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'can lanternjaw unban me',
    file: 'minecraft-server-rules.md',
    fragment: 'Theo has no staff permissions at all',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'How much of my build can I keep when the world gets wiped?',
    file: 'minecraft-server-rules.md',
    fragment: 'you can save one 64×64 chunk area',
    style: 'paraphrase',
  },
  {
    q: "ok so my friend says she got redwood for 20 quid a while back but it's showing 25 now?? did they change it or is she making stuff up lol, and if it changed then why",
    file: 'minecraft-server-rules.md',
    fragment: 'It went up on 1 January 2024 because hosting costs went up',
    style: 'long',
  },
  {
    q: 'unban success rate?',
    file: 'minecraft-server-rules.md',
    fragment: 'Around 40% of appeals are accepted',
    style: 'fragment',
  },
  {
    q: "where's everyone linking up for dragon night",
    file: 'minecraft-server-rules.md',
    fragment: 'We meet at the Nether hub portal',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'what year did the wreck happen',
    file: 'museum-exhibition-guide.txt',
    fragment: 'went down off Skelding Point on the night of 9 January 1887',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'did like 5 ppl survive?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'The three survivors were brought ashore by the Skelding lifeboat',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'hw much 4 a grown up ticket',
    file: 'museum-exhibition-guide.txt',
    fragment: 'Tickets for the exhibition cost £8.50 for adults and £6 for concessions',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Where was the vessel constructed?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'She was built in Sunderland in 1871',
    style: 'paraphrase',
  },
  {
    q: "how heavy's the bell",
    file: 'museum-exhibition-guide.txt',
    fragment: 'cast in bronze in 1871 and weighing 19 kilograms',
    style: 'fragment',
  },
  {
    q: 'who put togther the exibition',
    file: 'museum-exhibition-guide.txt',
    fragment: 'The exhibition was curated by Dr Ruth Abernethy',
    style: 'typo',
  },
  {
    q: "what time's the old ticker stuck at",
    file: 'museum-exhibition-guide.txt',
    fragment: 'whose hands stopped at 3.42',
    style: 'slang',
  },
  // written as learner
  {
    q: 'The upstairs balcony in last room, it have a lift or only stairs?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'which can only be reached by eleven steps',
    style: 'paraphrase',
  },
  {
    q: 'Where can I leave the car if I drive over?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'The nearest is the pay-and-display on Harbour Road',
    style: 'paraphrase',
  },
  {
    q: 'went last saturday with my nan and got turfed out of the upstairs bit at half four even though downstairs was still open till 5, bit annoying tbh. why do they shut it earlier?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'close half an hour earlier because of the conservation lighting',
    style: 'long',
  },
  {
    q: 'Where did the carved lady off the front of the ship wash ashore?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'It washed up at Carrick Sands, eight miles to the south',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'when did the dog rescue kick off their big fundraiser',
    file: 'charity-fundraising-update.md',
    fragment: 'We launched the appeal on 1 March 2024',
    style: 'verbatim-ish',
  },
  {
    q: 'how old is the kenel bulding the greyhound place is tryng to fix, like when was it bilt',
    file: 'charity-fundraising-update.md',
    fragment: 'The old kennel block at Hollins Lane went up in 1996',
    style: 'typo',
  },
  // written as guess
  {
    q: 'someone said the new roof will cut their heating costs by like half, is that right?',
    file: 'charity-fundraising-update.md',
    fragment: "The contractor reckons it'll save around 20% on heating.",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wat do they pay 2 board new dogs somewhere else per nite',
    file: 'charity-fundraising-update.md',
    fragment: 'that costs us £14 a dog a night',
    style: 'slang',
  },
  {
    q: 'roof go-ahead figure?',
    file: 'charity-fundraising-update.md',
    fragment: 'the roofing work can start once we hit £25,000',
    style: 'fragment',
  },
  {
    q: 'how many folks and doggos rocked up to the sponsored stroll',
    file: 'charity-fundraising-update.md',
    fragment: '112 walkers and 87 dogs did the 10-kilometre loop around Millbeck Reservoir',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'at what venue did the canine show take place',
    file: 'charity-fundraising-update.md',
    fragment: 'this was held at Ellerby Showground',
    style: 'paraphrase',
  },
  {
    q: 'the mayor was at the dog show, was she the one who put it all together?',
    file: 'charity-fundraising-update.md',
    fragment: 'That was our events lead, Gareth Moss, and his team.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'the biggest money one person give, how much it was?',
    file: 'charity-fundraising-update.md',
    fragment: 'Our biggest single private gift was £2,500.',
    style: 'paraphrase',
  },
  {
    q: "hey all, new here, my aunt volunteers with the greyhound lot and mentioned some builders' merchant is helping out with supplies for the roof, which company is that? want to give them some business",
    file: 'charity-fundraising-update.md',
    fragment: "Tillotson's Builders' Merchants have promised roofing materials at cost.",
    style: 'long',
  },
  {
    q: 'what date are the rofers sheduled to begin and how long wil it last',
    file: 'charity-fundraising-update.md',
    fragment: 'roofing work due to start, expected to take about three weeks',
    style: 'typo',
  },
  {
    q: 'so i heard the greyhound rescue had to scrap some september event because of the weather or something? what actually happened, was it just bad luck with the ground or what',
    file: 'charity-fundraising-update.md',
    fragment: 'because the field at Low Moor Farm flooded after the storms that week',
    style: 'long',
  },
  {
    q: 'hollins decision tally?',
    file: 'council-planning-decision.txt',
    fragment: 'voted 7-4 in favour, with one abstention',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'wat did the builder originally want 2 put there, how many houses',
    file: 'council-planning-decision.txt',
    fragment: 'first submitted the application in March 2024 for 120 homes',
    style: 'slang',
  },
  // written as guess
  {
    q: 'are like a quarter of the new houses gonna be the cheaper kind?',
    file: 'council-planning-decision.txt',
    fragment: 'Of the 94 homes, 28 will be affordable',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many people wrote in against it',
    file: 'council-planning-decision.txt',
    fragment: 'The council received 612 letters of objection and 38 in support.',
    style: 'verbatim-ish',
  },
  {
    q: "how many sigs did the residents' campaign rack up lol",
    file: 'council-planning-decision.txt',
    fragment: 'A separate petition organised by the Save Hollins Field group gathered 1,140 signatures',
    style: 'slang',
  },
  {
    q: "why did the council's own expert say they should let it go ahead",
    file: 'council-planning-decision.txt',
    fragment: 'the district is short of its five-year housing land supply',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'the local woman politician for that part of town, why she was not allowed to decide?',
    file: 'council-planning-decision.txt',
    fragment: 'because she does not sit on the planning committee',
    style: 'paraphrase',
  },
  {
    q: 'how much cash does the developr have to hand over for the primery school',
    file: 'council-planning-decision.txt',
    fragment: "Thorncastle must pay £410,000 towards expanding St Aldhelm's Primary School",
    style: 'typo',
  },
  // written as synonym
  {
    q: 'which road junction is getting signals, and by when',
    file: 'council-planning-decision.txt',
    fragment: 'Traffic lights must be installed at the junction of Mill Lane and the B4120',
    style: 'paraphrase',
  },
  {
    q: "hi, i live a few streets over and i'm worried about the noise from construction, my kid naps on the weekend, are they allowed to build on saturdays and sundays or what are the hours?",
    file: 'council-planning-decision.txt',
    fragment: '8am to 1pm on Saturdays, with no work on Sundays or bank holidays',
    style: 'long',
  },
  // written as guess
  {
    q: "i'm guessing the neighbours can just appeal the approval now, right?",
    file: 'council-planning-decision.txt',
    fragment: 'Residents do not have a right of appeal against a planning approval in England',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'whats the deadline for a legal challenge from the campaigners',
    file: 'council-planning-decision.txt',
    fragment: 'which must be brought within six weeks of the decision notice being issued',
    style: 'verbatim-ish',
  },
  // written as lowercase
  {
    q: 'how late did the last game night go',
    file: 'dnd-campaign-recap.md',
    fragment: 'which we played on Saturday 8 March from 7:30pm until about 12:10am',
    style: 'verbatim-ish',
  },
  {
    q: 'rip to the dwarf, what actually took him out lol',
    file: 'dnd-campaign-recap.md',
    fragment: "Kerrow's Tidecaller's Grasp took him from 31 HP to 0",
    style: 'slang',
  },
  {
    q: "couldn't the cleric have just brought him back to life?",
    file: 'dnd-campaign-recap.md',
    fragment: 'the party only had 240 gp worth of diamonds and the spell needs 300 gp',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'is dev coming back as a wizard next time?',
    file: 'dnd-campaign-recap.md',
    fragment: "He says it'll be a bard but hasn't picked a race",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'why Lucy character is one level less than the others?',
    file: 'dnd-campaign-recap.md',
    fragment: 'she missed session 12, so she stays a level behind',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'y wasnt sam there n wat happened 2 his guy',
    file: 'dnd-campaign-recap.md',
    fragment: 'was off on a work shift, so his ranger Fenwick Dray',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'how lengthy was the clash with the boss',
    file: 'dnd-campaign-recap.md',
    fragment: 'It went 11 rounds and ate roughly 95 minutes of real time.',
    style: 'paraphrase',
  },
  {
    q: 'boat ride price?',
    file: 'dnd-campaign-recap.md',
    fragment: 'paid a ferryman called Old Benn 20 gp',
    style: 'fragment',
  },
  {
    q: 'how much gold did evryone get from the bosses chest',
    file: 'dnd-campaign-recap.md',
    fragment: 'Gold split four ways, so 103 gp each',
    style: 'typo',
  },
  {
    q: 'so my friend plays in this group and told me something about the harbour guy being shady? like the rescued girl spilled something about her dad. what was it, was he in on it with the cult or what',
    file: 'dnd-campaign-recap.md',
    fragment: 'has been paying the cult off for two years',
    style: 'long',
  },
  {
    q: 'next session date?',
    file: 'dnd-campaign-recap.md',
    fragment: 'Session 15 is on Saturday 22 March, 7:30pm, same channel.',
    style: 'fragment',
  },
  {
    q: 'how did they lure a couple of the guards off the door',
    file: 'dnd-campaign-recap.md',
    fragment: 'Wren used Minor Illusion to fake a lantern signal from the bell tower',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'what race is the running club training for and when is it',
    file: 'marathon-training-plan.md',
    fragment: 'aimed at the Lindmoor Marathon on Sunday 26 April 2026',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'the lady in charge has done about 10 marathons herself right?',
    file: 'marathon-training-plan.md',
    fragment: 'has run 23 marathons herself (PB 2:58)',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wen n where is the intro meetup thing',
    file: 'marathon-training-plan.md',
    fragment: 'Thursday 18 December at 7:30pm in the upstairs room of the Greyhound',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'how much more sluggish should the gentle jogs be compared with race tempo',
    file: 'marathon-training-plan.md',
    fragment: '60 to 90 seconds per mile slower than your marathon pace',
    style: 'paraphrase',
  },
  {
    q: "what's the main reason people end up hurt on these programmes",
    file: 'marathon-training-plan.md',
    fragment: 'by running their easy days too fast',
    style: 'paraphrase',
  },
  {
    q: 'max training distance?',
    file: 'marathon-training-plan.md',
    fragment: 'Nobody in any group runs further than 20 miles in training.',
    style: 'fragment',
  },
  {
    q: "why won't the coaches let us smash out a 22 miler",
    file: 'marathon-training-plan.md',
    fragment: 'the extra recovery costs more than the run gives you',
    style: 'slang',
  },
  {
    q: 'how much is it to enter the half marathon thru the clubb',
    file: 'marathon-training-plan.md',
    fragment: 'Club entry is £29, against £34 if you enter on your own.',
    style: 'typo',
  },
  // written as learner
  {
    q: 'how long we must reduce the running before the race day?',
    file: 'marathon-training-plan.md',
    fragment: 'The taper is three weeks.',
    style: 'paraphrase',
  },
  {
    q: "hey! thinking of joining for the tuesday track sessions but money's a bit tight rn, do i have to pay anything extra to use the track itself and can i pay by card?",
    file: 'marathon-training-plan.md',
    fragment: 'The track charges £3.50 per person per session',
    style: 'long',
  },
  // written as synonym
  {
    q: 'does the weekend parkrun count as an official club outing',
    file: 'marathon-training-plan.md',
    fragment: 'Saturday parkrun at Hallow Park is not a club session.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how much cost to be member of the club one year?',
    file: 'marathon-training-plan.md',
    fragment: 'membership is £38 a year, or £25 for under-21s',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how do bedrock ppl connect, is it diff',
    file: 'minecraft-server-rules.md',
    fragment: 'Bedrock players get in through Geyser',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'what country is the hardware actually in',
    file: 'minecraft-server-rules.md',
    fragment: 'The server lives on a dedicated box in Frankfurt',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'is the lag from down under like 150ms or so?',
    file: 'minecraft-server-rules.md',
    fragment: 'We know Australian members get around 290 ms.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the minimum spacing between my build and a neighbour's base",
    file: 'minecraft-server-rules.md',
    fragment: "Keep builds at least 150 blocks from someone else's base",
    style: 'paraphrase',
  },
  {
    q: "why'd yall nuke tnt dupers",
    file: 'minecraft-server-rules.md',
    fragment: "one duper near spawn was responsible for about a third of the server's tick lag",
    style: 'slang',
  },
  {
    q: 'strike duration?',
    file: 'minecraft-server-rules.md',
    fragment: 'Strikes stay on your record for 90 days.',
    style: 'fragment',
  },
  {
    q: 'if i greif someone first time wat happens',
    file: 'minecraft-server-rules.md',
    fragment: 'Griefing gets a minimum 7-day ban even on a first offence',
    style: 'typo',
  },
  {
    q: "that guy who made spawn won't answer my dms about my ban, can he actually do anything",
    file: 'minecraft-server-rules.md',
    fragment: 'Theo has no staff permissions at all.',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'how many time the big world is reset?',
    file: 'minecraft-server-rules.md',
    fragment: 'The Overworld and Nether reset every six months.',
    style: 'paraphrase',
  },
  {
    q: "ok so i want to support the server but i'm trying to figure out where the money actually goes, like does it fund anything besides hosting? and roughly what does running it cost each month?",
    file: 'minecraft-server-rules.md',
    fragment: 'Donations pay for the server (around €54 a month) and nothing else.',
    style: 'long',
  },
  {
    q: 'ngl do ban appeals ever actually get through or nah, what are the odds',
    file: 'minecraft-server-rules.md',
    fragment: 'Around 40% of appeals are accepted',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how many people died in the shipwreck',
    file: 'museum-exhibition-guide.txt',
    fragment: 'with the loss of eleven of her fourteen crew',
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'wats the last time u can get in',
    file: 'museum-exhibition-guide.txt',
    fragment: '10am to 4.30pm, with last entry at 3.45pm',
    style: 'slang',
  },
  {
    q: 'how much they charging for a grown-up ticket',
    file: 'museum-exhibition-guide.txt',
    fragment: '£8.50 for adults and £6 for concessions',
    style: 'slang',
  },
  // written as guess
  {
    q: 'was the boat based locally, like this was her home?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'Her registered home port, however, was Leith',
    style: 'paraphrase',
  },
  {
    q: 'wat was the ship carryng when it sank and were was it goin',
    file: 'museum-exhibition-guide.txt',
    fragment: 'carrying coal and earthenware from the Tyne to Lisbon',
    style: 'typo',
  },
  // written as synonym
  {
    q: 'at what hour were the rescued sailors landed',
    file: 'museum-exhibition-guide.txt',
    fragment: 'brought ashore by the Skelding lifeboat at about 5am on 10 January',
    style: 'paraphrase',
  },
  {
    q: 'wreck discovery year?',
    file: 'museum-exhibition-guide.txt',
    fragment: 'located it in 1973 in 22 metres of water',
    style: 'fragment',
  },
  {
    q: 'what does the old ringing thing from the ship weigh',
    file: 'museum-exhibition-guide.txt',
    fragment: 'cast in bronze in 1871 and weighing 19 kilograms',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'who is person that choose the objects for this show?',
    file: 'museum-exhibition-guide.txt',
    fragment: "the choice and interpretation of the objects are Dr Abernethy's",
    style: 'paraphrase',
  },
  {
    q: "hi! my mum uses a wheelchair and we'd love to come see the shipwreck exhibit next month, is everything reachable without stairs or are there bits she won't be able to get to?",
    file: 'museum-exhibition-guide.txt',
    fragment: 'can only be reached by eleven steps',
    style: 'long',
  },
  // written as phone
  {
    q: 'any way 2 get there frm the railway w/o driving? how often',
    file: 'museum-exhibition-guide.txt',
    fragment: 'The number 38 bus runs from the station every 20 minutes',
    style: 'slang',
  },
];

export const SIXTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'whats the name of the family that gave the 2.5k',
    trap: true,
    why: 'The update says the family asked not to be named, so their name is not given.',
  },
  {
    q: 'how much of a discount r tillotsons giving on the roof stuff',
    trap: true,
    why: "The update says Tillotson's have not yet confirmed how much the at-cost discount works out to.",
  },
  {
    q: 'When is the new isolation block expected to open?',
    trap: true,
    why: 'The update says there is no date because it depends on raising the last £13,360.',
  },
  {
    q: 'who won waggiest tail at the dog show',
    trap: true,
    why: 'The update only says the Mayor judged Waggiest Tail and never names the winner.',
  },
  {
    q: 'which firm is matching donations at xmas, is it tillotsons?',
    trap: true,
    why: 'The update says Colin Ashby has not said which local employer he is talking to and nothing is agreed.',
  },
  {
    q: 'wen do the diggers start on hollins field',
    trap: true,
    why: 'The article says the developer did not say when building would begin.',
  },
  {
    q: 'how much r the new houses on hollins field gonna go for',
    trap: true,
    why: 'The article says Thorncastle has not confirmed the asking prices of the homes.',
  },
  {
    q: 'Which housing association is going to run the affordable homes?',
    trap: true,
    why: 'The article says the housing association has not yet been named.',
  },
  {
    q: 'how much would a judicial review cost the save hollins field lot',
    trap: true,
    why: 'The article says the group has not taken legal advice and does not know what it would cost.',
  },
  {
    q: 'how do i lodge an objection to a planning application in north avonvale',
    trap: true,
    why: 'The article reports one decision and does not explain how to submit an objection.',
  },
  {
    q: 'so whos the abbess then',
    trap: true,
    why: 'The recap says the Abbess is never named and the DM will not reveal who she is yet.',
  },
  {
    q: 'wat was in the letter to G.M.',
    trap: true,
    why: 'The recap says the letter is unopened and the DM will not say what is in it.',
  },
  {
    q: 'What race and name is Dev giving his new bard?',
    trap: true,
    why: 'The recap says Dev has not picked a race or a name yet.',
  },
  {
    q: 'what time does lucys one shot start on the 15th and how many can join',
    trap: true,
    why: 'The recap says Lucy has not settled a start time or said how many players she can take.',
  },
  {
    q: 'best feats for a dwarf fighter in 5e?',
    trap: true,
    why: 'The recap is about one session and gives no character-build advice.',
  },
  {
    q: 'how much is a seat on the club coach to lindmoor',
    trap: true,
    why: 'The plan says the price per seat has not been decided.',
  },
  {
    q: 'wot discount does the physio give members',
    trap: true,
    why: "The plan says the physio's discount amount has not been confirmed yet.",
  },
  {
    q: 'What time does the gun go at Lindmoor?',
    trap: true,
    why: 'The plan gives the coach departure time but never the race start time.',
  },
  {
    q: 'did ruth run lindmoor last year, whats her time there',
    trap: true,
    why: "The plan gives Ruth's marathon count and PB but nothing about her running Lindmoor.",
  },
  {
    q: 'any tips for sorting out shin splints during marathon training',
    trap: true,
    why: 'The plan does not cover shin splints or treating injuries.',
  },
  {
    q: 'whos the new mod that joined in october',
    trap: true,
    why: "The rules say the new moderator's name will only be posted after their trial month.",
  },
  {
    q: 'whats the prize for the lost villages build contest',
    trap: true,
    why: 'The rules say the prize has not been decided yet.',
  },
  {
    q: 'is 1.21 gonna mean an early reset or nah',
    trap: true,
    why: 'The rules say staff have not decided whether 1.21 will trigger an early reset.',
  },
  {
    q: 'how many ppl turned up to dragon night last time',
    trap: true,
    why: 'The rules give attendance only for the server birthday, not for Dragon Night.',
  },
  {
    q: 'how do i build an afk fish farm in 1.20.4',
    trap: true,
    why: 'The rules only say AFK farms are allowed without auto-clickers and give no build instructions.',
  },
  {
    q: 'who did the pocket watch belong to',
    trap: true,
    why: 'The guide says it is not known who the watch belonged to.',
  },
  {
    q: 'whats the cabin boys name',
    trap: true,
    why: "The guide says the cabin boy's name was never recorded and researchers could not identify him.",
  },
  {
    q: 'how much r tickets for the evening lecture in september',
    trap: true,
    why: 'The guide says the lecture price has not yet been set.',
  },
  {
    q: 'What was the name of the lifeboat coxswain who brought the survivors in?',
    trap: true,
    why: 'The guide mentions the Skelding lifeboat but names none of its crew.',
  },
  {
    q: 'what time does the skelding heritage centre on marine parade open',
    trap: true,
    why: 'The guide says the Heritage Centre is a separate organisation and gives no details about it.',
  },
  {
    q: 'Who was behind that anonymous £2,500 gift to the greyhound rescue?',
    trap: true,
    why: 'The article says the family asked not to be named and the rescue is respecting that.',
  },
  {
    q: 'wen will the isolation bit for new dogs b open',
    trap: true,
    why: 'The article says there is no opening date because it depends on raising the last £13,360.',
  },
  {
    q: "is the company matching the rescue's christmas donations the big supermarket in town?",
    trap: true,
    why: 'The treasurer has not said which employer it is and nothing is agreed yet.',
  },
  {
    q: 'how much is the adoption fee for a greyhound at millbeck',
    trap: true,
    why: 'The fundraising update never mentions adoption fees.',
  },
  {
    q: 'tillotsons discount amount?',
    trap: true,
    why: "The article says Tillotson's have not yet confirmed how much of a discount the at-cost materials work out to.",
  },
  {
    q: 'so when are the diggers actually rocking up on hollins field',
    trap: true,
    why: 'The developer did not say when building would begin.',
  },
  {
    q: 'how much wil the new houses off mill lane cost to buy',
    trap: true,
    why: 'Thorncastle has not confirmed the asking prices of the homes.',
  },
  {
    q: 'which social landlord will look after the low-cost homes',
    trap: true,
    why: 'The housing association that will manage the affordable homes has not yet been named.',
  },
  {
    q: "my neighbour is part of the save hollins field group and they're talking about going to court, does anyone know roughly how much a judicial review would set them back?",
    trap: true,
    why: 'The group had not taken legal advice and did not know what a judicial review would cost.',
  },
  {
    q: 'the number 17 bus, it is running also on Sunday?',
    trap: true,
    why: 'The article only says £85,000 keeps the number 17 running hourly for five years and gives no Sunday timetable.',
  },
  {
    q: 'whats the real name of the abbess the villain kept mentioning',
    trap: true,
    why: "The DM says Kerrow's journal never names the Abbess and he is not revealing who she is yet.",
  },
  {
    q: 'ok spill, whats actually in that sealed letter for g.m.',
    trap: true,
    why: "The letter has not been opened and the DM won't say what is in it until someone does.",
  },
  {
    q: 'wat time does lucys one shot start on the 15th',
    trap: true,
    why: 'Lucy has not settled on a start time for her one-shot.',
  },
  {
    q: "dev's new bard is gonna be an elf right?",
    trap: true,
    why: 'Dev has not picked a race or a name for his new bard yet.',
  },
  {
    q: 'fenwick dray level?',
    trap: true,
    why: "The recap lists levels for the other four characters but never gives Sam's ranger's level.",
  },
  {
    q: "what's the fare for a place on the club's bus to lindmoor",
    trap: true,
    why: 'The price per seat on the club coach has not been decided.',
  },
  {
    q: 'how much of a discount does the physio in town give membrs',
    trap: true,
    why: "The physio's members' discount amount has not been confirmed yet.",
  },
  {
    q: 'how fast has the club chair run a marathon himself?',
    trap: true,
    why: "The plan gives Ruth Okafor's marathon PB but says nothing about Pete Summerscale's running times.",
  },
  {
    q: "hey first timer here, i'm pretty slow and worried about getting swept, does anyone know how long the lindmoor course stays open before they close it?",
    trap: true,
    why: 'The plan never states a cut-off time for the Lindmoor Marathon.',
  },
  {
    q: 'Dylan the assistant coach, which qualification he is having?',
    trap: true,
    why: "Only Ruth Okafor's coaching qualification is given; nothing is said about Dylan Marsh's.",
  },
  {
    q: 'who is the new moderator that started in october',
    trap: true,
    why: "The new moderator's name will only be posted once their trial month is over.",
  },
  {
    q: 'wat do u win for the lost villages build contest',
    trap: true,
    why: "The prize for the Lost Villages contest hasn't been decided yet; only last time's prize is given.",
  },
  {
    q: '1.21 is gonna force an early reset right?',
    trap: true,
    why: "Staff haven't decided whether 1.21 will trigger an early reset or an in-place update.",
  },
  {
    q: 'hollowpine discord invite?',
    trap: true,
    why: 'The rules page refers to the Discord but never gives an invite link.',
  },
  {
    q: 'who took the W in the last build contest',
    trap: true,
    why: "The page mentions last time's prize but never says who won.",
  },
  {
    q: 'whats the name of the cabin boy who drownd',
    trap: true,
    why: "The guide says the cabin boy's name was never recorded and researchers could not identify him.",
  },
  {
    q: 'who was the owner of the silver timepiece in the exhibit',
    trap: true,
    why: 'The guide says it is not known who the pocket watch belonged to.',
  },
  {
    q: 'planning a trip in september with my dad who loves maritime history, how much will tickets be for the evening talk about the board of trade inquiry?',
    trap: true,
    why: 'The price of the evening lecture has not yet been set.',
  },
  {
    q: 'will people in other towns get a chance to see the shipwreck show after it finishes here?',
    trap: true,
    why: 'The museum has not yet decided whether the exhibition will travel after it closes.',
  },
  {
    q: 'the three men who survive, what were their names?',
    trap: true,
    why: 'The guide never names the three survivors, only that descendants of two of them helped.',
  },
];

export const SIXTH_SIX_SET: readonly ChatQuestion[] = [...SIXTH_SIX_ANSWERABLE, ...SIXTH_SIX_TRAPS];
