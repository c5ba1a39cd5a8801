/**
 * Session 63: a slip whose stem is another English word's ("acident": "acid", "buyed": "buy") was judged a
 * name by that word's frequency, and the answer declined as if a name were missing ("The articles I have say
 * nothing about “acident”"). It is judged as the slip it is; a name the articles lack still declines.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const CAFE = [
  '---',
  'title: Meeple & Mug winter league notes',
  '---',
  '',
  'Posted by Dana Ruiz, league organiser.',
  '',
  'A spilled latte destroyed a copy of Wingspan last season, and the replacement cost the café $65. From now on, drinks stay on the side tables.',
  '',
  'The league radio was bought second-hand in 2009 and is now fifteen years old.',
].join('\n');

describe('slips whose stem is another word (session 63)', () => {
  it('reads "acident" as a slip, not a name the articles lack', async () => {
    const { engine } = await articleEngineWithVectors('cafe.md', CAFE);
    expectAnswered(engine, [
      ['how much did the latte acident cost the cafe?', 'the replacement cost the café $65'],
    ]);
    const named = engine.ask('how much did the latte acident cost at the Kingsway cafe?');
    expect(named.status).toBe('no_answer');
    expect(named.reason?.missing).toEqual(['kingsway']);
    // Asked in words the article does not use ("coffee"), it is not answered, but not for want of "acident".
    const unanswered = engine.ask('how much did the coffee acident cost the cafe?');
    expect(unanswered.status).toBe('no_answer');
    expect(unanswered.reason?.missing ?? []).toEqual([]);
  });
});
