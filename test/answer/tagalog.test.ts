/**
 * Questions typed in Taglish ("ilan yung namatay sa baha?"): told from English and Roman Urdu, and read as
 * the English they ask, word for word, the question word in front. The examples are of an invented flood in
 * an invented town, Santa Liwayway.
 */
import { describe, expect, it } from 'vitest';
import { isTagalog, tagalogAsEnglish } from '../../src/answer/tagalog.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

describe('telling Taglish from other text', () => {
  it('reads a message with two Tagalog words as Tagalog', () => {
    for (const question of [
      'ilan yung namatay sa baha sa Santa Liwayway?',
      'sino po yung mayor ng bayan',
      'bakit hindi nakalikas agad ang mga tao',
      'kailan nagsimula ang ulan',
      'ano sabi ng PAGASA',
      'saan dinala yung mga evacuees',
      // Opening in English, it needs a third Tagalog word: here "po", "ang", "ng" and "sinabi".
      'what po ang sinabi ng mayor?',
      'ILAN YUNG NAMATAY SA BAHA?',
    ])
      expect(isTagalog(question), question).toBe(true);
  });

  it('leaves English alone, even with a Tagalog-looking word or name in it', () => {
    for (const question of [
      'what is the name of the river',
      'is it true',
      'how many died in the flood',
      'who is Ang Lee',
      'how many families live in Santa Liwayway?',
      // Two Tagalog-looking names, in a question that opens in English and asks in English.
      'what did Ang Lee say about the flood in Da Nang',
      // Capitals are a name in a message not all in capitals: the "PO" box, "SA" for South Africa.
      'PO box of the SA relief fund',
    ]) {
      expect(isTagalog(question), question).toBe(false);
      expect(tagalogAsEnglish(question)).toBe(question);
    }
  });

  it('leaves Roman Urdu and Hindi alone', () => {
    for (const question of [
      'baarish mein kitne log mare',
      'mayor ne kab se relief kaam shuru kiya',
      'kon sa pul toota tha, bata dun?',
      'pani kahan tak aya tha',
    ]) {
      expect(isTagalog(question), question).toBe(false);
      expect(tagalogAsEnglish(question)).toBe(question);
    }
  });
});

describe('counting Tagalog words by their density', () => {
  it('reads a Taglish message with one marker and a small Tagalog word, or with an affixed verb', () => {
    for (const question of [
      'sino si Santa Liwayway mayor',
      'ilang taon na siya',
      'bakit nila tinarget yung dike',
      'sino yung nag claim',
      'cno nag-bomba sa tulay',
      'tlga bang 12 ang patay',
      'bkt daw',
      'pano nila ginawa yun',
    ])
      expect(isTagalog(question), question).toBe(true);
  });

  it('leaves questions of other languages alone, even with words Tagalog shares', () => {
    for (const question of [
      // English, with Tagalog-looking names and words.
      'is Ang Lee from Taiwan?',
      'Ang Lee at Cannes',
      'pa what happened at the dam',
      // Roman Urdu and Hindi ("na", "sa", "ko" are theirs too).
      'shrine pe kitne log mare',
      'ye flood kab hua tha na',
      'kya yeh sach hai ki bomber teenager tha',
      // Spanish ("sino", "si") and Portuguese ("ano", "na").
      'cuantos murieron en la inundacion de Santa Liwayway',
      'no es un accidente sino una masacre',
      'em que ano foi a enchente na cidade?',
      'quantos morreram no atentado na mesquita',
      // Malay and Indonesian ("sila", "anak", "mata", "kaya").
      'siapa yang menyerang masjid di Islamabad',
      'sila jelaskan apa tujuan kumpulan itu',
      'anak itu umur berapa?',
      'kenapa mata mereka ke Pakistan',
      // Bengali.
      'ke ei hamla ta koreche',
      'shrine e koto jon mara gese ba?',
    ]) {
      expect(isTagalog(question), question).toBe(false);
      expect(tagalogAsEnglish(question)).toBe(question);
    }
  });
});

