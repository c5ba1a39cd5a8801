/**
 * A cause asked in any case and in more words (session 54): "Why ..." typed with a capital asks for a cause as
 * "why ..." does (until now only the lower-case form did), and so do "what's behind", "for what reason", "what
 * led to".
 */
import { describe, expect, it } from 'vitest';
import { asksCause } from '../../src/answer/reason-given.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const UPDATE = [
  '# Hillside Community Transport: summer changes',
  '',
  'From 1 July the passenger fare goes up to 55p per mile, and the minimum charge rises to £7. The trustees',
  'agreed this at their meeting on 14 April, mainly because parking charges at the county hospital have gone up',
  'from £3.20 to £4.50.',
  '',
  'The booking line will open at 9am instead of 9.30am on weekdays from 1 July.',
].join('\n');

describe('a cause asked in any case and in more words (session 54)', () => {
  it('reads capitalised and longer ways of asking why', () => {
    for (const question of [
      'Why did the wall collapse?',
      'How come the hall shut early',
      'What caused the fire?',
      "What's behind the fare rise?",
      'For what reason did they change the route?',
      'what led to the price going up',
    ])
      expect(asksCause(question), question).toBe(true);
    expect(asksCause('What is the fare now?')).toBe(false);
  });

  it('answers with the sentence that gives the cause', async () => {
    const { engine } = await articleEngineWithVectors('transport-changes.md', UPDATE);
    expectAnswered(engine, [
      ["What's behind the fare rise?", 'mainly because parking charges'],
      ['Why is the fare going up?', 'mainly because parking charges'],
    ]);
  });
});
