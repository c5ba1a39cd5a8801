/**
 * A long message's story around its question weighs little: the clause that asks is what an answer must hold.
 */
import { describe, expect, it } from 'vitest';
import {
  firstOfTwoQuestions,
  oneQuestionEach,
  questionWithoutStory,
  storyTerms,
} from '../../src/answer/question-clause.js';
import { tokenize } from '../../src/search/analyzer.js';
import { articleEngineWithVectors } from './article-engine.js';

const HARBOUR = [
  '# Harbour fire',
  '',
  'The fire at the harbour started in a fuel store and spread to three fishing boats.',
  '',
  'Most of the sailors on the boats came from villages along the northern coast.',
].join('\n');

const story = (text: string) => [...storyTerms(text, tokenize(text))].sort();

describe('storyTerms', () => {
  it('finds the asker’s story beside the clause that asks', () => {
    expect(
      story(
        'my brother works in security and he always says bombers are the worst, does the article say why the checkpoints failed',
      ),
    ).toEqual(['alway', 'bomber', 'brother', 'secur', 'work', 'worst']);
    // A story that drops its "I", then a question started without a stop before it.
    expect(
      story('reading the piece about the harbour fire where do most of the sailors come from originally'),
    ).toEqual(['fire', 'harbour', 'piec', 'read']);
  });

  it('leaves short messages, messages all question and clauses that are no story alone', () => {
    expect(story('my brother says the bombers were young, how old were they')).toEqual([]);
    expect(
      story(
        'if the council closes the harbour for the winter months, what will the fishing boats of the town do then',
      ),
    ).toEqual([]);
    // A short question pointing back at the story asks about it: the story is the topic.
    expect(
      story(
        'I heard the talks between the union and the port owners fell apart last week. Which union was that?',
      ),
    ).toEqual([]);
  });
});

describe('a long message', () => {
  it('is answered by what its question asks, not declined for its story', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    const answer = engine.ask(
      'ok so my cousin lives near there and keeps telling everyone wild stories about the whole thing, where did most of the sailors come from?',
    );
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('villages along the northern coast');
  });

  it('finds the clause that asks when a preposition opens it, and "last year" in the story orders nothing', async () => {
    const { engine } = await articleEngineWithVectors(
      'harbour.md',
      `${HARBOUR}\n\nThe harbour has had fires in its fuel stores since 2009, and they grew more frequent after 2020.`,
    );
    const answer = engine.ask(
      'me and my friend arguing, he say the harbour only has fires since last year but i think before also, from when exactly they have fires in the fuel stores according to article',
    );
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('since 2009');
  });
});

describe('oneQuestionEach', () => {
  it('gives each question of a message with the story before it, the other questions and remarks left out', () => {
    expect(
      oneQuestionEach(
        'ok so i was reading about the fire, how many boats burned? and did the insurers pay out at all?',
      ),
    ).toEqual([
      'ok so i was reading about the fire, how many boats burned?',
      'ok so i was reading about the fire, and did the insurers pay out at all?',
    ]);
    expect(oneQuestionEach('where did the fire start? sounds scary')).toEqual(['where did the fire start?']);
    // Quoted or in Markdown, the same.
    expect(oneQuestionEach('> **where did the fire start? sounds scary**')).toEqual([
      'where did the fire start?',
    ]);
    // The asker's own words after the question stay: they say what is wanted.
    expect(oneQuestionEach('Which union went on strike? I should like to know its name.')).toEqual([]);
  });

  it('keeps together questions that ask as one', () => {
    // One question: a question word inside a sentence, a narrowing, a follow-up about who was named.
    expect(oneQuestionEach('What is the name of the boat which was burned?')).toEqual([]);
    expect(oneQuestionEach('where was the fire, which town')).toEqual([]);
    expect(oneQuestionEach('which boats did the crews save, and when did they get back?')).toEqual([]);
    expect(oneQuestionEach('what about the harbour, who rebuilt it')).toEqual([]);
    // A relative clause, an initial in a name, a clause setting the time: none a question of its own.
    expect(oneQuestionEach('Who was the first captain, who was hired in 1990?')).toEqual([]);
    expect(oneQuestionEach('When John Reed left the club, who replaced him?')).toEqual([]);
    expect(oneQuestionEach('How many goals did Tom Reed Jr. score?')).toEqual([]);
    expect(oneQuestionEach('When the river floods, what do the farmers do?')).toEqual([]);
    // But "what", "how" and "why" after a comma ask.
    expect(oneQuestionEach('did the mill flood, what did the owner say')).toEqual([
      'did the mill flood,',
      'what did the owner say',
    ]);
    // A question pointing back keeps what it points at.
    expect(oneQuestionEach('did the council try a deal with the owners? what was the point of it')).toEqual([
      'did the council try a deal with the owners?',
    ]);
    // A question too bare to say what it is about is not asked alone: any passage would answer it.
    expect(oneQuestionEach('what happened in the dover fire, how many died?')).toEqual([
      'what happened in the dover fire,',
    ]);
    // Unless it says the question before it again, or a story before it says what it is about.
    expect(oneQuestionEach('how strong was the fire, like, what happened to the boats')).toEqual([
      'how strong was the fire, like,',
      'what happened to the boats',
    ]);
    expect(oneQuestionEach('the fire was huge. how big was it? where did it start')).toEqual([
      'the fire was huge. how big was it?',
      'the fire was huge. where did it start',
    ]);
  });
});

