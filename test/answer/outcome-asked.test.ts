/**
 * "How did the council's gamble with Brightway turn out": how something ended is asked, and the sentence that
 * says so in a word of outcome ("has backfired") answers, though another names the council and Brightway.
 */
import { describe, expect, it } from 'vitest';
import { outcomeAsked } from '../../src/answer/outcome.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# The harbour deal',
  '',
  'The Harbour Council signed a contract with Brightway Holdings in 2019, handing Brightway the old docks ' +
    'in exchange for a new ferry terminal, a sea wall and two hundred homes for families on the waiting list.',
  '',
  'Brightway has since sold half of the docks to a hotel chain, and the council has gone to court against ' +
    'Brightway twice over the missing homes. Fishermen who used the old docks now moor their boats four miles ' +
    'up the coast, at a slipway the county built in the 1960s. The council’s gambit, it seems, has backfired.',
].join('\n');

describe('an outcome asked', () => {
  it('is read from the ways people ask it', () => {
    expect(outcomeAsked('how did the gamble with brightway turn out')).toBeDefined();
    expect(outcomeAsked('so did the deal pay off or nah')).toBeDefined();
    expect(outcomeAsked('whats the final verdict on the deal')).toBeDefined();
    // A noun "end" asks no outcome, nor does a question of how something was done.
    expect(outcomeAsked('How did Denver score at the end of the drive?')).toBeUndefined();
    expect(outcomeAsked('how did the council sign the contract')).toBeUndefined();
  });

  it('is answered by the sentence saying how it ended', async () => {
    const { engine } = await articleEngineWithVectors('harbour.md', ARTICLE);
    for (const question of [
      "so how did the council's gamble with brightway turn out",
      'how did the councils gamble with brightway end up',
      'so how did the council gamble with brightway end up turning out',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status).toBe('answered');
      expect(answer.excerpt).toContain('has backfired');
    }
  });
});
