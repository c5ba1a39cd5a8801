import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { articleOf } from '../../bench/datasets/articles.js';

const corpus = [
  articleOf('vitamins.txt', 'Vitamins', [
    'Vitamin deficiency in children causes rickets. Rickets softens growing bones.',
    'Vitamin supplements are sold in most pharmacies.',
  ]),
  articleOf('cities.txt', 'Industrial cities', [
    'Rickets was common in smoky industrial cities, where children saw little sunlight and their bones grew soft.',
  ]),
  articleOf('lungs.txt', 'Lungs', ['Asthma narrows the airways of the lungs.', 'Smoking damages the lungs.']),
  articleOf('trains.txt', 'Trains', ['Steam trains carried coal between the cities.']),
];

describe('pseudo-relevance feedback in the product search', () => {
  const engine = Engine.fromArticles(corpus);

  it('a topic lookup also finds the passage that never uses its words', () => {
    const ids = engine.search('vitamin deficiency', { limit: 10 }).map((hit) => hit.passageId);
    expect(ids[0]).toBe('vitamins.txt#1');
    // Only the feedback terms (rickets, bones, children) reach it.
    expect(ids).toContain('cities.txt#1');
    expect(ids).not.toContain('trains.txt#1');
  });

  it('an answer quotes the question’s own words: it does not search again with feedback', () => {
    const answer = engine.ask('vitamin deficiency');
    expect(answer.excerpt).toContain('Vitamin deficiency in children causes rickets.');
    expect(answer.citations.map((c) => c.passageId)).not.toContain('cities.txt#1');
  });

  it('a question searches its own words only', () => {
    const ids = engine.search('What does vitamin deficiency cause?', { limit: 10 }).map((h) => h.passageId);
    expect(ids[0]).toBe('vitamins.txt#1');
    expect(ids).not.toContain('cities.txt#1');
  });
});
