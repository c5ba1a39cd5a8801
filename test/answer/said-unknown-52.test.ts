/**
 * Not known of what the sentence before said, pointed back to (session 52): "A box of Peco track went missing
 * from the store room. We never found out who took them." leaves "who nicked the track" open, however the
 * question names the deed. "We've no idea how many of them ..." leaves only part of a count open.
 */
import { describe, it } from 'vitest';
import { articleEngineWithVectors, expectAnswered, expectDeclined } from './article-engine.js';

const SHOW = [
  '# Kingsmead model railway show: notes for exhibitors',
  '',
  'One sore point: a box of Peco track and two controllers went missing from the store room after last year’s show. We never found out who took them, and the centre’s cameras did not cover that corridor.',
  '',
  'We had 147 entries across seven classes, up from 118 last year. The gate counted 1,240 visitors over the weekend, though we’ve no idea how many of them came both days.',
].join('\n');

describe('not known of what came before (session 52)', () => {
  it('declines who did it when the article never found out', async () => {
    const { engine } = await articleEngineWithVectors('railway-show.md', SHOW);
    expectDeclined(engine, [
      'did they ever find out who nicked the peco track from the store room',
      'did anyone find out who pinched the peco track from the store room?',
    ]);
  });

  it('still answers a count beside a part left unknown', async () => {
    const { engine } = await articleEngineWithVectors('railway-show.md', SHOW);
    expectAnswered(engine, [['how many entrys were there this yr compared to last', '147 entries']]);
  });
});
