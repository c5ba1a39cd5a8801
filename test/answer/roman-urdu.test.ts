/**
 * Questions typed in Roman Urdu mixed with English ("valley mein kitne log mare"): read as the English they
 * ask, answered with the article's own words, and declined when the article does not say.
 */
import { describe, expect, it } from 'vitest';
import { asEnglishQuestion, isRomanUrdu } from '../../src/answer/roman-urdu.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Flood in the valley',
  '',
  'The flood that struck the Swat valley in August 2022 killed 14 people and washed away the old bridge at ' +
    'Bahrain, leaving hundreds of families cut off from the market towns downstream for weeks.',
  '',
  'The district commissioner said that the army would build a steel bridge before the winter, and that ' +
    'every family that lost a house would be paid for a new one by the provincial government.',
].join('\n');

describe('questions in Roman Urdu', () => {
  it('reads them as the English question, the question word in front', () => {
    expect(asEnglishQuestion('valley mein kitne log mare')).toBe('how many people valley in died');
    expect(asEnglishQuestion('commissioner ne kya kaha')).toBe('what did commissioner say');
    expect(asEnglishQuestion('bomber ka naam kya tha')).toBe('what was the name of bomber');
    expect(asEnglishQuestion('iskp ne kab se attacks shuru kiye')).toBe('since when did iskp attacks start');
    // "IS" in capitals is the group, "is" the Urdu "this".
    expect(asEnglishQuestion('IS ne is shehar pe kab hamla kiya')).toBe('when did IS this city at attack');
    expect(asEnglishQuestion('blast ki zimmedari kis ne qabool ki')).toBe('who blast claimed');
    expect(asEnglishQuestion('blast ka zimmedar kon tha')).toBe('who was blast responsible');
    // A word typed that names an object's own property is a word, not a lookup of one.
    expect(asEnglishQuestion('iskp ne kab constructor kiya tha')).toBe('when did iskp constructor');
    // Hindi spellings and words of Indian servers: "kaha" for "kahan", "kitne saal ka" for how old.
    expect(asEnglishQuestion('bomber kitne saal ka tha')).toBe('how old was bomber');
    expect(asEnglishQuestion('purana pul kaha pe tha')).toBe('where was old bridge at');
    expect(asEnglishQuestion('IS ne kisse haath mila rakha hai')).toBe('who IS partnered kept');
    // "Kya" last, or after the verb, asks yes or no; "ki umar kya thi" asks how old.
    expect(asEnglishQuestion('karachi bhi target list me hai kya')).toBe('is karachi also target list in');
    expect(asEnglishQuestion('bomber ki umar kya thi')).toBe('how old was bomber');
    // Letter case changes nothing: all in capitals, or each word capitalised, it reads the same.
    for (const typed of ['VALLEY MEIN KITNE LOG MARE', 'Valley Mein Kitne Log Mare'])
      expect(asEnglishQuestion(typed).toLowerCase()).toBe('how many people valley in died');
  });

  it('reads everyday and news words: verbs in their forms, idioms as one', () => {
    expect(asEnglishQuestion('fauj ne kitne logon ko pakda')).toBe('how many people did army arrest');
    expect(asEnglishQuestion('ISKP ka aakhri maqsad kya hai')).toBe('what is ISKP ultimate goal');
    expect(asEnglishQuestion('kya ISKP ke saath deals kaamyab hui')).toBe('did ISKP with deals succeed');
    expect(asEnglishQuestion('TTP ke saath kya toot gaya')).toBe('what TTP with broke down');
    expect(asEnglishQuestion('IS ki shaakhein kitne mulkon mein hain')).toBe(
      'how many countries is IS offshoots in',
    );
    expect(asEnglishQuestion('log kis ki cheekhein nahi sun paye')).toBe('whose people cries not hear able');
    expect(asEnglishQuestion('log kya dhoond rahe the')).toBe('what people searching the');
    // A verb form that spells an English word is the English word: "challenge", "today", "sunni".
    expect(asEnglishQuestion('ISKP kis ko challenge karna chahta hai')).toBe('which is ISKP challenge wants');
  });

  it('leaves Bengali, Tagalog, Spanish, Portuguese and Malay questions to their own readers', () => {
    for (const question of [
      'ke korse attack ta?',
      'ke ki bolse blast niye',
      'ki hoyechilo shrine e',
      'koto jon mara geche?',
      'ISKP er lokkho ki chilo',
      'sino ang may gawa',
      'ilan ang namatay sa pagsabog',
      'kailan nangyari ang atake sa mosque',
      'quien hizo el ataque',
      'cuantas personas murieron en la mezquita',
      'que se sabe del ataque',
      'quem fez o ataque',
      'quantas pessoas morreram na mesquita',
      'siapa yang bikin serangan',
      'berapa orang yang mati dalam serangan itu',
      'who is the leader',
      'did the deals with ISKP work',
    ]) {
      expect(isRomanUrdu(question), question).toBe(false);
      expect(asEnglishQuestion(question)).toBe(question);
    }
  });

  it('leaves English alone, even with an Urdu word or a Hindi title in it', () => {
    for (const question of [
      'how many died at the shrine',
      'what are the songs in kuch kuch hota hai',
      'what does mein mean in german',
      'is the main bridge open',
    ]) {
      expect(isRomanUrdu(question), question).toBe(false);
      expect(asEnglishQuestion(question)).toBe(question);
    }
  });

  it('answers from the article, and declines what it does not say', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    for (const [question, expected] of [
      ['valley mein kitne log mare', 'killed 14 people'],
      ['commissioner ne kya kaha', 'The district commissioner said that the army would build'],
      ['purana bridge kahan tha', 'washed away the old bridge at Bahrain'],
      ['purana pul kaha pe tha', 'washed away the old bridge at Bahrain'],
      ['flood ke dauran kitne log mare', 'killed 14 people'],
      ['commissioner ne kya wada kiya', 'the army would build a steel bridge'],
      // Polite, fuller Urdu: the request's courtesy is no part of the question.
      ['assalam o alaikum, kya aap bata sakte hain ke flood mein kitne log halaak hue', 'killed 14 people'],
      ['mujhe yeh batayein ke purana pul kahan tha', 'washed away the old bridge at Bahrain'],
      // Verb forms and news words the glossary lists.
      ['army sardi se pehle kya banayegi', 'the army would build a steel bridge'],
      ['sailaab ne purane pul ke saath kya kiya', 'washed away the old bridge at Bahrain'],
      ['kitne hafton tak khandaan market se kat gaye the', 'cut off from the market towns'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(expected);
    }
    for (const question of ['flood ke baad kitne ghar bane', 'commissioner ka naam kya hai'])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('reads "X ko Y kaha" as calling X Y', () => {
    expect(asEnglishQuestion('kya ISKP ne pakistan ko dushman kaha?')).toMatch(/\bcalled enemy\b/);
    expect(asEnglishQuestion('commissioner ne flood ko qudrati aafat qarar diya')).toMatch(/\bcalled\b/);
  });

  it('reads a message in capitals or with every word capitalised as in lower case', () => {
    const typed = 'what date was the islamabad mosque bombing? kab hua tha';
    const lower = asEnglishQuestion(typed);
    expect(asEnglishQuestion(typed.toUpperCase())).toBe(lower);
    expect(asEnglishQuestion(typed.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()))).toBe(lower);
  });

  it('never "corrects" its Urdu words into English ones', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    // "kis" is no slip for "his", nor "tha" for "than".
    const answer = engine.ask('valley mein flood kis date ko aya tha');
    expect(answer.correctedQuestion).toBeUndefined();
  });
});
