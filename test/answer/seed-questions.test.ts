/**
 * Questions about the two seed articles, each with the passage it must cite and a fragment of the key
 * sentence its excerpt must contain. Questions the engine still gets wrong are listed in the lead's notes,
 * not here: every case below is a fair question with one right answer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { copySeeds, expectWellFormedAnswer, SEED_A, SEED_B, useTempDirs } from '../engine/fixtures.js';

interface Case {
  question: string;
  passage: string;
  fragment: string;
}

const answered: Array<[string, Case]> = [
  [
    'a year (when)',
    {
      question: 'When did ISKP start attacks in Pakistan?',
      passage: `${SEED_A}#2`,
      fragment: 'ISKP has conducted attacks in Pakistan since 2015',
    },
  ],
  [
    'a count (how many)',
    {
      question: 'How many attacks did ISKP claim?',
      passage: `${SEED_A}#2`,
      fragment: 'with a staggering 90 claimed attacks',
    },
  ],
  [
    'a speaker named in full, quoted by surname ("Khan said that ...")',
    {
      question: 'according to sabahat khan, where are fighters leaving iraq and syria likely to relocate',
      passage: `${SEED_B}#5`,
      fragment: 'more likely to relocate to North Africa and Europe',
    },
  ],
  [
    'a count asked as "the number of"',
    {
      question: 'number of injured at the shrine',
      passage: `${SEED_B}#3`,
      fragment: 'wounded more than 105',
    },
  ],
  [
    'the long form instead of the acronym',
    {
      question: 'How many attacks has the Islamic State Khorasan Province claimed?',
      passage: `${SEED_A}#2`,
      fragment: 'with a staggering 90 claimed attacks',
    },
  ],
  [
    'another name for a name (America for the US)',
    {
      question: 'what did america do to the islamic state',
      passage: `${SEED_A}#4`,
      fragment: 'recent American airstrikes against the Islamic State',
    },
  ],
  [
    'a typo (Islamabd)',
    {
      question: 'Islamabd mosque bombing',
      passage: `${SEED_A}#1`,
      fragment: 'The recent bombing at an Islamabad mosque by the Islamic State Khorasan Province (ISKP)',
    },
  ],
  [
    'a paraphrase (bombed / bombing)',
    {
      question: 'Who bombed the mosque in Islamabad?',
      passage: `${SEED_A}#1`,
      fragment: 'The recent bombing at an Islamabad mosque by the Islamic State Khorasan Province (ISKP)',
    },
  ],
  [
    'a possessive with a straight apostrophe',
    {
      question: "What is ISKP's ultimate goal?",
      passage: `${SEED_A}#2`,
      fragment: 'To establish an Islamic state and dismantle the current establishment',
    },
  ],
  [
    'relocating from Afghanistan',
    {
      question: 'When did ISKP begin relocating from Afghanistan?',
      passage: `${SEED_A}#2`,
      fragment: 'This marks a clear shift from 2021, when ISKP began relocating operations',
    },
  ],
  [
    'an acronym asked about (BLA)',
    {
      question: 'What is the BLA?',
      passage: `${SEED_A}#3`,
      fragment: 'major operations by the Balochistan Liberation Army (BLA)',
    },
  ],
  [
    'a paraphrase (operating at the same time → coincided)',
    {
      question: 'Which group was operating at the same time as the Islamabad attack?',
      passage: `${SEED_A}#3`,
      fragment: 'It coincided with major operations by the Balochistan Liberation Army (BLA)',
    },
  ],
  [
    'airstrikes',
    {
      question: 'American airstrikes in Syria',
      passage: `${SEED_A}#4`,
      fragment: 'recent American airstrikes against the Islamic State in Syria and Africa',
    },
  ],
  [
    'cities',
    {
      question: 'Which cities are now being attacked?',
      passage: `${SEED_A}#5`,
      fragment: 'now reaching major cities like Islamabad and Karachi',
    },
  ],
  [
    'an acronym only (TTP)',
    {
      question: 'TTP peace deals',
      passage: `${SEED_A}#6`,
      fragment: 'the breakdown of peace deals with the Tehreek-e-Taliban Pakistan (TTP)',
    },
  ],
  [
    'a why question',
    {
      question: 'Why did Pakistan fail to redirect ISKP?',
      passage: `${SEED_A}#6`,
      fragment: 'hoping to redirect their focus, these efforts have failed',
    },
  ],
  [
    'a place (which shrine)',
    {
      question: 'Which shrine was attacked?',
      passage: `${SEED_B}#1`,
      fragment: 'at the shrine of the Sufi saint Shah Noorani',
    },
  ],
  [
    'a person (the teenage bomber)',
    {
      question: 'Who was the teenage suicide bomber?',
      passage: `${SEED_B}#1`,
      fragment: 'A teenage suicide bomber blew himself up',
    },
  ],
  [
    'a number inside a quotation',
    {
      question: 'How many pilgrims travelled with Shehzad?',
      passage: `${SEED_B}#2`,
      fragment: 'who had travelled in a group of 120 pilgrims',
    },
  ],
  [
    'the wounded',
    {
      question: 'How many were wounded?',
      passage: `${SEED_B}#3`,
      fragment: 'The attack killed at least 52, and wounded more than 105.',
    },
  ],
  [
    "a death toll, asked without the article's words",
    {
      question: 'death toll at the shrine',
      passage: `${SEED_B}#3`,
      fragment: 'The attack killed at least 52',
    },
  ],
  [
    'a synonym the word vectors place apart (hurt ~ wounded), with no other word to go on',
    {
      question: 'how many were hurt',
      passage: `${SEED_B}#3`,
      fragment: 'wounded more than 105',
    },
  ],
  [
    'a year for Mosul',
    {
      question: 'When did Islamic State take Mosul?',
      passage: `${SEED_B}#3`,
      fragment: 'which Islamic State took over in 2014',
    },
  ],
  [
    'the police academy',
    {
      question: 'How many people died at the police academy?',
      passage: `${SEED_B}#3`,
      fragment: 'on a police academy in the same province killed more than 60 people',
    },
  ],
  [
    'a long form asked about (INEGMA)',
    {
      question: 'What does INEGMA stand for?',
      passage: `${SEED_B}#4`,
      fragment: 'Institute for Near East and Gulf Military Analysis (INEGMA)',
    },
  ],
  [
    'what a named person said',
    {
      question: 'What did Sabahat Khan say?',
      passage: `${SEED_B}#4`,
      fragment: 'Islamic State has been restricted today largely to Iraq',
    },
  ],
  [
    'where fighters go',
    {
      question: 'Where do Islamic State fighters fleeing Iraq go?',
      passage: `${SEED_B}#5`,
      fragment: 'more likely to relocate to North Africa and Europe',
    },
  ],
  [
    'Sufi Islam',
    {
      question: 'Where does most of the population support Sufi Islam?',
      passage: `${SEED_B}#5`,
      fragment: 'where most of the population supports Sufi Islam',
    },
  ],
  [
    'a name typed with a straight apostrophe (O’Driscoll)',
    {
      question: "Who is Dylan O'Driscoll?",
      passage: `${SEED_B}#6`,
      fragment: 'Dylan O’Driscoll, a research fellow at the Middle East Research Institute in Iraq',
    },
  ],
  [
    'a name typed without its apostrophe (al-Qaida)',
    {
      question: 'Where did al-Qaida emerge from?',
      passage: `${SEED_B}#8`,
      fragment: 'al-Qa’ida emerged from Afghanistan and Pakistan',
    },
  ],
  [
    'a preposition the text says otherwise ("only near the borders": "confined to border regions")',
    {
      question: 'is iskp still attacking only near the borders',
      passage: `${SEED_A}#5`,
      fragment: 'attacks are no longer confined to border regions',
    },
  ],
  [
    'a witness named by the event, not by a word the article writes ("the shrine witness")',
    {
      question: 'what did the shrine witness tell afp',
      passage: `${SEED_B}#2`,
      fragment: 'The pressure of the blast was so strong',
    },
  ],
  [
    'a count in words',
    {
      question: 'How many countries does Islamic State have offshoots in?',
      passage: `${SEED_B}#8`,
      fragment: 'They have offshoots in about ten countries',
    },
  ],
];

describe('questions about the seed articles', () => {
  const tempDir = useTempDirs('citebot-seed-q-', 'file');
  let engine: Engine;
  let corpusDir: string;

  beforeAll(async () => {
    corpusDir = path.join(await tempDir(), 'corpus');
    await copySeeds(corpusDir);
    engine = await Engine.open({ corpusDir });
  });

  it.each(answered)('answers %s', async (_kind, { question, passage, fragment }) => {
    const answer = engine.ask(question);
    expect(answer.status, answer.reason?.message).toBe('answered');
    expect(answer.excerpt).toContain(fragment);
    expect(answer.citations[0]!.passageId).toBe(passage);
    expect(answer.citations[0]!.file).toBe(passage.split('#')[0]);
    expectWellFormedAnswer(engine, answer);
    // The cited passage is verbatim text of the article file itself.
    const fileText = await readFile(path.join(corpusDir, answer.citations[0]!.file), 'utf8');
    expect(fileText).toContain(answer.citations[0]!.text);
    // Highlighted words are written that way in the excerpt or its sources.
    const sources = [answer.excerpt!, ...answer.citations.map((c) => c.text)].join('\n');
    expect(answer.matchedTerms.length).toBeGreaterThan(0);
    for (const surface of answer.matchedTerms) expect(sources).toContain(surface);
  });

  it('covers at least 15 answered questions', () => {
    expect(answered.length).toBeGreaterThanOrEqual(15);
  });

  it('does not answer "What is the capital of France?" (and never with the Islamabad "capital" sentence)', () => {
    const answer = engine.ask('What is the capital of France?');
    expect(answer.status).toBe('no_answer');
    expect(answer.reason?.code).toBe('not_found');
    expect(answer.excerpt).toBeNull();
    expectWellFormedAnswer(engine, answer);
  });

  it.each([
    'how do I bake bread',
    'How do I reset my password?',
    'Who won the 2018 World Cup?',
    'How tall is the Eiffel Tower?',
    'Who is the prime minister of Pakistan?',
    'cafés in Łódź',
    // "Mosul, Iraq's second largest city" names a city, but says nothing of the shrine.
    'What city is Shah Noorani’s shrine in?',
    // "pakistani" reads as Pakistan, but no Pakistani government is quoted ("Other analysts say ...").
    'what did the pakistani government say after the attacks',
    // No witness of the mosque bombing is quoted.
    'what did the mosque witness say',
  ])('does not answer a question the articles cannot answer: %s', (question) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe('no_answer');
    expect(answer.reason?.code).toBe('not_found');
    expect(answer.reason?.message).toMatch(/couldn't find|say nothing about/);
    expectWellFormedAnswer(engine, answer);
  });

  it('says it found nothing at all, with no citations, when no word of the question is in the corpus', () => {
    const answer = engine.ask('how do I bake bread');
    expect(answer.citations).toEqual([]);
    expect(answer.reason?.message).toBe("I couldn't find anything about that in the articles I have.");
  });

  it.each([
    ['Khorasn', 'Khorasan'],
    ['Balochistn', 'Balochistan'],
    ['What did the Islamabd bombing remind people of?', 'What did the Islamabad bombing remind people of?'],
  ])('answers a clear typo directly, saying so: %s', (question, corrected) => {
    const answer = engine.ask(question);
    expect(answer.status).toBe('answered');
    expect(answer.question).toBe(question);
    expect(answer.correctedQuestion).toBe(corrected);
    expect(answer.excerpt).toBe(engine.ask(corrected).excerpt);
    expectWellFormedAnswer(engine, answer);
  });

  it('offers "did you mean" when the correction is not clear, and only corrections that answer', () => {
    // Two letters off a short word: not clearly one word, so it is offered, not assumed.
    const answer = engine.ask('Pakstn');
    expect(answer.status).toBe('no_answer');
    expect(answer.suggestions).toContain('Pakistan');
    for (const suggestion of answer.suggestions) expect(engine.ask(suggestion).status).toBe('answered');
  });

  it('answers a slip for an English word the articles say otherwise, when it is the one reading that answers', () => {
    // "injred" is one letter from "inured", "inbred" and "injured"; only "injured" answers ("wounded").
    const answer = engine.ask('how many ppl were injred in the shrine blast');
    expect(answer).toMatchObject({
      status: 'answered',
      correctedQuestion: 'how many ppl were injured in the shrine blast',
    });
    expect(answer.excerpt).toContain('wounded more than 105');
    // An English correction that does not answer is neither offered nor assumed.
    const france = engine.ask('what is the capital of frnace');
    expect(france.status).toBe('no_answer');
    expect(france.suggestions).toEqual([]);
  });

  it('answers what an unnamed witness said with a quotation, not a sentence that only has "say"', () => {
    const answer = engine.ask('what did the survivor say abt the blast');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('The pressure of the blast was so strong');
  });

  it('reads a slip that makes another English word with the letter put back, when only that answers', () => {
    const answer = engine.ask('whose shine was attacked');
    expect(answer).toMatchObject({ status: 'answered', correctedQuestion: 'whose shrine was attacked' });
    expect(answer.excerpt).toContain('Shah Noorani');
    const both = engine.ask('how many were kiled at the shine');
    expect(both).toMatchObject({
      status: 'answered',
      correctedQuestion: 'how many were killed at the shrine',
    });
    // A question answered as typed is not read otherwise; nor is a trap answered by a slip's reading.
    expect(engine.ask('what did the shrine attack show').correctedQuestion).toBeUndefined();
    expect(engine.ask('was anyone arested after the shine bombing').status).toBe('no_answer');
  });

  it('answers the one of two left-out-letter readings that answers', () => {
    // "aricle": "article" or "auricle"; only "article" answers.
    expect(engine.ask('who wrote the media line aricle')).toMatchObject({
      status: 'answered',
      correctedQuestion: 'who wrote the media line article',
    });
  });

  it('answers the reading that puts back a left-out letter when two slips give several readings', () => {
    // "deels" is "deals"; "actualy" is one letter from "actually", "actual" and "actuary".
    const answer = engine.ask('did the deels with iskp actualy work');
    expect(answer).toMatchObject({
      status: 'answered',
      correctedQuestion: 'did the deals with iskp actually work',
    });
    expect(answer.excerpt).toContain('these efforts have failed');
  });

  it('declines when a saint lived, which the shrine article never dates (asked second, after a comma)', () => {
    expect(engine.ask('who was shah noorani, when did he live').status).toBe('no_answer');
  });

  it('does not answer a rarer reading of a slip when its likeliest reading, a letter put back, finds nothing', () => {
    // "arested" is likeliest "arrested" (declined: no arrest is reported); "rested" is only offered.
    const answer = engine.ask('was anyone arested after the shrine bombing');
    expect(answer.status).toBe('no_answer');
    expect(answer.correctedQuestion).toBeUndefined();
  });

  it('answers directly when a long word is two letters off its only near corpus word', () => {
    const answer = engine.ask('Blochistn');
    expect(answer).toMatchObject({ status: 'answered', correctedQuestion: 'Balochistan' });
  });

  it('declines a name the articles never use, saying which, with no unrelated passages', () => {
    for (const question of ['who won the fifa world cup in 2022', 'Who won the FIFA World Cup in 2022?']) {
      const answer = engine.ask(question);
      expect(answer.status).toBe('no_answer');
      expect(answer.citations).toEqual([]);
      expect(answer.reason?.missing?.map((word) => word.toLowerCase())).toContain('fifa');
    }
  });

  it('offers no "did you mean" when every word is known, or an unknown word has no near neighbour', () => {
    expect(engine.ask('How many attacks did ISKP claim?').suggestions).toEqual([]);
    expect(engine.ask('What is the capital of France?').suggestions).toEqual([]);
  });

  it('limits citations to maxCitations, best first', () => {
    const answer = engine.ask('Islamic State attacks in Pakistan', { maxCitations: 2 });
    expect(answer.citations).toHaveLength(2);
    expect(answer.citations.map((c) => c.n)).toEqual([1, 2]);
    expect(engine.ask('Islamic State attacks in Pakistan').citations.length).toBeLessThanOrEqual(4);
  });

  it('gives the same answer every time (no hidden state between questions)', () => {
    const first = engine.ask('How many were wounded?');
    for (const [, { question }] of answered) engine.ask(question);
    expect(engine.ask('How many were wounded?')).toEqual(first);
  });
});

describe('answers over in-memory articles (Engine.fromArticles)', () => {
  it('answers like the folder engine does', async () => {
    const { parseArticle } = await import('../../src/corpus/parse.js');
    const { SEED_DIR } = await import('../engine/fixtures.js');
    const articles = await Promise.all(
      [SEED_A, SEED_B].map(async (file) =>
        parseArticle(file, 'global', await readFile(path.join(SEED_DIR, file)), { maxBytes: 1 << 21 }),
      ),
    );
    const engine = Engine.fromArticles(articles);
    const answer = engine.ask('How many attacks did ISKP claim?');
    expect(answer.citations[0]?.passageId).toBe(`${SEED_A}#2`);
    expect(answer.excerpt).toContain('90 claimed attacks');
    expect(engine.stats()).toEqual({ articles: 2, passages: 14, skipped: [] });
  });
});
