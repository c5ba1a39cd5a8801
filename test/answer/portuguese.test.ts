/**
 * Questions typed in Portuguese mixed with English ("quantos morreram na enchente?", "quem era o
 * prefeito"): told from English, Spanish, Roman Urdu / Hindi, Tagalog, French, Italian, German and Dutch, and
 * read as the English they ask, word for word, the question word in front. The examples are of an invented
 * flood in an invented town, Vila Serrana, on an invented river, the Corvina.
 */
import { describe, expect, it } from 'vitest';
import {
  isPortuguese,
  isPortugueseWord,
  portugueseAsEnglish,
  portugueseWordGloss,
} from '../../src/answer/portuguese.js';
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

  it('reads a message with one Portuguese word and many small ones, or mostly glossary words, as Portuguese', () => {
    for (const question of [
      // One marker ("quem", "estava", "fez") and three small words, one of them only Portuguese's ("do", "da",
      // "com").
      'quem era o santo do rio?',
      'o dono da barragem fez algo de errado?',
      'com quem a prefeitura fez parceria?',
      // Mostly words of the glossary.
      'qual o objetivo da defesa civil',
      'qual a meta do plano de evacuação',
      // A verb's form only Portuguese writes ("transbordou", "evacuaram", "rompeu"), or a word spelt so
      // ("vulnerável", "tinha").
      'por que a barragem estava vulnerável?',
      'os moradores evacuaram a vila?',
      'quando a barragem rompeu?',
      // Brazilian chat's verbs and European Portuguese's "é que".
      'tô curioso, quem tava na barragem qnd rompeu?',
      'vô perguntar: quantos desabrigados tem?',
      'Quem é que construiu a barragem?',
      'Os bombeiros estavam a resgatar as famílias?',
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
      // Spanish with one marker and many small words, or mostly words Portuguese shares.
      'quien era el dueño de la fabrica?',
      'por que la presa estaba vulnerable?',
      'cual es el objetivo de la defensa civil',
      'con quien se alio la alcaldia?',
      'los vecinos evacuaron el pueblo?',
      'cuando se rompio la presa?',
      'que hizo el alcalde despues de la inundacion?',
    ]) {
      expect(isPortuguese(question), question).toBe(false);
      expect(portugueseAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Roman Urdu, Hindi, Tagalog, French, Italian, German and Dutch alone', () => {
    for (const question of [
      'baarish mein kitne log mare',
      'pani kahan tak aya tha',
      'dam kisne banaya tha',
      'kya police ne maalik ko pakda',
      'ilan yung namatay sa baha?',
      'sino po yung mayor ng bayan',
      'bakit nasira ang dam?',
      'combien de morts dans l’inondation',
      'c’est quoi ça, la foi soufie?',
      'où est le barrage',
      'qui était le maire de la ville',
      'quanti morti ci sono stati nell’alluvione?',
      'chi era il sindaco della città',
      'perché la diga ha ceduto?',
      'quando è stata costruita la diga?',
      'wie viele Tote gab es bei der Flut',
      'warum ist der Damm gebrochen',
      'hoeveel doden vielen er bij de overstroming',
      'wie was de burgemeester van de stad',
    ]) {
      expect(isPortuguese(question), question).toBe(false);
      expect(portugueseAsEnglish(question)).toBe(question);
    }
  });

  it('knows the words of its glossary, and no English one', () => {
    for (const word of ['morreram', 'né', 'Enchente', 'vc', 'explosão', 'kkkk', 'evacuaram', 'tava'])
      expect(isPortugueseWord(word), word).toBe(true);
    for (const word of ['flood', 'died', 'Islamabad']) expect(isPortugueseWord(word), word).toBe(false);
  });

  it('gives one word’s English, as typed inside an English question', () => {
    for (const [word, english] of <Array<[string, string]>>[
      ['atentado', 'attack'],
      ['explosão', 'blast'],
      ['testemunha', 'witness'],
      ['vulnerável', 'vulnerable'],
      ['inimigo', 'enemy'],
      ['fronteira', 'border'],
      ['aposta', 'gamble'],
      ['território', 'territory'],
      ['transbordaram', 'overflowed'],
      ['resgatando', 'rescuing'],
      ['evacuados', 'evacuated'],
      ['trouxe', 'brought'],
      ['catorze', 'fourteen'],
      ['março', 'March'],
      ['eua', 'US'],
    ])
      expect(portugueseWordGloss(word), word).toBe(english);
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
    expect(portugueseAsEnglish('desde quando chove em Vila Serrana')).toBe('since when rain Vila Serrana');
    expect(portugueseAsEnglish('de onde vieram os voluntários')).toBe('where from came volunteers');
    expect(portugueseAsEnglish('por que motivo não havia alerta?')).toBe('why not warning?');
    expect(portugueseAsEnglish('alguém sabe quantos feridos houve por favor')).toBe('how many injured');
    expect(portugueseAsEnglish('o que significa SAMU?')).toBe('meaning of SAMU?');
    expect(portugueseAsEnglish('quanto tempo a água demorou pra baixar')).toBe(
      'how long water took for recede',
    );
    expect(portugueseAsEnglish('vc acha que vai chover de novo?')).toBe('will rain again?');
    expect(portugueseAsEnglish('tá, mas e os desabrigados?')).toBe('but displaced?');
  });

  it('reads a regular verb in any of its forms, and an irregular one by its tense', () => {
    expect(portugueseAsEnglish('quem resgatava as famílias')).toBe('who rescued families');
    expect(portugueseAsEnglish('os bombeiros estão resgatando quem?')).toBe('who firefighters rescuing?');
    expect(portugueseAsEnglish('quem trouxe os barcos?')).toBe('who brought boats?');
    expect(portugueseAsEnglish('o que o prefeito fez?')).toBe('what mayor did?');
    expect(portugueseAsEnglish('quantos voluntários vieram de São Paulo?')).toBe(
      'how many volunteers came São Paulo?',
    );
    // "Ir" and an infinitive is the future; "ter" and a participle a past.
    expect(portugueseAsEnglish('o rio vai transbordar de novo?')).toBe('will river overflow again?');
    expect(portugueseAsEnglish('o prefeito tinha avisado?')).toBe('did mayor warn?');
    // European Portuguese's "estar a" and an infinitive: "-ing".
    expect(portugueseAsEnglish('os bombeiros estavam a resgatar as famílias?')).toBe(
      'is firefighters rescuing families?',
    );
  });

  it('reads chat’s spellings and the letters a spelt-out name’s reading joins', () => {
    expect(portugueseAsEnglish('tô curioso, quem tava na barragem qnd rompeu?')).toBe(
      'who dam when it burst?',
    );
    expect(portugueseAsEnglish('tá chovendo ainda em Vila Serrana?')).toBe('is raining still Vila Serrana?');
    // "qual é o" read "qual ÉO" by the reading of spelt-out names ("t t p").
    expect(portugueseAsEnglish('qual ÉO nome do rio')).toBe('what is the name of river');
    expect(portugueseAsEnglish('morreram catorze pessoas em março?')).toBe('did die fourteen people March?');
    expect(portugueseAsEnglish('a ajuda veio dos EUA?')).toBe('did help come US?');
  });

  it('asks a name as English asks it', () => {
    expect(portugueseAsEnglish('como se chama o rio?')).toBe('what is the name of river?');
    expect(portugueseAsEnglish('qual o nome do prefeito')).toBe('what is the name of mayor');
  });

  it('reads a yes/no question as one, "did" with a past verb and "is" with a copula', () => {
    expect(portugueseAsEnglish('a polícia prendeu o dono da barragem?')).toBe('did police arrest owner dam?');
    expect(portugueseAsEnglish('os moradores evacuaram a vila?')).toBe('did residents evacuate village?');
    expect(portugueseAsEnglish('a prefeitura pode ajudar?')).toBe('can council help?');
    expect(portugueseAsEnglish('a defesa civil avisa os moradores?')).toBe(
      'does civil defence warn residents?',
    );
    // The first verb asks: "does mayor say", not "will".
    expect(portugueseAsEnglish('o prefeito diz que a chuva vai parar?')).toBe(
      'does mayor say rain will stop?',
    );
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

  it('reads the same in title case: every word capitalised says nothing of names', () => {
    const titleCase = (text: string) =>
      text.replace(/\p{L}+/gu, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase());
    for (const question of [
      'mano quem fez the fire in the fabrica of vila serrana??',
      'quantos morreram na enchente?',
    ])
      expect(portugueseAsEnglish(titleCase(question)).toLowerCase()).toBe(
        portugueseAsEnglish(question).toLowerCase(),
      );
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
      ['quando o prefeito abriu o ginásio?', 'Saturday night'],
      ['quantos dias choveu antes da enchente?', 'four days of rain'],
      ['quem era o responsável pela defesa civil?', 'civil defence office said'],
    ]);
    expectDeclined(engine, ['como se chama o prefeito?', 'quantos morreram na enchente de Recife?']);
  });
});
