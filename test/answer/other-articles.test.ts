/**
 * Questions typed as people type them, about articles unlike the seed articles: a game's season notes and a
 * town festival's report (session 40). Gamers' shorthand ("dmg", "devs", "nerf"), "any idea when ...",
 * "whens", a greeting and an apology for one's English in a learner's question, British spellings, and the
 * words naming an article's subject, which its sentences seldom repeat.
 */
import { describe, expect, it } from 'vitest';
import { planOf, quotedBy, sharedArticlesEngine } from './article-engine.js';

const SEASON = [
  '---',
  'title: "Skyreach Season 4: Frost Pass Opens and the Longbow Gets Cut Down"',
  'date: 2026-01-10',
  '---',
  '',
  'Season 4 of Skyreach starts on Thursday, 22 January 2026, after a three-hour maintenance window.',
  '',
  'On launch day the login servers are taken offline at 06:00 GMT.',
  '',
  'The new map, Frost Pass, is a mountain village cut in two by a frozen river. Every two minutes an avalanche closes the northern road, so teams have to fight through the village square instead.',
  '',
  'The longbow has been too strong for a while. Its charged shot now deals 60 damage, down from 75, and it takes a full second longer to draw. The hammer is getting help: its swing is faster by a tenth of a second.',
  '',
  'Season 5 is planned for early spring, with a new hero.',
  '',
  'Skyreach no longer runs on Windows 7. Players on older machines can keep the Season 3 client, which gets anti-cheat updates until the end of March 2026.',
  '',
  'The studio behind the game, Northgate Interactive, is a team of nineteen people working out of an old warehouse in Dundee. Since November we have banned 1,204 accounts for cheating.',
].join('\n');

const FESTIVAL = [
  'Harbour Lights Festival Draws Record Crowds to Port Elling',
  '',
  'More than 6,000 visitors came to the quayside over the weekend, the organisers said, many of them travelling from the cities along the coast.',
  '',
  'Tickets cost 12 pounds for adults and 5 pounds for children, and the money raised goes to the lifeboat station.',
  '',
  'The festival got a new sponsor in 2019, the Elling Harbour Board. It was first held in 1988, when a handful of fishermen hung lanterns on their boats.',
  '',
  'The lantern parade set off from the old fish market at 7pm on Saturday and took nearly two hours to wind its way along the seafront.',
  '',
  'Students from Elling Academy painted every lantern in the parade.',
  '',
  'Organisers said next year they hope to add a second stage for local bands. The next event is the Harbour Lights fireworks night, on Sunday 3 August.',
].join('\n');

const RACE = [
  'Crash Mars the Coastal Classic',
  '',
  'The Coastal Classic ended in confusion on Sunday afternoon.',
  'Marek Dunn crashed on the final descent of the Coastal Classic and was carried off the mountain by helicopter.',
  'The stage was stopped for twenty minutes while the road was cleared.',
  'Dunn, 24, had travelled to the race with a group of nine teammates from Bergen.',
  'Race officials said later that he had been rushed to Bergen General Hospital as a precaution.',
  'The stage was won by Ana Ruiz of Valencia, who finished eleven seconds clear.',
].join('\n');

const HOCKEY = [
  'Northfield Hawks Reach the Final',
  '',
  'The Northfield Hawks beat Eastport 4-2 on Friday night in front of 3,400 fans.',
  'Defender Ola Brandt was sent off in the second period and will serve a four-game ban.',
  'The referee showed Eastport captain Piet Vos a red card for a late hit from behind.',
  'The final, which the club has been selling tickets ever since the draw for the last four was made, takes place on Saturday, 14 March 2026.',
  'Fans driving to the arena pay a toll of 3 pounds on the Kessock bridge.',
  'The Hawks last won the trophy in 1994, when the team still played on an open-air rink.',
  "Eastport's only goal came from a penalty, scored by winger Tom Hale after a trip on the edge of the crease.",
].join('\n');

const FEN = [
  'Bitterns Breed Again at Ashmere Fen as Visits Climb',
  '',
  'The bittern has nested at Ashmere Fen for the first time in twelve years, the county wildlife trust said.',
  '',
  'Visits rose to 21,000 last year. Much of the extra interest has centred on the new Heron Hide, which opened in May overlooking the main pool.',
].join('\n');

