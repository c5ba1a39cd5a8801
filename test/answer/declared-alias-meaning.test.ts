/**
 * "What does UNHCR stand for" when only an admin's alias says UNHCR is the refugee agency: the articles never
 * write the name, so they spell nothing out; a name an article defines itself is still spelled out.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '---',
  'aliases: UNHCR = UN refugee agency',
  '---',
  '# Camps in the valley',
  '',
  'The UN refugee agency opened two camps in the valley this winter, and the World Food Programme (WFP) ' +
    'delivers flour to both of them every week.',
  '',
  'The UN refugee agency says the camps hold 4,000 people, most of them families from the northern hills.',
].join('\n');

describe('the meaning of a name', () => {
  it('is not given by the articles when only a declared alias knows the name', async () => {
    const { engine } = await articleEngineWithVectors('camps.md', ARTICLE);
    for (const question of ['what does UNHCR stand for', 'whats unhcr short for', 'what does unhcr mean'])
      expect(engine.ask(question).status).toBe('no_answer');
  });

  it('still answers through the alias otherwise', async () => {
    const { engine } = await articleEngineWithVectors('camps.md', ARTICLE);
    expect(engine.ask('how many people are in the unhcr camps').excerpt).toContain('hold 4,000 people');
  });

  it('is given for a name the article spells out itself', async () => {
    const { engine } = await articleEngineWithVectors('camps.md', ARTICLE);
    expect(engine.ask('what does WFP stand for').excerpt).toContain('World Food Programme (WFP)');
  });
});
