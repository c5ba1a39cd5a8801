/**
 * "Is Norway the main priority for the NLF": a yes/no question about a country is answered by a sentence that
 * names the country ("Norway is not their central focus"), not by one about the group's main effort that
 * never says Norway.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The NLF abroad',
  '',
  'The NLF has grown in the valley over the last year, and officials say it still recruits in the hills and in the towns along the river. Its leaders have moved between the valley and the coast for a decade. At the same time, Norway is not their central focus. The group has also lost ground in the north, where the army has pushed it back from two towns.',
  '',
  '“They have cells in about ten countries including Denmark and Finland, so Norway is just another one of several,” an analyst told the Courier. “It matters because the movement began in Norway. At the same time, their main effort is in Sweden and Estonia.”',
].join('\n');

describe('a yes/no question about a country', () => {
  it('is answered by a sentence naming the country', async () => {
    const { engine } = await articleEngineWithVectors('abroad.md', ARTICLE);
    for (const question of [
      'is norway the main priority for the nlf',
      'hey quick q, is norway the main priority for the nlf',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain('Norway is not their central focus');
    }
  });

  it('leaves a group asked about alone: the sentence may call it "they"', async () => {
    const { engine } = await articleEngineWithVectors('abroad.md', ARTICLE);
    const answer = engine.ask('is the nlf still losing ground');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('lost ground in the north');
  });
});
