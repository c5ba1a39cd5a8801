/**
 * Session 20's readings of questions in a reader's own words, on an article written for these tests (not the
 * seed corpus): care adverbs and politeness, chat's "2" for "to", "what's the point", idioms, and word groups
 * WordNet does not join (methods / tactics, problems / challenges, relations / ties).
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { articleEngineWithVectors } from './article-engine.js';

/** The engine answers the question, quoting the fragment. */
function expectQuoted(engine: Engine, question: string, fragment: string): void {
  const answer = engine.ask(question);
  expect(answer.status, question).toBe('answered');
  expect(answer.excerpt, question).toContain(fragment);
}

const HARBOUR = [
  '# Smugglers return to the harbour',
  '',
  'The smuggling ring has capitalized on the port’s internal security challenges, including a strike by customs staff.',
  '',
  'Their ultimate goal? To control the northern trade routes and push out rival gangs.',
  '',
  'They are changing their tactics back to small boats and night crossings, a coastguard officer told the Harbour Gazette.',
  '',
  'A teenage lookout was arrested near the lighthouse on Friday. The fire at the warehouse killed 3 and injured 14.',
  '',
  'The city’s improving ties with its neighbours have angered the ring.',
  '',
  'The mayor’s plan, it seems, has backfired badly. Analysts say the port should expect more raids this winter.',
  '',
  'The raid confirms the ring’s resolve, paving the way for its ambitious plans, including challenging the navy in the bay.',
].join('\n');

describe('questions in a reader’s own words', () => {
  it('"exactly", "roughly" and "kindly" ask for care, not for a word the answer must hold', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    expectQuoted(engine, 'who was the lookout, like how old roughly', 'A teenage lookout');
    expectQuoted(engine, 'so what exactly is their goal', 'control the northern trade routes');
    expectQuoted(engine, 'what exactly did the ring exploit', 'internal security challenges');
    // "Exactly" still asks to the year: "teenage" does not say how old.
    expect(engine.ask('how old was the lookout exactly').status).not.toBe('answered');
  });

  it('reads chat\'s "2" as "to" after a verb, and "whats the point" as the goal', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    expectQuoted(engine, 'which paper did the officer talk 2', 'Harbour Gazette');
    expectQuoted(
      engine,
      'ok but whats the point for them, what do they want in the end',
      'control the northern trade routes',
    );
  });

  it('"how many of the injured were kids" counts the kids, not the injured', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    for (const question of [
      'how many of the injured were children',
      'how many of the injured at the warehouse were kids',
      'how many of the dead were lookouts',
    ])
      expect(engine.ask(question).status, question).not.toBe('answered');
    expectQuoted(engine, 'how many people were injured in the fire', 'injured 14');
  });

  it('declines to say which came first when no article orders them', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    expect(engine.ask('what was the rings very first raid').status).not.toBe('answered');
    expect(engine.ask('what does the raid confirm').status).toBe('answered');
  });

  it('matches the words people use for the article’s words', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', HARBOUR);
    const cases: [string, string][] = [
      ['what methods are they going back to', 'changing their tactics back'],
      ['what domestic problems did the ring take advantage of', 'internal security challenges'],
      ['are the citys relations with its neighbours getting better', 'improving ties'],
      ['so did the mayors plan blow up in his face', 'has backfired badly'],
      ['does the ring have ambitions beyond the port, for instance in the bay', 'its ambitious plans'],
      ['do the experts expect more raids, or is the worst behind us', 'expect more raids'],
    ];
    for (const [question, fragment] of cases) expectQuoted(engine, question, fragment);
  });
});
