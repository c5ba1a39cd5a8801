/**
 * "The second half" of a game places a moment, it counts nothing: "how many people helped out" is not answered
 * by "went down in the 8th jam of the second half and was helped off by the first aiders" (session 62; the
 * twenty-third six's roller derby recap, asked twice of its cider day's volunteers). "Half the crowd" still
 * counts.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const RECAP = [
  '---',
  'title: Harbour City Rollers bout recap',
  '---',
  '',
  '# Harbour City Rollers 162, Mill Town Maulers 140',
  '',
  'Posted by Dana Whitlock, team captain, on 12 March.',
  '',
  'What a night at the Drill Hall! We were down by 12 at half-time, but the second half was all ours.',
  '',
  'Jo "Jinx" Harper went down hard in the 8th jam of the second half and was helped off by the first aiders. It\'s a bruised hip and she should be back for the April bout.',
  '',
  "A crew of volunteers set up the track and the seating before the doors opened, and the bar was run by the parents' committee.",
  '',
  'Door takings came to £1,240, which goes towards the new flat-track tape. Half the crowd stayed on for the after-party at the Anchor.',
].join('\n');

describe('a half of a game (session 62)', () => {
  it('counts nothing', async () => {
    const { engine } = await articleEngineWithVectors('recap.md', RECAP);
    expect(engine.ask('how many people helped out at the bout').status).toBe('no_answer');
    expectAnswered(engine, [
      ['how many stayed for the after party', 'Half the crowd stayed on'],
      ['what was the score at half time', 'down by 12 at half-time'],
    ]);
  });
});