const POOL = [
  'Millbank Pool Reopens After Repairs',
  '',
  'Millbank Pool was opened in 1968 by the town council, beside the old gasworks.',
  'A fire in the plant room in 1994 closed the pool for eleven weeks.',
  'The refit cost 310,000 pounds and was paid for by the council and a lottery grant.',
  'Lane swimming sessions run every Monday and Wednesday evening from 6 pm to 9 pm.',
  'The reopening was delayed by a month because the new filters arrived late from the supplier.',
  'Swimmers over 65 get free entry on weekday mornings.',
  'About 420 swimmers use the pool on a weekday and close to 700 on a Saturday.',
  'Millbank Pool plans to open a second pool at Eastgate in May 2027.',
  'Season tickets went on sale in March, and 1,500 season tickets were sold in two days.',
  'Junior swimming lessons start again on Thursday 5 March at 5:30 pm, in the small pool.',
  'They are taught by coach Amy Reid and cost 4 pounds a lesson, with the first lesson free.',
  'In all, 38 lifeguards worked at Millbank Pool last year, most of them students.',
  'The pool recorded 52,000 visits in 2025, its best year since it opened.',
  '',
  'The pool will shut at 6 pm on Friday for roughly three weeks of repairs to the roof. We will post updates on the council website and on the noticeboard by the doors if the Millbank Pool closure runs long.',
].join('\n');

const BAND = [
  'Driftwood Kings Announce Reunion Tour',
  '',
  'The Driftwood Kings will play six reunion concerts, their first shows together since they split up in March 2015. The band announced the dates on Friday morning with a short video filmed on the pier where they played their very first gig as teenagers, and fans queued overnight for tickets.',
  '',
  'The Driftwood Kings, who came out of the fishing town of Port Carrick in the early 2000s, have sold out every date. Four of the five original members are back. The missing member is bassist Rhodri Pryce, who left music after the split and now teaches maths at a secondary school in Leeds, where he also runs the school orchestra and a lunchtime guitar club.',
  '',
  "Pryce's place on the tour will be taken by session bassist Mia Holt, who has played with the band's singer on two of his solo records. The band said they had asked Pryce first, and that he had wished them well but had no wish to spend a month on a tour bus again.",
  '',
  "The split in 2015 followed a long dispute between the singer, Ray Cole, and the guitarist, Dev Shah, over money from the band's only hit single. Both men say they have not spoken about it since, and that they would rather play the songs than argue about who wrote them.",
  '',
  "Cllr Anna Price, who chairs the town's arts committee, said the council would pay for the stage and the lighting at the homecoming show on the seafront. She said the committee expected more than five thousand people to come, and that the roads near the pier would be closed.",
  '',
  'Rehearsals take place on Monday and Friday evenings from 7 pm in the old drill hall, and fans have been gathering outside to listen. The tour should finish in Bristol on 30 May, with a last show at the Colston Rooms that sold out within an hour.',
].join('\n');

const engine = sharedArticlesEngine([
  ['skyreach-season-4.md', SEASON],
  ['harbour-lights.txt', FESTIVAL],
  ['coastal-classic.txt', RACE],
  ['hawks-final.txt', HOCKEY],
  ['ashmere-fen.txt', FEN],
  ['millbank-pool.txt', POOL],
  ['driftwood-kings.txt', BAND],
]);
const quoted = quotedBy(engine);

