/**
 * Words cut short in chat ("pak" for Pakistan) read as the corpus words they begin, and ordinals written
 * with digits ("2nd") as the word the article uses ("second"); real English words and prefixes of many
 * words are left alone.
 */
import { describe, expect, it } from 'vitest';
import { clippedWordAliases } from '../../src/answer/clipped-words.js';
import { articleEngine } from './article-engine.js';

const ARTICLE = [
  'Ties improve',
  '',
  'Pakistan’s improving ties with the US have angered the group, an analyst said.',
  '',
  'The army retook Mosul, Iraq’s second largest city, in 2017.',
  '',
  'Pakistani officials met in Islamabad, while others went to Islamic schools and to the island.',
].join('\n');

describe('clipped words', () => {
  const vocabulary = ['pakistan', 'pakistani', 'island', 'islam', 'islamabad', 'islamic', 'conflict'];
  const startingWith = (prefix: string, limit: number) => {
    const found = vocabulary.filter((term) => term.startsWith(prefix));
    return found.length > limit ? [] : found;
  };
  const aliasesOf = (word: string) =>
    clippedWordAliases({
      unknown: [word],
      surfaces: new Map([[word, [word]]]),
      termsStartingWith: startingWith,
    });

  it('reads a clipping as the few corpus words it begins', () => {
    expect(aliasesOf('pak')).toEqual([
      { acronym: 'pakistan', longForm: ['pak'] },
      { acronym: 'pakistani', longForm: ['pak'] },
    ]);
  });

  it('reads a clipping that owns something ("pak\'s") as the clipping', () => {
    const aliases = clippedWordAliases({
      unknown: ['pak'],
      surfaces: new Map([['pak', ["pak's"]]]),
      termsStartingWith: startingWith,
    });
    expect(aliases.map((alias) => alias.acronym)).toEqual(['pakistan', 'pakistani']);
  });

  it('leaves English words, short prefixes and prefixes of many words alone', () => {
    expect(aliasesOf('con')).toEqual([]); // an English word means itself
    expect(aliasesOf('pa')).toEqual([]); // too short to say which word
    expect(aliasesOf('isl')).toEqual([]); // begins four corpus words
  });

  it('answers a question that clips a name the article writes out', async () => {
    const { engine } = await articleEngine('ties.md', ARTICLE);
    const answer = engine.ask('hows pak getting along with the us');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Pakistan’s improving ties with the US');
    expect(engine.ask('hows pakx getting along with the us').status).toBe('no_answer');
  });

  it('reads "2nd" as "second"', async () => {
    const { engine } = await articleEngine('ties.md', ARTICLE);
    const answer = engine.ask('which is iraqs 2nd largest city');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('Iraq’s second largest city');
  });
});
