/**
 * A request put as a command ("give me the date of the bombing", "tell me the bomber's age", "name the group",
 * "summarize the casualties", "describe the scene after the blast") asks what its question would: the answer
 * must hold a date, an age, a name, as it must for the question typed out.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, articlesEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# Harbour bombing',
  '',
  'The bombing at the harbour in Port Elm killed nine people and wounded 30. A young bomber blew himself up near the ferry.',
  '',
  '“The blast was so strong, people were thrown to the ground. Everyone was running and shouting,” said Ana Ruiz, 41, a dock worker at the harbour.',
  '',
  'The group has partnered with a local gang, officials said. The rebels took over the port in 2016.',
].join('\n');

describe('a command read as its question', () => {
  it('declines when the excerpt lacks what the command asks for', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const command of [
      'give me the date of the harbour bombing',
      'can you give me the exact headcount of people at the ferry',
    ])
      expect(engine.ask(command).status, command).toBe('no_answer');
  });

  it('answers with what the command asks for', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    expect(engine.ask('give me the year the rebels took the port').excerpt).toContain('in 2016');
    expect(engine.ask('tell me ana ruiz’s age').excerpt).toContain('Ana Ruiz, 41');
    expect(engine.ask('summarize the casualties of the harbour bombing').excerpt).toContain('killed nine');
    expect(planOf(engine, 'summarize who was hurt in the harbour bombing').type).toBe('person');
    // "What were the casualties" asks how many, as "summarize the casualties" does.
    expect(planOf(engine, 'what were the casualties of the harbour bombing').type).toBe('count');
    expect(planOf(engine, 'summarize the casualties').type).toBe('count');
    // "Summarize the articles" still asks for what the bot does not write.
    expect(engine.ask('summarize the articles').status).toBe('no_answer');
  });

  it('reads "info on", "need the year" and a request after the question', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    expect(engine.ask('info on the bomber pls').excerpt).toContain('A young bomber blew himself up');
    expect(engine.ask('need the year the rebels took the port').excerpt).toContain('in 2016');
    expect(engine.ask('how many got hurt at the harbour, need the number').excerpt).toContain('wounded 30');
    expect(engine.ask('any details on who the rebels partnered with?').excerpt).toContain('a local gang');
    expect(planOf(engine, 'the rebels took the port in 2016? explain').asked).toBe(
      'the rebels took the port in 2016?',
    );
    // The request's words are no topic: asked of what the article lacks, it is declined.
    expect(engine.ask('info on the harbour master pls').status).toBe('no_answer');
  });
});

describe('a guess after the question', () => {
  it('weighs little: the question before it is answered', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    expect(engine.ask('what did ana ruiz say, some random rant?').excerpt).toContain('Everyone was running');
    expect(engine.ask('who was the harbour bomber, some grown man i assume').excerpt).toContain(
      'A young bomber',
    );
    expect(engine.ask('who is ana ruiz, is she from the harbour article').excerpt).toContain('Ana Ruiz, 41');
    const doubt = planOf(engine, 'who is ana ruiz, is she from the harbour article').weights;
    expect(doubt.get('harbour') ?? 0).toBeLessThan((doubt.get('ruiz') ?? 0) / 2);
    expect(engine.ask('who blew himself up near the ferry, is that even confirmed').excerpt).toContain(
      'A young bomber',
    );
  });
});

describe('a guess or hearsay before the question', () => {
  it('weighs little: the question after it is answered', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const guessed = engine.ask('i bet it was the mafia, who actually did the harbour bombing?');
    expect(guessed.status).toBe('answered');
    expect(guessed.excerpt).toContain('The bombing at the harbour');
    const plan = planOf(engine, 'i heard it was a truck bomb, how many did the harbour bombing kill');
    expect(plan.weights.get('truck') ?? 0).toBeLessThan((plan.weights.get('harbour') ?? 0) / 2);
    // A question with no guess before it keeps its words' weight.
    const plain = planOf(engine, 'was it a truck bomb, how many did the harbour bombing kill');
    expect(plain.weights.get('truck') ?? 0).toBeGreaterThan((plain.weights.get('harbour') ?? 0) / 2);
  });

  it('weighs little as a reply of its own before the question ("no it was the rebels?? who ...")', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const plan = planOf(engine, 'no it was the rebels?? who did the harbour bombing');
    expect(plan.weights.get('rebel') ?? 0).toBeLessThan((plan.weights.get('harbour') ?? 0) / 2);
    const replied = engine.ask('nah it was the rebels?? who did the harbour bombing');
    expect(replied.excerpt).toContain('The bombing at the harbour');
  });
});

describe('which article says something', () => {
  it('is answered by the sentence that says it, quoted from its article', async () => {
    const engine = await articlesEngineWithVectors([
      ['harbour.md', ARTICLE],
      [
        'mill.md',
        '# Mill fire\n\nA fire at the old mill in Dunmore destroyed the granary. Firefighters came from Kells.\n',
      ],
    ]);
    for (const question of [
      'which article talks about the granary',
      'which one of the two articles mentions kells, the harbour one or the mill one',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.citations[0]?.file, question).toBe('mill.md');
    }
  });
});

describe('a verb asking for a description', () => {
  it('weighs nothing where no article writes it, and keeps its weight where one does', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const unwritten = planOf(engine, 'how did ana ruiz describe the blast').weights;
    expect(unwritten.get('describ') ?? 0).toBe(0);
    expect(unwritten.get('blast') ?? 0).toBeGreaterThan(0);
    const { engine: written } = await articleEngineWithVectors(
      'port.md',
      '# Port\n\nThe mayor described the harbour as the heart of the town.\n',
    );
    expect(
      planOf(written, 'how did the mayor describe the harbour').weights.get('describ') ?? 0,
    ).toBeGreaterThan(0);
  });
});

describe('a body asked by its kind', () => {
  it('weighs its kind word less: the answer names the body, rarely writing "group" too', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    const asked = planOf(engine, 'which group did the harbour bombing').weights.get('group') ?? 0;
    // Elsewhere the word keeps its weight: "the group has partnered with a local gang".
    const kept = planOf(engine, 'did the group do the harbour bombing').weights.get('group') ?? 0;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(kept * 0.75);
  });
});
