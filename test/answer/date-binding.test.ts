/**
 * A "when" question is answered by a date of the event it asks about: a date inside a relative clause
 * after the event ("advancing toward Corvin, the second city, which the gang took over in 2015") dates the
 * clause's own event; one beside the event, or later in its sentence, dates it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The valley war',
  '',
  'In the north, an army coalition has been advancing toward Corvin, the second largest city of Arland, which the gang took over in 2015.',
  '',
  'The coalition was formed in 2019 by four valley towns.',
  '',
  'Martin Dale was born to a farming family in the hill village of Brask on 10 November 1983.',
].join('\n');

describe('a date answers "when" only for its own event', () => {
  it('not for an event named before a relative clause holding the date', async () => {
    const { engine } = await articleEngineWithVectors('war.md', ARTICLE);
    expect(engine.ask('when did the coalition start advancing toward corvin').status).toBe('no_answer');
  });

  it('for the event beside it, or named early in a long sentence', async () => {
    const { engine } = await articleEngineWithVectors('war.md', ARTICLE);
    for (const [question, fragment] of [
      ['when did the gang take over corvin', 'took over in 2015'],
      ['when was the coalition formed', 'formed in 2019'],
      ['when was martin dale born', '10 November 1983'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.status, question).toBe('answered');
      expect(answer.excerpt, question).toContain(fragment);
    }
  });
});
