/**
 * British and Irish slang ("owt", "boxed in", "shoved out", "keeping their heads down", "cosying up to"), a
 * remark of the asker's after the last comma ("..., going brilliantly i assume", "..., ballpark'll do"),
 * formal courtesies ("if I may ask", "perished", "passed away"), "hwo" for "who" or "how", and "isis k" for
 * ISIS-K. On an article written for these tests, not the seed corpus.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answer/read-question.js';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const FLOOD = [
  '# Floods in the Kessel valley',
  '',
  'The floods killed at least 31 people in the Kessel valley and wounded more than 60.',
  '',
  'After a year of relative silence, the Kessel Liberation Front has been restricted largely to the hills.',
  '',
  'The council’s improving ties with the river authority appear to have angered the farmers.',
  '',
  'The council’s gambit, it seems, has backfired spectacularly.',
  '',
  'Families pushed out of their villages are more likely to move to the coast.',
  '',
  'Anna Pryce contributed reporting.',
].join('\n');

describe('British slang, remarks and formal words', () => {
  it('are read as the question the article answers', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expectAnswered(engine, [
      ['could you kindly tell me how many people perished in the floods?', 'killed at least 31'],
      ['how many passed away in the kessel valley', 'killed at least 31'],
      ['where is the kessel liberation front mostly boxed into now', 'restricted largely to the hills'],
      ['does the council cosying up to the river authority have owt to do with it', 'improving ties'],
      ['so how did the council’s gamble turn out, going brilliantly i assume', 'has backfired'],
      ['where do families go when they get shoved out of their villages', 'more likely to move to the coast'],
      ['hwo helped with the reporting on the flood story', 'Anna Pryce contributed reporting'],
      ['hwo many died in the floods, ballpark’ll do', 'killed at least 31'],
    ]);
  });

  it('writes them out', () => {
    const plain = (text: string) => writeOutShorthand(text).replace(/\s+/g, ' ').trim();
    // "Anything" then goes as a word that only frames a question.
    expect(plain('has it owt to do with the council')).toBe('has it to do with the council');
    expect(plain('were they keeping their heads down')).toBe('were they quiet');
    expect(plain('how is the front doing, not well i’d imagine')).toBe('how is the front doing?');
    expect(plain('how did the deals work out, as if i need to ask')).toBe('how did the deals work out?');
    expect(plain('what do they hope to achieve, if I may ask?')).toBe('what do they want , ?');
    expect(plain('hwo leads the front')).toBe('who leads the front');
    expect(plain('hwo long did it last')).toBe('how long did it last');
    // A remark must close the message: a comma inside the question stays.
    expect(plain('i guess, who leads the front')).toBe('i guess, who leads the front');
  });

  it('reads ISIS-K typed without its hyphen', () => {
    const read = (text: string) => {
      const reading = readQuestion(text);
      return reading.ok ? reading.question.searchText : reading.message;
    };
    expect(read('when did isis k start')).toBe('when did isis-k start');
    expect(read('ISIS K goal?')).toContain('ISIS-K');
    // A chat "k" after other words stays chat's "ok".
    expect(read('k who leads the front')).not.toContain('-k');
  });

  it('still declines what the article does not say', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', FLOOD);
    expectDeclined(engine, [
      'how many cattle perished in the floods',
      'hwo leads the kessel liberation front',
      'does the council have owt to do with the hospital',
    ]);
  });
});
