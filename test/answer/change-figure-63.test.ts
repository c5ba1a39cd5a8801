/**
 * Session 63: "how much have the umpire expenses gone up by" asks the size of a change; an excerpt saying only
 * that there was one gives no size. One that writes a figure answers.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const LEAGUE = [
  '---',
  'title: Ashby Netball League AGM notice',
  '---',
  '',
  'Posted by Carys Dunmore, league secretary.',
  '',
  'On top of that, umpire expenses went up at the county level last October.',
  '',
  'The leisure centre has put court hire up from £42 to £48 an hour from 1 September.',
].join('\n');

describe('the size of a change asked (session 63)', () => {
  it('declines an excerpt that writes no figure, answers one that does', async () => {
    const { engine } = await articleEngineWithVectors('league.md', LEAGUE);
    expect(engine.ask('how much have the county umpire expenses gone up by').status).toBe('no_answer');
    expectAnswered(engine, [['how much has court hire gone up by', 'from £42 to £48 an hour']]);
  });
});
