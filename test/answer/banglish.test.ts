/**
 * Questions typed in Banglish ("koto jon mara geche agun e?"): told from English, Roman Urdu, Tagalog, Spanish
 * and Portuguese, and read as the English they ask, word for word, the question word in front. The examples
 * are of an invented factory fire in an invented town, Char Moynapur.
 */
import { describe, expect, it } from 'vitest';
import { banglishAsEnglish, isBanglish } from '../../src/answer/banglish.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

/** Asserts that none of the messages is read as Bengali, and that each is left as typed. */
function expectLeftAlone(questions: readonly string[]): void {
  for (const question of questions) {
    expect(isBanglish(question), question).toBe(false);
    expect(banglishAsEnglish(question)).toBe(question);
  }
}

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
      // Any tense of a verb, as either side of the border types it: "palaitese", "dourachhilo", "fetechhilo".
      'malik palaitese naki?',
      'worker ra kothay dourachhilo?',
      'boiler ta ki aage kokhono fetechhilo?',
    ])
      expect(isBanglish(question), question).toBe(true);
  });

  it('reads a message by the small words around one Bengali word, or by those alone', () => {
    for (const question of [
      // One Bengali word ("milaise", "fatle") and two or more of "ki", "er", "ra", "e", ...
      'malik ki fire service er kono officer er sathe haat milaise?',
      'boiler fatle worker ra ki kore?',
      // Three of them, one Bengali's own ("kon", "er", "ki"); or two with "er".
      'oi factory ta kon district e?',
      'factory ki malik er main business?',
      // A question word only Bengali has, alone or with one of them.
      'factory kothay?',
      'fire service er main office kothay?',
    ])
      expect(isBanglish(question), question).toBe(true);
  });

  it('leaves English alone, even with a Bengali-looking word or name in it', () => {
    expectLeftAlone([
      'how many workers died in the fire',
      'is it true',
      'who is Ki Hong Lee',
      'when did Kobe Bryant die',
      'what did the koto player say about the fire',
      // Capitals are a name in a message not all in capitals: "KOTO" is a brand.
      'KOTO and KOBE brand boilers, are they safe?',
      // Names typed with a capital inside the sentence are no Bengali words.
      'who is Kobe and what did Kara say to Jon?',
      'ok ta, so what happened to the boiler',
      'er, which room did the fire start in',
      'is the factory safe to go to now bro',
      'what is keno',
      'did the owner flee or was he arrested?',
      'how old was the boiler',
      'o well, where did the fire start?',
      'where are the injured workers now?',
    ]);
  });

  it('leaves Roman Urdu and Hindi alone', () => {
    expectLeftAlone([
      'factory mein kitne log mare',
      'aag kab se lagi hui hai',
      'Kobe ki death kab hui',
      'bhai ki shaadi kab hai na',
      'aag kis ne lagayi thi',
      'boiler kyun phata',
      'malik ka naam kya hai',
      'kitne log zakhmi hue',
      'fire brigade kab pahunchi',
      'factory ka malik kahan hai',
      'zakhmi logon ko kahan le gaye',
      'kya malik ko giraftar kiya gaya',
      'aag ki wajah kya thi',
      'mazdooron ki halat kaisi hai ab',
      'kon sa kamra tha jahan aag lagi',
    ]);
  });

  it('leaves Tagalog, Spanish and Portuguese alone', () => {
    expectLeftAlone([
      'ilan yung namatay sa sunog?',
      'sino po yung may-ari ng pabrika',
      'kailan nagsimula ang sunog',
      'bakit sumabog yung boiler',
      'saan dinala yung mga sugatan',
      'ilan ang sugatan sa sunog',
      'ano sabi ng fire service',
      'nahuli na ba yung may-ari?',
      'sino ang nagbukas ng health complex',
      'gaano katagal ang sunog',
      'ano ang nangyari sa pabrika',
      'may namatay ba sa sunog?',
      'ilang taon na yung boiler po',
      'totoo ba na 9 ang patay',
      'saan nagsimula ang apoy',
    ]);
    expectLeftAlone([
      'cuantos murieron en el incendio?',
      'quien es el dueño de la fabrica',
      'cuando empezo el incendio',
      'por que exploto la caldera',
      'a donde llevaron a los heridos',
      'cuantos heridos hubo',
      'que dijo el servicio de bomberos',
      'arrestaron al dueño?',
      'quien abrio el centro de salud',
      'cuanto duro el incendio',
      'que paso en la fabrica',
      'ke te paso o ke, por ke no me dices',
      'ya ke la caldera exploto en la fabrica',
      'es verdad que murieron 9 trabajadores?',
      'donde empezo el fuego',
    ]);
    expectLeftAlone([
      'quantos morreram no incêndio?',
      'quem é o dono da fábrica',
      'quando começou o incêndio',
      'por que a caldeira explodiu',
      'para onde levaram os feridos',
      'quantos feridos teve',
      'o que disse o corpo de bombeiros',
      'o dono foi preso?',
      'quem abriu o centro de saúde',
      'quanto tempo durou o incêndio',
      'o que aconteceu na fábrica',
      'o incêndio na fábrica e o pior ta',
      'a caldeira explodiu na hora e muita gente morreu',
      'é verdade que morreram 9 trabalhadores?',
      'onde começou o fogo',
    ]);
  });
});

