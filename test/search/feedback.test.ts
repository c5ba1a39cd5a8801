import { describe, expect, it } from 'vitest';
import { expandWithFeedback } from '../../src/search/feedback.js';

const settings = { passages: 2, terms: 3, weight: 0.2 };
const rarity = (term: string) => ({ common: 0.1 })[term as 'common'] ?? 2;

describe('expandWithFeedback', () => {
  it('adds the rarest words the best passages share, weighed below the question’s own', () => {
    const expanded = expandWithFeedback(
      [{ term: 'vitamin', boost: 1 }],
      [
        { score: 10, terms: ['vitamin', 'vitamin', 'rickets', 'rickets', 'common', 'bone'] },
        { score: 10, terms: ['rickets', 'sunlight', 'common'] },
        // Past `passages`: never read.
        { score: 10, terms: ['unrelated', 'unrelated', 'unrelated'] },
      ],
      rarity,
      settings,
    );
    const boosts = new Map(expanded.map(({ term, boost }) => [term, boost]));
    expect(boosts.get('rickets')).toBeCloseTo(0.2); // the heaviest feedback term gets the full weight
    expect(boosts.get('vitamin')).toBeGreaterThan(1); // an own term the passages repeat is boosted a little
    expect(boosts.get('vitamin')).toBeLessThan(1.2);
    expect(boosts.has('unrelated')).toBe(false);
    expect(boosts.has('common')).toBe(false); // too common to be among the best three
    expect(expanded).toHaveLength(3);
    for (const [term, boost] of boosts) if (term !== 'vitamin') expect(boost).toBeLessThanOrEqual(0.2 + 1e-9);
  });

  it('weighs passages by how far their score is below the best one', () => {
    const expanded = expandWithFeedback(
      [{ term: 'q', boost: 1 }],
      [
        { score: 20, terms: ['top'] },
        { score: 10, terms: ['far'] },
      ],
      () => 1,
      { passages: 2, terms: 5, weight: 0.2 },
    );
    const boosts = new Map(expanded.map(({ term, boost }) => [term, boost]));
    expect(boosts.get('top')).toBeCloseTo(0.2);
    expect(boosts.get('far')!).toBeLessThan(0.001); // e^-10 of the top one's weight
  });

  it('returns the query unchanged when there is nothing to learn from or feedback is off', () => {
    const query = [{ term: 'q', boost: 1 }];
    expect(expandWithFeedback(query, [], rarity, settings)).toEqual(query);
    expect(expandWithFeedback(query, [{ score: 1, terms: [] }], rarity, settings)).toEqual(query);
    expect(
      expandWithFeedback(query, [{ score: 1, terms: ['x'] }], rarity, { ...settings, weight: 0 }),
    ).toEqual(query);
  });
});
