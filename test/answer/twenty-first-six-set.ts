/**
 * Chat-style questions about a twenty-first six articles (./twenty-first-six/: a town carnival's procession plans,
 * a hedgehog rescue's winter update, a sailing club's frostbite series report, a tool library's launch, a blood
 * donation service's session changes, an archery club's beginners' course), written in session 59 by two helpers
 * who saw only the articles (the second set as newcomers ask, in their own everyday words). The question prompt
 * held each question to at most half of its answer's content words, as the sixth to sixteenth and the eighteenth to
 * twentieth six's did. Blind in session 59 (read only as totals: 37 and 27 of 100 at its start, 37 and 27 at its
 * end); in the repository so that later sessions keep them, dev from session 60. Styles the scorer does not know
 * are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own
 * noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWENTY_FIRST_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'when does the archery beginners thing kick off this year',
    file: 'archery-club-beginners-course.txt',
    fragment: 'starting on 24 April and finishing on 29 May',
    style: 'verbatim-ish',
  },
  {
    q: 'where am i not supposed to leave my car at the archery field',
    file: 'archery-club-beginners-course.txt',
    fragment: "Please don't park in front of the cricket pavilion",
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y did the archery course get more expensive this yr??',
    file: 'archery-club-beginners-course.txt',
    fragment: 'because the field hire from Fenwick Town Council went up by £6 an evening',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What allowed the club to take on extra newcomers this time around?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'The reason is simple: we have more coaches',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many people was apply for the course in last year?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'We had 31 applications for 10 places',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'i think week one is all safety rules, do you actually get to shoot anything the first night?',
    file: 'archery-club-beginners-course.txt',
    fragment: "You'll shoot your first ends at 10 metres on the big bosses",
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What pull strength are the starter bows usually?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'Everyone starts on a recurve with light limbs, typically 16 to 20lb',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who coughed up da cash 4 the archery clubs new kit',
    file: 'archery-club-beginners-course.txt',
    fragment: 'using a £640 grant from Fenwick Rotary',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: 'someone from last yrs beginners set a club record right? what score was it, like 500 something',
    file: 'archery-club-beginners-course.txt',
    fragment: 'shot a 512 in a Portsmouth round at the club indoor shoot',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'whose score did ravi beat',
    file: 'archery-club-beginners-course.txt',
    fragment: 'beating the 488 set by Hannah Kerslake in 2017',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'When the club will decide the price for membership after course?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'The committee will set our own fees once they know, probably at the June meeting',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wen can i start emailing to get a spot on the course',
    file: 'archery-club-beginners-course.txt',
    fragment: 'Applications open on Monday 31 March at 7pm',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'where will we be giving blood from april',
    file: 'blood-donor-session-changes.txt',
    fragment:
      'our sessions move out of the Methodist Hall on Church Street and into the Orchard Road Community Centre',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'y r they leaving the old hall tho',
    file: 'blood-donor-session-changes.txt',
    fragment: 'the Methodist circuit has put the hall up for sale',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Why they choose the community centre for the new place?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'it has a ground-floor hall big enough for eight donor chairs',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'that blood service guy who checked out orchard road in november, who was it again?',
    file: 'blood-donor-session-changes.txt',
    fragment: "The Blood Service's venue officer, Colin Prentergast, visited in December",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how do u sort out a slot now theres no walk ins',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Appointments can be booked through the donor app or by phone',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How much blood did the village donate over the previous twelve months?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Keston Vale collected 412 units of blood, up from 389 in 2023',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "weren't loads of the new donors from some college? who got them to come",
    file: 'blood-donor-session-changes.txt',
    fragment: 'after Aaron Mbeki in the sixth form put up posters',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much blood they get at the best session before?',
    file: 'blood-donor-session-changes.txt',
    fragment: '128 people came through the door and 119 units were collected',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who hit a hundred donations last year',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Derek Fairholme of Mill Lane, who made his 100th donation in September',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'r the snacks n cuppas still happenin at the new place',
    file: 'blood-donor-session-changes.txt',
    fragment: 'yes, the refreshments table is coming with us',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'Which door do donors use to get in at the new building?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'The entrance for donors will be the side door nearest the bowling green',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'My slot was made for the Methodist place before, what happen to it now?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'it has already been moved automatically to Orchard Road at the same time',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'when is the carnival parade this year',
    file: 'carnival-procession-plans.md',
    fragment: 'which is now confirmed for Saturday 12 July',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What's forcing the new parade path?",
    file: 'carnival-procession-plans.md',
    fragment: 'The reason for the change is the roadworks on Mill Lane',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How long is the walk of new route compare to before?',
    file: 'carnival-procession-plans.md',
    fragment: "That's roughly 2.4 miles, compared with 1.7 miles last year",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'someone went round with a wheel thing in march right? where did they say the awkward spot is',
    file: 'carnival-procession-plans.md',
    fragment: 'reckons the only pinch point is the turn onto the bridge',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'hw much 2 put a float in the parade',
    file: 'carnival-procession-plans.md',
    fragment: 'Entry is £15 for a float and £5 for a walking group',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: "Who's supplying the trucks for the floats?",
    file: 'carnival-procession-plans.md',
    fragment: 'being lent free of charge by Brindley Haulage',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what did people vote for as the theme',
    file: 'carnival-procession-plans.md',
    fragment: '(27 to 11 over "Space Race"), is "Hollinsbridge Through the Ages"',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'How tall can be my float maximum?',
    file: 'carnival-procession-plans.md',
    fragment: 'Maximum height is 4.2 metres including any structure',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'are we allowed to chuck sweets again this year? i thought that got sorted',
    file: 'carnival-procession-plans.md',
    fragment: 'Throwing sweets from floats is still banned',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what night is the queen thing on and whats the venue',
    file: 'carnival-procession-plans.md',
    fragment: 'Crowning night will be Friday 20 June at the Memorial Hall',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "How much profit did last summer's event make?",
    file: 'carnival-procession-plans.md',
    fragment: "Last year's carnival made a surplus of £8,430 after costs",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y has the insurance gone up so much',
    file: 'carnival-procession-plans.md',
    fragment: 'because the insurer now treats the river bridge as a "higher-risk crossing"',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how many hogs has the rescue got right now',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'As of this morning we have 64 hedgehogs in care',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'numbers are way up cos of the cold autumn or something? whats the actual reason',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'The reason our numbers are so high is the mild, wet autumn',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Which weight a baby hedgehog need for sleeping in winter?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'reaching the 600g hibernation weight before the first frosts',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'whats the chunkiest hog overwintering weigh these days, started off tiny in october i think',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'who came in at 290g on 3 November and now tips the scales at 812g',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'where did they find the lil one parsnip',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'found wandering round a supermarket car park in Stowbury at midday',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'whose farm are the sleeping hedgehogs kept at',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'thanks to Tom and Alice Redfern, who let us use their walled garden',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What happens if a dozing hog sheds too many grams?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'any that drop more than 10% of their body weight get brought inside and woken up',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'For what reason the rescue stop taking new animals for a while?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment:
      'the ringworm outbreak in late November, which affected nine hogs and meant we had to close to new admissions',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'that charity hike by the water before christmas, what did it bring, like 2 grand?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'by eight volunteers on a bitterly cold 7 December - brought in £2,460',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How big was the funding bid for a new hedgehog building?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'We applied to the Stowbury District Community Fund in November for £5,000',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many more foster people the rescue is needing?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'we really need at least four more before spring',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'is it ok 2 feed a hog milk if u find one',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: "Please don't give it milk or bread - hogs are lactose intolerant",
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how many entries has the winter racing got',
    file: 'sailing-club-frostbite-series.md',
    fragment: "We've got 34 boats entered this winter, up from 26 last year",
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What was the biggest fleet on the start line in a single race?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'On 17 November we had 28 boats on the water for Race 3',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'y was the 8th dec race called off',
    file: 'sailing-club-frostbite-series.md',
    fragment: '8 December was scrubbed because it was blowing a hoolie',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'Why the other Sunday was cancel in the new year?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'the western shore froze and the slipway was sheet ice',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'who keeps winning in the lasers',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'Jamie has been the one to beat in the ILCA start, winning five of the eight races',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'some 12 yr old girl won a race, youngest ever or something? who was it',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'Freya, who won Race 5 on 1 December at just 13',
    style: 'paraphrase',
  },
  {
    q: 'before freya the youngest winner was some lad who was 14 or so? who was that',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'The previous youngest was Tom Galbraith, who was 15',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'How many times did boats go over during the series so far?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'The rescue log shows 11 capsizes over the four race days',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much cost one soup in the galley?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'At £3.50 a portion, the galley has taken £640 so far',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'since the committee boat motor died in november where do they run the start sequence from',
    file: 'sailing-club-frostbite-series.md',
    fragment: "we've been running starts from the shore hut since",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much 2 enter 4 a kid',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'Series entry is still open at £20 for adults and £12 for juniors',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'how many people joined on the first day',
    file: 'tool-library-launch.md',
    fragment: 'By the time we pulled the shutter down at 1pm we had signed up 96 members',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "Where's the lending place located?",
    file: 'tool-library-launch.md',
    fragment: "in the old groundsman's hut behind St Aldric's playing field",
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'who first thought of doing it, i think it started at a fete stall a couple years back',
    file: 'tool-library-launch.md',
    fragment: 'when Gwen Falloway noticed that everybody wanted to borrow a drill',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much did the local council chip in for setup',
    file: 'tool-library-launch.md',
    fragment: "Brackenmoor Town Council's Community Chest gave us a grant of £4,200",
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How much money the online fundraising get?',
    file: 'tool-library-launch.md',
    fragment: 'Our crowdfunder raised £1,850 from 73 backers',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What pushed back the launch from early summer?',
    file: 'tool-library-launch.md',
    fragment: "the hut's roof turned out to leak over the back corner",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how much was the asbestos check',
    file: 'tool-library-launch.md',
    fragment: 'The survey came back clear (it cost £380)',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'How many things they have for borrow when it start?',
    file: 'tool-library-launch.md',
    fragment: 'On opening day we had 312 items catalogued',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much is it to join',
    file: 'tool-library-launch.md',
    fragment: 'Membership is £15 a year, or £5 if you receive any means-tested benefit',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "How long can I hang on to something I've borrowed?",
    file: 'tool-library-launch.md',
    fragment: 'The standard loan is seven days, and you can renew once',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'wasnt it the mayor who did the ribbon thing at the opening? who was it actually',
    file: 'tool-library-launch.md',
    fragment: 'Councillor Deepa Marwick cut the ribbon on opening day',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what night of the week are the newbie archery lessons on',
    file: 'archery-club-beginners-course.txt',
    fragment: 'runs for six weeks on Thursday evenings',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wheres the spot u cant leave ur car at the archery field??',
    file: 'archery-club-beginners-course.txt',
    fragment: "don't park in front of the cricket pavilion",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "What's the price tag for the intro to archery programme?",
    file: 'archery-club-beginners-course.txt',
    fragment: 'The course costs £85',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the archery lessons is more expensive compare to before?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'the field hire from Fenwick Town Council went up by £6 an evening',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why did they bump the archery spots up to like 15 this time round',
    file: 'archery-club-beginners-course.txt',
    fragment: 'The reason is simple: we have more coaches',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "how many people does each instructor look after when we're shooting",
    file: 'archery-club-beginners-course.txt',
    fragment: 'enough for one coach to every four archers on the line',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'How many folks put in for a spot on the intro shooting sessions in 2024?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'We had 31 applications for 10 places',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wat do u actually do on the 1st nite of the bow class',
    file: 'archery-club-beginners-course.txt',
    fragment: 'Week one is all safety: the whistle system, the waiting line',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Which kind of bow I will get to use when I am total beginner?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'Everyone starts on a recurve with light limbs, typically 16 to 20lb',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'didnt the club get some money off the council to buy replacement bows? who gave it',
    file: 'archery-club-beginners-course.txt',
    fragment: 'using a £640 grant from Fenwick Rotary',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wen can u start puttin ur name down for the archery thing',
    file: 'archery-club-beginners-course.txt',
    fragment: 'Applications open on Monday 31 March at 7pm',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'What I must put on my feet for the shooting class?',
    file: 'archery-club-beginners-course.txt',
    fragment: 'Wear flat, closed shoes and close-fitting clothes',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'where do i go to donate now that the old hall is closing',
    file: 'blood-donor-session-changes.txt',
    fragment: 'into the Orchard Road Community Centre',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'can i just rock up n give blood or do i need 2 book first',
    file: 'blood-donor-session-changes.txt',
    fragment: 'They will be appointment-only, with no more walk-ins',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'What hours will the donation clinics be running under the new setup?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'two shorter clinics, 1.30pm to 3.30pm and 5pm to 7.30pm',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why they are leaving the old church building for the donating?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'the Methodist circuit has put the hall up for sale',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "How come you can't just show up unannounced any more?",
    file: 'blood-donor-session-changes.txt',
    fragment: 'they simply ran out of chairs and staff time',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How I can make reservation for give my blood?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Appointments can be booked through the donor app or by phone',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why did they cut it down to 3 a year, was it staff shortages or something',
    file: 'blood-donor-session-changes.txt',
    fragment: 'has been merged with the Dunmere team',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much blood did ppl give altogether last yr',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Keston Vale collected 412 units of blood, up from 389 in 2023',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'which kid spread the word at school and got loads of teens coming',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Aaron Mbeki in the sixth form put up posters',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'who was the bloke who hit like 150 donations, the one from mill road',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Derek Fairholme of Mill Lane, who made his 100th donation in September',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'whos in charge of the drinks n biccies after u give',
    file: 'blood-donor-session-changes.txt',
    fragment: 'Our team of six volunteers, led by Sheila Brannigan',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Which doorway should donors use to get into the venue?',
    file: 'blood-donor-session-changes.txt',
    fragment: 'the side door nearest the bowling green, not the main entrance',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what day is the parade happening this summer',
    file: 'carnival-procession-plans.md',
    fragment: 'now confirmed for Saturday 12 July',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat time does the parade kick off on the day',
    file: 'carnival-procession-plans.md',
    fragment: 'the procession steps off at 2pm sharp',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Why is the parade taking a different path through town?',
    file: 'carnival-procession-plans.md',
    fragment: 'The reason for the change is the roadworks on Mill Lane',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How long is the walking distance of the parade in this time?',
    file: 'carnival-procession-plans.md',
    fragment: "That's roughly 2.4 miles, compared with 1.7 miles last year",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'hw much does it cost 2 put a lorry display in',
    file: 'carnival-procession-plans.md',
    fragment: 'Entry is £15 for a float and £5 for a walking group',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'Which firm is loaning out the trucks for the parade?',
    file: 'carnival-procession-plans.md',
    fragment: 'Lorries are once again being lent free of charge by Brindley Haulage',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what idea are we all supposed to be dressing up around',
    file: 'carnival-procession-plans.md',
    fragment: 'is "Hollinsbridge Through the Ages"',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'How tall my float is allowed to be maximum?',
    file: 'carnival-procession-plans.md',
    fragment: 'Maximum height is 4.2 metres including any structure',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'are we allowed to chuck candy off the lorries again? i thought they brought it back',
    file: 'carnival-procession-plans.md',
    fragment: 'Throwing sweets from floats is still banned',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'What age range can go for the junior royal roles?',
    file: 'carnival-procession-plans.md',
    fragment: 'please spread the word to anyone aged 8 to 11',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much profit was left over from the 2024 event',
    file: 'carnival-procession-plans.md',
    fragment: 'made a surplus of £8,430 after costs',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'where do people make the parade lorries, some old factory yard or something?',
    file: 'carnival-procession-plans.md',
    fragment: 'Float-building sessions start in the old tannery yard on Saturday 7 June',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many animals does the rescue have at the moment',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'As of this morning we have 64 hedgehogs in care',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many hogs didnt make it this winter :(',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'sadly 16 have died or had to be put to sleep',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "What's behind the rescue being so packed this season?",
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'The reason our numbers are so high is the mild, wet autumn',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How heavy a baby hedgehog need to be for sleep all winter?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'reaching the 600g hibernation weight before the first frosts',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'whats the name of the big chonky one that came in tiny back in october',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'Our biggest overwinterer is Bramble',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'where did u guys pick up the tiniest baby hog??',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'found wandering round a supermarket car park in Stowbury at midday',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'where are the sleeping ones being kept till spring',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'hibernating in the hutches at Brackley Farm',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'At what point do you rouse a dormant animal and take it indoors?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'any that drop more than 10% of their body weight get brought inside',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'How much the animal doctor is charging you for each visit?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'a discounted rate of £18 a consult instead of the usual £52',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'how long did they shut for the skin fungus thing, was it a week?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'close to new admissions for four days while we deep-cleaned everything',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'I see one hedgehog walking in the afternoon, what I should do with it?',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'Pop it in a high-sided box with a towel',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'is it ok 2 leave out a saucer of cows milk for it',
    file: 'hedgehog-rescue-winter-update.txt',
    fragment: 'hogs are lactose intolerant and it gives them terrible upset tummies',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'how many people signed up to race on the reservoir over the cold months',
    file: 'sailing-club-frostbite-series.md',
    fragment: "We've got 34 boats entered this winter",
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: "Where did the club's new single-handers come from?",
    file: 'sailing-club-frostbite-series.md',
    fragment: "all bought second-hand over the summer after Colin Prideaux's demo weekend in June",
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wats the most boats theyve ever had out at once',
    file: 'sailing-club-frostbite-series.md',
    fragment: '28 boats on the water for Race 3',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'Why the race in early December did not happen?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'it was blowing a hoolie - gusts of 41 knots',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why was the mid jan race called off, was it snow?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'the western shore froze and the slipway was sheet ice',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'When do you get to drop your worst result from the scores?',
    file: 'sailing-club-frostbite-series.md',
    fragment: "Discards don't kick in until 10 races",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how old is the youngest person to win one of the winter races',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'who won Race 5 on 1 December at just 13',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y is jamie missin a couple of races next month',
    file: 'sailing-club-frostbite-series.md',
    fragment: "he's away at a training camp on 2 and 9 February",
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'do i have to wear a drysuit or is just a lifejacket fine?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'wetsuits or drysuits are compulsory for the series, as are buoyancy aids',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'where does the money from the soup and bacon rolls go',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'all of which goes to the junior training fund',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'Why the big boat for starting the race is not used now?',
    file: 'sailing-club-frostbite-series.md',
    fragment: 'The outboard on Old Glory seized on 1 December',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what day did the borrowing shed first open',
    file: 'tool-library-launch.md',
    fragment: 'opened its doors at 10am on Saturday 7 September',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'how many people joined on the first day, was it like 60?',
    file: 'tool-library-launch.md',
    fragment: 'we had signed up 96 members',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'How did the lending scheme first come about?',
    file: 'tool-library-launch.md',
    fragment: 'the idea came out of the Tool Swap table at the summer fair in July 2023',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'how much did the town council chuck in for it',
    file: 'tool-library-launch.md',
    fragment: 'Community Chest gave us a grant of £4,200',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How much money the online fundraising is collected?',
    file: 'tool-library-launch.md',
    fragment: 'Our crowdfunder raised £1,850 from 73 backers',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'why did it open late, something about damp in the walls?',
    file: 'tool-library-launch.md',
    fragment: "the hut's roof turned out to leak over the back corner",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: "how much does it cost to sign up if you're on benefits",
    file: 'tool-library-launch.md',
    fragment: 'or £5 if you receive any means-tested benefit',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'How long time I can keep the drill when I take it home?',
    file: 'tool-library-launch.md',
    fragment: 'The standard loan is seven days',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "What do I need to bring to prove I'm eligible?",
    file: 'tool-library-launch.md',
    fragment: 'show proof that you live in Brackenmoor ward or work on the estate',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: "who's the guy doing the safety checks on the electric stuff, tomas something?",
    file: 'tool-library-launch.md',
    fragment: 'Every electrical item has been PAT tested by Tomasz',
    style: 'paraphrase',
  },
  {
    q: 'who opened the tool place officially, some councillor was it?',
    file: 'tool-library-launch.md',
    fragment: 'Councillor Deepa Marwick cut the ribbon on opening day',
    style: 'paraphrase',
  },
];

export const TWENTY_FIRST_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'are under 16s allowed on the archery beginners course this year',
    trap: true,
    why: 'The archery article says the committee has not decided whether under-16s can join this course.',
  },
  {
    q: 'wen is the july blood donor session',
    trap: true,
    why: 'The blood donor article says the July session is pencilled in but no date has been confirmed.',
  },
  {
    q: 'will the evening blood clinic keep going after the summer',
    trap: true,
    why: 'The blood donor article says the evening clinic is a trial and it is not known whether it will continue.',
  },
  {
    q: "what's happening to the old methodist hall, is it being turned into flats",
    trap: true,
    why: 'The blood donor article says nobody has said what will happen to the hall and the flats talk is only rumour.',
  },
  {
    q: 'r there fireworks after the carnival this year',
    trap: true,
    why: 'The carnival article says the committee is split and will vote on the fireworks at the April meeting.',
  },
  {
    q: "who's crowning the carnival queen this year",
    trap: true,
    why: 'The carnival article says the committee has not agreed on who will do the crowning.',
  },
  {
    q: 'when are the hedgehogs getting released this spring',
    trap: true,
    why: 'The hedgehog article says releases depend on the weather and no date is being set.',
  },
  {
    q: 'who is taking over the hog helpline when pat moves',
    trap: true,
    why: 'The hedgehog article says nobody has volunteered to take over the helpline.',
  },
  {
    q: 'r the cancelled frostbite races gonna be re-sailed',
    trap: true,
    why: 'The sailing article says the committee has not yet decided whether the cancelled Sundays will be made up.',
  },
  {
    q: 'does the tool library charge late fees if u bring stuff back late',
    trap: true,
    why: 'The tool library article says late fees have not been decided and will go to the AGM.',
  },
  {
    q: "whats gareth pennock's email so i can apply for archery",
    trap: true,
    why: 'The archery article says to email the secretary but never gives his email address.',
  },
  {
    q: 'how many arrows does each beginner get to use on the archery course',
    trap: true,
    why: 'The archery article never says how many arrows each beginner gets.',
  },
  {
    q: "what's the phone number to book a blood donation",
    trap: true,
    why: 'The blood donor article says to book by phone or ring Peggy but gives no number.',
  },
  {
    q: 'what is the donor app called',
    trap: true,
    why: 'The blood donor article mentions the donor app but never names it.',
  },
  {
    q: 'how much do the funfair rides cost at abbey meadow',
    trap: true,
    why: 'The carnival article never gives prices for the funfair rides.',
  },
  {
    q: 'how many marshals has the carnival got signed up so far',
    trap: true,
    why: 'The carnival article says how many marshals are needed but not how many have signed up.',
  },
  {
    q: "what's the hedgehog rescue's phone number",
    trap: true,
    why: 'The hedgehog article says to ring the rescue but never gives a phone number.',
  },
  {
    q: 'how much did captain the boar weigh when they brought him in',
    trap: true,
    why: 'The hedgehog article says Captain was brought in but gives no weight for him.',
  },
  {
    q: 'what handicap number do the rs aeros sail off',
    trap: true,
    why: 'The sailing article says the Aero number may be too harsh but never gives the figure.',
  },
  {
    q: 'when is the tool library agm',
    trap: true,
    why: 'The tool library article mentions an AGM but gives no date for it.',
  },
  {
    q: 'how much did the archery beginners course cost in 2023',
    trap: true,
    why: 'The archery article only gives the 2024 and 2025 prices.',
  },
  {
    q: 'how many ppl applied for the archery course in 2023',
    trap: true,
    why: "The archery article only gives application numbers for last year's (2024) course.",
  },
  {
    q: 'when are the blood donor sessions in dunmere',
    trap: true,
    why: 'The blood donor article only gives dates for the Keston Vale sessions.',
  },
  {
    q: 'how many units of blood did keston vale collect in 2022',
    trap: true,
    why: 'The blood donor article only gives totals for 2023 and 2024.',
  },
  {
    q: 'what date was the carnival procession last year',
    trap: true,
    why: "The carnival article gives this year's date but not the 2024 procession date.",
  },
  {
    q: 'how many floats were in the carnival in 2023',
    trap: true,
    why: 'The carnival article only gives float numbers for this year and 2024.',
  },
  {
    q: 'how many hogs did the rescue release last winter',
    trap: true,
    why: 'The hedgehog article only gives release numbers for this winter.',
  },
  {
    q: 'who won the frostbite series last year',
    trap: true,
    why: "The sailing article only covers this year's standings, not last year's winner.",
  },
  {
    q: 'how many boats enter the summer series at tarnwick',
    trap: true,
    why: 'The sailing article only covers the winter Frostbite Series.',
  },
  {
    q: 'how many things got lent out at the tool swap table at the 2024 summer fair',
    trap: true,
    why: 'The tool library article only gives the figure for the July 2023 summer fair.',
  },
  {
    q: 'can my 12 year old do the beginners archery course',
    trap: true,
    why: "The archery article says the committee hasn't decided whether under-16s can join this year's course.",
  },
  {
    q: 'is there gonna be a 2nd archery course in august??',
    trap: true,
    why: 'The archery article says a second course in August is wanted but no decision has been made.',
  },
  {
    q: 'will the evening blood donation slot still be running in the autumn',
    trap: true,
    why: 'The blood donor article says the evening clinic is a trial and it is not known whether it continues after July.',
  },
  {
    q: 'What date is the July blood session?',
    trap: true,
    why: 'The blood donor article says the July session is pencilled in but no date has been confirmed.',
  },
  {
    q: 'r there fireworks after the carnival this yr',
    trap: true,
    why: 'The carnival article says the committee is split and will only vote on the fireworks at the April meeting.',
  },
  {
    q: 'who is crowning the carnival queen this year',
    trap: true,
    why: "The carnival article says the committee hasn't agreed on who will do the crowning.",
  },
  {
    q: 'when does the hedgehog rescue sunday drop in start again',
    trap: true,
    why: "The hedgehog article says they haven't decided when to restart the Sunday drop-in.",
  },
  {
    q: 'Who is the new person answering the hedgehog helpline after March?',
    trap: true,
    why: 'The hedgehog article says nobody has volunteered to take over the helpline yet.',
  },
  {
    q: 'are the frostbite races that got called off gonna be made up',
    trap: true,
    why: "The sailing article says it isn't known yet and the committee will decide on 28 January.",
  },
  {
    q: 'How much is the late fine if I return a tool late?',
    trap: true,
    why: "The tool library article says they haven't decided whether to charge late fees at all.",
  },
  {
    q: 'wen does the repair cafe at the tool library start',
    trap: true,
    why: 'The tool library article says no date has been set for the repair café.',
  },
  {
    q: 'how many members does the archery club have altogether',
    trap: true,
    why: "The archery article never gives the club's total membership.",
  },
  {
    q: 'What brand are the new beginner bows the club bought?',
    trap: true,
    why: "The archery article gives the bows' limb weights and grant but never a make or brand.",
  },
  {
    q: 'how long does the whole blood donation take start to finish',
    trap: true,
    why: 'The blood donor article never says how long a single donation takes.',
  },
  {
    q: 'whats the number to ring to book a blood appointment',
    trap: true,
    why: 'The blood donor article says you can book by phone but never gives a phone number.',
  },
  {
    q: 'how much r the funfair rides at the carnival',
    trap: true,
    why: 'The carnival article mentions the funfair at Abbey Meadow but never gives ride prices.',
  },
  {
    q: 'Which float won first prize last year?',
    trap: true,
    why: 'The carnival article mentions float judging but never says who won last year.',
  },
  {
    q: 'what year did prickles and paws start up',
    trap: true,
    why: 'The hedgehog article never says when the rescue was founded.',
  },
  {
    q: 'How much does it cost to become a full member of the sailing club?',
    trap: true,
    why: 'The sailing article only gives the Frostbite series entry fee, not club membership fees.',
  },
  {
    q: 'do u have to leave a deposit to borrow a drill from the tool library',
    trap: true,
    why: 'The tool library article never mentions any deposit for loans.',
  },
  {
    q: 'how much was the beginners archery course back in 2023',
    trap: true,
    why: "The archery article gives only the 2025 price and last year's £75, nothing for 2023.",
  },
  {
    q: 'when are the blood donor sessions over in dunmere',
    trap: true,
    why: "The blood donor article only covers Keston Vale's sessions, not Dunmere's.",
  },
  {
    q: "What was the theme for last year's carnival?",
    trap: true,
    why: "The carnival article gives only this year's theme, not last year's.",
  },
  {
    q: 'what date was the carnival parade last year',
    trap: true,
    why: "The carnival article gives the 2025 date but never the date of last year's procession.",
  },
  {
    q: 'how many hedgehogs did the rescue take in altogether the winter before this one',
    trap: true,
    why: "The hedgehog article gives admissions only since 1 October this winter, not last winter's total.",
  },
  {
    q: 'whos leading the summer racing series at tarnwick',
    trap: true,
    why: 'The sailing article only covers the winter Frostbite Series standings.',
  },
  {
    q: 'who won the wednesday evening topper races',
    trap: true,
    why: 'The sailing article mentions the Wednesday Topper group but gives no results for it.',
  },
  {
    q: "When is the tool swap at this year's summer fair?",
    trap: true,
    why: 'The tool library article only describes the July 2023 Tool Swap table, not any later one.',
  },
];

export const TWENTY_FIRST_SIX_SET: readonly ChatQuestion[] = [
  ...TWENTY_FIRST_SIX_ANSWERABLE,
  ...TWENTY_FIRST_SIX_TRAPS,
];