describe('questions about articles unlike the seed articles', () => {
  it('reads "he" inside a sentence as the person named before it', async () => {
    expect(await quoted('where was dunn rushed')).toContain('Bergen General Hospital');
  });

  it('takes a number counting one of the words a count asks about as its answer', async () => {
    expect(await quoted('that young cyclist dunn came with how many teammates in his group')).toContain(
      'a group of nine teammates',
    );
  });

  it('reads "s4" as season 4, and declines a season the articles give no date for', async () => {
    expect(await quoted('when does skyreach s4 start')).toContain('Thursday, 22 January 2026');
    // "Season 4 starts on Thursday, 22 January 2026" is about another season.
    expect(await quoted('when does skyreach season 6 start')).toBeNull();
    expect(await quoted('when does skyreach s6 start')).toBeNull();
  });

  it('hears "how much is X" as asking a price', async () => {
    expect(await quoted('how much were tickets for harbour lights')).toContain('Tickets cost 12 pounds');
    expect(await quoted('how much is the skyreach season pass')).toBeNull();
  });

  it('hears "what exact day" as asking a day, which a season does not give', async () => {
    expect(await quoted('what exact day does season 4 start')).toContain('Thursday, 22 January 2026');
    expect(await quoted('what exact day in spring does season 5 start')).toBeNull();
  });

  it('hears "what time" as asking the hour, which an event named "night" does not give', async () => {
    expect(await quoted('what time did the lantern parade set off')).toContain('at 7pm on Saturday');
    expect(await quoted('what time do the harbour lights fireworks start')).toBeNull();
  });

  it('reads gamers shorthand as the words the article writes', async () => {
    expect(planOf(await engine(), 'longbow dmg now?').terms).toContain('damag');
    expect(planOf(await engine(), 'where r the devs based').terms).toContain('develop');
    expect(planOf(await engine(), 'did they nerf the longbow').terms).not.toContain('nerf');
    expect(await quoted('longbow dmg now?')).toContain('deals 60 damage, down from 75');
  });

  it('hears "any idea when" and "whens" as "when"', async () => {
    expect(await quoted('any idea when season 4 starts')).toContain('starts on Thursday, 22 January 2026');
    expect(planOf(await engine(), 'whens the lantern parade').terms).not.toContain('when');
  });

  it("leaves out a greeting and an apology for one's English", async () => {
    const plan = planOf(
      await engine(),
      'namaste, sorry for my bad english, how many people came to the festival?',
    );
    expect(plan.terms).not.toContain('namast');
    expect(plan.terms).not.toContain('english');
  });

  it('reads a British double l as a word, not a name the articles lack', async () => {
    const plan = planOf(await engine(), 'how many visitors travelled to harbour lights');
    expect(plan.specific.has('travel')).toBe(false);
  });

  it("takes the words naming an article's subject as held by its sentences", async () => {
    expect(await quoted('how much are harbour lights tickets')).toContain('Tickets cost 12 pounds');
    // Words every article uses name no one article's subject: an answer must still hold them.
    expect(await quoted('how much are tickets for the longbow')).toBeNull();
  });

  it('reads a search-box query ending on what it asks for: a length of time', async () => {
    expect(await quoted('parade length')).toContain('took nearly two hours');
    expect(await quoted('harbour lights parade duration')).toContain('took nearly two hours');
  });

  it('counts games, matches and seasons as a length of time', async () => {
    expect(await quoted('how long is the ban for brandt')).toContain('a four-game ban');
  });

  it('reads a toll on a bridge as a charge, not a death toll', async () => {
    expect(await quoted('kessock bridge toll?')).toContain('pay a toll of 3 pounds');
    expect(planOf(await engine(), 'how much is the bridge toll').terms).toContain('toll');
  });

  it('dates the event named before a relative clause a comma closes', async () => {
    expect(await quoted('when is the final')).toContain('Saturday, 14 March 2026');
  });

  it('never takes one colour for another, however near the word vectors put them', async () => {
    expect(await quoted('who got the red card in the eastport game')).toContain('Piet Vos a red card');
    expect(await quoted('who got the yellow card in the eastport game')).toBeNull();
    expect(await quoted('how many yellow cards did the referee give')).toBeNull();
  });

  it('reads "win 7" as Windows 7 where something runs on it', async () => {
    expect(planOf(await engine(), 'does skyreach still run on win 7').terms).toContain('window');
    expect(await quoted('does skyreach still run on win7')).toContain('no longer runs on Windows 7');
    expect(planOf(await engine(), 'did the hawks win 7 games').terms).not.toContain('window');
  });

  it('hears "how long" answered by the date something lasts until', async () => {
    expect(await quoted('how long does the season 3 client get anti-cheat updates')).toContain(
      'until the end of March 2026',
    );
  });

  it("reads a fan's pen as a penalty, a game as a match, a cup as a trophy and kids as students", async () => {
    expect(planOf(await engine(), 'who scored the pen for eastport').terms).toContain('penalti');
    expect(planOf(await engine(), 'what pen did he sign with').terms).toContain('pen');
    expect(await quoted('who took the pen')).toContain('scored by winger Tom Hale');
    expect(await quoted('when did the hawks last win the cup')).toContain('in 1994');
    expect(await quoted('which kids painted the lanterns')).toContain('Students from Elling Academy');
  });

  it('reads "won" as a form of "win", not a word to leave out', async () => {
    expect(planOf(await engine(), 'who won the coastal classic stage').terms).toContain('win');
    expect(await quoted('who won the stage')).toContain('won by Ana Ruiz');
  });

  it("hears a thing's age asked as the date it began, not any date of its story", async () => {
    expect(await quoted('how old is the harbour lights festival')).toContain('first held in 1988');
  });

  it("takes the article's subject as said when a name is asked of it", async () => {
    expect(await quoted('whats the name of the new hide at ashmere')).toContain('the new Heron Hide');
  });

  it('hears "what colour" as asking for a colour, and "when" answered by a time of day', async () => {
    expect(await quoted('what colour card did piet vos get')).toContain('Piet Vos a red card');
    expect(await quoted('what colour is the hawks kit')).toBeNull();
    expect(await quoted('when are the skyreach login servers taken offline')).toContain('at 06:00 GMT');
  });

  it('hears "which days" as asking for days, and counts "on a weekday" as a count per day', async () => {
    expect(await quoted('which days r the lane swimming sessions on')).toContain(
      'every Monday and Wednesday',
    );
    expect(await quoted('how many swimmers use millbank pool in a day')).toContain(
      '420 swimmers use the pool on a weekday',
    );
  });

  it('writes years and decades typed short in full', async () => {
    expect(await quoted('how long was the pool shut after the fire in 94')).toContain('for eleven weeks');
    expect(await quoted('the pool fire back in the 90s, how long was it closed')).toContain(
      'for eleven weeks',
    );
  });

  it("leaves out the asker's own ages and the figures they heard", async () => {
    expect(await quoted('im 71, do i get free entry at millbank?')).toContain('over 65 get free entry');
    expect(await quoted('refit cost?? i heard 500k')).toContain('The refit cost 310,000 pounds');
  });

  it('reads "set them back", "pushed back" and "shift tix" as the plain words', async () => {
    expect(await quoted('how much did the millbank refit set them back')).toContain(
      'The refit cost 310,000 pounds',
    );
    expect(await quoted('why did the reopening get pushed back')).toContain('delayed by a month');
    expect(await quoted('how many season tix did they shift')).toContain('1,500 season tickets were sold');
  });

  it('dates what happened, not what is only planned', async () => {
    const first = await quoted('when did the millbank pool first open');
    expect(first).toContain('opened in 1968');
    expect(first).not.toContain('plans to open');
  });

  it('holds a first name asked by the surname its full name was written with nearby', async () => {
    expect(await quoted('who is playing bass in place of rhodri on the tour')).toContain(
      'session bassist Mia Holt',
    );
  });

  it('reads a fight as a dispute, and "who runs" answered by who chairs', async () => {
    expect(await quoted('who was the big fight between in the driftwood kings')).toContain(
      'dispute between the singer',
    );
    expect(await quoted('who runs the arts committee')).toContain('Cllr Anna Price, who chairs');
  });

  it('reads "days/times" as the kind of answer asked for, and "should" as speaking of what is to come', async () => {
    expect(await quoted('what days/times are the driftwood kings rehearsals')).toContain(
      'on Monday and Friday evenings',
    );
    expect(await quoted('when will the driftwood kings tour finish')).toContain(
      'should finish in Bristol on 30 May',
    );
  });

  it('quotes the next sentence with the sum or count its best sentence lacks', async () => {
    expect(await quoted('how much are junior swimming lessons at millbank')).toContain(
      'cost 4 pounds a lesson',
    );
  });

  it('reads "came out of" as where a band is from, and a month as no place', async () => {
    expect(await quoted('where are the driftwood kings from')).toContain('the fishing town of Port Carrick');
  });

  it('quotes the sentence before with the length of time its best sentence lacks', async () => {
    expect(await quoted('how long is the millbank pool closure')).toContain('for roughly three weeks');
  });
});
