import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchedSurfaces } from '../../src/answer/highlight.js';
import {
  askedDatePart,
  dateFormWord,
  asksForMoney,
  definedThing,
  definesThing,
  hasAnswerShape,
  hasDatePart,
  hasDuration,
  hasMoney,
  hasMeasure,
  measureWord,
  questionType,
  askedAge,
} from '../../src/answer/answer-type.js';
import { isQuestion, questionWords, readQuestion } from '../../src/answer/read-question.js';
import { parseArticle } from '../../src/corpus/parse.js';
import { Engine } from '../../src/engine.js';
import { SEED_A, SEED_B, SEED_DIR } from '../engine/fixtures.js';

/** The question's terms, or the reason it was refused (the shape the older checkQuestion gave). */
function checkQuestion(text: string, maxChars?: number) {
  const read = readQuestion(text, maxChars);
  return read.ok ? { ok: true, terms: read.question.terms } : read;
}

describe('readQuestion', () => {
  it('accepts a question and gives its distinct terms', () => {
    expect(checkQuestion('How many attacks, attacks, did ISKP claim?')).toEqual({
      ok: true,
      terms: ['attack', 'iskp', 'claim'],
    });
  });

  it('does not search for an auxiliary that only asks ("will", "shall"; "may" only first)', () => {
    expect(checkQuestion('will isis attack again')).toEqual({ ok: true, terms: ['isi', 'attack', 'again'] });
    expect(checkQuestion('what will they do next')).toMatchObject({ terms: ['next'] });
    // "May I ask" is a courtesy: neither word is searched.
    expect(checkQuestion('May I ask who bombed the shrine')).toMatchObject({
      terms: ['bomb', 'shrine'],
    });
    expect(checkQuestion('who may be a teacher')).toMatchObject({ terms: ['may', 'teacher'] });
    expect(checkQuestion('what is the will of the people')).toMatchObject({ terms: ['will', 'peopl'] });
    // After a verb or a name it asks too: "what does O'Driscoll think will happen".
    expect(checkQuestion("what does O'Driscoll think will happen")).toMatchObject({
      terms: ['odriscol', 'think', 'happen'],
    });
    expect(checkQuestion('who gets his will read')).toMatchObject({ terms: ['get', 'will', 'read'] });
  });

  it('measures the limit on the trimmed question', () => {
    expect(checkQuestion(`  ${'a'.repeat(20)}  `, 20).ok).toBe(true);
    const over = checkQuestion('a'.repeat(21), 20);
    expect(over).toEqual({
      ok: false,
      message: 'That question is 21 characters long; please keep it under 20.',
    });
  });

  it('strips mentions before reading the words', () => {
    expect(checkQuestion('<@!123456789012345678> ISKP <#987654321098765432> <@&555555555555555555>')).toEqual(
      {
        ok: true,
        terms: ['iskp'],
      },
    );
    expect(checkQuestion('@everyone')).toMatchObject({ ok: false });
    // An address is not a mention.
    expect(checkQuestion('mail me@everyone.example')).toMatchObject({ ok: true });
  });
});

