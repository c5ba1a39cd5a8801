/**
 * A question about the hurt, the arrested or the kidnapped is answered only by an excerpt that names that
 * fate: sharing the event's words says nothing of arrests.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Market fire in Port Elm',
  '',
  'A fire broke out in the covered market of Port Elm on Monday night and destroyed forty stalls of fruit, fish and cloth. Firefighters from three towns fought the flames until dawn, and the roads around the square stayed closed until noon.',
  '',
  '“The smoke was so thick that we could not see our own hands. Everyone was running and shouting for help,” Maria Lopez, a fruit seller who had worked in the market for twenty years, told the local radio on Tuesday.',
  '',
  'Two firefighters were injured when a roof beam fell on them near the fish hall. The mayor said the market would be rebuilt within a year, with money from the town and from a national fund for small traders.',
].join('\n');

describe('a fate asked about', () => {
  it('declines when the excerpt names no arrest or injury', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    for (const question of [
      'was anyone arrested after the market fire',
      'WAS ANYONE ARRESTED AFTER THE MARKET FIRE',
      'was maria lopez injured in the fire',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('answers with the sentence that names it', async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    const answer = engine.ask('were any firefighters injured');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Two firefighters were injured');
  });

  it("reads a loss of one's own people as a death the excerpt must tell of", async () => {
    const { engine } = await articleEngineWithVectors('fire.md', ARTICLE);
    for (const question of [
      'did maria lopez lose any of her family in the fire',
      'Did Maria Lopez lose anyone in the market fire?',
      "did any of maria lopez's family members die in the fire",
      'did any of the stallholders families die in the fire',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
    const { engine: told } = await articleEngineWithVectors(
      'flood.md',
      '# Flood\n\nThe river rose in the night. Tom Reed lost his brother, who died when the bridge fell.\n',
    );
    const answer = told.ask('did tom reed lose any of his family in the flood');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('lost his brother');
    expect(told.ask("did any of tom reed's brothers die in the flood").excerpt).toContain('lost his brother');
  });
});
