/**
 * A "who" question that asks more than who its names are ("who is X married to") is not answered by a
 * sentence that only names X: it names nobody new and says nothing of the marriage.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harbour fire',
  '',
  'A fire destroyed three warehouses at the Velmora harbour on Sunday night, officials said. Nobody was hurt.',
  '',
  'Marta Quell, the harbour master, said the fire started in a storage shed and spread along the quay.',
  '',
  'Tomas Brenner contributed reporting',
].join('\n');

describe('a "who" question that asks more than its names', () => {
  it('is declined when the excerpt only names the person asked about', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    for (const question of ['who is tomas brenner married to', 'WHO IS TOMAS BRENNER MARRIED TO'])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('still answers "who is X", and a question whose answer names someone new', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    expect(engine.ask('who is marta quell').excerpt).toContain('the harbour master');
    expect(engine.ask('who said the fire started in a shed').excerpt).toContain('Marta Quell');
  });
});
