/**
 * Questions typed in Portuguese mixed with English ("quantos morreram na enchente?", "quem era o
 * prefeito"): told from English, Spanish, Roman Urdu, Tagalog, French, German and Dutch, and read as the
 * English they ask, word for word, the question word in front. The examples are of an invented flood in an
 * invented town, Vila Serrana, on an invented river, the Corvina.
 */
import { describe, expect, it } from 'vitest';
import { isPortuguese, isPortugueseWord, portugueseAsEnglish } from '../../src/answer/portuguese.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

describe('telling Portuguese from other text', () => {
  it('reads a message with two Portuguese words as Portuguese', () => {
    for (const question of [
      'quantos morreram na enchente de Vila Serrana?',
      'quem era o prefeito da cidade',
      'onde foi isso',
      'vc sabe quando começou a chuva?',
      'mano, qnd a água baixou?',
      'pq a defesa civil não avisou os moradores',
      // European Portuguese.
      'Quantos morreram nas cheias?',
      'porque é que a câmara não avisou ninguém?',
      // An "o" where only Portuguese's article stands counts ("por que o", "o que"), and so does a word typed
      // with "ã" ("não", "paquistão").
      'por que o rio transbordou',
      'o que significa SAMU?',
      // Opening in English, it needs a third Portuguese word: here "morreram", "na enchente" and "né".
      'how many morreram na enchente, né?',
      'QUANTOS MORRERAM NA ENCHENTE?',
    ])
      expect(isPortuguese(question), question).toBe(true);
  });

  it('leaves English alone, even with a Portuguese-looking word or name in it', () => {
    for (const question of [
      'how many people died in the flood?',
      'who was the mayor of Vila Serrana',
      'is it true',
      'what happened in São Paulo',
      'who is Cara Delevingne',
      'why did the Corvina river overflow?',
      // Two Portuguese words, in a question that opens in English and asks in English.
      'what does "sei lá, né" mean',
      'how many died, quantos?',
      // Capitals are a name in a message not all in capitals: the EUA and ONG funds.
      'did the EUA office of the ONG CASA send help to Vila Serrana?',
    ]) {
      expect(isPortuguese(question), question).toBe(false);
      expect(portugueseAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Spanish alone, though it shares many words', () => {
    for (const question of [
      'cuantos murieron en la inundación?',
      'quien era el alcalde del pueblo',
      'donde fue eso',
      'por que Villa Serrana?',
      'cuando empezó la lluvia',
      'cuantos heridos hubo en la inundacion?',
      'que dijo el alcalde sobre la presa',
      'xq no avisaron a los vecinos',
      'cual es el nombre del río?',
      'como se llama el río?',
      'oye donde esta el gimnasio',
      'cuantos años tenia el niño rescatado?',
      'qué pasó con la presa ayer?',
      'la policía arrestó al dueño de la presa?',
      'mano, cuantos muertos hubo?',
      // A word Portuguese shares ("onde" of Spanish chat, "cara"), beside Spanish-only words.
      'onde esta la presa?',
      'cara, que paso con los vecinos?',
      '¿y el alcalde dijo algo?',
    ]) {
      expect(isPortuguese(question), question).toBe(false);
      expect(portugueseAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Roman Urdu, Tagalog, French, German and Dutch alone', () => {
    for (const question of [
      'baarish mein kitne log mare',
      'pani kahan tak aya tha',
      'ilan yung namatay sa baha?',
      'sino po yung mayor ng bayan',
      'combien de morts dans l’inondation',
      'c’est quoi ça, la foi soufie?',
      'où est le barrage',
      'wie viele Tote gab es bei der Flut',
      'hoeveel doden vielen er bij de overstroming',
    ]) {
      expect(isPortuguese(question), question).toBe(false);
      expect(portugueseAsEnglish(question)).toBe(question);
    }
  });

  it('knows the words of its glossary, and no English one', () => {
    for (const word of ['morreram', 'né', 'Enchente', 'vc', 'explosão', 'kkkk'])
      expect(isPortugueseWord(word), word).toBe(true);
    for (const word of ['flood', 'died', 'Islamabad']) expect(isPortugueseWord(word), word).toBe(false);
  });
});

describe('reading Portuguese as English', () => {
  it('puts the question word first and drops the particles', () => {
    expect(portugueseAsEnglish('quantos morreram na enchente?')).toBe('how many died flood?');
    expect(portugueseAsEnglish('a enchente, quando começou?')).toBe('when flood started?');
    expect(portugueseAsEnglish('e aí galera, onde estão os desabrigados')).toBe('where displaced');
    expect(portugueseAsEnglish('quem era o prefeito da cidade')).toBe('who mayor city');
    expect(portugueseAsEnglish('pq a defesa civil não avisou os moradores')).toBe(
      'why civil defence not warned residents',
    );
    expect(portugueseAsEnglish('porque é que a câmara não avisou?')).toBe('why council not warned?');
    expect(portugueseAsEnglish('pá, quantas pessoas ficaram desalojadas?')).toBe(
      'how many people displaced?',
    );
  });

  it('reads "que" and "como" as asking only where they open the question or carry an accent', () => {
    expect(portugueseAsEnglish('que disse o prefeito?')).toBe('what said mayor?');
    expect(portugueseAsEnglish('o prefeito disse o quê?')).toBe('what mayor said?');
    expect(portugueseAsEnglish('os bombeiros disseram que morreram 14?')).toBe(
      'did firefighters say died 14?',
    );
    expect(portugueseAsEnglish('como começou a enchente')).toBe('how started flood');
  });

  it('keeps English words, names and numbers as typed', () => {
    expect(portugueseAsEnglish('quando começou a enchente em Vila Serrana')).toBe(
      'when started flood Vila Serrana',
    );
    expect(portugueseAsEnglish('o que o river warden disse about the dam?')).toBe(
      'what river warden said about the dam?',
    );
    // A name of capitalised words stays whole: "São" is no copula, "Rio" no river.
    expect(portugueseAsEnglish('quantos morreram em São Paulo?')).toBe('how many died São Paulo?');
    expect(portugueseAsEnglish('onde fica o Rio Corvina')).toBe('where Rio Corvina');
    // A word in capitals is a name: "CASA" stays, though "casa" is "house".
    expect(portugueseAsEnglish('quantas famílias foram levadas pro ginásio da ONG CASA?')).toBe(
      'how many families taken for gym ONG CASA?',
    );
  });

  it('reads phrases before single words', () => {
    expect(portugueseAsEnglish('quantos anos tinha o menino resgatado?')).toBe('how old boy rescued?');
    expect(portugueseAsEnglish('desde quando chove em Vila Serrana')).toBe('since when rained Vila Serrana');
    expect(portugueseAsEnglish('de onde vieram os voluntários')).toBe('where from come volunteers');
    expect(portugueseAsEnglish('por que motivo não havia alerta?')).toBe('why not warning?');
    expect(portugueseAsEnglish('alguém sabe quantos feridos houve por favor')).toBe('how many injured');
    expect(portugueseAsEnglish('o que significa SAMU?')).toBe('meaning of SAMU?');
    expect(portugueseAsEnglish('quanto tempo a água demorou pra baixar')).toBe(
      'how long water took for receded',
    );
  });

  it('asks a name as English asks it', () => {
    expect(portugueseAsEnglish('como se chama o rio?')).toBe('what is the name of river?');
    expect(portugueseAsEnglish('qual o nome do prefeito')).toBe('what is the name of mayor');
  });

  it('reads a yes/no question as one, "did" with a past verb and "is" with a copula', () => {
    expect(portugueseAsEnglish('a polícia prendeu o dono da barragem?')).toBe('did police arrest owner dam?');
    expect(portugueseAsEnglish('morreram crianças, não?')).toBe('did die children?');
    expect(portugueseAsEnglish('é verdade que a barragem era perigosa')).toBe('is dam dangerous');
    expect(portugueseAsEnglish('a água ainda tá subindo, né?')).toBe('is water still rising?');
    // "Quando" before an article joins a clause: the question is still yes or no.
    expect(portugueseAsEnglish('o rio transbordou quando a barragem rompeu?')).toBe(
      'did river overflow when dam burst?',
    );
    // No verb: a topic asked after, not a yes/no question.
    expect(portugueseAsEnglish('e os feridos, vc sabe?')).toBe('injured?');
  });

  it('reads the same in capitals as in lower case', () => {
    for (const question of [
      'quantos morreram na enchente?',
      'a polícia prendeu o dono da barragem?',
      'quanto tempo a água demorou pra baixar',
    ])
      expect(portugueseAsEnglish(question.toUpperCase()).toLowerCase()).toBe(portugueseAsEnglish(question));
  });
});

describe('a Portuguese question, read as English, asked of an article', () => {
  it('gets the English question’s answer, and is declined where the article is silent', async () => {
    const { engine } = await articleEngineWithVectors(
      'flood.md',
      [
        '# The Vila Serrana flood',
        '',
        'The flood in Vila Serrana was caused by the Corvina River overflowing after four days of rain.',
        '',
        'The civil defence office said 14 people died and 63 were injured.',
        '',
        'Displaced families were taken to the municipal gym, which the mayor opened on Saturday night.',
      ].join('\n'),
    );
    // Asked as typed: read-question.ts reads the Portuguese, and "did you mean" leaves its words alone.
    expectAnswered(engine, [
      ['quantos morreram na enchente?', '14 people died'],
      ['mano, quantos feridos teve na enchente?', '63 were injured'],
      ['por que teve enchente em Vila Serrana', 'Corvina River overflowing'],
      ['pra onde levaram as famílias desabrigadas?', 'municipal gym'],
    ]);
    expectDeclined(engine, ['como se chama o prefeito?', 'quantos morreram na enchente de Recife?']);
  });
});