describe('questionType and hasAnswerShape', () => {
  it.each([
    ['How many attacks did ISKP claim?', 'count'],
    ['how much did it cost', 'amount'],
    ['HOW MANY DIED AT THE SHRINE', 'count'],
    ['whats the population of pakistan', 'count'],
    ['When did ISKP start?', 'date'],
    ['What year was Mosul taken?', 'date'],
    // "How long ago" asks when, though "how long" asks for a length of time.
    ['how long ago did iskp move to pakistan', 'date'],
    ['how long did the siege last', 'count'],
    ['Who carried out the bombing?', 'person'],
    ['Which group was behind it?', 'person'],
    ['Where did the attack happen?', 'place'],
    ['What city was attacked?', 'place'],
    ['Why did ISKP attack?', 'other'],
    // A leading "when ..." clause sets the scene; the question word after it asks.
    ['When rich countries trade with poor countries, whose wages increase?', 'person'],
    // The same typed without its comma; "when" with an auxiliary after it still asks when.
    ['when ISKP come back what weakness of pakistan they are use?', 'other'],
    ['when the bomb went off how many people died', 'count'],
    ['when did the bomb go off and what did people do', 'date'],
    ['when and where did the bomb go off', 'date'],
    // A yes/no question after the scene asks no date.
    ['when it blew up was the shrine packed', 'other'],
    ['when the peace deals fell apart did iskp cash in', 'other'],
    ['when the attack was carried out', 'date'],
    // A question word at the end asks for that: not a date, not a count.
    ['Cost overruns occurred when the contractor did what?', 'other'],
    ['A growing number of new forms of procurement involves what?', 'other'],
    // "How was it decided how many ..." asks how, not how many; "do you know how many" still counts.
    ['How was it determined how many from each camp would be appointed?', 'other'],
    ['do you know how many people died', 'count'],
    ['whats the death count from the shrine bombing', 'count'],
    // A fragment that ends on "date" or "year" asks when; a question that opens otherwise keeps its type.
    ['shrine blast date?', 'date'],
    ['iskp founding year', 'date'],
    ['what is the release date', 'other'],
  ] as const)('%s → %s', (question, type) => {
    expect(questionType(question)).toBe(type);
  });

  it('recognises sentences holding the kind of answer asked for', () => {
    expect(hasAnswerShape('The attack killed at least 52.', 'count')).toBe(true);
    expect(hasAnswerShape('They have offshoots in about ten countries.', 'count')).toBe(true);
    expect(hasAnswerShape('The attack killed many.', 'count')).toBe(false);
    // A day or a month is capitalised, yet names no place and no one.
    expect(hasAnswerShape('The clinics run every Tuesday and Thursday afternoon.', 'place')).toBe(false);
    expect(hasAnswerShape('They take place in the Wendell Room.', 'place')).toBe(true);
    expect(hasAnswerShape('Islamic State took it over in 2014.', 'date')).toBe(true);
    expect(hasAnswerShape('It happened long ago.', 'date')).toBe(true);
    expect(hasAnswerShape('It happened after the rains.', 'date')).toBe(false);
    expect(hasAnswerShape('It expanded again during the Middle Miocene.', 'date')).toBe(true);
    expect(hasAnswerShape('The last glacial ran until ~11,600 BP.', 'date')).toBe(true);
    expect(hasAnswerShape('Inhabited since the Lower Paleolithic.', 'date')).toBe(true);
    // A time counted from another event dates nothing by itself; one counted from now does.
    expect(hasAnswerShape('It came just a few weeks after another attack.', 'date')).toBe(false);
    expect(hasAnswerShape('It opened three years ago.', 'date')).toBe(true);
    expect(hasAnswerShape('The recent bombing is restricted today.', 'date')).toBe(false);
    expect(hasAnswerShape('the shrine of the Sufi saint Shah Noorani', 'place')).toBe(true);
    expect(hasAnswerShape('the shrine of a saint', 'person')).toBe(false);
    expect(hasAnswerShape('Anything at all 2014', 'other')).toBe(false);
    expect(hasAnswerShape('The Becket Casket dated c1180 holds relics.', 'date')).toBe(true);
    expect(hasAnswerShape('a quilt of the late 14th-century', 'date')).toBe(true);
    expect(hasAnswerShape('Vesuvius erupted in 79 AD.', 'date')).toBe(true);
    expect(hasAnswerShape('None of the treaties mention it.', 'count')).toBe(true);
    expect(hasDuration('The theatre was in operation from 1870 to 1939.')).toBe(true);
    expect(hasDuration('It has been published regularly since 1979.')).toBe(true);
    expect(hasDuration('It was published in 1979.')).toBe(false);
    expect(asksForMoney('how much money does isis have')).toBe(true);
    expect(asksForMoney('How much did Yankee Stadium cost?')).toBe(true);
    expect(asksForMoney("how much did pakistan's intelligence offer iskp")).toBe(true);
    expect(asksForMoney('how much damage did the blast cause')).toBe(false);
    expect(asksForMoney('how much did the agency offer them in those deals')).toBe(true);
    expect(asksForMoney('how much ground did they lose')).toBe(false);
    expect(asksForMoney('How much financial aid does the United States give to Pakistan?')).toBe(true);
    expect(asksForMoney('what did pakistan pay iskp')).toBe(true);
    expect(asksForMoney('what did the us pay attention to')).toBe(false);
    expect(asksForMoney('what did isis do')).toBe(false);
    expect(asksForMoney('how much damage in dollars did the shrine attack do')).toBe(true);
    expect(measureWord('how long was iskp quiet before this')).toBe('long');
    expect(measureWord('iskp was quiet for HOW LONG')).toBe('long');
    expect(measureWord('how many died')).toBeUndefined();
    // A measure in the unit asked about: a height in metres, not a time ("a second term").
    expect(hasMeasure('He did not run for a second term.', new Set(['how', 'tall']))).toBe(false);
    expect(hasMeasure('The tower stands 30 metres above the square.', new Set(['how', 'tall']))).toBe(true);
    expect(hasMeasure('The siege lasted three weeks.', new Set(['how', 'long']))).toBe(true);
    expect(measureWord('what is the temperature of the cave')).toBe('temperature');
    expect(hasMeasure('The cave stays at 54 degrees all year.', new Set(['temperature']))).toBe(true);
    expect(hasMeasure('The cave is 400 miles long.', new Set(['temperature']))).toBe(false);
    expect(asksForMoney('how many US dollars did the attack cost')).toBe(true);
    expect(asksForMoney('how many pounds did the bomb weigh')).toBe(false);
    expect(hasMoney('the price tag of $1.5 billion')).toBe(true);
    expect(hasMoney('It killed more than 60 people.')).toBe(false);
    expect(definedThing('whats mosul')).toBe('mosul');
    expect(definedThing('What is the Islamic State?')).toBe('Islamic State');
    expect(definedThing('what is the capital of pakistan today and why')).toBeUndefined();
    expect(definesThing('toward Mosul, Iraq’s second largest city, which', 'mosul')).toBe(true);
    expect(definesThing('Spades is a trick-taking card game.', 'spades')).toBe(true);
    expect(definesThing('The fight against Mosul has become a symbol.', 'mosul')).toBe(false);
    // The thing named by a longer word of it; a parenthesis read past.
    expect(definesThing('OpenID is an open standard for logging in.', 'google openid')).toBe(true);
    expect(
      definesThing(
        'Atherosclerosis (also known as ASVD; a form of it) is a condition.',
        'atherosclerotic disease',
      ),
    ).toBe(true);
    expect(definesThing('Google runs one provider of OpenID logins.', 'google openid')).toBe(false);
  });

  it('only counts a number, date or name the question does not already say', () => {
    const question = questionWords('How old was Newton during Super Bowl 50?');
    expect(hasAnswerShape('Super Bowl 50 featured numerous records.', 'count', question)).toBe(false);
    expect(hasAnswerShape('Newton was 26 at the time of Super Bowl 50.', 'count', question)).toBe(true);
    const who = questionWords('Who licensed Tesla’s motor to Westinghouse?');
    expect(hasAnswerShape('In the end the motor went to Westinghouse.', 'person', who)).toBe(false);
    expect(hasAnswerShape('The motor was licensed by George Westinghouse.', 'person', who)).toBe(true);
    expect(
      hasAnswerShape(
        'It began in 2014 and ended in 2019.',
        'date',
        questionWords('When did it end after 2014?'),
      ),
    ).toBe(true);
    expect(hasAnswerShape('It began in 2014.', 'date', questionWords('When did it end after 2014?'))).toBe(
      false,
    );
  });
});

