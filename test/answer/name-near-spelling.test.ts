/**
 * A name the articles never use is found only through its own near-spellings ("qaeda" / "Qaida"), never
 * through a word news text puts beside it ("washington" ~ "state", cosine 0.74).
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Border talks',
  '',
  'The state government said on Friday that the border crossing will reopen next month. Officials blamed al-Qaida for the attack on the crossing in March.',
  '',
  'Traders said the closure had cost them most of the harvest season.',
].join('\n');

describe('names the articles never use', () => {
  it('declines a name whose only neighbours are other words, saying which name', async () => {
    const { engine } = await articleEngineWithVectors('border.md', ARTICLE);
    for (const question of ['what did washington say about the border crossing', 'WHAT DID WASHINGTON SAY'])
      expect(engine.ask(question).status, question).toBe('no_answer');
    expect(engine.ask('what did washington say about the border crossing').reason?.missing).toEqual([
      'washington',
    ]);
  });

  it('still reads a name spelled another way', async () => {
    const { engine } = await articleEngineWithVectors('border.md', ARTICLE);
    const answer = engine.ask('who did officials blame for the attack, al qaeda?');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Officials blamed al-Qaida');
    expect(engine.ask('did officials blame al qaeda for the attack').excerpt).toContain('blamed al-Qaida');
  });
});
