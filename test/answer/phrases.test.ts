/**
 * Phrases that mean one thing ("set up", "get rid of", "took advantage of") are matched by their WordNet
 * synonyms ("establish", "eliminate", "capitalized"): read from the question's words, with the real table.
 */
import { describe, expect, it } from 'vitest';
import { articleEngine } from './article-engine.js';
import { phraseSynonyms } from '../../src/answer/phrases.js';
import { tokenize } from '../../src/search/analyzer.js';
import { openSynonyms } from '../../src/search/synonyms/store.js';
import { Synonyms } from '../../src/search/synonyms/synonyms.js';
import { DEFAULT_VECTORS_PATH } from '../../src/search/vectors/store.js';
import { openTermVectors } from '../../src/search/vectors/term-vectors.js';

const table = Synonyms.fromTable({ set_up: ['establish', 'found'], take_advantag: ['capit'] });
const relatedness = { synonyms: (term: string) => table.of(term) };
const read = (question: string) =>
  Object.fromEntries(phraseSynonyms(tokenize(question), question, relatedness as never));

describe('phrases in a question', () => {
  it('gives each content word of a phrase the phrase’s synonyms, whatever form its verb takes', () => {
    expect(read('what does the group want to set up')).toEqual({ set: ['establish', 'found'] });
    expect(read('Setting up what?')).toEqual({ set: ['establish', 'found'] });
    expect(read('who said they took advantage of it')).toEqual({ take: ['capit'], advantag: ['capit'] });
  });

  it('reads only words standing together, and nothing without the table', () => {
    expect(read('what did they set, up there')).toEqual({});
    expect(read('set the table up')).toEqual({});
    const none = phraseSynonyms(tokenize('set up'), 'set up', undefined);
    expect(none.size).toBe(0);
  });

  it('answers a question that says in a phrase what the article says in one word', async () => {
    const text =
      '# Notes\n\nThe group has grown for years, recruiting in the cities. The group’s ultimate goal is to ' +
      'establish a state of its own and dismantle the current government.';
    const { engine } = await articleEngine('group.md', text, {
      termVectors: await openTermVectors(DEFAULT_VECTORS_PATH),
      synonyms: await openSynonyms(DEFAULT_VECTORS_PATH),
    });
    const answer = engine.ask('what does the group want to set up');
    expect(answer.status).toBe('answered');
    expect(answer.excerpt).toContain('to establish a state of its own');
  });
});
