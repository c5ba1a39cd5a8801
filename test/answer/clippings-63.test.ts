/**
 * Session 63: clippings a chat writes ("pts", "wknd", "tmrw", "xmas") are the words they clip. A bare "pts"
 * was read as a name the articles never use, and the answer declined ("The articles I have say nothing about
 * “pts”").
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const LEAGUE = [
  '---',
  'title: Ashby Netball League: end of season notes',
  '---',
  '',
  'Posted by Carys Dunmore, league secretary.',
  '',
  'The Netbusters won Division One with 48 points from 17 games, four clear of Goal Diggers.',
  '',
  'We had 38 people at the presentation weekend in Harrowgate, up from 24 last year.',
  '',
  'The Christmas social will be at the Crown on Friday 19 December, tickets £15.',
].join('\n');

describe('chat clippings (session 63)', () => {
  it('reads "pts", "wknd" and "xmas" as the words they clip', async () => {
    const { engine } = await articleEngineWithVectors('league.md', LEAGUE);
    expectAnswered(engine, [
      ['how many pts did the netbusters end up on', 'with 48 points'],
      ['how many ppl came to the presentation wknd', '38 people'],
      ['when is the xmas do', 'Friday 19 December'],
    ]);
    // Read as "points", it still answers only what the article says: no 2019 table.
    expect(engine.ask('how many pts did the netbusters get in 2019').status).toBe('no_answer');
  });
});