describe('an age asked for', () => {
  it('reads "how old" and whether someone is old or young as asking an age', () => {
    expect(askedAge('how old was the bomber')).toBe('any');
    expect(askedAge('was he an old or what')).toBe('any');
    expect(askedAge('was the bomber old or young')).toBe('any');
    expect(askedAge('is the lookout a young man')).toBe('any');
    expect(askedAge('how old exactly was he')).toBe('exact');
    // An old man named as the one who spoke is not an age asked.
    expect(askedAge('what did the old man tell afp')).toBeUndefined();
  });
});

describe('the part of a date asked for', () => {
  it('reads which part a question names, and none for a plain "when"', () => {
    expect(askedDatePart('what day of the week was the shrine attack')).toBe('weekday');
    expect(askedDatePart('In what month did the siege end?')).toBe('month');
    expect(askedDatePart('what year was christianity introduced to africa')).toBe('year');
    expect(askedDatePart('at what time did the blast happen')).toBe('clock');
    expect(askedDatePart('At what hour did the explosion occur?')).toBe('clock');
    expect(questionType('At what hour did the explosion occur?')).toBe('date');
    expect(askedDatePart('what day did the shrine bombing happen')).toBe('day');
    expect(askedDatePart('when did the attack happen')).toBeUndefined();
    // "What time the hide opens" asks the hour as "what time does it open" does; a time frame or a time of
    // year is no hour.
    expect(askedDatePart('what time the saltings hide opens and closes daily')).toBe('clock');
    expect(askedDatePart('What time frame does the war cover?')).toBeUndefined();
    expect(askedDatePart('what time of year do the birds nest')).toBeUndefined();
    // "Which days" asks for days as "which day" does.
    expect(askedDatePart('which days are the clinics on')).toBe('day');
    expect(questionType('what days r the clinics on')).toBe('date');
    // The word that names it is the question's form, not what the answer says.
    expect(dateFormWord('since like what year have they been attacking')).toBe('year');
    expect(dateFormWord('In which Month did the siege end?')).toBe('month');
    expect(dateFormWord('when did the attack happen')).toBeUndefined();
  });

  it('finds that part in a sentence, and not another part', () => {
    expect(hasDatePart('The bomber struck on Thursday evening.', 'weekday')).toBe(true);
    expect(hasDatePart('ISKP has conducted attacks since 2015.', 'weekday')).toBe(false);
    expect(hasDatePart('It began in Egypt in the 1st century.', 'year')).toBe(true);
    expect(hasDatePart('It began on the first Saturday in May.', 'year')).toBe(false);
    expect(hasDatePart('The blast came at 6:30 p.m. local time.', 'clock')).toBe(true);
    expect(hasDatePart('The siege ended on 3 May 2017.', 'month')).toBe(true);
    expect(hasDatePart('The siege may end soon.', 'month')).toBe(false);
    expect(hasDatePart('The blast on March 3 killed 52.', 'day')).toBe(true);
    expect(hasDatePart('It struck on Thursday.', 'day')).toBe(true);
    expect(hasDatePart('ISKP has attacked since 2015.', 'day')).toBe(false);
  });
});

