/**
 * "All up", "all told" after "how many" ask for the total (session 53), as "all together" did: "how many did
 * kestrel bag all up" is answered by "... 37 in total".
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RECAP = [
  '# Winter league recap',
  '',
  'Kestrel was our top scorer with 31 goals in the league and another 6 in the cup, 37 in total.',
  '',
  'Flint kept 9 clean sheets in the league.',
].join('\n');

describe('a total asked as "all up" (session 53)', () => {
  it('quotes the total', async () => {
    const { engine } = await articleEngineWithVectors('winter-recap.md', RECAP);
    expectAnswered(engine, [
      ['how many did kestrel bag all up incl the cup', '37 in total'],
      ['how many goals did kestrel get all told', '37 in total'],
    ]);
  });
});
