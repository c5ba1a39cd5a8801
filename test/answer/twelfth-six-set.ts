/**
 * Chat-style questions about a twelfth six articles (./twelfth-six/: a volunteer repair café's quarterly report,
 * a lawn bowls club's annual general meeting minutes, a photography club's city walk and competition, a food
 * bank's winter appeal update, a language exchange group's meetup guide, a village hall committee's refurbishment
 * update), written in session 50 by two helpers who saw only the articles (the second set in a newcomer's
 * vaguer words), as ./eleventh-six-set.ts was. Blind in session 50 (read only as totals: 27 and 35 of 100 at its
 * start, 30 and 35 at its end); in the repository so that later sessions keep them, dev from session 51. Styles
 * the scorer does not know are mapped (phone -> slang; lowercase -> verbatim-ish; synonym, learner, guess ->
 * paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const TWELFTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // written as lowercase
  {
    q: 'who took over as head of the bowls club after leonard stepped down',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Mrs Margaret Ollerenshaw, the outgoing Vice-President, was elected unopposed',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: "How big was the club's money shortfall over the twelve months?",
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'against expenditure of £15,115, giving a deficit of £855',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'did the full members sub go up to 140 quid in the end?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Full playing membership to rise from £130 to £145',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wat happened w irenes plan 2 cap the fee lower, how many ppl backed it',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'The amendment was defeated by 29 votes to 15',
    style: 'slang',
  },
  {
    q: 'green reopening date?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'until opening day, which is Saturday 5 April',
    style: 'fragment',
  },
  {
    q: 'how much wuold it cost to sort out the waterloged rink 4?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Mr Briggate has a quote of £3,800 for new drainage',
    style: 'typo',
  },
  {
    q: 'who beat ken for the number two job and by how much',
    file: 'bowls-club-agm-minutes.txt',
    fragment: "Mr Tom Raistrick was elected with 26 votes to Mr Ken Allcock's 21",
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'By how much points Whitely is losing his big match in the summer?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'which he lost to Mr Graham Fothergill 21-19',
    style: 'paraphrase',
  },
  {
    q: 'sorry if this was covered already but I only skimmed the AGM notes, the whole cup final row seems to have been a big deal, why did they decide to let Fothergill keep the win instead of siding with Peter?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'on the grounds that Mr Whitely did not dispute the measurement at the time',
    style: 'long',
  },
  {
    q: 'how close did the lads get to going up a division lol',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'so the club missed promotion by 2 points',
    style: 'slang',
  },
  {
    q: 'who one the womens singels at the club champs?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: "The ladies' singles was won by Miss Deborah Lund",
    style: 'typo',
  },
  // written as synonym
  {
    q: "What's the spending limit on the new defib?",
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'buy one from reserves at a cost of up to £1,450',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much food r they tryin 2 get altogether for xmas',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'with a target of 6,000 kilograms of food and £12,500 in cash',
    style: 'slang',
  },
  // written as guess
  {
    q: "so they're about 8k in on the cash side now, is that right?",
    file: 'food-bank-winter-appeal.txt',
    fragment: 'we had received 3,870 kilograms of food and £8,240 in money',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how much did the church carols night bring in',
    file: 'food-bank-winter-appeal.txt',
    fragment: "£2,150 came from the collection at St Aldhelm's carol evening",
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: "What did the previous year's Christmas drive take in altogether?",
    file: 'food-bank-winter-appeal.txt',
    fragment: "Last winter's appeal raised £9,600 in total",
    style: 'paraphrase',
  },
  {
    q: 'how much tinned meet gets handed out evry seven days in the cold months?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'we get through roughly 120 a week in winter',
    style: 'typo',
  },
  {
    q: 'whats the deal with them not wanting pasta rn',
    file: 'food-bank-winter-appeal.txt',
    fragment: "which Dennis reckons is about eleven weeks' supply at the current rate",
    style: 'slang',
  },
  {
    q: 'kids helped in november?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Those parcels fed 1,047 people, 389 of them children',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'On Christmas Eve the food bank is open or not, and what time?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Tuesday 24 December: 9am to 12 noon',
    style: 'paraphrase',
  },
  {
    q: 'if i want to bring stuff in, which days can i drop it at the unit?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'at Mill Lane on Tuesdays and Thursdays between 9am and 12 noon',
    style: 'paraphrase',
  },
  {
    q: "hey all, my neighbour has been getting help from the food bank through her GP and she's worried she'll be cut off soon, does anyone know how many times you can get a parcel before they stop it for half a year?",
    file: 'food-bank-winter-appeal.txt',
    fragment: 'a maximum of three vouchers in any six-month period',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'how much is the garage charging to fix the van',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Hanley Motors have quoted £1,340 for those repairs',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'is the minimum age for helping out like 18?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Volunteers must be 16 or over, although 14- and 15-year-olds can help with sorting',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'do i hav 2 order smth at the café or can i just sit there',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'asks that every attendee buy at least one drink',
    style: 'slang',
  },
  {
    q: 'why do the saturday library sessions have to wrap up so sharp',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'because a chess club has the room from 12:30',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'My friend is 19 years, she can come to the Friday social in the bar?',
    file: 'language-exchange-meetup-guide.md',
    fragment: "so it's 21+ only and ID is checked at the door",
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where are the saturday meetups going after the library shuts',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'offered Room 3 at the Millbrook Community Center on Fenwick Street',
    style: 'verbatim-ish',
  },
  {
    q: 'tuesday partner swap length?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'Each pairing lasts 30 minutes: 15 minutes in one language',
    style: 'fragment',
  },
  // written as guess
  {
    q: 'biggest tuesday crowd ever was like 50 right?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'the record was 57 on September 17',
    style: 'paraphrase',
  },
  {
    q: 'whats the minimun number of peple to keep a tabel going on saterdays?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'A table needs at least 3 learners and 1 native or fluent speaker',
    style: 'typo',
  },
  {
    q: 'did the zoom thing actually pull a decent crowd or did it flop',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'Twelve people joined the first week and five the last',
    style: 'slang',
  },
  // written as synonym
  {
    q: 'Who should I message about getting my money back?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'fees and refunds go to Hye-jin',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'im at uni, wats the yearly cost 4 me',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'Annual membership is $40, or $25 for students, people over 65',
    style: 'slang',
  },
  {
    q: "thinking of signing up now-ish but it's already late in the year and I don't want to pay $40 for like two months of use, does it carry over if you sign up in autumn or am I wasting money?",
    file: 'language-exchange-meetup-guide.md',
    fragment: 'your membership also covers the whole of the following year',
    style: 'long',
  },
  // written as synonym
  {
    q: 'How much does the cafe charge the group for the upstairs space each week?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'Fees pay for the Copper Kettle room ($60 per Tuesday)',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'were there about 40 people on the spring photo outing?',
    file: 'photography-club-city-walk.md',
    fragment: '31 members and 6 guests, so 37 walkers in all',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'where did everyone gather before heading out',
    file: 'photography-club-city-walk.md',
    fragment: 'under the Union Depot clock on Fremont Street',
    style: 'verbatim-ish',
  },
  {
    q: "why'd the walk end up way longer than it was meant to be",
    file: 'photography-club-city-walk.md',
    fragment: 'because Canal Street was closed for water main work',
    style: 'slang',
  },
  // written as phone
  {
    q: 'how many ppl hung around 4 food at the diner',
    file: 'photography-club-city-walk.md',
    fragment: 'Only 22 of us stayed for lunch',
    style: 'slang',
  },
  {
    q: 'how many big wall paintings did that alley stop have',
    file: 'photography-club-city-walk.md',
    fragment: 'with its 14 murals, including the new one',
    style: 'paraphrase',
  },
  {
    q: 'total comp submissions?',
    file: 'photography-club-city-walk.md',
    fragment: 'We received 71 images from 26 entrants.',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'Why did a couple of photos get thrown out of the contest?',
    file: 'photography-club-city-walk.md',
    fragment: 'Two were disqualified: one for a replaced sky',
    style: 'paraphrase',
  },
  {
    q: 'photo comp winner?',
    file: 'photography-club-city-walk.md',
    fragment: '"Steam and Shadow" by Ruth Abernathy, 27/30',
    style: 'fragment',
  },
  // written as learner
  {
    q: 'The judge Rafael, what is his job?',
    file: 'photography-club-city-walk.md',
    fragment: 'photography instructor at Harborview Community College',
    style: 'paraphrase',
  },
  {
    q: 'My nephew Leo was chuffed to bits with his win in the under 18 section but he keeps asking me what he actually gets for it, I read the newsletter too quickly and missed it, anyone know?',
    file: 'photography-club-city-walk.md',
    fragment: 'Prize: a $50 gift card plus a free year of junior membership',
    style: 'long',
  },
  {
    q: 'who wun the peoples choise thing at the meeting?',
    file: 'photography-club-city-walk.md',
    fragment: 'Marcus Bellweather\'s "Customs House at Noon" won with 13',
    style: 'typo',
  },
  {
    q: "is there money in it for whoever finds harold's camera?",
    file: 'photography-club-city-walk.md',
    fragment: 'and is offering a $100 reward',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many things got mended in total over the summer',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'of which 78 were fixed outright',
    style: 'verbatim-ish',
  },
  {
    q: 'why was the august one so dead',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'as the Harbour Festival was on the same day',
    style: 'slang',
  },
  {
    q: "how come they're so bad at sorting out computers",
    file: 'repair-cafe-quarterly-report.md',
    fragment: "needed a replacement screen or battery that we simply don't stock",
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the oldest thing a 1960s record player or something?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'a 1958 valve radio brought in by Mr Desmond Pryce',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'hw old was the littlest 1 who got their toy sorted',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'was nine-year-old Tilly Marsh, whose remote-control car',
    style: 'slang',
  },
  {
    q: 'how much of the funding pot is still kicking about',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'That leaves £187.15 of the grant.',
    style: 'slang',
  },
  {
    q: 'how much does the chruch hall cost to rent each time?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'hall hire (£45 per session, so £135 for the quarter)',
    style: 'typo',
  },
  // written as learner
  {
    q: 'Somebody was injured in the toaster accident? Who is it?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'volunteer Joe Laskey got a minor burn to his right thumb',
    style: 'paraphrase',
  },
  {
    q: 'max stuff per visit?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'Each visitor may bring a maximum of two items per session',
    style: 'fragment',
  },
  {
    q: "I saw there's a new person on the electrical table with Gwilym the last couple of times and was wondering who she is and what her background is, anyone know?",
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'Marta is a qualified electrician and will shadow Gwilym',
    style: 'long',
  },
  {
    q: 'Saw the bit at the end of the repair cafe report about trying to get more money for fixing laptops, who did they apply to and how much are they hoping to get? I would chip in myself if it falls through',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'applied to the Harbour Trust for £1,200 towards a laptop parts fund',
    style: 'long',
  },
  // written as lowercase
  {
    q: 'when are the builders meant to be done now',
    file: 'village-hall-refurbishment-update.md',
    fragment: "The main contractor's revised completion date is Friday 31 January 2025",
    style: 'verbatim-ish',
  },
  // written as phone
  {
    q: 'wheres the xmas fair gonna be if the hall isnt ready',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'in the hall of Ashcombe Primary School by kind permission of the head',
    style: 'slang',
  },
  // written as synonym
  {
    q: "What's the builders' agreed price for the job?",
    file: 'village-hall-refurbishment-update.md',
    fragment: 'Fixed-price contract of £148,600, excluding variations.',
    style: 'paraphrase',
  },
  {
    q: 'how much did getting rid of the asbestoss end up costing?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'a licensed firm, Castlegate Environmental, removed it, at a cost of £6,850',
    style: 'typo',
  },
  // written as learner
  {
    q: 'Why the heating machines was coming so late?',
    file: 'village-hall-refurbishment-update.md',
    fragment: "arrived on 14 October, three weeks late, because of a manufacturer's backlog",
    style: 'paraphrase',
  },
  {
    q: 'how much wiggle room is left in the budget after all that',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'so only £3,400 of contingency remains',
    style: 'slang',
  },
  // written as guess
  {
    q: 'has the village fundraising hit like 10 grand yet?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'target £16,000, of which £12,420 has been raised so far',
    style: 'paraphrase',
  },
  {
    q: "what's happening with the wednesday exercise class since the temp room is smaller?",
    file: 'village-hall-refurbishment-update.md',
    fragment: 'so Joanne is running a second class at 8:15pm',
    style: 'paraphrase',
  },
  {
    q: 'friday kids night location',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'the Scout hut in Stowbridge, 4 miles away',
    style: 'fragment',
  },
  {
    q: "My mum plays short mat on tuesday afternoons and she's been moping about since the hall shut, why couldn't they just move it somewhere like the other groups did?",
    file: 'village-hall-refurbishment-update.md',
    fragment: 'as nowhere else in the village has a long enough floor',
    style: 'long',
  },
  // written as learner
  {
    q: 'If I book the hall for party in spring, I must pay some money before?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'can be made now with a £50 deposit, refunded in full',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: "was the turnout at the bowls club's yearly meeting something like 60 people?",
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Present: 47 members (41 playing, 6 social).',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much did the bowls club end up short by this yr? heard they lost money',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'against expenditure of £15,115, giving a deficit of £855',
    style: 'slang',
  },
  {
    q: 'what made the bowls club spend more than it took in?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'higher electricity costs and a one-off £1,940 bill for mower repairs',
    style: 'paraphrase',
  },
  {
    q: 'how much is it gonna set me back to actually play at ashbourne vale next year, the full whack?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Full playing membership to rise from £130 to £145.',
    style: 'slang',
  },
  // written as learner
  {
    q: 'The lady who want a smaller rise of the fee, her proposal was accepted or not?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'The amendment was defeated by 29 votes to 15',
    style: 'paraphrase',
  },
  {
    q: "hi all, my dad's been thinking about taking up bowls at ashbourne vale but realistically he won't get round to it till late summer, does he still have to cough up for the whole year or is there some kind of discount if you come in partway through?",
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'new members joining after 1 July will pay half the full fee',
    style: 'long',
  },
  {
    q: 'how much wud it cost to sort out the flodding on that one rink?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Mr Briggate has a quote of £3,800 for new drainage on that rink',
    style: 'typo',
  },
  {
    q: 'first bowls day next season?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'until opening day, which is Saturday 5 April',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'who got chosen as second in command at the bowls club, under the new president?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'Mr Tom Raistrick was elected with 26 votes',
    style: 'paraphrase',
  },
  {
    q: 'why did the committee let the cup final result stand after the loser complained?',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'on the grounds that Mr Whitely did not dispute the measurement at the time',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'are they getting one of those heart restart machines for the bowls club and how much will it cost',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'buy one from reserves at a cost of up to £1,450',
    style: 'verbatim-ish',
  },
  {
    q: 'did any of the bowls teams actually bag a league title this year or nah',
    file: 'bowls-club-agm-minutes.txt',
    fragment: 'the midweek triples team won Division 1 of the Evening League',
    style: 'slang',
  },
  // written as synonym
  {
    q: "what's the goal for the harlow food drive this winter?",
    file: 'food-bank-winter-appeal.txt',
    fragment: 'with a target of 6,000 kilograms of food and £12,500 in cash',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'has the food bank hit like 10 grand in cash donations yet?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'we had received 3,870 kilograms of food and £8,240 in money',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how much did the church carols thing raise 4 the food bank?',
    file: 'food-bank-winter-appeal.txt',
    fragment: "£2,150 came from the collection at St Aldhelm's carol evening",
    style: 'slang',
  },
  // written as learner
  {
    q: 'How much they got from people in the same campaign one year ago?',
    file: 'food-bank-winter-appeal.txt',
    fragment: "Last winter's appeal raised £9,600 in total",
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many cans of meat does the food bank go through each week in the cold months',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'we get through roughly 120 a week in winter',
    style: 'verbatim-ish',
  },
  {
    q: "is there anything they're already drowning in that i shouldn't bother dropping off?",
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Please do not send more pasta for now.',
    style: 'slang',
  },
  {
    q: 'what sise bags of suger shud i bring?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'sugar (1kg bags, not 2kg), rice in 500g bags',
    style: 'typo',
  },
  {
    q: 'handouts last month?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'We handed out 412 food parcels in November',
    style: 'fragment',
  },
  // written as phone
  {
    q: 'r they open on xmas eve? wat time',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Tuesday 24 December: 9am to 12 noon (extra session)',
    style: 'slang',
  },
  {
    q: "so my neighbour's been really struggling and got a slip from her doctor for the food bank, she's been a couple of times already and she's scared they'll stop helping her, is there a limit on how many times you can go?",
    file: 'food-bank-winter-appeal.txt',
    fragment: 'a maximum of three vouchers in any six-month period',
    style: 'long',
  },
  // written as guess
  {
    q: 'is fixing the food bank van gonna be around 500 quid?',
    file: 'food-bank-winter-appeal.txt',
    fragment: 'Hanley Motors have quoted £1,340 for those repairs.',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "why did the charity's vehicle flunk its roadworthiness test?",
    file: 'food-bank-winter-appeal.txt',
    fragment: 'with a corroded brake pipe and a worn clutch',
    style: 'paraphrase',
  },
  {
    q: 'do i gotta buy something at the cafe night or can i just rock up?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'asks that every attendee buy at least one drink',
    style: 'slang',
  },
  {
    q: 'why do the saturday morning lot have to clear out of the library so early?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'because a chess club has the room from 12:30',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'I am 19 years old, I am allowed to come to the friday night at the bar?',
    file: 'language-exchange-meetup-guide.md',
    fragment: "so it's 21+ only and ID is checked at the door",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'where r the sat sessions going after the library shuts for works?',
    file: 'language-exchange-meetup-guide.md',
    fragment: "we've been offered Room 3 at the Millbrook Community Center on Fenwick Street",
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how long do you talk in each language before you swap at the tuesday thing',
    file: 'language-exchange-meetup-guide.md',
    fragment: '15 minutes in one language, then the bell',
    style: 'verbatim-ish',
  },
  // written as guess
  {
    q: 'biggest tuesday crowd ever was around 40 right?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'the record was 57 on September 17',
    style: 'paraphrase',
  },
  // written as synonym
  {
    q: "what's the minimum headcount for a saturday language group to run on its own?",
    file: 'language-exchange-meetup-guide.md',
    fragment: 'A table needs at least 3 learners and 1 native or fluent speaker',
    style: 'paraphrase',
  },
  {
    q: 'video call attendance drop?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'Twelve people joined the first week and five the last',
    style: 'fragment',
  },
  {
    q: 'who do i talk to if i want my money back from the language swap group?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'fees and refunds go to Hye-jin',
    style: 'paraphrase',
  },
  {
    q: 'how much is a yearly membrship for a uni studnet?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'Annual membership is $40, or $25 for students, people over 65',
    style: 'typo',
  },
  {
    q: "hey, a friend dragged me along to this language swap thing and i kinda liked it, but it's already like november so is there any point paying for the yearly membership now or would it run out in a few weeks anyway?",
    file: 'language-exchange-meetup-guide.md',
    fragment: 'your membership also covers the whole of the following year',
    style: 'long',
  },
  // written as learner
  {
    q: 'What happen if somebody is rude again after they already got told off one time?',
    file: 'language-exchange-meetup-guide.md',
    fragment: 'a second gets a written warning by DM',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: "was it around 50 people on the camera club's city walk?",
    file: 'photography-club-city-walk.md',
    fragment: '31 members and 6 guests, so 37 walkers in all',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'where did u all meet up b4 the photo walk?',
    file: 'photography-club-city-walk.md',
    fragment: 'under the Union Depot clock on Fremont Street',
    style: 'slang',
  },
  {
    q: 'how come the walk ended up longer than they meant it to be?',
    file: 'photography-club-city-walk.md',
    fragment: 'because Canal Street was closed for water main work',
    style: 'paraphrase',
  },
  // written as lowercase
  {
    q: 'how many of the photo walkers stuck around to eat together',
    file: 'photography-club-city-walk.md',
    fragment: 'Only 22 of us stayed for lunch',
    style: 'verbatim-ish',
  },
  // written as synonym
  {
    q: 'how many pictures got submitted to the photo contest?',
    file: 'photography-club-city-walk.md',
    fragment: 'We received 71 images from 26 entrants.',
    style: 'paraphrase',
  },
  {
    q: "why'd a couple of the pics get binned from the comp?",
    file: 'photography-club-city-walk.md',
    fragment: 'replaced sky, and one whose EXIF showed it was taken on May 19',
    style: 'slang',
  },
  {
    q: 'who wun the fotography competishun?',
    file: 'photography-club-city-walk.md',
    fragment: '"Steam and Shadow" by Ruth Abernathy, 27/30',
    style: 'typo',
  },
  {
    q: "my aunt's in the lakeshore camera club and won't stop going on about someone winning their street photo competition, what did the person who came top actually get for it, was it cash or what?",
    file: 'photography-club-city-walk.md',
    fragment: 'a $150 gift card to Fremont Camera Exchange',
    style: 'long',
  },
  // written as learner
  {
    q: 'Who is the young boy that win the prize for the kids category?',
    file: 'photography-club-city-walk.md',
    fragment: '"Pigeon Committee" by Leo Fairbanks, age 15',
    style: 'paraphrase',
  },
  {
    q: "members' favourite photo vote?",
    file: 'photography-club-city-walk.md',
    fragment: 'Marcus Bellweather\'s "Customs House at Noon" won with 13',
    style: 'fragment',
  },
  // written as lowercase
  {
    q: "is anyone offering money to whoever finds the old guy's missing camera",
    file: 'photography-club-city-walk.md',
    fragment: 'and is offering a $100 reward',
    style: 'verbatim-ish',
  },
  {
    q: 'how much did all the prize vouchrs cost the clubb in totl?',
    file: 'photography-club-city-walk.md',
    fragment: 'The gift cards came to $315, paid from the events budget',
    style: 'typo',
  },
  {
    q: 'fix success percentage?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'a repair rate of just under 64%',
    style: 'fragment',
  },
  {
    q: 'why are they so rubbish at sorting laptops lol',
    file: 'repair-cafe-quarterly-report.md',
    fragment: "needed a replacement screen or battery that we simply don't stock",
    style: 'slang',
  },
  // written as synonym
  {
    q: 'what was the most ancient gadget anyone turned up with?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'a 1958 valve radio brought in by Mr Desmond Pryce',
    style: 'paraphrase',
  },
  // written as guess
  {
    q: 'was the littlest kid who got a toy mended about 6?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'nine-year-old Tilly Marsh, whose remote-control car needed a new battery connector',
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'how many ppl r volunteering at the repair cafe now?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'We had 23 volunteers on the register at the end of September',
    style: 'slang',
  },
  // written as lowercase
  {
    q: 'how much money did the fix it cafe get from the local community pot',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'Our grant from the Marlowe Ward Community Fund was £600',
    style: 'verbatim-ish',
  },
  {
    q: 'what happened to the old machine they used for mending clothes?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: '(replacing the old Singer that seized in June)',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'Somebody got hurt in the toaster accident? Who it was?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'volunteer Joe Laskey got a minor burn to his right thumb',
    style: 'paraphrase',
  },
  {
    q: "hi, i've got a whole pile of broken stuff at home, a lamp, a kettle, a jumper with a hole in it and my kid's scooter, can i just bring the lot along to the repair cafe next time or is there some sort of cap on it?",
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'Each visitor may bring a maximum of two items per session',
    style: 'long',
  },
  {
    q: 'whats the reson they brought in a limmit on how much stuf people can bring?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'three visitors arrived with five or more items each',
    style: 'typo',
  },
  {
    q: 'next fixit dates?',
    file: 'repair-cafe-quarterly-report.md',
    fragment: 'Our next sessions are on Saturday 12 October and Saturday 9 November',
    style: 'fragment',
  },
  // written as synonym
  {
    q: 'when are the builders now expected to wrap up the hall job?',
    file: 'village-hall-refurbishment-update.md',
    fragment: "The main contractor's revised completion date is Friday 31 January 2025",
    style: 'paraphrase',
  },
  // written as phone
  {
    q: 'wheres the xmas fair gonna be if the village hall isnt done?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'in the hall of Ashcombe Primary School by kind permission of the head',
    style: 'slang',
  },
  // written as guess
  {
    q: 'is the main builder getting something like 200k?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'Fixed-price contract of £148,600, excluding variations',
    style: 'paraphrase',
  },
  // written as learner
  {
    q: 'How long the building work was stop because of the dangerous stuff in the walls?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'Work stopped for 12 days while a licensed firm, Castlegate Environmental, removed it',
    style: 'paraphrase',
  },
  {
    q: 'what held up the new heating kit arriving?',
    file: 'village-hall-refurbishment-update.md',
    fragment: "three weeks late, because of a manufacturer's backlog",
    style: 'paraphrase',
  },
  {
    q: "someone down the pub reckoned the district council money for the hall's heating came with strings attached, is that right and if so what's the catch? don't want to spread rubbish",
    file: 'village-hall-refurbishment-update.md',
    fragment: 'on condition that the heat pumps are commissioned by 31 March 2025',
    style: 'long',
  },
  {
    q: 'how much wiggle room cash is left in the hall budget after all the nasty surprises?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'so only £3,400 of contingency remains',
    style: 'slang',
  },
  {
    q: 'how much have locals scraped togethr with there own fundrasing events?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'target £16,000, of which £12,420 has been raised so far',
    style: 'typo',
  },
  // written as lowercase
  {
    q: 'is there an extra later pilates slot now since the temporary room is smaller',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'so Joanne is running a second class at 8:15pm',
    style: 'verbatim-ish',
  },
  {
    q: 'carpet bowls happening?',
    file: 'village-hall-refurbishment-update.md',
    fragment: 'suspended, as nowhere else in the village has a long enough floor',
    style: 'fragment',
  },
  {
    q: "hi there, not from ashcombe myself but my daughter's turning 18 next spring and someone said the village hall's being done up, can we actually reserve it yet for around march and is there anything to pay up front?",
    file: 'village-hall-refurbishment-update.md',
    fragment: 'from Saturday 1 March 2025 onwards can be made now with a £50 deposit',
    style: 'long',
  },
];

export const TWELFTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'has whitely actually taken the cup final thing to the county yet',
    trap: true,
    why: 'The minutes say only that Mr Whitely was considering going to the county association and that whether he will is not known.',
  },
  {
    q: "when's the presentation night at the fairway hotel",
    trap: true,
    why: 'The minutes say the presentation evening date has not been set because the Fairway Hotel has not confirmed availability.',
  },
  {
    q: "who's the new ladies captain?",
    trap: true,
    why: "No nomination was received for Ladies' Captain and the minutes say it is not yet known who will take the role.",
  },
  {
    q: 'Are they doing the drains on rink 4 this winter or leaving it till next yr?',
    trap: true,
    why: 'The committee has not yet decided whether to do the rink 4 drainage work this winter or next year.',
  },
  {
    q: "who is gonna take over as treasurer once derek's done",
    trap: true,
    why: 'Mr Sowerby said this is his final term but no successor is named anywhere in the minutes.',
  },
  {
    q: 'r u doing a kestrel road session on sat 28th instead?',
    trap: true,
    why: 'The article says a replacement Kestrel Road session on 28 December is still being discussed and not yet decided.',
  },
  {
    q: 'how much extra will the subframe rust add to the van bill?',
    trap: true,
    why: 'The mechanic cannot say what the subframe corrosion would add until the van is on the ramp, so no figure is given.',
  },
  {
    q: 'Are they going to scrap the Transit and get a new van?',
    trap: true,
    why: "Whether to keep the van or fundraise for a replacement is an open question for the trustees' meeting on 14 January.",
  },
  {
    q: 'how many kilos of food came in from the carol evening',
    trap: true,
    why: 'The article gives only the money (£2,150) from the carol evening collection, not any food weight.',
  },
  {
    q: 'what time does the fairbrook co-op shut, want to drop tins in the crate',
    trap: true,
    why: 'The article says there are green crates at the Fairbrook Co-op but gives no opening hours for the shop.',
  },
  {
    q: 'are the online thursday sessions still happening in spring?',
    trap: true,
    why: 'The guide says nobody has decided whether the online Thursdays continue; the organizers will vote on 4 February.',
  },
  {
    q: 'is the community centre gonna charge us rent for saturdays',
    trap: true,
    why: 'The guide says it is still up in the air whether the community center will charge rent, with an answer promised by mid-February.',
  },
  {
    q: 'wats the membership fee for 2026',
    trap: true,
    why: 'The guide says the 2026 membership fee has not been set yet.',
  },
  {
    q: 'who runs the italian table?',
    trap: true,
    why: 'The guide lists no Italian table and no Italian host among the organizers.',
  },
  {
    q: 'any good spanish podcasts for beginners u guys recommend',
    trap: true,
    why: 'This is off-topic; the guide mentions a Spanish table but recommends no podcasts or learning resources.',
  },
  {
    q: 'So did Harold lose his camera at the diner or on the bench by the overlook?',
    trap: true,
    why: 'The report says explicitly that nobody knows which of the two places Harold left his bag.',
  },
  {
    q: 'are the top three pics going to the tri-county salon',
    trap: true,
    why: 'The report says the club board has not yet decided whether to send the top three images to the Tri-County Salon.',
  },
  {
    q: 'wen is the fall harbour walk',
    trap: true,
    why: 'The report says no date has been chosen yet for the fall walk; Marcus will post a poll.',
  },
  {
    q: "what was in theo graves' market hands shot",
    trap: true,
    why: "The report gives only the title, score and prize for Theo Graves' entry, not what the picture shows.",
  },
  {
    q: 'whats the best lens for street photography on a walk like this',
    trap: true,
    why: 'This is off-topic; the report gives no lens or equipment advice for street photography.',
  },
  {
    q: 'who was it that plugged the toaster in b4 the pat test?',
    trap: true,
    why: 'The report says explicitly that they still do not know who plugged the toaster in and nobody has come forward.',
  },
  {
    q: 'what date is the december repair cafe',
    trap: true,
    why: 'The report says the December session will probably move but the new date has not been fixed.',
  },
  {
    q: 'did the harbour trust give them the laptop money?',
    trap: true,
    why: 'The report says they have not heard back from the Harbour Trust and do not know when it will decide.',
  },
  {
    q: "Is Colin's bike night actually going ahead, and which weekday?",
    trap: true,
    why: "The steering group has not decided whether to hold Colin's bicycle-only evening, and no day is given.",
  },
  {
    q: 'how many volunteers showed up on 14 september',
    trap: true,
    why: 'The report gives only the average of 14 volunteers per session, not the number at the September session.',
  },
  {
    q: 'whats the exact date the hall opens again?',
    trap: true,
    why: 'The update says no exact reopening date will be named until building control has signed the work off.',
  },
  {
    q: "Do we have to pay Hollins & Tate's £7,900 delay claim?",
    trap: true,
    why: 'The update says it cannot yet say whether any of the £7,900 claim will have to be paid, or how much.',
  },
  {
    q: 'did keith get the 8k top up from the wind farm',
    trap: true,
    why: 'The update says the wind farm panel meets in late November and there is no idea yet whether the £8,000 will be approved.',
  },
  {
    q: 'how much will it cost to hire the hall for a party once it reopens?',
    trap: true,
    why: 'The update says the new hire rates for the refurbished hall have not been agreed yet.',
  },
  {
    q: 'How much is Brightline charging for the rewire alone?',
    trap: true,
    why: 'Brightline is subcontracted within the Hollins & Tate contract and the update gives no separate figure for the electrical work.',
  },
  {
    q: 'new ladies captain bowls?',
    trap: true,
    why: "The minutes say no nomination was received for Ladies' Captain and it is not yet known who will take the role.",
  },
  {
    q: 'my uncle plays at ashbourne vale and says there was a big row over a cup final with some measuring dispute, did the bloke who lost actually end up taking it to the county lot in the end?',
    trap: true,
    why: 'The minutes only say Mr Whitely was considering going to the county association and that whether he will is not known.',
  },
  {
    q: 'wen is the bowls prize nite at the fairway hotel?',
    trap: true,
    why: 'The presentation evening date has not been set because the Fairway Hotel has not confirmed availability.',
  },
  {
    q: 'was the second quote for sorting the waterlogged rink cheaper, like 3 grand?',
    trap: true,
    why: 'Only the £3,800 quote is given; the second quote was still expected in November.',
  },
  {
    q: 'where can i pick up a decent set of bowls as a total beginner',
    trap: true,
    why: 'The minutes say nothing about where to buy bowls equipment.',
  },
  {
    q: 'is kestrel raod doing an extra sesion on saterday the 28th?',
    trap: true,
    why: 'Whether a replacement Kestrel Road session runs on 28 December is still being discussed with the centre manager.',
  },
  {
    q: "what's the full price tag once the rust under the van is sorted too?",
    trap: true,
    why: 'The mechanic cannot say what the subframe corrosion would add until the van is on the ramp; only the £1,340 brake and clutch quote is known.',
  },
  {
    q: 'are they ditching the old van and getting a new one or what',
    trap: true,
    why: "Whether to keep the van or fundraise for a replacement is an open question for the trustees' 14 January meeting.",
  },
  {
    q: 'How many kilos of food the appeal of last winter was collecting?',
    trap: true,
    why: "The article gives only last winter's money total (£9,600), not how much food it collected.",
  },
  {
    q: "would wrenfield's be open the day after christmas if i wanted to drop food in the crate?",
    trap: true,
    why: "The article mentions crates at Wrenfield's Supermarket but gives no opening hours for the shop.",
  },
  {
    q: 'is the community center gonna charge the language club like 50 bucks a session?',
    trap: true,
    why: 'Whether the community center will charge rent at all is still undecided, with an answer promised by mid-February.',
  },
  {
    q: 'are the online thursday calls carrying on in the spring',
    trap: true,
    why: 'Nobody has decided yet; the organizers will vote on it at the February 4 meeting.',
  },
  {
    q: 'wats the membership gonna cost in 2026?',
    trap: true,
    why: 'The guide says the 2026 membership fee has not been set.',
  },
  {
    q: "what's the typical attendance at the saturday language tables?",
    trap: true,
    why: 'Average turnouts are given only for Tuesday café nights and the Last-Friday social, not the Saturday tables.',
  },
  {
    q: 'does the copper kettle do decent vegan grub or nah',
    trap: true,
    why: 'The guide only says attendees must buy a drink at the Copper Kettle and says nothing about its food.',
  },
  {
    q: 'so which spot did harold end up leaving his camera bag at, the diner or the lookout?',
    trap: true,
    why: "The report says they honestly don't know whether he left it at the Copper Kettle or the Harbor Overlook.",
  },
  {
    q: 'top pics to tri-county?',
    trap: true,
    why: "The club board hasn't decided whether to send the top three images to the Tri-County Salon.",
  },
  {
    q: 'when is the autum harbour walk hapening?',
    trap: true,
    why: 'No date has been chosen for the fall walk yet; Marcus will post a poll.',
  },
  {
    q: 'What is in the photo of Theo Graves that win second place?',
    trap: true,
    why: "Only the winning image is described; 'Market Hands' gets a title, score and prize but no description.",
  },
  {
    q: "thinking of getting into street photography after hearing about the club's city walk, one of them apparently lost a fujifilm x100v, how much do those go for these days?",
    trap: true,
    why: "The report names Harold's Fujifilm X100V but gives no price for the camera.",
  },
  {
    q: 'who was it that plugged the toaster in at the repair cafe',
    trap: true,
    why: "The report says they still don't know who plugged the toaster in and nobody has come forward.",
  },
  {
    q: 'wen is the december repair cafe on? need 2 plan',
    trap: true,
    why: "The December session's new date hasn't been fixed and will be posted once the church confirms.",
  },
  {
    q: 'did the harbour trust give the repair cafe the 1200 quid in the end?',
    trap: true,
    why: "The café hasn't heard back from the Harbour Trust and has no idea when it will decide.",
  },
  {
    q: 'what did the new first aid kit cost by itself?',
    trap: true,
    why: 'The kit is only priced together with the fire blanket (£46.00), with no separate figure.',
  },
  {
    q: "is colin's bike-only night actually happening or what",
    trap: true,
    why: "The steering group has not decided whether to go ahead with Colin's bicycle evening session.",
  },
  {
    q: 'hall exact reopening date?',
    trap: true,
    why: "The committee won't name an exact reopening date until building control have signed the work off.",
  },
  {
    q: "will the village end up footing the builders' bill for the hold-ups?",
    trap: true,
    why: "The committee says it can't yet say whether it will have to pay any of the £7,900 claim, or how much.",
  },
  {
    q: "i heard the hall people put in for another eight grand from the wind farm pot because the budget's tight, did they actually get it or is that still up in the air?",
    trap: true,
    why: 'The wind farm panel meets in late November and until then there is no idea whether the top-up will be approved.',
  },
  {
    q: 'how much wil it cost to hire the hall once its refurbished?',
    trap: true,
    why: "The new hire rates for the refurbished hall haven't been agreed yet.",
  },
  {
    q: 'How much the electricians take for doing the rewire of the hall?',
    trap: true,
    why: "Brightline's electrical work is subcontracted within the main £148,600 contract and no separate figure is given.",
  },
];

export const TWELFTH_SIX_SET: readonly ChatQuestion[] = [...TWELFTH_SIX_ANSWERABLE, ...TWELFTH_SIX_TRAPS];
