/**
 * "What kind of X" asks a kind of X: where the articles never write X, an excerpt matching it only in meaning
 * speaks of something else. And a name question's thing ends at an acronym the question gives.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# Market bombing',
  '',
  'The bombing at a busy market in Riverton by the Northern Liberation Front (NLF) killed nine people.',
  '',
  'Police said the NLF had planned the attack for months.',
].join('\n');

describe('what kind of X', () => {
  it('is declined when the articles never write X and the excerpt only comes near it', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    for (const question of [
      'what kind of explosives were used in the market bombing',
      'WHAT TYPE OF EXPLOSIVE DID THE NLF USE',
      'Which type of explosive device was used in the market bombing?',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered when the excerpt writes X', async () => {
    const { engine } = await articleEngineWithVectors(
      'device.md',
      '# The device\n\nInvestigators said the explosive was a homemade pipe bomb packed with nails.\n',
    );
    const answer = engine.ask('what kind of explosive was it');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('homemade pipe bomb');
  });

  it('reads X past a word that only places it ("what type of local group")', async () => {
    const { engine } = await articleEngineWithVectors(
      'allies.md',
      '# Allies\n\nThe NLF has partnered with one of the valley’s most violent smuggling gangs.\n',
    );
    const answer = engine.ask('what type of local gang has the NLF partnered with?');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('most violent smuggling gangs');
  });
});

describe('a name question naming the thing by an acronym', () => {
  it('asks the name of the thing, not of the group the acronym names', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    expect(engine.ask('whats the name of the market nlf bombed in riverton').status).toBe('no_answer');
  });
});

describe('exactly how many', () => {
  it('is not answered by a rough size, and still by a count', async () => {
    const { engine } = await articleEngineWithVectors(
      'rally.md',
      '# The rally\n\nHundreds of supporters gathered in the square on Sunday.\n\nPolice said 14 people were arrested after the rally.\n',
    );
    expect(engine.ask('exactly how many supporters were in the square').status).toBe('no_answer');
    expect(engine.ask('how many supporters were in the square').status).toBe('answered');
    const arrests = engine.ask('exactly how many people were arrested');
    expect(arrests.status).toBe('answered');
    expect(arrests.excerpt).toContain('14 people were arrested');
  });
});

describe('places asked for by what happens there', () => {
  it('need no "places" in the answer, only the places named', async () => {
    const { engine } = await articleEngineWithVectors(
      'offshoots.md',
      '# Offshoots\n\nThe NLF has grown in Riverton for years.\n\n“They have offshoots in about ten countries including Libya and Egypt,” an analyst said.\n',
    );
    expect(
      planOf(engine, 'name some places besides riverton where the NLF has offshoots').weights.get('place'),
    ).toBe(0);
    expect(engine.ask('name some places besides riverton where the NLF has offshoots').excerpt).toContain(
      'including Libya and Egypt',
    );
  });
});
