/**
 * "Where does X live", "where did X go to school", "who is X married to": a lead that gives the person's
 * dates and trade says nothing of that part of the life; a sentence with a word of it may answer.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const LEAD_ONLY = [
  '# Tomas Reyvik',
  '',
  'Tomas Reyvik (born May 2, 1961) is a Norwegian painter and sculptor known for his harbour scenes.',
].join('\n');

describe('a part of a person life', () => {
  it('is declined when the excerpt says no word of it', async () => {
    const { engine } = await articleEngineWithVectors('reyvik.md', LEAD_ONLY);
    for (const question of [
      'where does tomas reyvik live',
      'where did tomas reyvik go to school',
      'who is tomas reyvik married to',
      'who is tomas reyvik related to',
      'who has tomas reyvik dated',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by a sentence that tells of it', async () => {
    const { engine } = await articleEngineWithVectors(
      'reyvik.md',
      '# Tomas Reyvik\n\nTomas Reyvik (born May 2, 1961), a Norwegian painter who studied at the Bergen Academy of Art, lives in Stavanger with his wife, the poet Ella Reyvik.\n',
    );
    for (const question of [
      'where does tomas reyvik live',
      'where did tomas reyvik go to school',
      'who is tomas reyvik married to',
    ])
      expect(engine.ask(question).status, question).toBe('answered');
  });
});

describe('when a person lived', () => {
  const SAINT = [
    '# Shrine attack',
    '',
    'The blast struck while pilgrims were singing at the shrine of the saint Pir Halani, near the river ' +
      'crossing, and the police closed the road to the shrine for the rest of the night.',
  ].join('\n');

  it('is declined, asked alone or second, when no year, century or era is given', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', SAINT);
    for (const question of [
      'who was pir halani, when did he live',
      'who was pir halani, like what century did he live',
      'when did pir halani live',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered where the article dates the life', async () => {
    const { engine } = await articleEngineWithVectors(
      'shrine.md',
      SAINT.replace('the saint Pir Halani,', 'the saint Pir Halani, who lived in the 14th century,'),
    );
    expect(engine.ask('who was pir halani and when did he live').excerpt).toContain(
      'lived in the 14th century',
    );
  });
});

describe('when a person died', () => {
  it('is declined where the article dates only the birth', async () => {
    const { engine } = await articleEngineWithVectors('reyvik.md', LEAD_ONLY);
    expect(engine.ask('when did tomas reyvik die').status).toBe('no_answer');
  });

  it('is answered by a lifespan or a word of dying', async () => {
    const { engine } = await articleEngineWithVectors(
      'halvorsen.md',
      '# Ada Halvorsen\n\nAda Halvorsen (1872 – March 3, 1931) was a Norwegian painter of fjord scenes.\n\n' +
        'Her brother Nils Halvorsen, a shipbuilder, died in Bergen in 1940.\n',
    );
    expect(engine.ask('when did ada halvorsen die').excerpt).toContain('1872 – March 3, 1931');
    expect(engine.ask('when did nils halvorsen die').excerpt).toContain('died in Bergen in 1940');
  });
});