describe('reading Banglish as English', () => {
  it('puts the question word first and drops the particles', () => {
    expect(banglishAsEnglish('koto jon mara geche agun e?')).toBe('how many people died fire?');
    expect(banglishAsEnglish('agun ta kobe legechilo')).toBe('when fire started');
    expect(banglishAsEnglish('factory te keno agun laglo bhai')).toBe('why factory fire started');
    expect(banglishAsEnglish('ahoto koto jon?')).toBe('how many people injured?');
    expect(banglishAsEnglish('kon building e agun lagse')).toBe('which building fire started');
    expect(banglishAsEnglish('oi factory ta kon district e?')).toBe('which district that factory?');
    expect(banglishAsEnglish('kom kore koto jon mara geche?')).toBe('how many people at least died?');
  });

  it('reads "ke" as who, and "ki" as what or as asking yes or no', () => {
    expect(banglishAsEnglish('agun ta ke lagiyechilo? ke korse eta')).toBe('who fire set did this');
    expect(banglishAsEnglish('boiler ta ke fatiyechilo?')).toBe('who boiler exploded?');
    expect(banglishAsEnglish('fire service ki bolse?')).toBe('what fire service said?');
    expect(banglishAsEnglish('factory te ki hoyechilo')).toBe('what factory happened');
    // "Ke" after a particle, before a word and its helper verb, asks who: "who opened the health complex".
    expect(banglishAsEnglish('health complex e ke tala khulse?')).toBe('who health complex tala opened?');
    // "Ki" inside the sentence, before what is said, asks yes or no: "did", "was" or "will".
    expect(banglishAsEnglish('malik ki palaise?')).toBe('did owner flee?');
    expect(banglishAsEnglish('boiler ta ki purono chilo?')).toBe('was boiler old?');
    expect(banglishAsEnglish('factory ki abar khulbe, korbe naki?')).toBe('will factory again open?');
    expect(banglishAsEnglish('shob worker ki beche geche na ki?')).toBe('did all worker survive?');
    expect(banglishAsEnglish('factory ki malik er main business?')).toBe('is factory owner main business?');
    // A verb going on asks "is"; a closing "ki" after the verb asks yes or no too.
    expect(banglishAsEnglish('agun ki ekhono jolteche?')).toBe('is fire still burning?');
    expect(banglishAsEnglish('aro worker mara jabe ki?')).toBe('will more worker die?');
    // "Ke" before a noun marks the one done to, not who: "malik ke greftar korse".
    expect(banglishAsEnglish('police ki malik ke greftar korse?')).toBe('did police owner arrest?');
    // "Ki korse", "ki kortesilo", a closing "ki kore": what one did, was doing, does.
    expect(banglishAsEnglish('fire service ki korse?')).toBe('what did fire service do?');
    expect(banglishAsEnglish('agun er shomoy worker ra ki kortesilo?')).toBe(
      'what were fire time worker doing?',
    );
    expect(banglishAsEnglish('boiler fatle worker ra ki kore?')).toBe('what do boiler exploded worker do?');
  });

  it('reads every tense of a verb, as Bangladesh and West Bengal type it', () => {
    const read: Array<[string, string]> = [
      ['malik ki palaise?', 'did owner flee?'],
      ['malik ki palaitese?', 'did owner flee?'],
      ['malik ki paliyechhe?', 'did owner flee?'],
      ['malik ki palachhe?', 'did owner flee?'],
      ['malik ki palaisilo?', 'did owner flee?'],
      ['malik ki paliyechilo?', 'did owner flee?'],
      ['malik ki palabe?', 'will owner flee?'],
      ['worker ra kothay dourachhilo?', 'where worker running?'],
      ['worker ra kothay dourtesilo?', 'where worker running?'],
      ['fire service kokhon pouchhe?', 'when fire service reached?'],
      ['fire service kokhon pouchaise?', 'when fire service reached?'],
      ['fire service kokhon poucheche?', 'when fire service reached?'],
      ['police ki factory te dhukte parse?', 'did police factory enter can?'],
      ['worker ra ki kanna shunte paisilo?', 'did worker cries hear?'],
      ['ahoto der songkha ki barachhe?', 'did injured number increase?'],
      ['worker ra ki chakri haraitese?', 'did worker jobs lose?'],
      ['malik ki police er sathe haat milaise?', 'did owner police with partner?'],
      ['agun kotha theke ber hoise?', 'where did fire emerge from?'],
      ['agun ta ki nibhano gese?', 'did fire put out?'],
    ];
    for (const [question, english] of read) expect(banglishAsEnglish(question), question).toBe(english);
  });

  it('keeps English words, names and numbers as typed', () => {
    expect(banglishAsEnglish('Char Moynapur e koto jon ahoto hoyeche')).toBe(
      'how many people Char Moynapur injured',
    );
    expect(banglishAsEnglish('shotti ki 9 jon worker mara geche Shapla Garments e?')).toBe(
      'did true 9 people worker die Shapla Garments?',
    );
    // A word in capitals is a name: "KE" stays, though "ke" is who; so does "Nodi", though "nodi" is river.
    expect(banglishAsEnglish('KE Fire Safety er inspector ki bolse?')).toBe(
      'what KE Fire Safety inspector said?',
    );
    expect(banglishAsEnglish('agun ta ki Nodi Garments e legechilo?')).toBe('did fire Nodi Garments start?');
  });

  it('reads phrases before single words', () => {
    expect(banglishAsEnglish('boiler er boyosh koto chilo?')).toBe('how old boiler?');
    expect(banglishAsEnglish('boiler er age koto?')).toBe('how old boiler?');
    expect(banglishAsEnglish('dayitto ke nise?')).toBe('who claimed responsibility?');
    expect(banglishAsEnglish('agun kobe theke jolche, koto din dhore?')).toBe(
      'since when fire burning how long?',
    );
    expect(banglishAsEnglish('boiler ta kothakar chilo?')).toBe('where was boiler from?');
    expect(banglishAsEnglish('NFPA mane ki?')).toBe('what meaning of NFPA?');
    expect(banglishAsEnglish('malik er naam ki chilo?')).toBe('what was the name of owner?');
    expect(banglishAsEnglish('fire service pouchhate koto shomoy lagse?')).toBe(
      'how long fire service reach?',
    );
    expect(banglishAsEnglish('malik shesh e kothay gelo?')).toBe('where owner eventually went?');
    expect(banglishAsEnglish('fire service er gari ki factory r dike egiye jacche?')).toBe(
      'is fire service vehicles factory toward advancing?',
    );
  });

  it('puts a noun after a word that counts in the plural, as English does', () => {
    expect(banglishAsEnglish('agun ki aro shohor e choriye porbe?')).toBe('will fire more cities spread?');
    expect(banglishAsEnglish('malik er koto karkhana ache?')).toBe('how many factories owner?');
  });

  it('reads the same in capitals as in lower case', () => {
    for (const question of [
      'koto jon mara geche agun e?',
      'factory te keno agun laglo bhai',
      'agun ta kobe legechilo',
      'worker ra kothay dourachhilo?',
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
      ['ahoto der kothay niye jacchhe?', 'taken to the upazila health complex'],
      ['health complex ta ke khulse?', 'civil surgeon opened'],
      ['fire service ki bolse?', '9 workers died'],
      ['agun ta factory r kon room e shuru hoise?', 'dyeing room'],
    ]);
    expectDeclined(engine, [
      'malik er naam ki?',
      'Dhaka te koto jon mara geche?',
      'malik ki palaise?',
      'fire service pouchhate koto shomoy lagse?',
    ]);
  });
});
