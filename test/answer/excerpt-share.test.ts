/**
 * An excerpt must hold a fair share of the question itself: the passage before may hold the rest, but a
 * sentence sharing one word with the question answers nothing. And "where ... from" is answered only by a
 * sentence that says where.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Pilgrims at the shrine',
  '',
  'Everyone was running, shouting and searching for families, said Tariq Mehmood, 31, who had travelled in a ' +
    'group of 80 pilgrims and told the Reuters news agency what he saw when the roof of the hall came down.',
  '',
  'Analysts say that the movement has been increasing its presence in the province, and has partnered with ' +
    'one of the most violent sectarian groups there, which recruits in the poorer districts of the south.',
  '',
  'The Velmora pilgrims came from the fishing villages of the north coast, where the saint was born, and ' +
    'walk to the shrine every spring along the old salt road through the hills.',
].join('\n');

describe('what an excerpt must hold itself', () => {
  it('declines when the sentence shares a word and its context the rest', async () => {
    const { engine } = await articleEngineWithVectors('pilgrims.md', ARTICLE);
    for (const question of [
      "where did tariq mehmood's group of pilgrims travel from",
      "WHERE DID TARIQ MEHMOOD'S GROUP OF PILGRIMS TRAVEL FROM",
    ]) {
      expect(engine.ask(question).status, question).toBe('no_answer');
    }
  });

  it('declines "where was X from" when the sentence puts X only "in a group"', async () => {
    const { engine } = await articleEngineWithVectors('pilgrims.md', ARTICLE);
    expect(engine.ask('where was tariq mehmood from').status).toBe('no_answer');
  });

  it('answers "where ... from" with a sentence that says where', async () => {
    const { engine } = await articleEngineWithVectors('pilgrims.md', ARTICLE);
    const answer = engine.ask('where did the velmora pilgrims come from');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('fishing villages of the north coast');
    // Still answered when asked about what the sentence says.
    expect(engine.ask('how many pilgrims was tariq mehmood travelling with').excerpt).toContain(
      'group of 80 pilgrims',
    );
  });
});