describe('a message asking two things', () => {
  it('is answered for the one the articles answer, saying which', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    const asked =
      'so where did the harbour fire start? and did the mayor of Bristol pay the owners anything?';
    const answer = engine.ask(asked);
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('started in a fuel store');
    expect(answer.question).toBe(asked);
    expect(answer.correctedQuestion).toBe('so where did the harbour fire start?');
    // After a chat opener that is no clause of its own, the same.
    const opened = engine.ask(
      'umm where did the harbour fire start, did the mayor of Bristol pay the owners',
    );
    expect(opened.status).toBe('answered');
    expect(opened.excerpt).toContain('started in a fuel store');
    // Neither question answered: declined.
    expect(engine.ask('did the insurers pay the owners? and was anyone arrested?').status).toBe('no_answer');
    // The second question alone would be answered by any fire: it asks about the one the first names.
    expect(engine.ask('how big was the dover fire, where did it start').status).toBe('no_answer');
  });

  it('joined by "and" without a comma, is answered for the first when the articles answer only that', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    for (const asked of [
      'where did the harbour fire start and why',
      'where did the harbour fire start and how much did the repairs cost',
      'where did the fire start and did the mayor of bristol visit the harbour',
    ]) {
      const answer = engine.ask(asked);
      expect(answer.status, asked).toBe('answered');
      expect(answer.excerpt, asked).toContain('started in a fuel store');
    }
    // Only the first is asked alone: the second often points back at it, and alone would answer another thing.
    expect(firstOfTwoQuestions('how bad was the fire and how many boats were lost there')).toBe(
      'how bad was the fire',
    );
    expect(firstOfTwoQuestions('how big is the harbour and whats its depth')).toBe('how big is the harbour');
    expect(firstOfTwoQuestions('when did the fire start and for how long did it burn')).toBe(
      'when did the fire start',
    );
    expect(firstOfTwoQuestions('who he was and when he lived')).toBeUndefined();
    expect(firstOfTwoQuestions('which group formed in 2015 and was later banned')).toBeUndefined();
    // Neither answered: declined.
    expect(engine.ask('who owned the boats and how much were they insured for').status).toBe('no_answer');
  });

  it('after a story told first, asks the one question alone when the whole message finds no answer', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    const asked =
      'I remember when Cork had a fire like this back in 1987. where did the fire at the harbour start?';
    const answer = engine.ask(asked);
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('started in a fuel store');
    expect(answer.correctedQuestion).toBe('where did the fire at the harbour start?');
    // The question alone only when it says what it is about, and the story stands before it.
    expect(
      questionWithoutStory('my grandad fished out of kinsale for forty years. where did it start, the fire?'),
    ).toBeUndefined();
    expect(
      questionWithoutStory('i read about the harbour fire last night. how many boats burned in that fire?'),
    ).toBeUndefined();
    expect(
      questionWithoutStory(
        'Which boats burned at the harbour? I should like to know their names. Thank you.',
      ),
    ).toBeUndefined();
    expect(
      questionWithoutStory(
        'my uncle sails from there every summer. which boats did the fire at the harbour reach?',
      ),
    ).toBe('which boats did the fire at the harbour reach?');
  });
});