describe('isQuestion', () => {
  it.each([
    ['Who licensed Tesla’s motor?', true],
    ['how many attacks did ISKP claim', true],
    ['ISKP attacks in Pakistan?', true],
    ['Is milk good for bones', true],
    ['vitamin D and asthma', false],
    ['Breast Cancer Cells Feed on Cholesterol', false],
    ['whatever happened', false],
    ['', false],
  ] as const)('%j → %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});

describe('excerpts are verbatim', () => {
  it('for every seed question and candidate passage, the excerpt is passage.text.slice(start, end)', async () => {
    const articles = await Promise.all(
      [SEED_A, SEED_B].map(async (file) =>
        parseArticle(file, 'global', await readFile(path.join(SEED_DIR, file)), { maxBytes: 1 << 21 }),
      ),
    );
    const engine = Engine.fromArticles(articles);
    const questions = [
      'How many attacks did ISKP claim?',
      'Who was the teenage suicide bomber?',
      'What does INEGMA stand for?',
      'Islamic State Khorasan Province goals',
      'Where do fighters fleeing Iraq go?',
      'Dylan O’Driscoll',
    ];
    let excerpts = 0;
    for (const question of questions) {
      for (const passage of articles.flatMap((article) => article.passages)) {
        const excerpt = engine.pickExcerpt(question, passage);
        if (!excerpt) continue;
        excerpts++;
        expect(excerpt.text).toBe(passage.text.slice(excerpt.start, excerpt.end));
        expect(excerpt.text).toBe(excerpt.text.trim());
        expect(excerpt.text.length).toBeGreaterThan(0);
        expect(excerpt.coverage).toBeGreaterThan(0);
        expect(excerpt.coverage).toBeLessThanOrEqual(1);
      }
    }
    expect(excerpts).toBeGreaterThan(20);
  });
});

describe('matchedSurfaces', () => {
  it('returns words as written in the text, for the terms that matched', () => {
    const text = 'The Islamic State Khorasan Province (ISKP) and ISKP’s attacks; café in Łódź.';
    expect(matchedSurfaces([text], new Set(['iskp', 'attack', 'cafe', 'lodz']))).toEqual([
      'ISKP',
      'ISKP’s',
      'attacks',
      'café',
      'Łódź',
    ]);
    expect(matchedSurfaces([text], new Set(['nothing']))).toEqual([]);
  });
});
