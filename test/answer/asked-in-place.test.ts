/**
 * Questions typed the way learners of English and people in a hurry type them: the question word where the
 * answer would stand ("the boat was having what name"), "first" saying when, a swear after the question
 * word, and the owner of a name typed before it ("the town volunteer's name").
 */
import { describe, expect, it } from 'vitest';
import { countFocusWords } from '../../src/answer/answer-type.js';
import { withAskedWordInFront } from '../../src/answer/in-situ.js';
import { planFor, type AnswerContext } from '../../src/answer/answer.js';
import { writesThing } from '../../src/answer/named-thing.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Flood in the valley',
  '',
  'The flood struck the town of Elmford in 1998. A young volunteer pulled three children from the river.',
  '',
  'The rescue boat from Dunmore carried twelve families to the school on the hill. The miller, Tomas Reyes, watched the old mill fall.',
].join('\n');

describe('a question word typed where the answer stands', () => {
  it('is read in front of the question', () => {
    expect(withAskedWordInFront('the volunteer was how old')).toBe('how old was the volunteer');
    expect(withAskedWordInFront('the mill is in which province?')).toBe('in which province is the mill?');
    expect(withAskedWordInFront('the rescue boat was having what name')).toBe(
      'what is the name of the rescue boat',
    );
    expect(withAskedWordInFront('the flood killed how many people?')).toBe(
      'how many people the flood killed?',
    );
    // What is counted, then the count asked with no comma or dash before it.
    expect(withAskedWordInFront('boats lost after 1998 how many')).toBe('how many boats lost after 1998');
  });

  it('leaves questions, relative clauses, names asked for and long sentences as typed', () => {
    for (const text of [
      'where is the mill',
      'the school where the families slept',
      'the town in which the flood struck',
      'the boat stands for what exactly',
      'the town is calling the mill by what name',
      'I thought so. since what year has the mill stood',
      'Century City is an example of a district that belongs to which city?',
    ])
      expect(withAskedWordInFront(text)).toBe(text);
  });

  it('declines a name the article never gives, as it does asked in front', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    // "From Dunmore" says where the boat came from, not what it is called.
    expect(engine.ask('the rescue boat was having what name').status).toBe('no_answer');
    expect(engine.ask('what is the name of the rescue boat').status).toBe('no_answer');
  });
});

describe('a count asked after what it counts', () => {
  it('counts the noun a participle describes, not the name before it', () => {
    expect(withAskedWordInFront('dunmore reported floods since 1998, how many?')).toBe(
      'how many dunmore reported floods since 1998?',
    );
    expect(countFocusWords('how many dunmore reported floods since 1998')).toContain('floods');
    // A participle before a determiner is the verb: the bombers are counted.
    expect(countFocusWords('how many suicide bombers attacked the market')).toEqual(['bombers']);
    // People counted by what they did: the place and time after the verb are no count ("112 volunteers at
    // Brackmoor last year" does not answer how many visited).
    expect(countFocusWords('how many people visited brackmoor last year')).toEqual(['visited']);
  });
});

describe('words that only say how the question is put', () => {
  it('reads "first" in a when-question as when it happened', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    const answer = engine.ask('when did the flood first strike elmford');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('in 1998');
    // "Why did it first ..." still asks about a first time the article never tells.
    expect(engine.ask('what was the first flood to strike elmford').status).toBe('no_answer');
  });

  it('drops a swear after the question word', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    const answer = engine.ask('who tf pulled the children out of the river');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('A young volunteer pulled three children');
  });

  it('looks for a name beside the owner of the name, not beside the words before it', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    // "The town of Elmford" names the town, not the volunteer.
    expect(engine.ask("what was the flood town volunteer's name").status).toBe('no_answer');
    const miller = engine.ask("what was the old mill miller's name");
    expect(miller.status).toBe('answered');
    expect(miller.excerpt).toContain('Tomas Reyes');
  });

  it('knows a word made from the named thing\'s by an ending as a word for it ("teen": "teenage")', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    const context = (engine as unknown as { answerContext(g?: string): AnswerContext }).answerContext();
    const planned = planFor('whats the name of the teen who pulled the children out', context);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    // The sentence writes the teen's word, and names no one beside it: no name is given for him.
    expect(writesThing(planned.plan, 'A teenage volunteer pulled three children from the river.')).toBe(true);
    expect(writesThing(planned.plan, 'The flood struck the town of Elmford in 1998.')).toBe(false);
  });
});
