/**
 * Search-box queries ("market attack city", "riverton attacks count") ask with a noun at their end, hedged
 * questions ("do they say when ...") with a question inside a hedge, and "how much people" is a learner's
 * "how many": each is read as the question it stands for.
 */
import { describe, expect, it } from 'vitest';
import { asQuestion } from '../../src/answer/keyword-query.js';
import { withoutHedges } from '../../src/answer/hedges.js';
import { writeOutShorthand } from '../../src/answer/shorthand.js';
import { articleEngineWithVectors, articlesEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Market bombing',
  '',
  'The bombing at a busy market in Riverton by the Northern Liberation Front (NLF) killed nine people and wounded 30.',
  '',
  'It came a month after another NLF attack on a border post in the same region killed more than 20 soldiers.',
  '',
  'The NLF has held talks with the government, but those talks broke down. The group wants to take every city in the valley.',
].join('\n');

describe('a search-box query', () => {
  it('is read as the question its last noun asks', () => {
    expect(asQuestion('border post attack city')).toBe('which city was the border post attack in?');
    expect(asQuestion('nlf attacks in 2019 count')).toBe('how many nlf attacks in 2019?');
    expect(asQuestion('border post attack wounded')).toBe('how many wounded in the border post attack?');
    expect(asQuestion('market bombing article author')).toBe('who wrote the market bombing article?');
    expect(asQuestion('nlf leader?')).toBe('who is the leader of nlf?');
    expect(asQuestion('army statement on market bombing')).toBe(
      'what did army say about the market bombing?',
    );
    expect(asQuestion('government response')).toBe('what did government say?');
    expect(asQuestion('border post attack which city')).toBe('which city was the border post attack in?');
    expect(asQuestion('market bomber name')).toBe('what is the name of the market bomber?');
    expect(asQuestion('nlf full name')).toBe('what is the full name of nlf?');
    expect(asQuestion('nlf full form')).toBe('what is the full name of nlf?');
    expect(asQuestion('market bombing province name')).toBe('which province was the market bombing in?');
    expect(asQuestion('riverton market location')).toBe('where is the riverton market?');
    expect(asQuestion('market bombing date')).toBe('when was the market bombing?');
    expect(asQuestion('talks broke down quote')).toBe('talks broke down?');
  });

  it('leaves questions, long texts and other nouns as typed', () => {
    for (const text of [
      'which city was it in',
      'whos the nlf leader',
      'is riverton a city',
      'the market was in the old part of the city',
      'nlf main goal',
      'city',
      // A kind of place that ends a name asks nothing.
      'Islamic State Khorasan Province',
      'islamic state khorasan province',
      'kansas city',
    ])
      expect(asQuestion(text)).toBe(text);
  });

  it('is declined when the articles do not hold what its noun asks for', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    for (const query of [
      'border post city',
      'border post attack wounded',
      'market bombing article author',
      'riverton mayor response market bombing',
      'market bomber name',
    ])
      expect(engine.ask(query).status, query).toBe('no_answer');
  });

  it('gets the answer of the question it stands for', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    for (const query of [
      'market bombing city',
      'riverton market bombing wounded',
      'nlf attacks count',
      'nlf full name',
    ]) {
      const typed = engine.ask(query);
      const spelled = engine.ask(asQuestion(query));
      expect(typed.status, query).toBe(spelled.status);
      expect(typed.excerpt, query).toBe(spelled.excerpt);
    }
  });

  it('is answered where they do', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    const wounded = engine.ask('riverton market bombing wounded');
    expect(wounded.status).toBe('answered');
    expect(wounded.excerpt).toContain('wounded 30');
    const deaths = engine.ask('border post attack deaths');
    expect(deaths.status).toBe('answered');
    expect(deaths.excerpt).toContain('killed more than 20 soldiers');
  });
});

describe('"how many deaths"', () => {
  it('is answered by a number of killed: deaths are spoken of where killing is', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    const answer = engine.ask('how many deaths in the border post attack');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed more than 20 soldiers');
  });
});

