/**
 * "How many pilgrims visit the shrine every year": a count taken over a period needs a figure for that period,
 * not the size of one day's crowd.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The shrine',
  '',
  'The blast occurred as hundreds of worshippers were dancing at the shrine of the saint.',
  '',
  'Police closed the roads to the valley and sent the wounded to the city hospital.',
  '',
  'The river has flooded the lower town twice since the dam was built.',
  '',
  'The old fort draws about 40,000 visitors a year, the tourism office says.',
].join('\n');

describe('a count asked per period', () => {
  it('is declined where the excerpt gives no figure for a period', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    for (const question of [
      'how many worshippers visit the shrine every year',
      'How many worshippers come to the shrine annually?',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by a figure for the period', async () => {
    const { engine } = await articleEngineWithVectors('shrine.md', ARTICLE);
    const answer = engine.ask('how many visitors does the old fort get each year');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('40,000 visitors a year');
    // Without a period, the crowd's size answers.
    expect(engine.ask('how many worshippers were at the shrine').excerpt).toContain(
      'hundreds of worshippers',
    );
  });
});
