/**
 * "Which harbour attacks did the front carry out in Dunmore": an attack in a place is asked about, and the
 * article names the place only as an example in a list ("ports like Dunmore and Kilrush"). It says attacks
 * reach the place, nothing of any one of them: declined, and no later passage that never names the place
 * answers instead. A yes/no question about the list, and a place the question lists itself, are answered.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The Crescent Front',
  '',
  'The bombing at a Kilrush market by the Crescent Front killed nine traders and wounded thirty, the worst attack the county has seen in a decade of unrest.',
  '',
  'Analysts note a change in the Front’s tactics: its attacks are no longer confined to villages in the hills but now reach towns like Kilrush and Dunmore, carrying the signature of planned operations.',
  '',
  'The Front has exploited the weakness of the county police, including the collapse of its talks with the farmers’ union, and its leaders have grown bolder with every attack.',
].join('\n');

describe('a place the excerpt names only as an example in a list', () => {
  it('answers no question about an attack there', async () => {
    const { engine } = await articleEngineWithVectors('front.md', ARTICLE);
    for (const question of [
      'which dunmore attacks did the front carry out',
      'what happened in the dunmore attack',
      'why did the front bomb dunmore',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('answers a yes/no question about the list, and one about the attack the article tells of', async () => {
    const { engine } = await articleEngineWithVectors('front.md', ARTICLE);
    const reach = engine.ask('are the fronts attacks reaching dunmore now');
    expect(reach.status).toBe('answered');
    expect(reach.excerpt).toContain('towns like Kilrush and Dunmore');
    const market = engine.ask('what happened in the kilrush attack');
    expect(market.status).toBe('answered');
    expect(market.excerpt).toContain('The bombing at a Kilrush market');
  });
});
