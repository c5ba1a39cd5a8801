/**
 * A word that only shares its stem with the question's ("capitalized" for "capital") is matched as a related
 * word, not as the word asked for; inflected forms ("attacks" for "attacked") stay exact matches.
 */
import { describe, expect, it } from 'vitest';
import { articleEngine } from './article-engine.js';
import { MATCH_SETTINGS } from '../../src/answer/term-match.js';
import { termOf } from '../../src/search/analyzer.js';

async function excerptFor(question: string, text: string) {
  const { article, engine } = await articleEngine('a.md', `Notes\n\n${text}\n`);
  const passage = article.passages.find((p) => p.text.includes(text.slice(0, 20)))!;
  return engine.pickExcerpt(question, passage)!;
}

describe('derived words in excerpts', () => {
  const capital = termOf('capital')!;

  it('matches a derived word at the related-word strength, outside the exactly covered words', async () => {
    const excerpt = await excerptFor(
      'what is the capital of the province',
      'The group capitalized on weak security in the province.',
    );
    expect(excerpt.matches.get(capital)).toBe(MATCH_SETTINGS.derivedStrength);
    expect(excerpt.covered.has(capital)).toBe(false);
  });

  it('keeps the word itself and its inflected forms exact', async () => {
    const same = await excerptFor(
      'what is the capital of the province',
      'The capital of the province is Quetta.',
    );
    expect(same.matches.get(capital)).toBe(1);
    const inflected = await excerptFor('who attacked the shrine', 'Three attacks hit the shrine last year.');
    expect(inflected.matches.get(termOf('attacked')!)).toBe(1);
  });
});
