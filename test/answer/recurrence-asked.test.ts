/**
 * "When do harvest fairs happen": a "when" in the present of something that recurs is answered by a time that
 * comes round (a month, a season, an age), not by the year one thing happened.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

describe('when something recurs', () => {
  it('is declined when the excerpt gives only a year', async () => {
    const { engine } = await articleEngineWithVectors(
      'fair.md',
      '# Harvest fair\n\nThe harvest fair in Brennick was first held in 1872 by the farmers of the valley.\n',
    );
    for (const question of ['when does the harvest fair in brennick happen', 'when do harvest fairs happen'])
      expect(engine.ask(question).status, question).toBe('no_answer');
    // A single event asked in the past is still dated by its year.
    expect(engine.ask('when was the harvest fair in brennick first held').excerpt).toContain('1872');
  });

  it('is answered by a time that comes round', async () => {
    const { engine } = await articleEngineWithVectors(
      'fair.md',
      '# Harvest fair\n\nThe harvest fair in Brennick, first held in 1872, happens every September on the green.\n',
    );
    expect(engine.ask('when does the harvest fair in brennick happen').excerpt).toContain('every September');
  });
});
