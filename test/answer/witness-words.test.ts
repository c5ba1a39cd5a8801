/** "How old is the survivor": the articles quote such people by name, rarely by that word. */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';

describe('witness words', () => {
  it('finds the person quoted for "the survivor"', async () => {
    const engine = await Engine.open({ corpusDir: 'corpus', indexPath: '' });
    // The shrine article never says "survivor": it quotes Moahammed Shehzad, who was there.
    const age = engine.ask('how old is the survivor they quoted');
    expect(age.status).toBe('answered');
    expect(age.excerpt).toContain('Moahammed Shehzad, 25');
  });
});
