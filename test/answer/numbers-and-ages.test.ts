/**
 * Numbers written one way in the question and another in the article ("10" / "ten"), and "how old"
 * answered only by an age (a number beside the person, an age word, a date), not by any number.
 */
import { describe, expect, it } from 'vitest';
import { numberAliases, roughNumberAliases, spokenNumbersAsDigits } from '../../src/answer/number-words.js';
import { askedAge, askedAgeGroups, hasAge } from '../../src/answer/answer-type.js';
import { articleEngine, articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  'Group spreads',
  '',
  'The group has offshoots in about ten countries, an analyst told reporters on Monday.',
  '',
  'Ahmed Khan, 25, who saw the attack, said 5 buildings were damaged.',
].join('\n');

describe('numbers in digits and in words', () => {
  it('reads a number the corpus writes the other way as an alias of it', () => {
    const corpus = new Set(['ten', '5']);
    const has = (term: string) => corpus.has(term);
    expect(numberAliases(['10'], has)).toEqual([{ acronym: 'ten', longForm: ['10'] }]);
    expect(numberAliases(['five'], has)).toEqual([{ acronym: '5', longForm: ['five'] }]);
    expect(numberAliases(['11', 'twelve', 'group'], has)).toEqual([]);
  });

  it('answers a question with digits from an article with words, and the other way round', async () => {
    const { engine } = await articleEngine('group.md', ARTICLE);
    expect(engine.ask('who said the group has offshoots in 10 countries').excerpt).toContain(
      'offshoots in about ten countries',
    );
    expect(engine.ask('were five buildings damaged').excerpt).toContain('5 buildings were damaged');
  });
});

describe('numbers said in words', () => {
  it('are written in digits: years, hundreds, tens and units; one word alone is left', () => {
    for (const [said, written] of [
      ['after twenty twenty two', 'after 2022'],
      ['in twenty fourteen', 'in 2014'],
      ['Twenty Twenty-Two', '2022'],
      ['two thousand and fifteen', '2015'],
      ['twenty oh five', '2005'],
      ['nineteen ninety nine', '1999'],
      ['did fifty two people die', 'did 52 people die'],
      ['fifty-two', '52'],
      ['a hundred and five', '105'],
      ['one hundred twenty pilgrims', '120 pilgrims'],
      ['twenty people', 'twenty people'],
      ['about ten countries', 'about ten countries'],
      ['one or two', 'one or two'],
    ] as const)
      expect(spokenNumbersAsDigits(said), said).toBe(written);
  });

  it('find the sentence that gives the figure, dictated as a year or a number', async () => {
    const { engine } = await articleEngineWithVectors(
      'shrine.md',
      [
        'Shrine attack',
        '',
        'The attack killed at least 52, and wounded more than 105. It came a few weeks after another attack on a police academy killed more than 60 people.',
        '',
        'The group has claimed 90 attacks since 2022, and none before 2015.',
      ].join('\n'),
    );
    expect(engine.ask('did fifty two people die at the shrine').excerpt).toContain('killed at least 52');
    expect(engine.ask('how many attacks has the group claimed since twenty twenty two').excerpt).toContain(
      'claimed 90 attacks since 2022',
    );
  });
});

