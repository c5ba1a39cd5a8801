/**
 * Session 64: "who is gonna run the thursday mornings after kirsty goes" asks who follows Kirsty, as "who is
 * taking over" did (successor.ts): the sentence telling that she is leaving does not say, and is no answer.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const GROUP = [
  'Little Acorns Toddler Group: summer term news',
  '',
  'From Hannah Wyse, group leader.',
  '',
  "We're sad to be losing Kirsty Bale, who has led the Thursday mornings for three years, because her family is moving to Leeds in July.",
  '',
  'Our treasurer, Omar Reid, is stepping down at the AGM and Priya Das will take over from him.',
].join('\n');

describe('who follows someone leaving (session 64)', () => {
  it('is answered only where someone is said to follow', async () => {
    const { engine } = await articleEngineWithVectors('group.txt', GROUP);
    expectDeclined(engine, [
      'who is gonna run the thursday mornings after kirsty goes',
      'who will lead thursdays once kirsty leaves',
    ]);
    expectAnswered(engine, [
      ['who is doing the books after omar steps down', 'Priya Das will take over'],
      ['why is kirsty leaving', 'her family is moving to Leeds'],
    ]);
  });
});
