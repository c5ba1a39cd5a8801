/**
 * Members who speak Arabic, Pashto or Dari at home ask in English with their own words inside: "shu" (what),
 * "tsok" (who), "cheera" (why), "sanga" (how), "wallah", "inshallah", "yani"; a "salam alaikum" and a prayer
 * for the victims before the question, a "brother" after it. Phones' voice typing spells a name letter by
 * letter ("the n d m a"); writers frame a question with what it is for ("for a piece i'm writing on ...",
 * "according to the report", "i'd like to cite it"). Each is read as the question it asks. On an article
 * written for these tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FLOOD = [
  '# The Charsadda flood',
  '',
  'The flood at Charsadda was caused by the Swat River bursting its banks after a week of rain.',
  '',
  'A ten-year-old boy was rescued from the roof of the school by a fishing boat.',
  '',
  'The National Disaster Management Authority (NDMA) said 41 people died and 230 were injured.',
  '',
  'The Water and Power Development Authority (WAPDA) said its dam released water to protect Peshawar.',
].join('\n');

async function expectFloodAnswers(questions: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
  expectAnswered(engine, questions);
}

describe('Arabic, Pashto and Dari words inside English', () => {
  it('reads their question words, oaths and address as the question they ask', async () => {
    await expectFloodAnswers([
      ['shu caused the flood at charsadda wallah', 'bursting its banks'],
      ['tsok rescued the boy from the school roof, yani who saved him', 'by a fishing boat'],
      ['cheera did the dam release water inshallah', 'to protect Peshawar'],
      ['NDMA is stand for what brother', 'National Disaster Management Authority'],
      ['the rescued child, he is old man or young?', 'ten-year-old boy'],
      ['was the rescued kid a grown man or young boy?', 'ten-year-old boy'],
    ]);
  });

  it('leaves out a salam and a prayer for the victims around the question', async () => {
    await expectFloodAnswers([
      [
        'salam alaikum dear brothers, hope u all are fine inshallah. small question: how many people died in the charsadda flood?',
        '41 people died',
      ],
      [
        'salam everyone, allah rahm kawi on the victims. how many were injured in the flood?',
        '230 were injured',
      ],
      ['assalamu alaikum. may allah have mercy on them. what caused the flood?', 'bursting its banks'],
      ['salam dear friends, how many people died in the flood?', '41 people died'],
      ['what did the NDMA say about the injured, dear friends?', '230 were injured'],
      ['neden did the dam release water', 'to protect Peshawar'],
    ]);
  });

  it('writes the words out', () => {
    expect(writeOutShorthand('shu caused it wallah')).toMatch(/^\s*what caused it\s*$/);
    expect(writeOutShorthand('where did it start, brother?').trim()).toBe('where did it start');
    // Not the brothers a question asks about.
    expect(writeOutShorthand('who was looking for brothers')).toContain('brothers');
  });

  it('still declines what the article does not say', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expectDeclined(engine, [
      'shu was the name of the rescued boy wallah',
      'tsok owned the fishing boat brother',
      'salam alaikum. how many died in the lahore flood?',
    ]);
  });
});

describe('names spelt letter by letter, as voice typing writes them', () => {
  it('joins the letters into the name', async () => {
    await expectFloodAnswers([
      ['what did the w a p d a say about its dam', 'Water and Power Development Authority (WAPDA)'],
      ['how many died according to the n d m a', '41 people died'],
    ]);
  });

  it('leaves chat one-letter words alone', () => {
    const read = readQuestion('how r u doing with the n d m a figures');
    expect(read.ok && read.question.searchText).toMatch(/\bare you\b.*\bNDMA\b/);
  });
});

describe('a writer framing the question', () => {
  it('asks what the article calls a thing as "what is"', () => {
    for (const typed of [
      'how does the article sum up the outcome',
      'how does the author characterise the flood',
      'what does the opening line call the flood',
    ])
      expect(writeOutShorthand(typed), typed).toMatch(/^\s*what is\b/);
  });

  it('reads past what the answer is for', async () => {
    await expectFloodAnswers([
      ['for a piece i am writing on the charsadda flood, what caused it?', 'bursting its banks'],
      ['researching this for a seminar paper: how many were injured?', '230 were injured'],
      [
        'how many people died, according to the report? i would like to cite the exact figure',
        '41 people died',
      ],
      ['how does the article sum up the cause of the charsadda flood?', 'bursting its banks'],
    ]);
  });
});

describe('"making attacks"', () => {
  it('asks when or whether the attacks happened, as "conducted" tells', async () => {
    const { engine } = await articleEngineWithVectors(
      'front.md',
      '# The Valley Front\n\nThe Valley Front has conducted attacks in the towns since 2015.\n\nIts leader was arrested in March.\n',
    );
    for (const question of [
      'since which year the valley front is making attacks in the towns',
      'since when is the valley front making attacks in the towns',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('since 2015');
    }
    expect(engine.ask('since when is the valley front making bread').status).toBe('no_answer');
    // "Making" asks nothing an answer must say; "making bread" keeps its verb.
    expect(writeOutShorthand('since when is the front making attacks')).not.toContain('making');
    expect(writeOutShorthand('since when is the front making bread')).toContain('making');
  });
});