describe('how old', () => {
  it('is answered by an age, not by any number', async () => {
    const { engine } = await articleEngine('group.md', ARTICLE);
    expect(engine.ask('how old is ahmed khan').excerpt).toContain('Ahmed Khan, 25,');
    expect(engine.ask('how old is the analyst').status).toBe('no_answer');
  });

  it('of a person, is not answered by the year something began; of a thing, it is', async () => {
    const { engine } = await articleEngine(
      'gang.md',
      'Gang attacks\n\nThe Red Lane gang has carried out attacks in the port since 1990.\n\nPolice said the attacker fled on foot.\n',
    );
    expect(engine.ask('how old was the attacker').status).toBe('no_answer');
    expect(engine.ask('how old is the red lane gang').excerpt).toContain('since 1990');
  });

  it('of a witness, is not answered by the age of the bomber', async () => {
    const { engine } = await articleEngine(
      'market.md',
      'Market blast\n\nA teenage suicide bomber blew himself up at the market.\n\n"Everyone ran," a witness at the market told reporters.\n',
    );
    expect(engine.ask('how old was the witness at the market').status).toBe('no_answer');
    expect(engine.ask('how old was the bomber at the market').excerpt).toContain('teenage suicide bomber');
    expect(hasAge('A teenage suicide bomber blew himself up.', 'any', true, 'witness')).toBe(false);
    expect(hasAge('A teenage suicide bomber blew himself up.', 'any', true, 'doer')).toBe(true);
  });

  it('asked "exactly", is answered by a number, not by a word for an age', async () => {
    const { engine } = await articleEngine(
      'camp.md',
      'Camp fire\n\nA teenage scout raised the alarm at the camp, and the fire was put out by dawn.\n',
    );
    expect(engine.ask('how old was the scout who raised the alarm').excerpt).toContain('teenage scout');
    for (const question of ['how old exactly was the scout', 'how old was the scout, precisely?'])
      expect(engine.ask(question).status, question).toBe('no_answer');
    const group = await articleEngine('group.md', ARTICLE);
    expect(group.engine.ask('how old exactly is ahmed khan').excerpt).toContain('Ahmed Khan, 25,');
    expect(hasAge('A teenage scout raised the alarm.', 'exact')).toBe(false);
    // Whether someone is of an age group is an age question: an age word answers it.
    for (const question of ['was the scout an adult', 'was the scout who raised the alarm an adult or a kid'])
      expect(engine.ask(question).excerpt, question).toContain('teenage scout');
    expect(askedAgeGroups('was the scout an adult or a kid')).toEqual(['adult', 'kid']);
    expect(askedAgeGroups('was the scout a grown man or like a kid')).toEqual(['grown man', 'kid']);
    expect(askedAgeGroups('what size are adult ctenophora')).toEqual([]);
    expect(hasAge('Ahmed Khan, 25, put out the fire.', 'exact')).toBe(true);
  });

  it('declines whether someone was of an age group when the sentence sharing its words gives no age', async () => {
    const { engine } = await articleEngine(
      'fires.md',
      'Two fires\n\nA teenage scout raised the alarm at the camp fire.\n\nThe forest fire near the lake was started by a hiker, police said.\n',
    );
    expect(engine.ask('was the camp fire alarm raised by a teenager').excerpt).toContain('teenage scout');
    // The lake's fire shares "hiker" and "fire" with the question, but says nothing of the hiker's age.
    expect(engine.ask('was the hiker at the lake a teenager too?').status).toBe('no_answer');
  });

  it('reads "was he 25 yrs old" as an age claim, settled by the age beside the name', async () => {
    const { engine } = await articleEngine('group.md', ARTICLE);
    for (const question of ['was ahmed khan 25 yrs old?', 'was ahmed khan 30 years old'])
      expect(engine.ask(question).excerpt, question).toContain('Ahmed Khan, 25,');
    expect(askedAge('was ahmed khan 25 years old')).toBe('any');
    expect(askedAge('who was the 25 year old witness')).toBeUndefined();
  });

  it('knows an age when a sentence says one', () => {
    expect(hasAge('Manning, at 39, became the oldest quarterback.')).toBe(true);
    expect(hasAge('Chopin was seven months old when the family moved.')).toBe(true);
    expect(hasAge('A teenage suicide bomber blew himself up.')).toBe(true);
    expect(hasAge('Pitt (born December 18, 1963) is an actor.')).toBe(true);
    expect(hasAge('They have offshoots in about ten countries.')).toBe(false);
    expect(hasAge('The attack killed at least 52.')).toBe(false);
    expect(hasAge('The actress who played Lolita, Sue Lyon, was fourteen at the time of filming.')).toBe(
      true,
    );
    expect(hasAge('The score was four at the break.')).toBe(false);
  });
});

describe('a figure checked', () => {
  it('is settled by the number written in words', async () => {
    const { engine } = await articleEngineWithVectors(
      'offshoots.md',
      '# Offshoots\n\n“They have offshoots in about ten countries including Libya and Egypt,” an analyst said.\n\nThe group lost ground in Iraq.\n',
    );
    expect(engine.ask('the group has offshoots in around 10 countries, is that right?').excerpt).toContain(
      'about ten countries',
    );
  });
});

describe('a number given roughly', () => {
  it('stands for the nearest number the corpus writes within a tenth of it', () => {
    const has = (term: string) => ['52', '105', '25', '60'].includes(term);
    expect(roughNumberAliases(['like 50 ppl died?'], has)).toEqual([{ acronym: '52', longForm: ['50'] }]);
    expect(roughNumberAliases(['over 100 hurt'], has)).toEqual([{ acronym: '105', longForm: ['100'] }]);
    expect(roughNumberAliases(['was he mid 20s or so'], has)).toEqual([{ acronym: '25', longForm: ['20s'] }]);
    // Too far, a share, a year, or no word making it rough: nothing stands in.
    expect(roughNumberAliases(['like 30 died?', 'like 70% of them', '2021ish', '50 died'], has)).toEqual([]);
  });

  it('is answered by the nearest figure', async () => {
    const { engine } = await articleEngineWithVectors(
      'toll.md',
      '# Toll\n\nThe attack killed at least 52 and wounded more than 105.\n\n“We ran,” said Ana Ruiz, 25, a pilgrim.\n',
    );
    expect(engine.ask('like 50 ppl died in the attack?').excerpt).toContain('at least 52');
    expect(engine.ask('was ana ruiz mid 20s or so?').excerpt).toContain('Ana Ruiz, 25');
  });
});
