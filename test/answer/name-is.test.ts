/**
 * "IS" read as a name where the verb "is" cannot stand, in any letter case, once an alias gives it a
 * meaning; the verb stays a word search ignores.
 */
import { describe, expect, it } from 'vitest';
import { withNameIs } from '../../src/answer/name-is.js';
import { tokenize } from '../../src/search/analyzer.js';
import { checkAlias } from '../../src/search/taught-aliases.js';
import { articleEngine } from './article-engine.js';

const namesOf = (text: string) =>
  withNameIs(tokenize(text))
    .filter((token) => token.term === 'is')
    .map((token) => token.start);

describe('the name IS', () => {
  it('is read where the verb cannot stand', () => {
    expect(namesOf('does IS have a chain of command')).toEqual([5]);
    expect(namesOf('where is IS putting its effort')).toEqual([9]);
    expect(namesOf("why hasn't IS been able to win")).toEqual([11]);
    expect(namesOf('who has been beating is in syria')).toEqual([21]);
    expect(namesOf('is pakistan IS’s main focus')).toEqual([12]);
    expect(namesOf('what are the new tactics of IS')).toEqual([28]);
    // After a determiner: "another IS attack", "the IS fighters".
    expect(namesOf('was there another IS attack before it')).toEqual([18]);
    expect(namesOf('what did the is fighters do')).toEqual([13]);
  });

  it('is the verb everywhere else', () => {
    expect(namesOf('what is isis')).toEqual([]);
    expect(namesOf('IS IT TRUE that the group is weaker')).toEqual([]);
    expect(namesOf('who is the leader and where is he')).toEqual([]);
  });

  it('can be taught as an alias', () => {
    expect(checkAlias('IS', 'Islamic State')).toEqual({
      alias: { acronym: 'is', longForm: ['islam', 'state'] },
    });
  });

  it('answers through the alias, in any letter case', async () => {
    const { engine } = await articleEngine(
      'group.md',
      [
        '---',
        'aliases: IS = Islamic State',
        '---',
        '# The group',
        '',
        'Islamic State relies on its narrative and decentralization rather than a chain of command.',
        '',
        'The weather in the valley was mild that spring.',
      ].join('\n'),
    );
    for (const question of [
      'does IS have a chain of command',
      'does is have a chain of command',
      'Does Is Have A Chain Of Command',
    ]) {
      const answer = engine.ask(question);
      expect(answer.status).toBe('answered');
      expect(answer.excerpt).toContain('relies on its narrative and decentralization');
    }
  });
});
