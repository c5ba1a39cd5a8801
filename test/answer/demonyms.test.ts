/** A people's word ("pakistanis", "afghan") reads as its country's name where the articles use only that. */
import { describe, expect, it } from 'vitest';
import { regionOfDemonym } from '../../src/answer/region-names.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Harvest report',
  '',
  'Farmers in Pakistan planted more wheat this year after the rains returned. Traders in Afghanistan paid more for flour than a year before.',
  '',
  'The river rose twice in the spring. Boats carried grain to the markets downstream.',
].join('\n');

describe('demonyms', () => {
  it('finds the country of regular forms, and nothing for other words', () => {
    const pairs: Array<[string, string]> = [
      ['pakistanis', 'pakistan'],
      ['afghan', 'afghanistan'],
      ['syrian', 'syria'],
      ['iraqi', 'iraq'],
      ['chinese', 'china'],
      ['german', 'germany'],
      ['canadians', 'canada'],
    ];
    for (const [word, region] of pairs) expect(regionOfDemonym(word), word).toBe(region);
    for (const word of ['pak', 'human', 'woman', 'pakistan', 'french', 'iran'])
      expect(regionOfDemonym(word), word).toBeUndefined();
  });

  it('answers in the words of the people, and still declines a country the articles never name', async () => {
    const { engine } = await articleEngineWithVectors('harvest.md', ARTICLE);
    const farmers = engine.ask('what did pakistani farmers grow more of');
    expect(farmers.status).toBe('answered');
    expect(farmers.excerpt).toContain('Farmers in Pakistan planted more wheat');
    // As sure as when the question names the country itself (a soft match of 0.8 would be less sure).
    const asPeople = engine.ask('did pakistani farmers plant more wheat');
    const asCountry = engine.ask('did pakistan farmers plant more wheat');
    expect(asPeople.excerpt).toBe(asCountry.excerpt);
    expect(asPeople.confidence).toBeCloseTo(asCountry.confidence!, 6);
    const afghans = engine.ask('did the afghans pay more for flour');
    expect(afghans.excerpt).toContain('Traders in Afghanistan paid more for flour');
    expect(engine.ask('what did kenyan farmers grow more of').status).toBe('no_answer');
  });
});
