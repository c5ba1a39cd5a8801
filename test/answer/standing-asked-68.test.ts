/**
 * Session 68: "where did the hawks end up in the table" asks a standing, not a place's name: the sentence that
 * gives one ("finishing fourth out of ten teams") answers, and "table" need not be written. "Where did the
 * Exposition take place", "where does the fun run finish" and "what position does he play" ask no standing.
 */
import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/answer/answer-type.js';
import { asksStanding, givesStanding } from '../../src/answer/placing-asked.js';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const REVIEW = [
  'Darts league – season review',
  '',
  'Posted 28 April by Bev Lowe, team captain',
  '',
  'Our A team played 18 matches in the Mercia Tuesday League and ended the season in third place out of ten, two points behind the Crown.',
  '',
  'The B team had a tougher winter in Division Two, and Ricky Vale hit the only 180 of their season in March.',
  '',
  'The presentation night is at the Swan on 17 May.',
].join('\n');

describe('a standing asked (session 68)', () => {
  it('reads a standing asked and given', () => {
    expect(asksStanding('where did the hawks end up in the table last year')).toBe(true);
    expect(asksStanding('where did the a team finish in the division')).toBe(true);
    expect(asksStanding('where does the fun run finish')).toBe(false);
    expect(asksStanding('what position did the club finish in')).toBe(true);
    expect(asksStanding('where did the exposition take place')).toBe(false);
    expect(asksStanding('what position does von miller play')).toBe(false);
    expect(questionType('where did the hawks end up in the table')).toBe('other');
    expect(givesStanding('finishing fourth out of ten teams')).toBe(true);
    expect(givesStanding('we were the worst in the division last year')).toBe(false);
    expect(givesStanding('she finished last week')).toBe(false);
    expect(givesStanding('Champions League night')).toBe(false);
  });

  it('quotes the sentence giving the standing', async () => {
    const { engine } = await articleEngineWithVectors('darts.txt', REVIEW);
    expectAnswered(engine, [['where did the a team end up in the table', 'third place out of ten']]);
  });
});
