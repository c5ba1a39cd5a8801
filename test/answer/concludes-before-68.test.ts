/**
 * Session 68: "how come the juniors aren't training on Friday": "... the floodlights failed their safety check.
 * That's why the juniors are off on Friday." A sentence drawing its conclusion ("That's why ...") leaves the
 * cause to the sentence before, which the excerpt then quotes with it.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const NEWS = [
  'Club news – November',
  '',
  'Posted 12 November by Alun Price, club secretary',
  '',
  'Training moves indoors to the school sports hall for the rest of the month.',
  '',
  "On Tuesday the electrician found that two of the floodlight masts had failed their annual safety check. That's why the juniors are off on Friday.",
  '',
  'The Christmas quiz is on 14 December at the Red Lion, with teams of up to six.',
].join('\n');

describe('a conclusion leaves its cause to the sentence before (session 68)', () => {
  it('quotes the cause with the conclusion', async () => {
    const { engine } = await articleEngineWithVectors('club.txt', NEWS);
    const answer = engine.ask("how come the juniors aren't training on friday");
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('failed their annual safety check');
  });
});
