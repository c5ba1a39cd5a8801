/**
 * Questions typed in Spanglish ("cuantos murieron en el incendio?"): told from English, Roman Urdu, Tagalog,
 * French, German and Dutch, and read as the English they ask, word for word, the question word in front. The
 * examples are of an invented factory fire in an invented town, Villa Rosales.
 */
import { describe, expect, it } from 'vitest';
import { isSpanish, spanishAsEnglish } from '../../src/answer/spanish.js';
import { spellingCorrections } from '../../src/answer/did-you-mean.js';
import type { Passage } from '../../src/corpus/types.js';
import type { PassageIndex } from '../../src/search/passage-index.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

describe('telling Spanglish from other text', () => {
  it('reads a message with two Spanish words as Spanish', () => {
    for (const question of [
      'cuantos trabajadores murieron en el incendio de Villa Rosales?',
      'quien era el dueño de la fábrica',
      'oye cuando empezó el fuego',
      'xq no llegaron los bomberos',
      // A phrase that asks counts its words ("por que"), and a copula after a question word ("quien es").
      'por que Villa Rosales',
      'quien es Ramiro Ocaña',
      // An opening "que" counts, and a word typed with a Spanish accent ("dijo" is one marker, "qué" another).
      'y que dijo el alcalde',
      // Opening in English, it needs a third Spanish word: here "murieron", "incendio" and "ayer".
      'how many murieron en el incendio ayer?',
      'CUANTOS MURIERON EN EL INCENDIO?',
    ])
      expect(isSpanish(question), question).toBe(true);
  });

  it('reads a message with one Spanish word and many of its small words, or mostly Spanish, as Spanish', () => {
    for (const question of [
      // One marker ("coincidio", "pelea", "salio") and three or more small words ("con", "que", "el", "en").
      'con que coincidio el incendio en la capital',
      'la pelea por el agua que representa',
      'la jugada del dueño salio bien o no',
      // No marker, but mostly words of the glossary: "es", "el", "foco", "de" ("principal" is English too).
      'Villa Rosales es el foco principal de la protesta?',
      'las alarmas funcionaron?',
      // A verb after an opening question word, "haber" before a participle, an opening "y" before Spanish.
      'donde trabaja Ramiro Ocaña',
      'quien contribuyo al rescate',
      'el dueño ha declarado algo?',
      'y el dueño?',
    ])
      expect(isSpanish(question), question).toBe(true);
  });

  it('leaves English alone, even with a Spanish-looking word or name in it', () => {
    for (const question of [
      'how many workers died in the factory fire?',
      'who owned the factory',
      'is it true',
      'who is Juan de la Cruz from La Paz',
      'how far is Los Angeles from Las Vegas',
      // Two Spanish words, in a question that opens in English and asks in English.
      'what does hasta luego mean',
      'what does "por que" mean in Spanish',
      'how many died, cuantos?',
      // Capitals are a name in a message not all in capitals.
      'did the EEUU office of ESTA send help to Villa Rosales?',
      // Names with Spanish's small words in them.
      'what happened in El Paso',
      'was the owner from San Diego or Santa Fe?',
      'de la Cruz said what about the fire',
      'is Villa Rosales the main focus of the inquiry?',
      'did al qaeda do it',
    ]) {
      expect(isSpanish(question), question).toBe(false);
      expect(spanishAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Roman Urdu, Tagalog, French, German and Dutch alone', () => {
    for (const question of [
      'factory mein aag kab lagi thi',
      'kitne log mare aur kon zimmedar hai',
      'ilan yung namatay sa sunog sa pabrika',
      'sino po yung presidente ng kumpanya',
      'combien de morts dans l’incendie de l’usine',
      'que s’est-il passé à Villa Rosales',
      'wie viele Tote gab es bei dem Brand',
      'hoeveel doden vielen er bij de brand in de fabriek',
    ]) {
      expect(isSpanish(question), question).toBe(false);
      expect(spanishAsEnglish(question)).toBe(question);
    }
  });
});

describe('telling Spanglish from French, Dutch, German and Portuguese, and their learners’ English', () => {
  it('leaves them unchanged', () => {
    for (const question of [
      // English as French, Dutch, German and Portuguese speakers write it.
      'how many people are dead in the attack of the factory',
      'who has made the fire in the factory of Villa Rosales?',
      'since when is the factory making textiles',
      'what wants the owner to reach finally',
      'why the firemen were not arriving in this moment',
      // French.
      "qui a fait l'incendie",
      "combien de morts dans l'incendie de l'usine",
      'pourquoi la fabrique était dangereuse',
      // Dutch.
      'wat is de naam van de fabriek',
      'hoeveel mensen zijn er gedood bij de brand',
      // German.
      'wer hat den Brand gelegt',
      'warum wurde die Fabrik nicht geschlossen',
      // Portuguese.
      'quantos morreram no incêndio',
      'quem fez o incêndio na fábrica',
      'o que é a Tordesal',
      'qual é o nome do dono da fábrica',
      'por que o dono fugiu da cidade',
    ]) {
      expect(isSpanish(question), question).toBe(false);
      expect(spanishAsEnglish(question)).toBe(question);
    }
  });
});

describe('reading Spanglish as English', () => {
  it('puts the question word first and drops the particles', () => {
    expect(spanishAsEnglish('cuantos murieron en el incendio?')).toBe('how many died fire?');
    expect(spanishAsEnglish('el incendio, cuando empezó?')).toBe('when fire started?');
    expect(spanishAsEnglish('oye y donde estan los heridos')).toBe('where injured');
    expect(spanishAsEnglish('kien era el dueño de la fabrica')).toBe('who owner factory');
    expect(spanishAsEnglish('xq no salieron los trabajadores')).toBe('why not left workers');
  });

  it('reads "que" and "como" as asking only where they open the question or carry an accent', () => {
    // What someone said is asked as English asks it: "what did the mayor say".
    expect(spanishAsEnglish('que dijo el alcalde?')).toBe('what did mayor say?');
    expect(spanishAsEnglish('el alcalde dijo qué?')).toBe('what mayor said?');
    expect(spanishAsEnglish('los bomberos dicen que murieron 9?')).toBe('did firefighters say die 9?');
    expect(spanishAsEnglish('como empezó el incendio')).toBe('how started fire');
  });

  it('keeps English words, names and numbers as typed', () => {
    expect(spanishAsEnglish('cuando empezó el incendio en Villa Rosales')).toBe(
      'when started fire Villa Rosales',
    );
    expect(spanishAsEnglish('que dijo el fire chief about the alarm?')).toBe(
      'what did fire chief say about the alarm?',
    );
    // A word in capitals is a name: "DIA" stays, though "dia" is "day".
    expect(spanishAsEnglish('cuantas personas murieron en la tienda DIA de Villa Rosales?')).toBe(
      'how many people died shop DIA Villa Rosales?',
    );
  });

  it('reads phrases before single words', () => {
    expect(spanishAsEnglish('a qué hora empezó el fuego')).toBe('what time started fire');
    expect(spanishAsEnglish('cuantos años tenia el dueño?')).toBe('how old owner?');
    expect(spanishAsEnglish('desde cuando funciona la fabrica')).toBe('since when work factory');
    expect(spanishAsEnglish('de donde eran los trabajadores')).toBe('where from workers');
    expect(spanishAsEnglish('por que razón no había alarmas?')).toBe('why not alarm?');
    expect(spanishAsEnglish('alguien sabe cuantos heridos hubo por favor')).toBe('how many injured');
  });

  it('asks a name as English asks it', () => {
    expect(spanishAsEnglish('como se llama el dueño de la fabrica?')).toBe(
      'what is the name of owner factory?',
    );
    expect(spanishAsEnglish('cual es el nombre del pueblo')).toBe('what is the name of town');
  });

  it('reads a yes/no question as one, "did" with a past verb and "is" with a copula', () => {
    expect(spanishAsEnglish('la policía arrestó al dueño?')).toBe('did police arrest owner?');
    expect(spanishAsEnglish('murieron niños, no?')).toBe('did die children?');
    expect(spanishAsEnglish('es cierto que la fábrica era peligrosa')).toBe('is factory dangerous');
    expect(spanishAsEnglish('el fuego esta creciendo todavía, verdad?')).toBe('is fire increasing still?');
    // No verb: a topic asked after, not a yes/no question.
    expect(spanishAsEnglish('oye y los heridos?')).toBe('injured?');
  });

  it('reads verbs in their common forms, and nouns of news and everyday talk', () => {
    expect(spanishAsEnglish('con que coincidio el incendio en la capital')).toBe(
      'what coincided fire capital',
    );
    expect(spanishAsEnglish('quien contribuyo al rescate')).toBe('who contributed rescue');
    expect(spanishAsEnglish('los vecinos siguen reclamando?')).toBe('is residents still claiming?');
    expect(spanishAsEnglish('por que le cuesta al pueblo recuperarse')).toBe('why difficult town recover');
    expect(spanishAsEnglish('que problemas internos tenia la fabrica')).toBe(
      'what problems internal had factory',
    );
    expect(spanishAsEnglish('el gobierno apoya a las familias?')).toBe('does government support families?');
    expect(spanishAsEnglish('el dueño ha declarado algo?')).toBe('did owner declare anything?');
    expect(spanishAsEnglish('los bomberos van a volver?')).toBe('will firefighters return?');
    expect(spanishAsEnglish('puede el fuego volver a empezar?')).toBe('can fire return start?');
    // "Salió bien / mal": it turned out well or badly; "salió de": left; else it came out.
    expect(spanishAsEnglish('la jugada del dueño salio bien o no')).toBe('did gambit owner succeed');
    expect(spanishAsEnglish('el plan de evacuacion salio mal?')).toBe('did plan evacuation fail?');
    expect(spanishAsEnglish('el dueño salió de Villa Rosales?')).toBe('did owner leave Villa Rosales?');
  });

  it('reads "esta", "hacia", a leading "y" and a closing "o no" / "o que" as they are meant', () => {
    // "Esta" is "está" (is) after a question word, at the end, before a place or participle; else "this".
    expect(spanishAsEnglish('donde esta la fabrica')).toBe('where factory');
    expect(spanishAsEnglish('en que barrio esta la fabrica')).toBe('what district factory');
    expect(spanishAsEnglish('en que barrio esta?')).toBe('what district?');
    expect(spanishAsEnglish('esta fabrica tenia alarmas?')).toBe('did this factory have alarm?');
    // "Hacia" is "toward"; "hacía" (was doing) keeps its accent.
    expect(spanishAsEnglish('hacia donde avanzo el fuego')).toBe('where advanced fire');
    expect(spanishAsEnglish('el fuego avanzo hacia el rio?')).toBe('did fire advance toward river?');
    expect(spanishAsEnglish('que hacía el dueño esa noche')).toBe('what doing owner that night');
    // A leading "y" is "and", not chat's "why".
    expect(spanishAsEnglish('y el dueño?')).toBe('owner?');
    expect(spanishAsEnglish('y cuantos heridos hubo')).toBe('how many injured');
    // "... o no", "... o que": a yes/no question's tag.
    expect(spanishAsEnglish('las alarmas funcionaban o que')).toBe('did alarm work');
    expect(spanishAsEnglish('el dueño huyo o no')).toBe('did owner flee');
  });

  it('asks "what" of a closing "que" ("la pelea por el agua que representa")', () => {
    expect(spanishAsEnglish('la pelea por el agua que representa')).toBe('what fight by water represent');
    expect(spanishAsEnglish('el incendio que demuestra')).toBe('what fire show');
  });

  it('reads the same in capitals as in lower case', () => {
    for (const question of [
      'cuantos murieron en el incendio?',
      'la policía arrestó al dueño?',
      'a qué hora empezó el fuego',
    ])
      expect(spanishAsEnglish(question.toUpperCase()).toLowerCase()).toBe(spanishAsEnglish(question));
  });
});

describe('a Spanglish question asked of an article', () => {
  it('gets the English question’s answer, and is declined where the article is silent', async () => {
    const { engine } = await articleEngineWithVectors(
      'fire.md',
      [
        '# The Villa Rosales factory fire',
        '',
        'The fire at the Tordesal textile factory in Villa Rosales started in the dye room shortly after midnight.',
        '',
        'The fire brigade said 9 workers died and 31 were injured.',
        '',
        'Survivors were taken to the San Lucas hospital, which the town opened to all on Sunday night.',
      ].join('\n'),
    );
    // Asked as typed: read-question.ts reads the Spanish, and "did you mean" leaves its words alone.
    expectAnswered(engine, [
      ['cuantos trabajadores murieron en el incendio?', '9 workers died'],
      ['oye cuantos heridos hubo', '31 were injured'],
      ['donde empezó el incendio en la fabrica', 'dye room'],
      ['a donde llevaron a los sobrevivientes?', 'San Lucas hospital'],
      // Read by its small words ("en", "que", "el") and its glossed verb and nouns.
      ['en que cuarto empezó el fuego', 'dye room'],
      ['el hospital abrió para todos?', 'opened to all'],
    ]);
    expectDeclined(engine, ['como se llama el alcalde?', 'cuantos murieron en el incendio de Lima?']);
  });
});

describe('"did you mean" on a Spanglish message', () => {
  it('leaves the Spanish words alone (no "cuantos" read as "cantos", "policias" as "policies")', async () => {
    const { engine } = await articleEngineWithVectors(
      'fire.md',
      [
        '# The Villa Rosales factory fire',
        '',
        'The fire brigade said 9 workers died and 31 were injured.',
        '',
        'The factory’s safety policies had been ignored for years, inspectors said.',
      ].join('\n'),
    );
    const store = (
      engine as unknown as { store: { index: PassageIndex; passage(id: string): Passage | undefined } }
    ).store;
    const lookup = {
      index: store.index,
      scopes: ['global'],
      passageText: (id: string) => store.passage(id)?.text,
    };
    expect(spellingCorrections('cuantos policias murieron en el incendio', lookup)).toEqual([]);
    // An English question's slip is still corrected.
    expect(spellingCorrections('how many workers diied in the fire', lookup)[0]?.question).toBe(
      'how many workers died in the fire',
    );
  });
});
