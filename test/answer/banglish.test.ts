/**
 * Questions typed in Banglish ("koto jon mara geche agun e?"): told from English, Roman Urdu and Tagalog, and
 * read as the English they ask, word for word, the question word in front. The examples are of an invented
 * factory fire in an invented town, Char Moynapur.
 */
import { describe, expect, it } from 'vitest';
import { banglishAsEnglish, isBanglish } from '../../src/answer/banglish.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

describe('telling Banglish from other text', () => {
  it('reads a message with two Bengali words as Bengali', () => {
    for (const question of [
      'koto jon mara geche Char Moynapur er agun e?',
      'agun ta kobe legechilo',
      'factory te keno agun laglo bhai',
      'ahoto der kothay newa hoyeche?',
      'boiler ta kibhabe fateche',
      // A word other chat types too counts beside a Bengali one: "ke" beside "korse", "ki" beside "chilo".
      'ke korse eta',
      'malik er naam ki chilo?',
      // Opening in English, it needs a third Bengali word: here "keno", "agun" glossed, "laglo" and "ekhon".
      'why keno ekhon agun laglo kintu?',
      'KOTO JON MARA GECHE?',
    ])
      expect(isBanglish(question), question).toBe(true);
  });

  it('leaves English alone, even with a Bengali-looking word or name in it', () => {
    for (const question of [
      'how many workers died in the fire',
      'is it true',
      'who is Ki Hong Lee',
      'when did Kobe Bryant die',
      'what did the koto player say about the fire',
      // Capitals are a name in a message not all in capitals: "KOTO" is a brand.
      'KOTO and KOBE brand boilers, are they safe?',
    ]) {
      expect(isBanglish(question), question).toBe(false);
      expect(banglishAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Roman Urdu, Hindi and Taglish alone', () => {
    for (const question of [
      'factory mein kitne log mare',
      'aag kab se lagi hui hai',
      'Kobe ki death kab hui',
      'bhai ki shaadi kab hai na',
      'ilan yung namatay sa sunog?',
      'sino po yung may-ari ng pabrika',
    ]) {
      expect(isBanglish(question), question).toBe(false);
      expect(banglishAsEnglish(question)).toBe(question);
    }
  });
});

describe('reading Banglish as English', () => {
  it('puts the question word first and drops the particles', () => {
    expect(banglishAsEnglish('koto jon mara geche agun e?')).toBe('how many people died fire?');
    expect(banglishAsEnglish('agun ta kobe legechilo')).toBe('when fire started');
    expect(banglishAsEnglish('factory te keno agun laglo bhai')).toBe('why factory fire started');
    expect(banglishAsEnglish('ahoto koto jon?')).toBe('how many people injured?');
    expect(banglishAsEnglish('kon building e agun lagse')).toBe('which building fire started');
  });

  it('reads "ke" as who, and "ki" as what or as asking yes or no', () => {
    expect(banglishAsEnglish('agun ta ke lagiyechilo? ke korse eta')).toBe('who fire set did this');
    expect(banglishAsEnglish('boiler ta ke fatiyechilo?')).toBe('who boiler exploded?');
    expect(banglishAsEnglish('fire service ki bolse?')).toBe('what fire service said?');
    expect(banglishAsEnglish('factory te ki hoyechilo')).toBe('what factory happened');
    // "Ki" inside the sentence, before what is said, asks yes or no: "did", "was" or "will".
    expect(banglishAsEnglish('malik ki palaise?')).toBe('did owner flee?');
    expect(banglishAsEnglish('boiler ta ki purono chilo?')).toBe('was boiler old?');
    expect(banglishAsEnglish('factory ki abar khulbe, korbe naki?')).toBe('will factory again open?');
    expect(banglishAsEnglish('shob worker ki beche geche na ki?')).toBe('did all worker survive?');
    // "Ke" before a noun marks the one done to, not who: "malik ke greftar korse".
    expect(banglishAsEnglish('police ki malik ke greftar korse?')).toBe('did police owner arrest?');
  });

  it('keeps English words, names and numbers as typed', () => {
    expect(banglishAsEnglish('Char Moynapur e koto jon ahoto hoyeche')).toBe(
      'how many people Char Moynapur injured',
    );
    expect(banglishAsEnglish('shotti ki 9 jon worker mara geche Shapla Garments e?')).toBe(
      'did true 9 people worker die Shapla Garments?',
    );
    // A word in capitals is a name: "KE" stays, though "ke" is who.
    expect(banglishAsEnglish('KE Fire Safety er inspector ki bolse?')).toBe(
      'what KE Fire Safety inspector said?',
    );
  });

  it('reads phrases before single words', () => {
    expect(banglishAsEnglish('boiler er boyosh koto chilo?')).toBe('how old boiler?');
    expect(banglishAsEnglish('dayitto ke nise?')).toBe('who claimed responsibility?');
    expect(banglishAsEnglish('agun kobe theke jolche, koto din dhore?')).toBe(
      'since when fire burning how long?',
    );
    expect(banglishAsEnglish('boiler ta kothakar chilo?')).toBe('where was boiler from?');
    expect(banglishAsEnglish('NFPA mane ki?')).toBe('what meaning of NFPA?');
    expect(banglishAsEnglish('malik er naam ki chilo?')).toBe('what was the name of owner?');
  });

  it('reads the same in capitals as in lower case', () => {
    for (const question of [
      'koto jon mara geche agun e?',
      'factory te keno agun laglo bhai',
      'agun ta kobe legechilo',
    ])
      expect(banglishAsEnglish(question.toUpperCase()).toLowerCase()).toBe(banglishAsEnglish(question));
  });
});

describe('a Banglish question asked of an article', () => {
  it('gets the English question’s answer, and is declined where the article is silent', async () => {
    const { engine } = await articleEngineWithVectors(
      'fire.md',
      [
        '# The Char Moynapur factory fire',
        '',
        'The fire at the Nodi Garments factory in Char Moynapur started in the dyeing room after a boiler exploded.',
        '',
        'The district fire service said 9 workers died and 31 were injured.',
        '',
        'The injured were taken to the upazila health complex, which the civil surgeon opened on Friday night.',
      ].join('\n'),
    );
    // Asked as typed: read-question.ts reads the Banglish, and "did you mean" leaves its words alone.
    expectAnswered(engine, [
      ['koto jon mara geche agun e?', '9 workers died'],
      ['factory te koto jon ahoto hoyeche', '31 were injured'],
      ['agun ta keno laglo?', 'boiler exploded'],
      ['ahoto der kothay niye gese?', 'taken to the upazila health complex'],
    ]);
    expectDeclined(engine, ['malik er naam ki?', 'Dhaka te koto jon mara geche?']);
  });
});