describe('the verbs’ affixed forms', () => {
  it('reads each affix of a root as the root’s English', () => {
    expect(tagalogAsEnglish('sino ang pinasabog ang tulay')).toBe('who blew up bridge');
    expect(tagalogAsEnglish('saan lumipat ang mga residente')).toBe('where moved residents');
    expect(tagalogAsEnglish('bakit nila tinarget yung dike')).toBe('why their targeted dike');
    expect(tagalogAsEnglish('ano ang hinahanap ng mga rescuer')).toBe('what searching rescuer');
    expect(tagalogAsEnglish('kailan tumigil ang ulan')).toBe('when stopped rain');
    expect(tagalogAsEnglish('ano ang sinasabi ng mayor')).toBe('what said mayor');
  });

  it('reads a Tagalog affix put on an English verb', () => {
    expect(tagalogAsEnglish('sino yung nag claim')).toBe('who claimed');
    // "San" typed for "saan" (where), but not "San" of a place name.
    expect(tagalogAsEnglish('san galing yung mga evacuees')).toBe('where from evacuees');
    expect(tagalogAsEnglish('sino yung mayor ng San Jose')).toBe('who mayor San Jose');
    expect(tagalogAsEnglish('sino yung na-rescue sa ilog')).toBe('who rescue at river');
  });

  it('reads a phrase whose words mislead one by one', () => {
    expect(tagalogAsEnglish('magkano ang pinsala sa bayan')).toBe('how much money damage at town');
    expect(tagalogAsEnglish('sino may pakana ng baha')).toBe('who mastermind flood');
  });
});

describe('reading Taglish as English', () => {
  it('puts the question word first and drops the particles', () => {
    expect(tagalogAsEnglish('ilan yung namatay sa baha?')).toBe('how many died at flood?');
    expect(tagalogAsEnglish('sino po yung mayor ng bayan')).toBe('who mayor town');
    expect(tagalogAsEnglish('yung tulay, kailan nasira?')).toBe('when bridge destroyed?');
    expect(tagalogAsEnglish('nasaan na po ba yung mga lumikas')).toBe('where evacuated');
    expect(tagalogAsEnglish('bat hindi sila umalis agad')).toBe('why not they left immediately');
  });

  it('keeps English words, names and numbers as typed', () => {
    expect(tagalogAsEnglish('kailan nagsimula ang baha sa Santa Liwayway')).toBe(
      'when started flood at Santa Liwayway',
    );
    expect(tagalogAsEnglish('totoo ba na 12 bahay ang nasira sa Barangay Tibay?')).toBe(
      'true 12 house destroyed at Barangay Tibay?',
    );
    expect(tagalogAsEnglish('ano yung sinabi ng river warden about the dam?')).toBe(
      'what said river warden about the dam?',
    );
    // A word in capitals is a name: "SA" stays, though "sa" is "at".
    expect(tagalogAsEnglish('ilang tao ang lumikas sa evacuation center ng SA Foundation?')).toBe(
      'how many people evacuated at evacuation center SA Foundation?',
    );
  });

  it('reads phrases before single words', () => {
    expect(tagalogAsEnglish('gaano ba katagal bago humupa ang tubig')).toBe('how long before subsided water');
    expect(tagalogAsEnglish('ano ang ibig sabihin ng DRRMO?')).toBe('what meaning of DRRMO?');
    expect(tagalogAsEnglish('ilang taon yung batang nailigtas?')).toBe('how old young rescued?');
    expect(tagalogAsEnglish('taga saan yung bangkero')).toBe('where from bangkero');
    expect(tagalogAsEnglish('para saan yung relief money')).toBe('what for relief money');
    expect(tagalogAsEnglish('yung dike, gaano kalala ang pinsala?')).toBe('how bad dike damage?');
  });

  it('reads the same in capitals as in lower case', () => {
    for (const question of [
      'ilan yung namatay sa baha?',
      'bakit hindi dumating ang rescue sa bayan',
      'gaano katagal bago humupa ang tubig',
    ])
      expect(tagalogAsEnglish(question.toUpperCase()).toLowerCase()).toBe(tagalogAsEnglish(question));
  });
});

describe('a Taglish question asked of an article', () => {
  it('gets the English question’s answer, and is declined where the article is silent', async () => {
    const { engine } = await articleEngineWithVectors(
      'flood.md',
      [
        '# The Santa Liwayway flood',
        '',
        'The flood in Santa Liwayway was caused by the Agno River overflowing after three days of rain.',
        '',
        'The town disaster office said 12 people died and 85 were injured.',
        '',
        'Evacuees were taken to the town gym, which the mayor opened on Sunday night.',
      ].join('\n'),
    );
    expectAnswered(engine, [
      ['ilan yung namatay sa baha?', '12 people died'],
      ['ilan po ang nasugatan sa flood', '85 were injured'],
      ['bakit nagkaroon ng baha sa santa liwayway', 'Agno River overflowing'],
      ['saan dinala yung mga evacuees?', 'taken to the town gym'],
    ]);
    expectAnswered(engine, [
      ['cno yung nagbukas ng gym', 'the mayor opened'],
      ['ilang araw umulan bago bumaha', 'three days of rain'],
    ]);
    expectDeclined(engine, ['ano pangalan ng mayor?', 'ilan yung namatay sa manila?']);
  });
});
