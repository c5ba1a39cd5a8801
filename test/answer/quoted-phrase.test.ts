/**
 * A reader quoting the article back ("what does 'these efforts have failed' refer to") is answered with the
 * sentence holding the quoted words; asked what they mean, with the sentence after too. A quote in a question
 * that asks something else is left to the other stages.
 */
import { describe, expect, it } from 'vitest';
import { phrasesAskedAbout } from '../../src/answer/quoted-phrase.js';
import { articleEngineWithVectors } from './article-engine.js';

const PORT = [
  '# Harbour strike',
  '',
  'Dockers at the port of Velmar walked out on Monday. The owners tried to buy off the union leaders. These efforts have failed.',
  '',
  'The strike was carefully timed. It coincided with the peak of the fishing season, when the port is busiest.',
].join('\n');

describe('a quoted phrase asked about', () => {
  it('is read only when its meaning or reference is asked', () => {
    expect(phrasesAskedAbout("what does 'these efforts have failed' refer to").phrases).toEqual([
      'these efforts have failed',
    ]);
    expect(phrasesAskedAbout('what is meant by “carefully timed”').meaning).toBe(true);
    expect(
      phrasesAskedAbout("which union is 'the union leaders' that the owners tried to buy off").phrases,
    ).toEqual([]);
    expect(phrasesAskedAbout("what does 'strike' refer to").phrases).toEqual([]);
  });

  it('is answered with the sentence holding it, the one before when it points back, the one after for a meaning', async () => {
    const { engine } = await articleEngineWithVectors('port.md', PORT);
    const referred = engine.ask('which efforts is it talking about when it says "these efforts have failed"');
    expect(referred.status).toBe('answered');
    expect(referred.excerpt).toBe(
      'The owners tried to buy off the union leaders. These efforts have failed.',
    );
    const meant = engine.ask("WHAT DOES 'CAREFULLY TIMED' MEAN");
    expect(meant.excerpt).toBe(
      'The strike was carefully timed. It coincided with the peak of the fishing season, when the port is busiest.',
    );
    // Words the articles never wrote are no quote of them.
    expect(engine.ask("what does 'the union was banned' refer to").status).toBe('no_answer');
  });
});
