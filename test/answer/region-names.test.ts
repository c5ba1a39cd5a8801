/** Country names that are also common words ("china", "chad") still name something the articles must hold. */
import { describe, expect, it } from 'vitest';
import { isRegionName } from '../../src/answer/region-names.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Flood relief',
  '',
  'Aid agencies say the floods in the north destroyed two bridges. Japan sent engineers to rebuild them.',
].join('\n');

describe('one-word country names', () => {
  it('knows them from the runtime, and not words of longer names', () => {
    for (const word of ['china', 'chad', 'japan', 'panama']) expect(isRegionName(word), word).toBe(true);
    for (const word of ['south', 'island', 'bridge', 'guinea-bissau'])
      expect(isRegionName(word), word).toBe(false);
  });

  it('declines what a country the articles never name said, and answers one they do', async () => {
    const { engine } = await articleEngineWithVectors('flood.md', ARTICLE);
    const china = engine.ask('what did china say about the floods');
    expect(china.status).toBe('no_answer');
    expect(china.reason?.missing).toEqual(['china']);
    expect(engine.ask('what did japan send after the floods').excerpt).toContain('Japan sent engineers');
  });
});
