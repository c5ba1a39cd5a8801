/** A count answers only for what the question counts it of: not a number told of one attack for another. */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Market bombing',
  '',
  'A bomb exploded in the crowded fish market of the river town on Friday morning, as traders were setting ' +
    'out their stalls.',
  '',
  'The blast killed at least 12, and wounded more than 40. It came a week after another attack on a border ' +
    'post in the same district killed more than 20 soldiers.',
].join('\n');

describe('what a number counts', () => {
  it('declines a count the excerpt gives only for another event', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    expect(engine.ask('how many were wounded in the border post attack').status).toBe('no_answer');
    // The counted noun named, the fate ("wounded") is what befell them, not which event it was.
    expect(engine.ask('how many soldiers were wounded in the border post attack').status).toBe('no_answer');
  });

  it('answers the counts it does give, for either event', async () => {
    const { engine } = await articleEngineWithVectors('market.md', ARTICLE);
    expect(engine.ask('how many died in the border post attack').excerpt).toContain('more than 20 soldiers');
    expect(engine.ask('how many were wounded in the market blast').excerpt).toContain('wounded more than 40');
  });

  it('declines a count told of another year, and answers the year it is told of', async () => {
    const { engine } = await articleEngineWithVectors(
      'raids.md',
      '# Border raids\n\nThe group has raided border towns since 2015, but its raids grew sharply after 2022, ' +
        'with 40 claimed raids. Between 2016 and 2018 it held three villages.',
    );
    expect(engine.ask('how many raids did the group claim in 2019').status).toBe('no_answer');
    expect(engine.ask('how many raids did the group claim in 2015').status).toBe('no_answer');
    expect(engine.ask('how many raids did the group claim after 2022').excerpt).toContain('40 claimed raids');
    // A range holds its years: 2016 is in "between 2016 and 2018".
    expect(engine.ask('how many villages did the group hold in 2016').excerpt).toContain('three villages');
  });
});
