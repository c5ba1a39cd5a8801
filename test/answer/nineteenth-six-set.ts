/**
 * Chat-style questions about a nineteenth six articles (./nineteenth-six/: a ukulele group's report on the
 * charity concert it played, a recreational ice hockey club's preview of its coming season, a parish church's
 * progress update on its roof repair appeal, a Discord server's recap of its retro gaming LAN party weekend, a
 * primary school's letter to parents about a Year 6 residential trip, a town leisure centre's notice about its
 * swimming pool closing for repairs), written in session 57 by two helpers who saw only the articles (the second
 * set in a newcomer's vaguer words). The question prompt held each question to at most half of its answer's
 * content words, as the sixth to sixteenth and the eighteenth six's did. Blind in session 57 (read only as
 * totals: 30 and 26 of 100 at its start, 32 and 28 at its end); in the repository so that later sessions keep
 * them, dev from session 58. Styles the scorer does not know are mapped (phone -> slang; lowercase ->
 * verbatim-ish; synonym, learner, guess -> paraphrase), the helper's own noted above each.
 */
import type { AnswerableQuestion, ChatQuestion, TrapQuestion } from './chat-set.js';

export const NINETEENTH_SIX_ANSWERABLE: readonly AnswerableQuestion[] = [
  // set 1, written as lowercase
  {
    q: 'how close is st aldhelms to hitting the fundraising goal in percent terms',
    file: 'church-roof-appeal-update.md',
    fragment: "That's about 65 per cent of the way there.",
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'Which organisation handed over the largest individual chunk of cash over the winter?',
    file: 'church-roof-appeal-update.md',
    fragment: 'came from the Wessex Historic Churches Trust',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the caseworker from the heritage trust said why the bid succeeded, what was it again',
    file: 'church-roof-appeal-update.md',
    fragment: 'the strength of local support was one of the main reasons',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'who made the most $$ frm the tower abseil thing? heard some1 in their 70s did',
    file: 'church-roof-appeal-update.md',
    fragment: 'raised £610 on her own, the most of any abseiler',
    style: 'slang',
  },
  // set 1, written as lowercase
  {
    q: 'why couldnt the insurance just pay for the whole job',
    file: 'church-roof-appeal-update.md',
    fragment: 'Our insurers cap metal theft claims at £10,000',
    style: 'verbatim-ish',
  },
  // set 1, written as learner
  {
    q: 'Why the church is choosing steel instead to put lead again on roof?',
    file: 'church-roof-appeal-update.md',
    fragment: 'it has next to no scrap value, so it is far less likely to be stolen again',
    style: 'paraphrase',
  },
  {
    q: 'When the church was getting the permission for change to the new metal?',
    file: 'church-roof-appeal-update.md',
    fragment: 'the Chancellor granted the faculty on 9 January',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how long are the builders supposed to be up there for',
    file: 'church-roof-appeal-update.md',
    fragment: 'The job is expected to take around 14 weeks',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What sort of pest problem turned up once the old timber covering was removed?',
    file: 'church-roof-appeal-update.md',
    fragment: 'found deathwatch beetle damage in two of the purlins',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How much was the goal before they make it more bigger?',
    file: 'church-roof-appeal-update.md',
    fragment: 'which we raised from £177,300 at the February PCC meeting',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'wat kind of bats r livin in the church roof??',
    file: 'church-roof-appeal-update.md',
    fragment: 'found a small roost of common pipistrelles under the north aisle eaves',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "where's the evening service happening now, they moved it to the side chapel or the hall or something?",
    file: 'church-roof-appeal-update.md',
    fragment: 'Evensong on the first Sunday of the month has moved to the Lady Chapel',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where did the hawks end up in the table last year',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'finishing fourth out of ten teams',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: 'how did we lose that playoff final vs the foxes again, penalty shots or something?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'their centre went five-hole on Rafael in the fifth round',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Who held the top scorer mark before Shona beat it?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'the club record of 19 set by Pete Okonkwo back in 2019/20',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'how many ppl r signed up n paid atm',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: "We've got 31 paid-up players on the books as of this morning",
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'From where most of the new members are coming?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'mostly from the Learn to Play course that ran at Coldwater in the spring',
    style: 'paraphrase',
  },
  {
    q: 'Why Rafael is not playing in goal anymore?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'He had knee surgery in June',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the new goalie came over from sweden right? how much hockey has she actually played',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'played eight seasons of rec hockey in Norway',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'why is the ice costing so much more per hour this year',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: "because the rink's energy bills have nearly doubled since the new contract kicked in",
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'can i split my subs up or do i hav to pay it all at once??',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'you can pay in four instalments of £90 rather than up front',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'If the figure skaters take our tuesday time, when we will practise instead?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'the likely alternative is Sunday at 7am',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Which local firm covered the cost of the new tops?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'thanks to Tandridge Plumbing, who chipped in £1,800',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'whats the new layout of martins sessions, warmup first then drills or something?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'the first 20 minutes will be skills stations',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'when can i get one final dip in before they shut it',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'The last public swim will be the 8pm to 9:30pm adult lane session on Sunday 16 March.',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: 'What made the roof beams rust?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'caused by years of warm, chlorine-laden moisture in the air',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'how old is that broken air drying machine in the pool hall, like early 2000s?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'installed when the centre opened in 1998',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why they need to take out all the water?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'the roof scaffolding will need to stand on a temporary deck over the main pool',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'roughly how long til we can swim again',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'currently estimates that the work will take at least 16 weeks',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'When was the previous shutdown and what was it for?',
    file: 'leisure-centre-pool-closure.txt',
    fragment:
      'the last time the pool closed was in January 2019, for three weeks, to retile the pool surround',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much is the council chipping in for the repairs',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'Brackwell Town Council has agreed to contribute £850,000 from its capital reserves.',
    style: 'verbatim-ish',
  },
  // set 1, written as guess
  {
    q: "is the poolside bar getting a different name while the work's on?",
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'which will be renamed the Courtside Café for the time being',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'where do i leave my car now the builders r taking up spaces out front',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'Additional parking is available at the Tollgate Road overflow car park',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'What will the full-access package cost each month during the shutdown?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'bringing it down from £42 to £25.20',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'My son will lose his level in swimming class when they start again?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'Children will keep their current stage and their place in their usual time slot',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'where are the otters going to train while its all shut',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'will move its training to Hollin Vale Pool from 18 March',
    style: 'verbatim-ish',
  },
  {
    q: 'what venue did we use for the lan this time',
    file: 'retro-lan-party-recap.md',
    fragment: 'at the Haverleigh Scout Hut on Mill Lane',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many ppl came for the whole wknd',
    file: 'retro-lan-party-recap.md',
    fragment: 'We had 38 people through the door on weekend tickets',
    style: 'slang',
  },
  {
    q: 'how much did we giv 2 charity in the end',
    file: 'retro-lan-party-recap.md',
    fragment: '£187 went to the Haverleigh Food Bank',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'What things Priya buy with the £94?',
    file: 'retro-lan-party-recap.md',
    fragment: 'extension leads, gaffer tape and a replacement SCART switch',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'what was that massive telly dale brought, a 32 inch something?',
    file: 'retro-lan-party-recap.md',
    fragment: 'the biggest being his 29-inch Sony Trinitron',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'What hardware was in the computer section?',
    file: 'retro-lan-party-recap.md',
    fragment: 'six beige-box Pentium IIs networked over a proper old-school coax hub',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what was the score in the quake final',
    file: 'retro-lan-party-recap.md',
    fragment: 'Marnie Lisowska beat Shoon 20–17 on q3dm17',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wats the new record 4 most goldeneye rounds won in a row',
    file: 'retro-lan-party-recap.md',
    fragment: 'eleven on the bounce, smashing the previous best of seven',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How long did setting up the gamepads take for the 10 person bomberman match?',
    file: 'retro-lan-party-recap.md',
    fragment: 'It took 40 minutes of faffing with controllers',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why did the power cut out on saturday night, was it the microwave?',
    file: 'retro-lan-party-recap.md',
    fragment: 'all on the same ring main, and it tripped',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the quake final was happen on Sunday morning and not Saturday?',
    file: 'retro-lan-party-recap.md',
    fragment: 'because the Scout leaders needed us to be quiet after 11pm',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'the main raffle prize was a modded gameboy advance or something right? what was it exactly',
    file: 'retro-lan-party-recap.md',
    fragment: 'Top prize was a backlit, IPS-modded Game Boy Color',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'what dates is the year 6 residential',
    file: 'school-residential-trip-letter.txt',
    fragment: 'from Monday 9 June to Friday 13 June 2025',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'wat time do the kids hav 2 turn up on day 1',
    file: 'school-residential-trip-letter.txt',
    fragment: 'children should arrive by 7:45am',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How long is the bus ride to Wales?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'The journey usually takes around four and a half hours',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'How many childrens are there for each adult on the trip?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'a staff-to-pupil ratio of roughly one to eight',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "why can't they do the climbing wall, is it being repaired or something?",
    file: 'school-residential-trip-letter.txt',
    fragment: 'currently closed for its annual safety inspection',
    style: 'paraphrase',
  },
  // set 1, written as synonym
  {
    q: 'Why is the trip dearer than last time?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'coach hire costs have risen sharply',
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'if we pay in bits how much is each 1 n when',
    file: 'school-residential-trip-letter.txt',
    fragment: 'three instalments of £95, due on 28 February, 31 March and 30 April',
    style: 'slang',
  },
  // set 1, written as learner
  {
    q: 'If we are the PP family, how much they give to us for the trip?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'will receive a contribution of £150 from the school',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: "when's the parents meeting about the trip, a wednesday in april?",
    file: 'school-residential-trip-letter.txt',
    fragment: 'on Thursday 3 April at 6:00pm in the school hall',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'my kid has an inhaler who do i hand it to',
    file: 'school-residential-trip-letter.txt',
    fragment: 'Medication will be handed to Mrs Lloyd-Harris at registration',
    style: 'verbatim-ish',
  },
  // set 1, written as synonym
  {
    q: "What's the reasoning behind banning mobiles?",
    file: 'school-residential-trip-letter.txt',
    fragment: 'several devices were lost or damaged in the gorge',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how much did the concert make in the end',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'we had raised £3,418.60 for Larkfield Hospice',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'how many tix did we sell n for how much',
    file: 'ukulele-group-charity-concert.md',
    fragment: '114 full-price at £8 and 50 concessions at £6',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How did the supermarket end up giving us money?',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'after hearing us busk outside the shop',
    style: 'paraphrase',
  },
  // set 1, written as guess
  {
    q: 'why did we start like half an hour late, something about the kettle?',
    file: 'ukulele-group-charity-concert.md',
    fragment: "the hall's fuse tripped the moment Bill Pettigrew switched on the tea urn",
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: "How many person can sit inside St Brannock's?",
    file: 'ukulele-group-charity-concert.md',
    fragment: 'The hall seats 180',
    style: 'paraphrase',
  },
  // set 1, written as lowercase
  {
    q: 'how many tunes did we get through on the night',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'a set of 22 songs over two halves',
    style: 'verbatim-ish',
  },
  // set 1, written as phone
  {
    q: 'who was in charge of the kazoos lol',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'led with great dignity by Stanley Fairweather',
    style: 'slang',
  },
  // set 1, written as synonym
  {
    q: 'How old is the littlest player in the group?',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'Alfie Brennan, our youngest at 11',
    style: 'paraphrase',
  },
  // set 1, written as learner
  {
    q: 'Why the instruments go out of tune in second part?',
    file: 'ukulele-group-charity-concert.md',
    fragment: "the radiators in St Brannock's were stuck on full",
    style: 'paraphrase',
  },
  // set 1, written as phone
  {
    q: 'howd the raffle lady manage 2 get so much stuff donated',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'having talked 31 local businesses into giving prizes',
    style: 'slang',
  },
  // set 1, written as guess
  {
    q: "wasn't the top raffle prize a weekend away in cornwall or somewhere? where exactly",
    file: 'ukulele-group-charity-concert.md',
    fragment: 'a weekend for two at the Harbour View guesthouse in Porthcurran',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'which organisation gave the largest single chunk of cash over the winter',
    file: 'church-roof-appeal-update.md',
    fragment: 'came from the Wessex Historic Churches Trust, which awarded us a grant of £25,000 in January',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the trust decide to give them money, what they was saying?',
    file: 'church-roof-appeal-update.md',
    fragment: 'the strength of local support was one of the main reasons our application did well',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'who got the most sponsr money going down the tower? some old lady rite',
    file: 'church-roof-appeal-update.md',
    fragment: 'Ruth Adebayo, aged 79, who abseiled in a borrowed helmet and raised £610 on her own',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'the buy-a-slate thing for the roof, was it a tenner per slate or more?',
    file: 'church-roof-appeal-update.md',
    fragment: 'for the chancel roof, at £25 a tile',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'what actually happened to the church to start all this',
    file: 'church-roof-appeal-update.md',
    fragment: 'thieves stripped roughly 40 square metres of lead from the south aisle roof over two nights',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y didnt the insurnace just cover the whole lot',
    file: 'church-roof-appeal-update.md',
    fragment: 'Our insurers cap metal theft claims at £10,000',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why are they swapping to a different metal rather than putting the old material back',
    file: 'church-roof-appeal-update.md',
    fragment: 'it has next to no scrap value, so it is far less likely to be stolen again',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when are the builders meant to be finished',
    file: 'church-roof-appeal-update.md',
    fragment: 'which would take us to mid-May if all goes well',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'i heard the builders found woodworm or something in the beams, what was it exactly',
    file: 'church-roof-appeal-update.md',
    fragment: 'found deathwatch beetle damage in two of the purlins and along part of the wall plate',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Which animals is living in the roof of church?',
    file: 'church-roof-appeal-update.md',
    fragment: 'found a small roost of common pipistrelles under the north aisle eaves',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'can u still get ur baby christened while the builders r in',
    file: 'church-roof-appeal-update.md',
    fragment: "we've moved the font to the north side for the time being, so baptisms carry on",
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "when's the next fundraising do and what does entry cost",
    file: 'church-roof-appeal-update.md',
    fragment: 'Quiz and Curry Night on Saturday 26 April at 7pm in the church hall, tickets £12',
    style: 'paraphrase',
  },
  {
    q: 'which side beat us in the playoffs and how close was it',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'we took the Ferrybridge Foxes all the way to a shootout in the semi-final',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'whats the name of the woman who scored loads last season, was it 25 goals or something',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'Shona potted 24 goals in 22 games',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the old goalkeeper is stop playing?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'He had knee surgery in June',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who is the new goalie now that rafael has stopped',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'Filling that crease is Ingrid Solberg, who moved over from Bergen for work in July',
    style: 'verbatim-ish',
  },
  // set 2, written as synonym
  {
    q: 'how come the ice has got so much dearer',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: "because the rink's energy bills have nearly doubled since the new contract kicked in",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'can i split the yearly fee into chunks',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'you can pay in four instalments of £90 rather than up front',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'To who I must give the money for membership, and until which date?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'Send it to our treasurer, Niamh Brannigan, by 30 September',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'do we get socks free with the kit or wat',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'Socks are £18 a pair and are not included in the sponsorship',
    style: 'slang',
  },
  // set 2, written as lowercase
  {
    q: 'who is taking the training sessions this time round',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'Martin Achterberg is back behind the bench for his third season',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'didnt the coach say our penalty kill was bottom of the league at like 60%?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'which was the worst in the division last year at 68 percent',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'It is allowed to push other players hard in this league?',
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'A reminder that this is a non-contact league',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: "when's the party to kick the year off",
    file: 'ice-hockey-club-season-preview.txt',
    fragment: 'Club social and season launch: Saturday 5 October, 8pm, upstairs at the Copper Kettle',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'wens the last chance to get a swim in b4 it shuts',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'The last public swim will be the 8pm to 9:30pm adult lane session on Sunday 16 March',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: "what's wrong with the building that they need to shut it",
    file: 'leisure-centre-pool-closure.txt',
    fragment:
      'found significant corrosion on 14 of the steel purlins that support the roof above the pool hall',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'What is making the metal to go rusty?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'caused by years of warm, chlorine-laden moisture in the air',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long is it going to be out of action',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'estimates that the work will take at least 16 weeks',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'didnt it close once before a few years back, for about a month?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'the last time the pool closed was in January 2019, for three weeks',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'where r we sposed to leave the car now',
    file: 'leisure-centre-pool-closure.txt',
    fragment:
      'Additional parking is available at the Tollgate Road overflow car park, a five-minute walk away',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'what will the everything-included package cost me each month during the works',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'bringing it down from £42 to £25.20',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'If I want stop my membership, I need to tell them 30 days before?',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'you may do so without the usual 30-day notice period',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'my daughter does learn to swim, does she have to start again from the bottom level when it reopens',
    file: 'leisure-centre-pool-closure.txt',
    fragment:
      'Children will keep their current stage and their place in their usual time slot when lessons restart',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'where is the local swim club going to practise',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'will move its training to Hollin Vale Pool from 18 March',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'wat happens to the water aerobics class',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'will be replaced by land-based classes in Studio 2 at the same times',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'is there any chance to quiz staff face to face',
    file: 'leisure-centre-pool-closure.txt',
    fragment: 'run a drop-in session in the café on Wednesday 12 March, from 5pm to 7pm',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much money ended up going to charity',
    file: 'retro-lan-party-recap.md',
    fragment: '£187 went to the Haverleigh Food Bank',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'someone brought loads of old screens, how big was the largest, 32 inch?',
    file: 'retro-lan-party-recap.md',
    fragment: 'the biggest being his 29-inch Sony Trinitron',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'who won the quake final in the end',
    file: 'retro-lan-party-recap.md',
    fragment: 'Marnie Lisowska beat Shoon 20–17 on q3dm17',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'how many games in a row did some1 win on goldeneye',
    file: 'retro-lan-party-recap.md',
    fragment: 'claimed the record for most consecutive rounds won at a Pixel Pit event: eleven on the bounce',
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'How much time they need for make the ten gamepads to work in Bomberman?',
    file: 'retro-lan-party-recap.md',
    fragment: 'It took 40 minutes of faffing with controllers to get all ten pads recognised',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'someone did a sonic speedrun on the sunday, was it about 26 min?',
    file: 'retro-lan-party-recap.md',
    fragment: 'Ellis Prentice posted a 25:48 any% as Sonic',
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'why did the electricity cut out on the saturday',
    file: 'retro-lan-party-recap.md',
    fragment:
      'two kettles, the oil heater in the kitchen and half the CRT wall were all on the same ring main',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how much time got wasted when the power went',
    file: 'retro-lan-party-recap.md',
    fragment: 'We lost about 25 minutes getting the power back',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'did anythin get wrecked in the blackout',
    file: 'retro-lan-party-recap.md',
    fragment: "The only casualty was Callum's Dreamcast VMU, which lost its saves",
    style: 'slang',
  },
  // set 2, written as learner
  {
    q: 'What was the best prize they could win in the raffle?',
    file: 'retro-lan-party-recap.md',
    fragment: 'Top prize was a backlit, IPS-modded Game Boy Color',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'somebody never collected their raffle win? what ticket was it, 141?',
    file: 'retro-lan-party-recap.md',
    fragment: "It was won by ticket number 114, and the winner still hasn't claimed it",
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Where I should put the pictures I have take?',
    file: 'retro-lan-party-recap.md',
    fragment: 'if you took photos, drop them in #lan-pics so Marnie can make the montage',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how long is the drive there',
    file: 'school-residential-trip-letter.txt',
    fragment: 'The journey usually takes around four and a half hours',
    style: 'verbatim-ish',
  },
  // set 2, written as phone
  {
    q: 'y cant they use the indoor rock thing',
    file: 'school-residential-trip-letter.txt',
    fragment: 'The indoor climbing wall is currently closed for its annual safety inspection',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why is it pricier than before',
    file: 'school-residential-trip-letter.txt',
    fragment: 'coach hire costs have risen sharply, and the centre itself has raised its prices by around 5%',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'can i pay the rest in bits or does it have to be all at once',
    file: 'school-residential-trip-letter.txt',
    fragment: 'in one lump sum or in three instalments of £95',
    style: 'slang',
  },
  // set 2, written as guess
  {
    q: 'poorer families get a bit knocked off the price dont they, was it 100 quid?',
    file: 'school-residential-trip-letter.txt',
    fragment:
      'Families who are eligible for Pupil Premium funding will receive a contribution of £150 from the school',
    style: 'paraphrase',
  },
  {
    q: 'isnt there a meeting for the grown ups about the trip sometime, is it the wednesday?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'information evening for parents and carers on Thursday 3 April at 6:00pm in the school hall',
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'when do the forms need to be back by',
    file: 'school-residential-trip-letter.txt',
    fragment: 'Please return the following to the school office by Friday 14 March 2025',
    style: 'verbatim-ish',
  },
  // set 2, written as learner
  {
    q: 'My daughter take medicine every day, she can keep it in her bag?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'Medication will be handed to Mrs Lloyd-Harris at registration, not packed in suitcases',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'can the kids take there phones',
    file: 'school-residential-trip-letter.txt',
    fragment: 'Children are not allowed to bring mobile phones, tablets or smartwatches on the trip',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'how will we hear how the little ones are getting on while theyre away',
    file: 'school-residential-trip-letter.txt',
    fragment: 'we will post updates and photographs on the Year 6 class blog each evening',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Is possible for my son to choose who he sleep next to?',
    file: 'school-residential-trip-letter.txt',
    fragment: 'the children will be asked to name three friends they would like to share with',
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'they made about 2 grand last year didnt they',
    file: 'ukulele-group-charity-concert.md',
    fragment: "Last year's concert brought in £2,275",
    style: 'paraphrase',
  },
  // set 2, written as synonym
  {
    q: 'how did the supermarket end up giving 500 quid',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'offered the £500 back in August after hearing us busk outside the shop',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'Why the show was beginning later than the time?',
    file: 'ukulele-group-charity-concert.md',
    fragment: "the hall's fuse tripped the moment Bill Pettigrew switched on the tea urn",
    style: 'paraphrase',
  },
  // set 2, written as lowercase
  {
    q: 'how many tunes did they play',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'put together a set of 22 songs over two halves',
    style: 'verbatim-ish',
  },
  // set 2, written as guess
  {
    q: 'who did moon river on her own, was it on a tenor uke?',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'Marjorie Okafor\'s solo on "Moon River" on her baritone',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'some1 broke a string mid song? who',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'Fiona Gallacher snapped her A string halfway through',
    style: 'slang',
  },
  // set 2, written as synonym
  {
    q: 'why did everyone go out of tune in the second part',
    file: 'ukulele-group-charity-concert.md',
    fragment: "because the radiators in St Brannock's were stuck on full",
    style: 'paraphrase',
  },
  // set 2, written as guess
  {
    q: 'what was the main prize in the draw, a holiday somewhere?',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'top prize was a weekend for two at the Harbour View guesthouse in Porthcurran',
    style: 'paraphrase',
  },
  // set 2, written as learner
  {
    q: 'When and where the group is practising every week?',
    file: 'ukulele-group-charity-concert.md',
    fragment: 'Thursdays 7:30pm to 9:30pm upstairs at the Wheatsheaf',
    style: 'paraphrase',
  },
  // set 2, written as phone
  {
    q: 'i dont own a uke can i still come',
    file: 'ukulele-group-charity-concert.md',
    fragment: "We've got spare ukes to borrow if you're not sure yet",
    style: 'slang',
  },
];