describe('a hedged question', () => {
  it('loses its hedge', () => {
    expect(withoutHedges('do they say when the talks broke down?')).toBe('when the talks broke down?');
    expect(withoutHedges('does the article mention anything about how long the talks lasted')).toBe(
      'how long the talks lasted',
    );
    expect(withoutHedges('do they say anything about the valley')).toBe('the valley');
    expect(withoutHedges('do they ever name the bomber')).toBe('what is the name of the bomber');
    expect(withoutHedges('not sure if i read this right but what city was the border post in?')).toBe(
      'what city was the border post in?',
    );
    expect(withoutHedges('what did the nlf say about the talks')).toBe(
      'what did the nlf say about the talks',
    );
    expect(withoutHedges('can you confirm that the market was in Riverton?')).toBe(
      'the market was in Riverton?',
    );
    expect(withoutHedges('Am I right in thinking the talks broke down')).toBe('the talks broke down');
    // An embedded question, in a question's order again, also when "the article says" is read past first.
    expect(withoutHedges("did the article say what the bomber's name was?")).toBe(
      "what was the bomber's name?",
    );
    expect(withoutHedges('does   who the bomber was')).toBe('who was the bomber');
    expect(withoutHedges('did the nlf claim 40 raids or am i making that up?')).toBe(
      'did the nlf claim 40 raids ?',
    );
    expect(withoutHedges('did   how many people were hurt')).toBe('how many people were hurt');
    // A doubt of one's own memory before "but" or a comma.
    expect(withoutHedges('i might be mixing things up but which city was the border post in?')).toBe(
      'which city was the border post in?',
    );
    expect(withoutHedges('correct me if im wrong, the talks broke down right?')).toBe(
      'the talks broke down right?',
    );
    expect(withoutHedges('not 100% but why did the talks break down')).toBe('why did the talks break down');
    expect(withoutHedges('not sure why the talks broke down')).toBe('not sure why the talks broke down');
    // "What does it say about X": X is what is asked.
    expect(withoutHedges('what do they write about the nlf')).toBe('the nlf');
    expect(withoutHedges('what does the market article say about riverton?')).toBe('riverton?');
    expect(withoutHedges('what does the nlf say about the talks')).toBe(
      'what does the nlf say about the talks',
    );
  });

  it('checks a claim: a place the cited article never names settles nothing', async () => {
    const engine = await articlesEngineWithVectors([
      ['market.md', ARTICLE],
      ['towns.md', '# Valley towns\n\nZarkand and Brookfield are farming towns on the northern shore.'],
    ]);
    for (const question of [
      'am i right that the market bombing was in Zarkand?',
      'can you confirm the market bombing was in Zarkand',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    expect(engine.ask('am i right that the market bombing was in Riverton?').status).toBe('answered');
  });

  it('asks what its question asks: no date, no name, no city is declined', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    for (const question of [
      'do they say when the talks with the government broke down?',
      'do they ever name the market bomber?',
      'not sure if i read this right but what city was the border post in?',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    // Without the hedge's "say", "when" asks a date: as typed, the sentence saying the talks broke down answered.
    expect(engine.ask('when did the talks with the government break down').status).toBe('no_answer');
  });

  it('is answered where the articles say it', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    const answer = engine.ask('do they say anything about how many soldiers died at the border post?');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed more than 20 soldiers');
    // "Mentioned anywhere" asks whether the articles speak of it: "anywhere" is no word to find.
    const mentioned = engine.ask('border post mentioned anywhere?');
    expect(mentioned.status).toBe('answered');
    expect(mentioned.excerpt).toContain('border post');
    expect(engine.ask('is the harbour mentioned anywhere?').status).toBe('no_answer');
    // The doubt's words ("mixing", "things") are no part of what is asked.
    const doubted = engine.ask('i might be mixing things up but how many soldiers died at the border post?');
    expect(doubted.status).toBe('answered');
    expect(doubted.excerpt).toContain('killed more than 20 soldiers');
  });
});

describe('"how much" before a plural', () => {
  it('counts, as "how many"', async () => {
    expect(writeOutShorthand('how much people died')).toBe('how many people died');
    expect(writeOutShorthand('how much does it cost')).toBe('how much does it cost');
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    const answer = engine.ask('how much people were killed in the riverton market bombing');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('killed nine people');
  });

  it('asks how long in "for how much time" or at the end, not before a question of its own', () => {
    expect(writeOutShorthand('iskp was quiet for how much time')).toBe('iskp was quiet how long');
    expect(writeOutShorthand('the market was closed how much time?')).toBe('the market was closed how long?');
    expect(writeOutShorthand('how much time did he say had to pass')).toBe(
      'how much time did he say had to pass',
    );
  });

  it('reads other learner phrasings as the question they stand for', () => {
    expect(writeOutShorthand('BLA is mean what')).toBe('what does BLA mean');
    expect(writeOutShorthand('how many dead at the market')).toBe('how many died at the market');
    expect(writeOutShorthand("who is pakistan's pm")).toBe("who is pakistan's prime minister");
    expect(writeOutShorthand('did it happen at 5 pm')).toBe('did it happen at 5 pm');
    expect(writeOutShorthand('why they want deal at first place').trim()).toBe('why they want deal');
    expect(writeOutShorthand('what is the mean of it')).toBe('what is the mean of it');
    // "Their real goal": what they want in the end, an article's "ultimate goal".
    expect(writeOutShorthand('what is their real goal')).toContain('ultimate goal');
  });
});
