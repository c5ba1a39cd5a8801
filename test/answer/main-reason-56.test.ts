/**
 * "Why is the C team going down" (session 56): the sentence saying that it goes down, then "The main reason was
 * simple: ...": the next sentence, giving the reason for it, is quoted with it.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered } from './article-engine.js';

const REPORT = [
  '# Season Wrap-Up 2023/24',
  '',
  '## The B team: champions!',
  '',
  'The B team won Division Two at a canter. Captain Sandra Whitlow and her regulars won 16 of 18 matches and clinched the title with two fixtures to spare.',
  '',
  '## The C team: down, but not out',
  '',
  'The C team finished bottom of Division One with just three wins and will drop into Division Two. The main reason was simple: we lost two of the four regular players in the autumn. Dev Raman moved to Leeds for work.',
].join('\n');

describe('the main reason, given in the next sentence (session 56)', () => {
  it('is quoted with the sentence telling what it is the reason for', async () => {
    const { engine } = await articleEngineWithVectors('season.md', REPORT);
    expectAnswered(engine, [
      ['Why the C team is going down to Division Two?', 'The main reason was simple: we lost two'],
    ]);
  });
});