export const NINETEENTH_SIX_TRAPS: readonly TrapQuestion[] = [
  {
    q: 'did the church get the 30k heritage grant in the end',
    trap: true,
    why: "The church letter says the Heritage Places of Worship Fund decision isn't expected until June and they don't know if they'll get it.",
  },
  {
    q: 'when is the thanksgiving service for the finished roof',
    trap: true,
    why: 'The appeal update says no date has been set for a thanksgiving service yet.',
  },
  {
    q: "who's our backup goalie this season",
    trap: true,
    why: 'The captain says nobody has volunteered and the backup goalie is not yet known.',
  },
  {
    q: 'which division r the hawks in this yr??',
    trap: true,
    why: "The preview says the division won't be decided until the league AGM on 21 September.",
  },
  {
    q: 'What date will the pool reopen?',
    trap: true,
    why: "The closure notice says no reopening date has been given and can't be confirmed until the roof is opened up.",
  },
  {
    q: 'is the sauna n steam room closing too',
    trap: true,
    why: 'The notice says it is not yet known whether the sauna and steam room will have to close.',
  },
  {
    q: 'is swim camp happening this summer or not',
    trap: true,
    why: 'The notice says a decision on the summer Swim Camp will only be made by the end of May.',
  },
  {
    q: "when's next year's LAN?",
    trap: true,
    why: 'The recap says no date has been set and a poll will run in November.',
  },
  {
    q: 'Which coach company is taking the kids to Cwm Eirin?',
    trap: true,
    why: 'The letter says the coach company is not yet confirmed because the local authority is still finalising its contract.',
  },
  {
    q: 'how much is the PTA giving per child for the residential',
    trap: true,
    why: "The letter says the Friends of Ashcombe Lane haven't decided how much they will contribute per child.",
  },
  {
    q: 'where is the 4th uke concert going to be',
    trap: true,
    why: "The report says the committee hasn't decided next year's venue and nothing is booked.",
  },
  {
    q: 'what time does evensong start now its in the lady chapel',
    trap: true,
    why: 'The update says where Evensong moved but never gives its start time.',
  },
  {
    q: 'how many tiles are there on the chancel roof altogether',
    trap: true,
    why: 'The update gives 212 tiles sponsored but never the total number of tiles on the chancel roof.',
  },
  {
    q: 'what number does shona wear',
    trap: true,
    why: "The preview never mentions Shona MacAllister's jersey number.",
  },
  {
    q: 'How much does the Learn to Play course at Coldwater cost?',
    trap: true,
    why: 'The preview mentions the Learn to Play course but gives no price for it.',
  },
  {
    q: 'what r the new otters session times at hollin vale',
    trap: true,
    why: 'The notice only says the club secretary will contact families with the new times, without giving them.',
  },
  {
    q: 'How much were raffle tickets at the LAN?',
    trap: true,
    why: 'The recap gives the raffle total of £58 but never the ticket price.',
  },
  {
    q: 'is the deposit refundable if my kid ends up not going',
    trap: true,
    why: 'The letter never says whether the £60 deposit can be refunded.',
  },
  {
    q: 'how many kids will be in each activity group at cwm eirin',
    trap: true,
    why: 'The letter says groups rotate through activities but never gives group sizes.',
  },
  {
    q: 'who won the harbour view weekend in the raffle',
    trap: true,
    why: 'The concert report names the prize but not who won it.',
  },
  {
    q: 'how much did the thieves get for the lead they nicked',
    trap: true,
    why: 'The appeal update never says what the stolen lead was worth or sold for.',
  },
  {
    q: 'how much did the uke group raise at the very first charity concert',
    trap: true,
    why: "The report only gives this year's total and last year's £2,275, not the first concert's.",
  },
  {
    q: 'what was the hawks record when they made the playoffs back in 2019',
    trap: true,
    why: 'The preview only mentions 2019 as the last playoff year and gives no record for that season.',
  },
  {
    q: 'did the ferrybridge foxes go on to win the div 2 playoffs',
    trap: true,
    why: "The preview covers the Hawks' semi-final loss but never says how the Foxes did afterwards.",
  },
  {
    q: 'is hollin vale pool having any closures for repairs this year too',
    trap: true,
    why: "The notice only covers Brackwell's closure and says nothing about repairs at Hollin Vale.",
  },
  {
    q: 'Where are Year 5 going for their residential?',
    trap: true,
    why: 'The letter only covers the Year 6 trip to Cwm Eirin.',
  },
  {
    q: 'who won goldeneye at the 2023 pixel pit lan',
    trap: true,
    why: 'The recap covers the 2024 winner and mentions a 2022 record holder, but not the 2023 winner.',
  },
  {
    q: 'how much did the 2019 pool retiling cost',
    trap: true,
    why: 'The notice mentions the January 2019 closure for retiling but not its cost.',
  },
  {
    q: 'whats the ice time rate at the dundee rink',
    trap: true,
    why: "The preview gives Coldwater's hourly rate only and says nothing about Dundee's rink costs.",
  },
  {
    q: 'how much has the scout hut roof fund raised so far',
    trap: true,
    why: 'The articles only mention the Scout Hut roof being redone sometime in 2025, with no fundraising figures.',
  },
  {
    q: 'did the church get that 30k heritage grant or not',
    trap: true,
    why: 'The church article says the Heritage Places of Worship Fund decision is not expected until June and it is not known whether they will get it.',
  },
  {
    q: 'whens the thank you service for when the roof is done',
    trap: true,
    why: "The church article says no date has been set for a thanksgiving service and won't be until the contractors give a completion date.",
  },
  {
    q: "who's our second goalie this year",
    trap: true,
    why: 'The hockey preview says nobody has volunteered to be backup goalie and it is not yet known who it will be.',
  },
  {
    q: 'who do we play first and is it home or away',
    trap: true,
    why: 'The hockey preview says the league has not released the fixture list, so the first opponent and venue are unknown.',
  },
  {
    q: 'are we going up to dundee for the easter tourney',
    trap: true,
    why: "The hockey preview says the club hasn't decided whether to enter the Dundee Rec Cup.",
  },
  {
    q: 'when does the pool open back up',
    trap: true,
    why: 'The pool notice says no reopening date has been given and none can be confirmed until the roof is opened up.',
  },
  {
    q: 'is the sauna and steam room shutting too',
    trap: true,
    why: 'The pool notice says it is not yet known whether the sauna and steam room will also have to close.',
  },
  {
    q: "when's next year's lan gonna be",
    trap: true,
    why: "The LAN recap says no date has been set for next year's event and a poll will be run in November.",
  },
  {
    q: "where's the uke concert going to be next year",
    trap: true,
    why: "The ukulele report says the committee hasn't decided on a venue for the fourth concert and nothing is booked.",
  },
  {
    q: 'which day r the kids doing canoeing',
    trap: true,
    why: 'The school letter says the centre has not yet confirmed which day each group will go canoeing.',
  },
  {
    q: 'how much cheaper is the church insurance going to be with the steel roof',
    trap: true,
    why: 'The church article says the insurers will reduce the premium but never says by how much.',
  },
  {
    q: 'how much did the vicar raise doing the abseil',
    trap: true,
    why: 'The church article mentions the vicar abseiled but gives no figure for what she raised.',
  },
  {
    q: 'how much does a rent-a-goalie cost us per game',
    trap: true,
    why: 'The hockey preview mentions paying a rent-a-goalie but never gives a price.',
  },
  {
    q: 'do we have to pay to get into the season launch party',
    trap: true,
    why: 'The hockey preview gives the date, time and place of the club social but says nothing about entry cost.',
  },
  {
    q: 'how much is the new air conditioning unit for the pool costing on its own',
    trap: true,
    why: 'The pool notice only gives the £1.2 million total and never breaks out the cost of the air handling unit.',
  },
  {
    q: 'what are the otters new training times at hollin vale',
    trap: true,
    why: 'The pool notice says the club secretary will send the new session times to families but does not give them.',
  },
  {
    q: 'how much were the raffle tickets at the lan',
    trap: true,
    why: 'The LAN recap gives the raffle total and winning ticket number but never the price of a ticket.',
  },
  {
    q: 'who won the amiga comp at pixel pit',
    trap: true,
    why: 'The LAN recap mentions an Amiga 1200 among the consoles but describes no Amiga tournament or winner.',
  },
  {
    q: 'is there a veggie option for food at cwm eirin',
    trap: true,
    why: 'The school letter says meals are included and asks for a dietary form but never describes the menu or vegetarian options.',
  },
  {
    q: 'how much did it cost the uke group to hire the hall',
    trap: true,
    why: 'The ukulele report breaks down the money raised but never says what the hall hire cost.',
  },
  {
    q: 'how much has the church in wennington magna raised for its roof',
    trap: true,
    why: "The church article only covers St Aldhelm's appeal in Wennington Parva, not any other church.",
  },
  {
    q: 'how did the ferrybridge foxes get on in the final',
    trap: true,
    why: "The hockey preview only covers the Hawks' semi-final loss to the Foxes and says nothing about the final.",
  },
  {
    q: 'what time does the figure skating club train at coldwater',
    trap: true,
    why: "The hockey preview only says the figure skating club wants the Hawks' Tuesday slot and gives none of its own times.",
  },
  {
    q: 'does hollin vale pool have public swim sessions in the evening',
    trap: true,
    why: 'The pool notice only mentions Hollin Vale for club training and possible lessons, not its public swim times.',
  },
  {
    q: 'when was the gym at brackwell last shut for works',
    trap: true,
    why: 'The pool notice only gives the last pool closure in 2019 and nothing about past gym closures.',
  },
  {
    q: 'how many people came to the 2022 lan',
    trap: true,
    why: 'The LAN recap gives attendance for this year and last year only, not for 2022.',
  },
  {
    q: 'when is the year 5 residential trip',
    trap: true,
    why: 'The school letter only covers the Year 6 trip to Cwm Eirin.',
  },
  {
    q: 'how much was the school trip two years ago',
    trap: true,
    why: "The school letter only gives this year's £345 and last year's £310, not the price from two years ago.",
  },
  {
    q: 'how much did the first ever strum for larkfield concert make',
    trap: true,
    why: "The ukulele report only gives this year's and last year's totals for what was the third annual concert.",
  },
  {
    q: 'how much did the pub quiz next door to st brannocks raise',
    trap: true,
    why: 'The ukulele report only mentions people wandering in from the pub quiz, not anything it raised.',
  },
];

export const NINETEENTH_SIX_SET: readonly ChatQuestion[] = [
  ...NINETEENTH_SIX_ANSWERABLE,
  ...NINETEENTH_SIX_TRAPS,
];
