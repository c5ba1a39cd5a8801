/**
 * "Which African country": a country of that continent answers, not the continent itself ("in Syria and
 * Africa") nor a country elsewhere (Syria).
 */
import { describe, expect, it } from 'vitest';
import type { ExcerptChoice } from '../../src/answer/align.js';
import { continentAsked, continentCountryUnnamed } from '../../src/answer/continents.js';
import type { QueryPlan } from '../../src/answer/query-plan.js';
import { articleEngineWithVectors } from './article-engine.js';

const ARTICLE = [
  '# Strikes and offshoots',
  '',
  'Recent American airstrikes against the NLF in Syria and Africa appear to have provoked the group.',
  '',
  'The NLF has fighters in Yemen and Iraq, an analyst said.',
].join('\n');

describe('a country of a continent', () => {
  it('is asked by the continent’s adjective', () => {
    expect(continentAsked('which african country did they hit')).toBe('AF');
    expect(continentAsked('In Which European Nations do they recruit?')).toBe('EU');
    expect(continentAsked('which south american countries')).toBe('SA');
    expect(continentAsked('which country did they hit')).toBeUndefined();
  });

  it('is not answered by the continent or a country of another', async () => {
    const { engine } = await articleEngineWithVectors('strikes.md', ARTICLE);
    for (const question of [
      'which african country did the american airstrikes hit',
      'WHICH AFRICAN COUNTRIES WERE HIT BY THE AIRSTRIKES?',
    ])
      expect(engine.ask(question).status, question).toBe('no_answer');
  });

  it('is answered by a country of that continent, by its name or a common alias', () => {
    const asked = { asked: 'which african countries does the group have offshoots in' } as QueryPlan;
    const excerpt = (text: string) => ({ text }) as ExcerptChoice;
    expect(continentCountryUnnamed(asked, excerpt('offshoots in Libya and Egypt'))).toBe(false);
    expect(continentCountryUnnamed(asked, excerpt('offshoots in the Ivory Coast'))).toBe(false);
    expect(continentCountryUnnamed(asked, excerpt('offshoots in Syria and Africa'))).toBe(true);
    expect(continentCountryUnnamed(asked, excerpt('offshoots in Nigeriana'))).toBe(true);
  });

  it('is answered by a country of that continent though the articles never write its adjective', async () => {
    const { engine } = await articleEngineWithVectors(
      'restricted.md',
      '# The group today\n\nThe NLF has been restricted today largely to Iraq, where it could well face defeat.',
    );
    const answer = engine.ask('which asian country is the nlf restricted to');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Iraq');
  });

  it('keeps the adjective’s weight where the articles write it ("American airstrikes")', async () => {
    const { engine } = await articleEngineWithVectors(
      'strikes.md',
      '# Ties and strikes\n\nThe port’s improving ties with the US, coupled with recent American airstrikes ' +
        'against the NLF in Syria, appear to have provoked the group.\n\nMarket traders said the north road ' +
        'was closed for a week.',
    );
    const answer = engine.ask('which north american country carried out airstrikes against the nlf');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('American airstrikes');
  });
});
