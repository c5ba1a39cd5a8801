/**
 * A word that weighs nothing in a question ("exactly", "get") finds no passages either, nor do its neighbours
 * in meaning: "what exactly does KLF stand for" had ranked a passage of "clear", "sharply" and "precise" first.
 */
import { describe, expect, it } from 'vitest';
import { articleEngineWithVectors, planOf } from './article-engine.js';

const ARTICLE = [
  '# Valley raids',
  '',
  'The recent raid by the Karvia Liberation Front (KLF) was a reminder of the danger in the valley.',
  '',
  'The KLF has carried out raids since 2015, and it seems clear that their activity rose sharply, though ' +
    'the precise count is difficult to confirm.',
].join('\n');

describe('words that weigh nothing', () => {
  it('are left out of the search, with the words near them in meaning', async () => {
    const { engine } = await articleEngineWithVectors('raids.md', ARTICLE);
    for (const question of ['what exactly does KLF stand for', 'WHAT EXACTLY DOES KLF STAND FOR']) {
      const { weights, queryTerms } = planOf(engine, question);
      expect(weights.get('exact')).toBe(0);
      const searched = new Set(queryTerms.map((query) => query.term));
      expect(searched.has('exact')).toBe(false);
      // "precise" and "clear" are the vectors' neighbours of "exactly", not of the question's other words.
      expect(searched.has('precis')).toBe(false);
      expect(searched.has('klf')).toBe(true);
    }
  });

  it('weigh nothing when they only hedge ("mainly"), though the article writes "main"', async () => {
    const { engine } = await articleEngineWithVectors(
      'raids.md',
      '# Valley raids\n\nIn 2019 the KLF began moving its raids from Karvia to the valley. Its main camp lies in the hills.\n',
    );
    expect(
      planOf(engine, 'which country was the KLF mainly raiding from before the valley').weights.get('main'),
    ).toBe(0);
    expect(engine.ask('which country was the KLF mainly raiding from before the valley').excerpt).toContain(
      'from Karvia to the valley',
    );
  });
});
