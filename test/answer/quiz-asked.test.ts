/** Questions put as a quiz host would: a label first ("trivia time -", "true or false:"), a blank for the answer. */
import { describe, expect, it } from 'vitest';
import { withBlankAsked } from '../../src/answer/in-situ.js';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# Bridge collapse',
  '',
  'The old rail bridge over the Tamar collapsed in 1911 after a week of floods.',
  '',
  'Eleven workers were injured when the second span fell. The engineer, Harriet Vane, had warned the council.',
].join('\n');

describe('quiz questions', () => {
  it('reads the question after a quiz label', async () => {
    const { engine } = await articleEngineWithVectors('bridge.md', ARTICLE);
    for (const asked of [
      'trivia time - how many workers were injured when the span fell',
      'trivia: how many workers were injured when the span fell?',
      'pop quiz: how many workers were injured when the span fell',
    ]) {
      const answer = engine.ask(asked);
      expect(answer.status, asked).toBe('answered');
      expect(answer.excerpt, asked).toContain('Eleven workers were injured');
    }
    // The label is no part of what is asked: its words ("time") weigh nothing.
    expect(planOf(engine, 'trivia time - how many workers were injured').asked).toBe(
      'how many workers were injured',
    );
    expect(planOf(engine, 'quiz: who had warned the council?').asked).toBe('who had warned the council?');
    // A claim to check after "true or false:" is answered by what settles it.
    const claim = engine.ask('true or false: the engineer warned the council');
    expect(claim.status).toBe('answered');
    expect(claim.excerpt).toContain('had warned the council');
    // A quiz label changes nothing the articles lack.
    expect(engine.ask('trivia time - how much did the new bridge cost').status).toBe('no_answer');
  });

  it('reads a blank as what is asked', async () => {
    expect(withBlankAsked('the bridge collapsed in the year ____')).toBe('the bridge collapsed in what year');
    expect(withBlankAsked('the engineer was ___')).toBe('the engineer was what');
    expect(withBlankAsked('why did the_bridge fall')).toBe('why did the_bridge fall');
    const { engine } = await articleEngineWithVectors('bridge.md', ARTICLE);
    const answer = engine.ask('fill in the blank: the rail bridge over the tamar collapsed in the year ____');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('collapsed in 1911');
  });
});
