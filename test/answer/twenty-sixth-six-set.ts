/**
 * Chat-style questions about a twenty-sixth six articles (./twenty-sixth-six/: a bird of prey centre's summer
 * flying display report, a village's community share offer to buy its closing shop, a coarse angling club's winter
 * league results, a dance school's end-of-year showcase review, a rail user group's notice of a branch line closed
 * for engineering works, a hospital radio station's relaunch update), written in session 64 by two helpers who saw
 * only the articles (the second set as newcomers ask, in their own everyday words). The question prompt held each
 * question to at most half of its answer's content words, as the sixth to sixteenth and the eighteenth to
 * twenty-fifth six's did. Blind in session 64 (read only as totals: 69 of 200 at the start, 35 and 34; 69 at the
 * end, 35 and 34; read once more mid-session to judge a refit of the decision model, 81, which was not kept); in
 * the repository so that later sessions keep them (three questions both sets hold kept once: 197, 68 right), dev
 * from session 65.
 * Styles the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess ->
 * paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_SIXTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'how many people joined the winter competition this year',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'We had 23 anglers sign up, up from 19 last winter',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did rnd 5 get called off?? was away that weeknd',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'The Wend came up nearly six feet overnight after the snowmelt',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Who ended up as overall champion this season?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Dean took the title for the second time',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much fish Trevor was catching when he make the new record?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'put together 31lb 4oz of chub on the stick float',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'wasnt the old club record like 25lb? who held it before trevor',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'record of 24lb 10oz set by the late Stan Pickering',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'which peg kept spoiling things for sandra',
    file: 'angling-club-winter-league-results.txt',
    fragment: "she hadn't drawn the dreaded peg 22 on Hatchmere twice",
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wots the heaviest single thing any1 landed all winter',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'a bream of 6lb 3oz to Phil Greatorex on Hatchmere in Round 2',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Who was the top youngster in the league?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Luke Ashworth, 14, who finished fifth overall and won his section three times',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many fishermen was catching nothing in the frosty round?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'we had 11 blanks in the Round 6 frost on 26 January',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'i heard the prize money came to about a grand all season, how much was it actually',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Total paid out in pools and prizes over the season was £1,240',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'were any big fish killed at the pool over the winter',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'two dead carp of around 15lb were found on the island bank in December',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'When do the warm-weather matches begin?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Summer league draws start in May',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'When did the Sunday afternoon performance run out of tickets?',
    file: 'dance-school-showcase-review.md',
    fragment: 'it did so on 2 July, eleven days before curtain up',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much money is going to the bursary fund from this show?',
    file: 'dance-school-showcase-review.md',
    fragment: 'the provisional surplus for our bursary fund is £3,940',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'didnt the whole thing drag on past 3 hrs again this year?',
    file: 'dance-school-showcase-review.md',
    fragment: 'the show came in at 2 hours 40 minutes including a 20-minute interval',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who came up with the contemporary routine the seniors did',
    file: 'dance-school-showcase-review.md',
    fragment: 'It was choreographed by Priya Venkataraman, who joined us aged six',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the sat show start late',
    file: 'dance-school-showcase-review.md',
    fragment: "a tripped fuse on the Lantern's lighting rig during the final focus",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which kid had to perform half-barefoot after losing some footwear?',
    file: 'dance-school-showcase-review.md',
    fragment: 'nine-year-old Isla Ferreira lost a jazz shoe during a quick change',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many outfit was made or changed for the dancers?',
    file: 'dance-school-showcase-review.md',
    fragment: 'made or altered 214 costumes',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who won that spirit award, the girl who never skips lessons?',
    file: 'dance-school-showcase-review.md',
    fragment: 'The Spirit of Halbrook trophy went to Ellie-Mae Turnbull, 14',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'which teacher is packing it in at the end of 2024',
    file: 'dance-school-showcase-review.md',
    fragment: 'Miss Helena retires in December after 17 years with us',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many kids get free spots in sept thx 2 the show',
    file: 'dance-school-showcase-review.md',
    fragment: 'we can offer at least eight funded places for the autumn term',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'When do lessons resume after the holidays?',
    file: 'dance-school-showcase-review.md',
    fragment: 'Term starts again on Monday 9 September',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Who was taking the video and photos of the show?',
    file: 'dance-school-showcase-review.md',
    fragment: 'Tom Ashby of Lumen Photography filmed and photographed both performances',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people came through the gate on the day',
    file: 'falconry-display-day-report.md',
    fragment: 'We counted 1,146 visitors between opening at 10am and close at 5pm',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat happened when the car park filled up',
    file: 'falconry-display-day-report.md',
    fragment: "Tom Harkin from Ridley's Farm opened his paddock across the lane as overflow",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much did admission bring in?',
    file: 'falconry-display-day-report.md',
    fragment: 'Gate takings came to £6,875',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'What the raffle and cafe money is using for?',
    file: 'falconry-display-day-report.md',
    fragment: 'go straight into the Barn Owl Nest Box Project',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who was flying juno in the morning show, some trainee?',
    file: 'falconry-display-day-report.md',
    fragment: 'flown by apprentice falconer Kieran Malloch in his very first public display',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many dives did the peregrine do in the big display',
    file: 'falconry-display-day-report.md',
    fragment: 'she put in 14 consecutive passes before I let her take it',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Why was the peregrine grounded for the final show?',
    file: 'falconry-display-day-report.md',
    fragment: 'A peregrine climbing to pitch in a gusting crosswind can get carried a long way downwind',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Where they found Tally after she fly away?',
    file: 'falconry-display-day-report.md',
    fragment: 'she was picked up at 7:15 on Sunday morning in a hedge near Cowley Bridge',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what did tally end up eating while she was gone, a rabbit?',
    file: 'falconry-display-day-report.md',
    fragment: 'helped herself to something, almost certainly a woodpigeon',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wats the deadline 2 claim the raffle prize b4 they redraw',
    file: 'falconry-display-day-report.md',
    fragment: "If it's still unclaimed by 31 August we'll redraw",
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which animal doctor was standing by during the event?',
    file: 'falconry-display-day-report.md',
    fragment: 'Dr Hannah Okafor of Riverside Vets, who was on call all day',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many helper was working at the display day?',
    file: 'falconry-display-day-report.md',
    fragment: 'Twenty-seven volunteers gave up their Saturday',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long was the station off air for',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'After eleven weeks of silence, Radio Fernleigh is back on air',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'is the room they moved 2 any biggr',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'The new space is about twice the size of the old one',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Why did the old studio have to be vacated?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'That building is being demolished to make way for a new multi-storey car park',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why they come back on air later than they planning?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'the main reason was the network connection',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how did they sort the buzzing from the ceiling fan thing',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'arranged for acoustic baffles to be fitted',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much did the hospital charity put in for the new gear',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Thanks to a £8,450 grant from the League of Friends of Fernleigh General',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'can ppl call in live now',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'a phone hybrid so we can take calls to air for the first time',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'What song Len was play first when they come back?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'His first track was the same one that closed us down in July, "Here Comes the Sun"',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'i think i read about 200 folks were streaming at once on the first day back?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: "Our web stream peaked at 212 simultaneous listeners during Len's show",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'wasnt it like 50 songs people asked for on the comeback show? whats the actual number',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Len played 47 requests that afternoon',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whos chair now bernard stepped down',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Vice-chair Pauline Marchbank is acting as chair in the meantime',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'what time is the final service before they close the branch',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'The last train before the blockade is the 22:04 Harnwell Junction to Tollcombe',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wen does the line open back up',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'until the first departure on Monday 24 March, the 05:52 from Tollcombe',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How old is the ironwork on the viaduct?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'The wrought-iron spans date from 1871',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'When they will put the new top part of the bridge in place?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'will be lifted in by a 750-tonne crane over the weekend of 1-2 March',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'trains been going slow over kestle bridge for ages, was that cos of rust or what',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'corrosion found during a 2022 inspection is the reason trains have been crawling',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long a stretch of track are they replacing near oakby',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'Relaying 2.3 miles of old jointed track between Oakby and Pellow Halt',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how long cant u drive over the crossing at stanlake',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'Stanlake Road itself will be shut to traffic for nine days from 8 March',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What's the overall price tag for all the work?",
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'The total cost of the package is put at £11.4 million',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how long does the bus take end to end, like an hour and a half?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'The end-to-end journey is timetabled at 58 minutes',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how far do you have to walk from the drop off to the little station near pellow',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'about 600 yards from the halt along an unlit lane',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'can i bring my cycle w me on the replacemnt',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'Bikes will not be carried on the buses, except folding bikes in bags',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'What they got agreed for the evening connection at the junction?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'the 17:48 bus from Harnwell Junction will now wait up to 10 minutes',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'whats the most 1 person can put in',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'The biggest single investment so far is £20,000',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "What's the typical amount people have invested?",
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'the median investment is £250',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much the owners was asking for the building at first?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: "Maureen and Derek Pellow's asking price was £240,000",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'wasnt the deadline end of august? whats the new closing date',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'The board agreed on 12 August to extend it to Sunday 15 September',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why did they give people extra time to buy shares',
    file: 'village-shop-community-buyout-update.txt',
    fragment: "the council's grant panel was meant to meet in July, but it's been pushed back",
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'when do the old owners close up for good, end of sept sometime?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'their last day of trading is still Saturday 28 September',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Does putting in more money give you a bigger say in decisions?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: "it's one member one vote no matter how many shares you hold",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'When investors will get some interest on the money?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'aiming to pay interest of up to 3% a year from year three',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what hours is the shop gonna be open, 8 till 6 or something?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: '7am to 7pm Monday to Saturday and 8am to 1pm on Sundays',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many people have to sign up to staff the place properly',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'reckons we need at least 60 to make that work',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'what did the surveyor say abt the roof',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'He flagged "some concerns" about the valley gutter at the back',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many people joined the winter fishing comp this time',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'We had 23 anglers sign up, up from 19 last winter',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'whose old best catch got beaten and how much was it',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'previous club winter match record of 24lb 10oz set by the late Stan Pickering',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'who goes out and marks the spots before each match',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Thanks to Gary Thwaite for pegging out every round in all weathers',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did the jan match get called off',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'The Wend came up nearly six feet overnight after the snowmelt and two days of rain',
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'who was the top kid angler this yr',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Best junior: Luke Ashworth, 14, who finished fifth overall',
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'wen does fishin kick off agn after winter',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Summer league draws start in May, details to follow.',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Which competitor claimed the championship, and had they done it previously?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Dean took the title for the second time (his first was 2019/20)',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'What was the heaviest individual catch of the winter?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Biggest single fish: a bream of 6lb 3oz to Phil Greatorex',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'What bait Dean was using for win the last match?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'fishing bloodworm and joker over a bit of leam',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money the anglers was winning all together this year?',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Total paid out in pools and prizes over the season was £1,240.',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someone broke the club record, was it like 30lb of carp? who was it',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'Trevor Yates, drawn on peg 31 below the old footbridge, put together 31lb 4oz of chub',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'didnt they find some dead pike cos of the otters? how big were they',
    file: 'angling-club-winter-league-results.txt',
    fragment: 'two dead carp of around 15lb were found on the island bank in December',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many kids and grownups were dancing in the show altogether',
    file: 'dance-school-showcase-review.md',
    fragment: 'We put 142 dancers on stage',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'who made up the contemporary dance everyone keeps talking about',
    file: 'dance-school-showcase-review.md',
    fragment: 'It was choreographed by Priya Venkataraman',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how much r adult tix now',
    file: 'dance-school-showcase-review.md',
    fragment: 'we put the adult price up from £10 to £12',
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'wen is the ballet teacher leavin n how long has she been there',
    file: 'dance-school-showcase-review.md',
    fragment: 'Miss Helena retires in December after 17 years with us',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'On what date did the afternoon performance run out of seats?',
    file: 'dance-school-showcase-review.md',
    fragment: 'the Sunday matinee sold out, and it did so on 2 July, eleven days before curtain up',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'What mishap did a young performer have mid-routine on the second day?',
    file: 'dance-school-showcase-review.md',
    fragment: 'Isla Ferreira lost a jazz shoe during a quick change',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many subsidised spots will be available come autumn?',
    file: 'dance-school-showcase-review.md',
    fragment: 'we can offer at least eight funded places for the autumn term, up from five',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much money go to the bursary from the show, it is final number?',
    file: 'dance-school-showcase-review.md',
    fragment: 'the provisional surplus for our bursary fund is £3,940, compared with £2,610 last year',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How many outfit the parents was making for show?',
    file: 'dance-school-showcase-review.md',
    fragment: 'made or altered 214 costumes',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'i think it ran about 2 and a half hours this year? whats the exact running length',
    file: 'dance-school-showcase-review.md',
    fragment: 'the show came in at 2 hours 40 minutes including a 20-minute interval',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'who got the attendance award, the girl who hasnt missed a lesson in like 5 years?',
    file: 'dance-school-showcase-review.md',
    fragment:
      "The Spirit of Halbrook trophy went to Ellie-Mae Turnbull, 14, who hasn't missed a single class in four years",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many people came through the gate this year',
    file: 'falconry-display-day-report.md',
    fragment: 'We counted 1,146 visitors between opening at 10am and close at 5pm',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'who was the nervous new guy flying a bird in the morning',
    file: 'falconry-display-day-report.md',
    fragment: 'flown by apprentice falconer Kieran Malloch in his very first public display',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat did they do wen the car park filled up',
    file: 'falconry-display-day-report.md',
    fragment: "Tom Harkin from Ridley's Farm opened his paddock across the lane as overflow",
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'how many times did the falcon swoop @ the lure thing',
    file: 'falconry-display-day-report.md',
    fragment: 'she put in 14 consecutive passes before I let her take it',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'What did admission cost for youngsters?',
    file: 'falconry-display-day-report.md',
    fragment: 'adults £7, under-16s £4, under-5s free',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How many visitors had one of the night birds perched on their hand?',
    file: 'falconry-display-day-report.md',
    fragment: '212 people had a barn owl on the glove over the day, against 158 last year',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "What's the date of the nocturnal creatures evening event?",
    file: 'falconry-display-day-report.md',
    fragment: 'the Bats and Owls Evening on 14 September',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the food for birds is much more expensive now?',
    file: 'falconry-display-day-report.md',
    fragment: 'because day-old chicks and quail have both shot up in price',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why they not fly the peregrine in the last show?',
    file: 'falconry-display-day-report.md',
    fragment: 'By mid-afternoon the wind had got up, gusting past 30mph across the arena',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'If nobody claim the raffle prize, what will happen?',
    file: 'falconry-display-day-report.md',
    fragment: "If it's still unclaimed by 31 August we'll redraw.",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the fundraising goes to some bird house project right, how many does it cover',
    file: 'falconry-display-day-report.md',
    fragment: 'enough for about 57 boxes at £60 each',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the hawk that flew off in the windy show, did they get it back? where was it',
    file: 'falconry-display-day-report.md',
    fragment:
      'she was picked up at 7:15 on Sunday morning in a hedge near Cowley Bridge, about two miles away',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long was the station off air',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'After eleven weeks of silence, Radio Fernleigh is back on air',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'how did they pay for all the new gear',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Thanks to a £8,450 grant from the League of Friends of Fernleigh General',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y did they have to move out of the old place',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'That building is being demolished to make way for a new multi-storey car park',
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'whos running things now the old chair quit',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Vice-chair Pauline Marchbank is acting as chair in the meantime.',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'In which part of the building is the station now housed?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Room 2.14 on Level 2 of the Whitmore Wing, next door to the chaplaincy',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Who handled most of the cabling job?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Ashok Menon, did the bulk of the wiring himself over roughly 60 evening hours',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why they come back later than they plan?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'the main reason was the network connection',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'What song Len play first when they come back?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'His first track was the same one that closed us down in July',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where patient can pick up earphones without pay?',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Free headphones are available from main reception and from the ward volunteers.',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'there was some buzzing from the aircon or something, did they sort it',
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Graham Tolley from the estates team arranged for acoustic baffles to be fitted',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'i think like 200 ppl tuned in online on relaunch day? whats the actual number',
    file: 'hospital-radio-relaunch-update.md',
    fragment: "Our web stream peaked at 212 simultaneous listeners during Len's show.",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: "didnt the hospital boss pop on len's show around lunchtime? what time exactly",
    file: 'hospital-radio-relaunch-update.md',
    fragment: 'Dr Miriam Oyelaran, joined Len in the studio at 11:15 for a short live interview',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when can i catch my final ride before the line goes down',
    file: 'rail-line-engineering-works-notice.txt',
    fragment:
      'The last train before the blockade is the 22:04 Harnwell Junction to Tollcombe on Saturday 15 February.',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'when are people from the group going to be around to help folks at the start',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'at Tollcombe station on the first Monday of the closure, 17 February, from 06:30 to 09:00',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen do trains start back up',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'until the first departure on Monday 24 March, the 05:52 from Tollcombe',
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'how often r the buses on sundays',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'Sundays: hourly, 08:00 to 21:00.',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Why have services been so sluggish crossing the big bridge?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment:
      'corrosion found during a 2022 inspection is the reason trains have been crawling over the viaduct',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Did the passenger group manage to get anything changed after meeting the operators?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment:
      'the 17:48 bus from Harnwell Junction will now wait up to 10 minutes for a late-running London train',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When they put the new bridge part with the big crane?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'lifted in by a 750-tonne crane over the weekend of 1-2 March',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where I must wait the coach for the little station with no road?',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'buses will stop at Pellow crossroads, about 600 yards from the halt',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'the road by the crossing is closed for like a week right? what way do u go instead',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'shut to traffic for nine days from 8 March, with a signed diversion via Ferris Lane',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'can i bring my bicycle on the coaches, i think there was an exception for some kind',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'Bikes will not be carried on the buses, except folding bikes in bags.',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'theres an express coach to the main station in the morning right? what times',
    file: 'rail-line-engineering-works-notice.txt',
    fragment: 'Tollcombe to Harnwell Junction non-stop, at 07:05 and 07:35 on weekdays',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much have they got so far for the shop',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'the share offer has raised £131,450 from 214 members',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'when is the last day to buy shares now',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'The board agreed on 12 August to extend it to Sunday 15 September.',
    style: 'verbatim-ish',
  },
  // set 2, written as lowercase
  {
    q: 'where do i grab a form to put money in',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'Share application forms are on the website, in the church porch',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wen do the pellows shut up shop for good',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'their last day of trading is still Saturday 28 September',
    style: 'slang',
  },
  // set 2, written as phone
  {
    q: 'how many volunteers wud be enough to run it properly',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'reckons we need at least 60 to make that work without burning people out',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Does owning more stakes give you extra say in decisions?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: "it's one member one vote no matter how many shares you hold",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'Which methods of payment are accepted for purchasing stakes?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'You can pay by bank transfer or cheque made payable to Kirkby Hollin Community Shop Ltd.',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much the owners was asking first for the building?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: "Maureen and Derek Pellow's asking price was £240,000",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'I will get some interest on my money, and from when?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: 'the board is aiming to pay interest of up to 3% a year from year three',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'i heard the new fridges and stuff cost like 20k, whats the real figure',
    file: 'village-shop-community-buyout-update.txt',
    fragment: '£28,000 for stock, new chillers and a new till system',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what hours will it be open, 8 till 8 or something?',
    file: 'village-shop-community-buyout-update.txt',
    fragment: '7am to 7pm Monday to Saturday and 8am to 1pm on Sundays',
    style: 'paraphrase',
  },
];

export const TWENTY_SIXTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: "when's the presentation night for the winter league",
    trap: true,
    why: 'The angling report says no date has been set for the presentation night because the Bridge Inn function room refurbishment has no finish date.',
  },
  {
    q: 'is the club keeping hatchmere after the lease runs out in september?',
    trap: true,
    why: "The angling report says Hatchmere Estate hasn't said whether it will renew the lease or on what terms.",
  },
  {
    q: "where's the showcase gonna be next july",
    trap: true,
    why: "The dance review says the 2025 venue is unknown because the Lantern's reopening date after refurbishment hasn't been confirmed.",
  },
  {
    q: "who's taking over miss helena's saturday junior ballet classes",
    trap: true,
    why: 'The dance review says nobody has been appointed yet and interviews are only pencilled in for September.',
  },
  {
    q: 'will pip be well enough to fly at the bats and owls evening',
    trap: true,
    why: "The falconry report says Pip's blood results aren't back so they can't yet say whether she'll fly.",
  },
  {
    q: 'when can the request rounds on cedar and rowan wards start again',
    trap: true,
    why: "The radio update says the infection prevention team hasn't said when request rounds can resume.",
  },
  {
    q: 'r season ticket holders getting any compo for the longer bus journeys',
    trap: true,
    why: "The rail notice says Westmarch hasn't said whether season ticket holders will get compensation.",
  },
  {
    q: 'is the footbridge at pellow halt getting fixed while the line is shut',
    trap: true,
    why: 'The rail notice says no decision has been made on repairing the Pellow Halt footbridge during the blockade.',
  },
  {
    q: 'did the shop get the 30k from the council grant in the end',
    trap: true,
    why: "The shop update says the grant panel meets on 10 September and the outcome isn't known until after that.",
  },
  {
    q: "are they keeping the pellow's name over the door",
    trap: true,
    why: "The shop update says the board hasn't decided whether to keep the name.",
  },
  {
    q: 'what bait was phil using on the feeder in the last round',
    trap: true,
    why: 'The angling report says Phil fished the feeder but never says what bait he used.',
  },
  {
    q: 'what time is the draw on match mornings',
    trap: true,
    why: 'The angling report never gives a draw time for the matches.',
  },
  {
    q: 'what music was undertow danced to',
    trap: true,
    why: 'The dance review names the piece and its choreographer but never says what music it used.',
  },
  {
    q: 'how much did it cost to hire the lantern theatre',
    trap: true,
    why: 'The dance review mentions theatre hire as a cost but never gives the amount.',
  },
  {
    q: 'how old is tally the lanner',
    trap: true,
    why: 'The falconry report gives ages for Juno and Sable but not for Tally.',
  },
  {
    q: 'how much does the hawk walk experience normally cost',
    trap: true,
    why: 'The falconry report mentions the hawk walk experience only as a raffle prize and gives no price.',
  },
  {
    q: "what time is bernard's wednesday jazz hour on",
    trap: true,
    why: 'The radio update says Bernard will keep presenting his Wednesday jazz hour but gives no time slot.',
  },
  {
    q: 'how much did the new 12 channel desk cost by itself',
    trap: true,
    why: 'The radio update gives the total grant and fundraising but no price for the desk alone.',
  },
  {
    q: 'whats the phone number for the passenger assist line to book a taxi',
    trap: true,
    why: "The rail notice mentions Westmarch's Passenger Assist line but gives no number.",
  },
  {
    q: 'how many bedrooms has the flat above the shop got',
    trap: true,
    why: 'The shop update mentions the flat above the shop but says nothing about its size or bedrooms.',
  },
  {
    q: 'who won the summer league last year',
    trap: true,
    why: 'The angling report covers only the 2024/25 winter league, not the summer league.',
  },
  {
    q: 'who came second when dean won the winter league back in 2019/20',
    trap: true,
    why: "The angling report only says Dean's first title was 2019/20 and gives no other results from that season.",
  },
  {
    q: 'how many tickets did the 2022 showcase sell',
    trap: true,
    why: "The dance review gives ticket sales only for 2024 and the previous year at St Bride's, not 2022.",
  },
  {
    q: "who got most improved at last year's showcase",
    trap: true,
    why: 'The dance review only names the 2024 award winners.',
  },
  {
    q: "what was the theme of last year's show at st bride's",
    trap: true,
    why: "The dance review names only this year's theme, Steps Through Time, and not last year's.",
  },
  {
    q: "how many people came to last year's bats and owls evening",
    trap: true,
    why: "The falconry report only mentions this year's Bats and Owls Evening date and gives no attendance for any year.",
  },
  {
    q: 'how many people held an owl back in 2019 when they had the old record crowd',
    trap: true,
    why: 'The falconry report gives 2019 only as the previous visitor record and gives owl handling numbers only for this year and last year.',
  },
  {
    q: 'how many listeners did the christmas day show get in 2022',
    trap: true,
    why: 'The radio update only gives the record of 134 from Christmas Day last year, not 2022.',
  },
  {
    q: 'how long was the line shut for in the 2019 closure',
    trap: true,
    why: 'The rail notice mentions the 2019 closure only for its complaints and coach steps, not how long it lasted.',
  },
  {
    q: 'how much did stavely cross pay for their shop building',
    trap: true,
    why: 'The shop update only says the Stavely Cross buyout raised £98,000 from 160 members, not what it paid for the building.',
  },
  {
    q: 'when is the fishing prize night happening',
    trap: true,
    why: 'The angling report says no date has been set for the presentation night because the Bridge Inn function room is being refurbished.',
  },
  {
    q: 'is the angling club keeping hatchmere after the lease runs out',
    trap: true,
    why: "The report says Hatchmere Estate hasn't said whether it will renew the lease or on what terms.",
  },
  {
    q: 'will the winter league still be a tenner a round next season',
    trap: true,
    why: "The committee hasn't decided whether to keep next season's entry fee at £10 or raise it.",
  },
  {
    q: 'whos taking over miss helenas saturday ballet classes',
    trap: true,
    why: 'The dance school says nobody has been appointed yet and interviews are only pencilled in for September.',
  },
  {
    q: 'are they doing 2 evening shows next year instead of the sunday one?',
    trap: true,
    why: "The dance review says it hasn't been decided whether to keep a Sunday matinee or switch to two evening shows.",
  },
  {
    q: 'is pip the owl ok, whats actually wrong with her',
    trap: true,
    why: "The falconry report says Pip's blood results aren't back, so nothing is known yet about what is wrong.",
  },
  {
    q: 'when r the winter hawk walks',
    trap: true,
    why: 'The falconry report says no dates have been set for winter hawk walks.',
  },
  {
    q: 'when will the speakers on the kids ward be working again',
    trap: true,
    why: 'The radio update says nobody has been able to tell them when the Puffin Ward speakers will be reconnected.',
  },
  {
    q: 'do season ticket ppl get any money back for having to get the bus',
    trap: true,
    why: "The rail notice says Westmarch hasn't said whether season ticket holders will get compensation.",
  },
  {
    q: 'did the village shop get the council grant in the end',
    trap: true,
    why: "The shop update says the grant panel meets on 10 September and the outcome won't be known until after that.",
  },
  {
    q: 'so when does the community shop actually open its doors',
    trap: true,
    why: "The shop update says there is no reopening date and they can't say how long the gap will be.",
  },
  {
    q: 'whats the name of the landlord at the bridge inn',
    trap: true,
    why: 'The angling report mentions the landlord but never gives his name.',
  },
  {
    q: 'what time do the winter league matches start in the morning',
    trap: true,
    why: 'The angling report never states a start or draw time for the matches.',
  },
  {
    q: 'how much is a season pass at thornmoss',
    trap: true,
    why: 'The falconry report mentions a free season pass for Tom Harkin but never gives the price.',
  },
  {
    q: 'how much does the hawk walk for two cost normally',
    trap: true,
    why: 'The falconry report names the hawk walk experience as a raffle prize but gives no price for it.',
  },
  {
    q: 'what fm frequency is radio fernleigh on',
    trap: true,
    why: 'The radio update only describes listening via the web stream and gives no broadcast frequency.',
  },
  {
    q: 'what time is bernards jazz show on wednesdays',
    trap: true,
    why: 'The radio update says Bernard will keep presenting his Wednesday jazz hour but never gives its time.',
  },
  {
    q: 'whats the phone number for passenger assist to book the free taxi',
    trap: true,
    why: 'The rail notice mentions the Passenger Assist line but gives no phone number.',
  },
  {
    q: 'how much will the new shop manager get paid',
    trap: true,
    why: 'The shop update says no manager has been appointed and never mentions a salary.',
  },
  {
    q: 'who won the summer fishing league last year',
    trap: true,
    why: 'The angling report covers only the 2024/25 winter league and says nothing about summer league results.',
  },
  {
    q: 'how many tickets did the dance show sell back in 2022',
    trap: true,
    why: "The dance review only gives ticket sales for 2024 and the previous year at St Bride's, not 2022.",
  },
  {
    q: 'how many visitors did the falconry day get in 2021',
    trap: true,
    why: 'The falconry report only gives visitor numbers for 2024, last year and the 2019 best, not 2021.',
  },
  {
    q: 'how many ppl listened to radio fernleigh on christmas day 2022',
    trap: true,
    why: 'The radio update only gives the listener record from Christmas Day last year, not Christmas 2022.',
  },
  {
    q: 'which bus company ran the replacement buses in the 2019 closure',
    trap: true,
    why: "The rail notice mentions the 2019 closure's coaches and complaints but never names the operator.",
  },
  {
    q: 'what are the opening hours at the stavely cross community shop',
    trap: true,
    why: "The shop update only mentions how much Stavely Cross raised in 2021, not that shop's opening hours.",
  },
  {
    q: 'how many dancers were in halbrooks christmas show',
    trap: true,
    why: 'The dance review covers only the July summer showcase, not any Christmas show.',
  },
  {
    q: 'how many people came to the bats and owls evening last year',
    trap: true,
    why: "The falconry report only mentions this year's Bats and Owls Evening date and gives no past attendance.",
  },
  {
    q: 'is the tollcombe line shutting again for more works in 2026',
    trap: true,
    why: 'The rail notice covers only the February to March 2025 closure and says nothing about later works.',
  },
];

export const TWENTY_SIXTH_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_SIXTH_SIX_ANSWERABLE,
  ...TWENTY_SIXTH_SIX_TRAPS,
];
