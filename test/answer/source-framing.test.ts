/**
 * An article named by its outlet ("according to the kessel herald", "what does the kessel herald say about
 * ..."): the outlet comes from the article's web address, is kept per scope as files come and go, and is read
 * as "the article", not as words its answer must hold. On articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { withSourceAsArticle } from '../../src/answer/source-framing.js';
import { SourceNames, sourceNameOf } from '../../src/corpus/source-names.js';
import { articlesEngineWithVectors, expectAnswered, expectDeclined, planOf } from './article-engine.js';

const HERALD = [
  '- The Kessel Herald - https://www.thekesselherald.com/floods -',
  '',
  'Floods in the Kessel valley',
  '',
  'The floods killed at least 31 people in the Kessel valley and wounded more than 60.',
  '',
  'The council has lost significant ground in the hills since the spring.',
  '',
  'Anna Pryce contributed reporting.',
].join('\n');

const GAZETTE = [
  '- Varna Gazette - https://varnagazette.co.uk/riot -',
  '',
  'Riot at the Varna docks',
  '',
  'The riot at the docks killed at least 12 workers, police said.',
].join('\n');

describe('the outlet an address names', () => {
  it('is the host label before the public suffix', () => {
    expect(sourceNameOf('https://www.thekesselherald.com/floods')).toBe('thekesselherald');
    expect(sourceNameOf('https://varnagazette.co.uk/riot')).toBe('varnagazette');
    expect(sourceNameOf('https://edition.reuters.com/x')).toBe('reuters');
    // Too short to tell from a word of a question, an address by number, or no address at all.
    expect(sourceNameOf('https://www.bbc.co.uk/news')).toBeUndefined();
    expect(sourceNameOf('http://10.0.0.7/page')).toBeUndefined();
    expect(sourceNameOf(undefined)).toBeUndefined();
    expect(sourceNameOf('not a url')).toBeUndefined();
  });

  it('is kept per scope, and while any file of that outlet is left', () => {
    const names = new SourceNames();
    names.add('a.txt', 'global', 'https://thekesselherald.com/a');
    names.add('b.txt', 'global', 'https://thekesselherald.com/b');
    names.add('guilds/1/c.txt', '1', 'https://varnagazette.com/c');
    expect(names.visibleTo(['global'])).toEqual(['thekesselherald']);
    expect(names.visibleTo(['global', '1']).sort()).toEqual(['thekesselherald', 'varnagazette']);
    names.remove('a.txt');
    expect(names.visibleTo(['global'])).toEqual(['thekesselherald']);
    names.remove('b.txt');
    expect(names.visibleTo(['global'])).toEqual([]);
    // A file read again with another address keeps only the new one.
    names.add('guilds/1/c.txt', '1', 'https://thekesselherald.com/c');
    expect(names.visibleTo(['1'])).toEqual(['thekesselherald']);
  });
});

describe('a question naming an article by its outlet', () => {
  const names = ['thekesselherald', 'varnagazette'];

  it('reads the outlet as the article where it is the source', () => {
    expect(withSourceAsArticle('according to the kessel herald how many died', names)).toBe(
      'according to the article how many died',
    );
    expect(withSourceAsArticle('what does the Kessel Herald say about the floods', names)).toBe(
      'what does the article say about the floods',
    );
    expect(withSourceAsArticle('where did the council lose ground, kessel herald says', names)).toBe(
      'where did the council lose ground, the article says',
    );
    expect(withSourceAsArticle('what do analysts in the varna gazette piece say', names)).toBe(
      'what do analysts in the article say',
    );
    expect(withSourceAsArticle('how many died per kesselherald', names)).toBe(
      'how many died per the article',
    );
    expect(withSourceAsArticle('which saint? the varna gazette one', names)).toBe('which saint? the article');
  });

  it('leaves it alone elsewhere, and when the question asks who wrote the piece', () => {
    for (const question of [
      'did the kessel herald send a reporter',
      'who wrote the kessel herald piece',
      'what is the herald of the kessel valley',
    ])
      expect(withSourceAsArticle(question, names)).toBe(question);
    expect(withSourceAsArticle('according to the kessel herald how many died', [])).toBe(
      'according to the kessel herald how many died',
    );
  });

  it('is answered from the articles, and only where the outlet is known', async () => {
    const engine = await articlesEngineWithVectors([
      ['herald.txt', HERALD],
      ['gazette.txt', GAZETTE],
    ]);
    expectAnswered(engine, [
      ['according to the kessel herald how many died in the floods', 'killed at least 31'],
      ['what does the kessel herald say the council has lost', 'lost significant ground'],
      ['how many died at the docks, the varna gazette says', 'killed at least 12 workers'],
      ['who wrote the kessel herald piece', 'Anna Pryce contributed reporting'],
    ]);
    expectDeclined(engine, ['according to the kessel herald how many cattle drowned']);
    // The answer repeats the question as it was asked, outlet and all.
    expect(engine.ask('according to the kessel herald how many died in the floods').question).toBe(
      'according to the kessel herald how many died in the floods',
    );
    expect(planOf(engine, 'according to the kessel herald how many died').terms).not.toContain('herald');
    // An outlet no article of these scopes comes from stays a word of the question.
    expect(planOf(engine, 'according to the daily planet how many died').terms).toContain('planet');
  });
});
