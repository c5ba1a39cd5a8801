/**
 * A quotation that goes on past the sentence naming its speaker ("...,” Reuven Ehrlich told the paper. “It
 * matters ... At the same time, their main effort is in the north.”) is still that speaker's: asked "per
 * Ehrlich", the sentence that answers wins over the one that only names him. Names said before that the
 * speaker does not stand for ("Pakistan") are not carried into the quotation.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The group abroad',
  '',
  '“They have spread their effort to offshoots in about ten countries, so Arland is just another one of several,” Reuven Ehrlich of the Information Centre told the Courier. “It is important because the movement was born there. At the same time, their main effort is in the northern valleys.”',
  '',
  'At the same time, Arland is not their central focus, officials said.',
].join('\n');

describe('a quotation going on after its speaker is named', () => {
  it("answers for that speaker from the quotation's later sentence", async () => {
    const { engine } = await articleEngineWithVectors('abroad.md', ARTICLE);
    const answer = engine.ask('where is their main effort, according to ehrlich');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('their main effort is in the northern valleys');
  });

  it('does not carry other names into it', async () => {
    const { engine } = await articleEngineWithVectors('abroad.md', ARTICLE);
    const answer = engine.ask('is arland their main focus');
    expect(answer.excerpt).toContain('Arland is not their central focus');
  });
});
