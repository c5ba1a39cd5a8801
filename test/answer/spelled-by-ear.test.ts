/**
 * A short word typed by ear, two letters off ("damaj", "becum"), reads as the corpus word that sounds the
 * same, not as an English word one letter off that the corpus lacks ("begum"); a common English word one
 * letter off that sounds the same is what was meant instead ("folow": "follow").
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const PORT = [
  '# Harbour strike',
  '',
  'The storm caused widespread damage at the harbour. The fight for the port has become a symbol for the union.',
  '',
  'Most of the dockers follow the older union.',
].join('\n');

describe('a word spelled by ear', () => {
  it('reads as the corpus word that sounds the same', async () => {
    const { engine } = await articleEngineWithVectors('port.md', PORT);
    const damage = engine.ask('how bad was the damaj at the harbour');
    expect(damage.status).toBe('answered');
    expect(damage.excerpt).toContain('widespread damage');
    expect(damage.correctedQuestion).toBe('how bad was the damage at the harbour');
    const become = engine.ask('wat has the fight for the port becum');
    expect(become.excerpt).toContain('has become a symbol');
  });

  it('is the common English word one letter off when one sounds the same', async () => {
    const { engine } = await articleEngineWithVectors('port.md', PORT);
    const answer = engine.ask('which union do most dockers folow');
    expect(answer.excerpt).toContain('follow the older union');
    expect(answer.correctedQuestion ?? '').not.toContain('fellow');
  });
});
