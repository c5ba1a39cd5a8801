/** "What is the name of the X": only a name written beside the X answers. */
import { describe, expect, it } from 'vitest';
import { asksForName, namedThing } from '../../src/answer/answer-type.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Flood in the valley',
  '',
  'A young volunteer pulled three children from the river. The flood damaged the old mill.',
  '',
  'The rescue boat, the Grey Heron, carried twelve families to the school on the hill.',
].join('\n');

describe('name questions', () => {
  it('reads that a name is asked, and of what', () => {
    expect(asksForName('what is the name of the rescue boat')).toBe(true);
    expect(asksForName("whats the volunteer's name")).toBe(true);
    expect(asksForName('what did the volunteer do')).toBe(false);
    // In a message's last sentence, and with a word for the real name.
    expect(asksForName('They hired a boat. What is the actual name of that boat?')).toBe(true);
    expect(asksForName('They named the boat. What did the volunteer do?')).toBe(false);
    // Asked in a statement's order ("the mill is in which town"), or as a tag after the thing alone.
    expect(namedThing('the mill is in which town?')).toEqual(['town']);
    expect(namedThing('the flood at the mill, in which town it happened?')).toEqual(['town']);
    expect(namedThing('young volunteer of the valley rescue, what was his name?')).toEqual([
      'young',
      'volunteer',
    ]);
    // Whether a name is known: only a name says yes; "named after" asks no name.
    expect(asksForName('was the volunteer ever identified by name?')).toBe(true);
    expect(namedThing('was the young volunteer ever identified')).toEqual(['young', 'volunteer']);
    expect(asksForName("is the volunteer's identity known")).toBe(true);
    expect(asksForName('was the mill named after the river')).toBe(false);
    // After a dash, or in a last sentence that names the thing only there.
    expect(asksForName('the mill that flooded last spring - which town was it in?')).toBe(true);
    expect(namedThing('the mill that flooded last spring - which town was it in?')).toEqual(['town']);
    expect(namedThing('The article says the mill flooded. Which province is that?')).toEqual(['province']);
    expect(namedThing('what is the name of the rescue boat that came')).toEqual(['rescue', 'boat']);
    expect(namedThing('whats the volunteers name')).toEqual(['volunteers']);
    expect(namedThing('what is the name of one type of boat')).toEqual(['boat']);
    // "Which city": only a name says which one.
    expect(asksForName('which city was the mill in')).toBe(true);
    expect(namedThing('what province is the mill in')).toEqual(['province']);
    expect(asksForName('in which city was the mill')).toBe(true);
    expect(namedThing('which european countries do the fighters go to')).toEqual(['countries']);
    expect(namedThing('in which city was the mill')).toEqual(['city']);
    expect(asksForName('which of the cities is larger')).toBe(false);
    // Asked as a tag at the end: "..., which city".
    expect(namedThing('where was the mill that flooded, which city')).toEqual(['city']);
    expect(asksForName('by then, which city had the largest mill')).toBe(false);
    // Asked as "do we know": still a name question.
    expect(asksForName('do we know the name of the volunteer who saved them')).toBe(true);
    expect(asksForName('do we know if the volunteer was named')).toBe(false);
    expect(namedThing('do we know the name of the volunteer who saved them')).toEqual(['volunteer']);
    // "What the rescue boat was actually called"; "what is the boat also called" asks another term.
    expect(namedThing('what the rescue boat was actually called?')).toEqual(['rescue', 'boat']);
    expect(asksForName('what is the boat also called')).toBe(false);
    expect(asksForName('what is a group of boats called')).toBe(false);
    // With a clause saying which one, before or after "called".
    expect(asksForName('what was the rescue boat that sank called')).toBe(true);
    expect(asksForName('what was the rescue boat called that the rebels sank')).toBe(true);
    // Asked as a tag after the question: the thing after "which" (or "who was the").
    expect(namedThing('which boat carried the families, whats its name?')).toEqual(['boat']);
    expect(namedThing('which mill was it, whats it called')).toEqual(['mill']);
    expect(namedThing('which volunteers pulled them out, got names?')).toEqual(['volunteers']);
    expect(namedThing('who was the volunteer, do we know his name')).toEqual(['volunteer']);
    expect(asksForName('which boat carried them, the name please')).toBe(true);
    expect(asksForName('which boat carried the families to the school')).toBe(false);
    // "Which X was it": which one, that only a name tells apart.
    expect(namedThing('which mill in the valley was it')).toEqual(['mill']);
    expect(asksForName('which mill was damaged')).toBe(false);
  });

  it('does not read a name after "a" or "an" as the name of the thing it stands before', async () => {
    const { engine } = await articleEngineWithVectors(
      'clinic.md',
      '# Clinic\n\nA Bristol clinic treated the injured sailors overnight.\n',
    );
    // "A Bristol clinic" says where the clinic is, not what it is called.
    expect(engine.ask('what was the name of the clinic that treated the sailors').status).toBe('no_answer');
    expect(engine.ask('where was the clinic that treated the sailors').status).toBe('answered');
  });

  it('declines a name asked as a tag when no name stands beside the thing', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    // Another name in the excerpt ("the Grey Heron") is not the volunteer's.
    expect(engine.ask('was the young volunteer ever identified by name?').status).toBe('no_answer');
    expect(engine.ask('which mill was damaged, whats it called').status).toBe('no_answer');
    const boat = engine.ask('which boat carried the families, whats its name?');
    expect(boat.status).toBe('answered');
    expect(boat.excerpt).toContain('the Grey Heron');
  });

  it('reads a name asked in a fragment, and answers it as the whole question', async () => {
    expect(asksForName('name of the rescue boat?')).toBe(true);
    expect(namedThing('name of the rescue boat?')).toEqual(['rescue', 'boat']);
    expect(asksForName('rescue boats name?')).toBe(true);
    expect(namedThing('rescue boats name?')).toEqual(['rescue', 'boats']);
    expect(asksForName('the mill burned down')).toBe(false);
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    // Described, never named: declined as "what is the name of the mill" is.
    for (const question of [
      'name of the mill the flood damaged?',
      'what is the name of the mill the flood damaged',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    // "who" inside the fragment says whose name; the name beside the boat answers.
    const boat = engine.ask('name of the boat who carried the families?');
    expect(boat.status).toBe('answered');
    expect(boat.excerpt).toContain('the Grey Heron');
  });

  it('ends the named thing before a name that starts a clause about it', async () => {
    const { engine } = await articleEngineWithVectors(
      'rescue.md',
      '# Flood relief in Kerry\n\nOxfam has been busy in Kerry, and partnered with one of the valley’s oldest charities.',
    );
    // "Kerry" is beside "partnered", not "charities": it is not the charity's name.
    const answer = engine.ask('whats the name of the charity oxfam partnered with');
    expect(answer.status).toBe('no_answer');
  });

  it('takes a new name for "which province" only where it names a place', async () => {
    const temple = await articleEngineWithVectors(
      'temple.md',
      '# Lantern festival\n\nCrowds gathered at the temple of the poet Li Bai, the oldest in the province.',
    );
    // "Li Bai" names the poet, not a province.
    expect(temple.engine.ask('which province is the temple in').status).toBe('no_answer');
    const festivals = await articleEngineWithVectors(
      'festivals.md',
      '# Spring festivals\n\nA larger festival was held in Fujian. Zhejiang banned fireworks that year.',
    );
    expect(festivals.engine.ask('which province was the larger festival held in').excerpt).toContain(
      'held in Fujian',
    );
    expect(festivals.engine.ask('which province banned fireworks').excerpt).toContain('Zhejiang banned');
  });

  it('takes no people\'s word ("American airstrikes") for the name of a town', async () => {
    const { engine } = await articleEngineWithVectors(
      'strikes.md',
      '# Strikes\n\nThe port has been quiet since recent American airstrikes against the militia in Syria.',
    );
    expect(engine.ask('which town in syria did the airstrikes hit').status).toBe('no_answer');
    expect(engine.ask('WHICH CITY DID THE AIRSTRIKES HIT').status).toBe('no_answer');
    // A country asked is named by the place it was in.
    expect(engine.ask('which country did the american airstrikes hit').excerpt).toContain('in Syria');
  });

  it('declines "do we know the name of" when the thing is described but never named', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    expect(engine.ask('do we know the name of the volunteer who pulled the children out').status).toBe(
      'no_answer',
    );
  });

  it('answers with the name written beside the thing', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    const answer = engine.ask('what is the name of the rescue boat');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('the Grey Heron');
  });

  it('declines when the article describes the thing but never names it', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    for (const question of ['what is the name of the young volunteer', "whats the volunteer's name"])
      expect(engine.ask(question).status).toBe('no_answer');
  });

  it("takes a new name elsewhere in the excerpt, but not the article's own subject", async () => {
    const { engine } = await articleEngineWithVectors(
      'harbour.md',
      [
        '# Port Elm harbour',
        '',
        'The old harbour master retired after thirty years. Since May the harbour has been run by Tom Reyes.',
        '',
        'Port Elm’s mayor opened the new ferry terminal beside the fish market.',
      ].join('\n'),
    );
    const master = engine.ask('what is the name of the man who runs the harbour now');
    expect(master.status).toBe('answered');
    expect(master.excerpt).toContain('Tom Reyes');
    // "Port Elm" is the article's subject (its title), not the mayor's name.
    expect(engine.ask('what is the name of the mayor').status).toBe('no_answer');
  });

  it('does not take another name from a sentence that writes the thing without naming it', async () => {
    const { engine } = await articleEngineWithVectors(
      'quetta.md',
      [
        '# Violence in the north',
        '',
        'The bombing at a Quetta mosque by the Crescent Front killed nine worshippers on Friday.',
        '',
        'Darel, the valley’s largest charity, sent food to the families. Aid came from several charities including Caritas and Oxfam.',
      ].join('\n'),
    );
    expect(engine.ask('whats the name of the mosque that was bombed in quetta').status).toBe('no_answer');
    // A name set beside the thing by a comma or "including" is the thing's.
    expect(engine.ask('what is the name of the largest charity in the valley').excerpt).toContain(
      'Darel, the valley’s largest charity',
    );
    expect(engine.ask('what are the names of the charities that sent aid').excerpt).toContain(
      'several charities including Caritas',
    );
  });

  it('takes no continent or region of one for a country', async () => {
    const { engine } = await articleEngineWithVectors(
      'exile.md',
      [
        '# Fighters abroad',
        '',
        'Analysts said the fighters are likely to move on to North Africa and Europe after the war.',
        '',
        'Their leaders settled in Tunisia and Portugal years ago.',
      ].join('\n'),
    );
    expect(engine.ask('which european countries are the fighters likely to move to').status).not.toBe(
      'answered',
    );
    const leaders = engine.ask('which countries did their leaders settle in');
    expect(leaders.status).toBe('answered');
    expect(leaders.excerpt).toContain('Tunisia and Portugal');
  });

  it('takes no country for a city, but a city its title names', async () => {
    const { engine } = await articleEngineWithVectors(
      'institute.md',
      [
        '# Flood research',
        '',
        'The flood was studied by Mara Olsen, a research fellow at the River Studies Institute in Norway.',
        '',
        'The institute has worked on floods for twenty years.',
      ].join('\n'),
    );
    expect(engine.ask('which city is the river studies institute in').status).not.toBe('answered');
    expect(engine.ask('which country is the river studies institute in').status).toBe('answered');
    const { engine: titled } = await articleEngineWithVectors(
      'bergen.md',
      ['# The Bergen flood', '', 'The flood at a Bergen school closed it for a week.'].join('\n'),
    );
    const city = titled.ask('which city was the school flood in');
    expect(city.status).toBe('answered');
    expect(city.excerpt).toContain('Bergen school');
  });

  it('reads a place the question names as saying which thing, not as the thing named', async () => {
    const { engine } = await articleEngineWithVectors(
      'front.md',
      [
        '# Attacks spread',
        '',
        'Analysts also note a worrying change in the Front’s tactics: attacks are no longer confined to border ' +
          'regions like Sindh but are now reaching major cities like Lahore and Multan. The Front struck twice in a month.',
        '',
        'The wounded were taken to the Multan hospital, the Nishtar Hospital, where doctors worked through the ' +
          'night to save them, and the families waited outside the gates for news.',
      ].join('\n'),
    );
    // "Lahore" in "cities like Lahore and Multan" is the place asked about, not a market beside a name.
    expect(engine.ask('whats the name of the lahore market').status).toBe('no_answer');
    const hospital = engine.ask('whats the name of the multan hospital');
    expect(hospital.status).toBe('answered');
    expect(hospital.excerpt).toContain('the Nishtar Hospital');
  });
});
