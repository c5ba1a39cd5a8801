/**
 * Session 63: a community's questions and articles are as often British as American. The en-US dictionary alone
 * knew none of "grey", "tyres", "maths", "practise": a question holding one the articles lack read it as a name
 * they never use, and declined for it. The en-GB dictionary joins it, and a word in the spelling the articles do
 * not use, where they write the other ("Practice night", "tires"), is read as they write it.
 */
import { describe, expect, it } from 'vitest';
import { englishDictionary } from '../../src/search/dictionary.js';
import { articleEngineWithVectors } from './article-engine.js';

const RINGERS = [
  '---',
  'title: St Anne’s bell ringers: autumn notes',
  '---',
  '',
  'Posted by Hazel Corrie, tower captain.',
  '',
  'Practice night remains Thursday at 7.30pm, with learners from 7pm. Sunday service ringing is 10.15 to 10.55am.',
  '',
  'The minibus had two new tires fitted before the outing, which cost the band £140.',
].join('\n');

describe('British and American spellings (session 63)', () => {
  it('knows British spellings as English words', () => {
    const dictionary = englishDictionary();
    for (const word of ['grey', 'tyres', 'maths', 'practise', 'cheque', 'jewellery', 'kerb', 'colour'])
      expect(dictionary.isWord(word), word).toBe(true);
    for (const word of ['goverment', 'practicse']) expect(dictionary.isWord(word), word).toBe(false);
  });

  it('reads a word in the spelling the articles write', async () => {
    const { engine } = await articleEngineWithVectors('ringers.md', RINGERS);
    // Answered as asked: never "Showing the answer for: ... practice", which corrected a right word.
    for (const [question, fragment] of [
      ['when do the ringers practise', 'Practice night remains Thursday'],
      ['how much were the new tyres for the minibus', 'which cost the band £140'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.excerpt ?? '', question).toContain(fragment);
      expect(answer.correctedQuestion, question).toBeUndefined();
    }
    // A British word the articles lack is a word, not a name they never use.
    const grey = engine.ask('what colour is the grey minibus');
    expect(grey.status).toBe('no_answer');
    expect(grey.reason?.missing ?? []).toEqual([]);
  });
});
