/** Grouping questions by meaning for /insights: ten phrasings of one question are one line, others stay apart. */
import { describe, expect, it } from 'vitest';
import { groupQuestions, questionTerms, termSimilarity } from '../../src/db/question-groups.js';

describe('questionTerms', () => {
  it('keeps the words that carry the meaning, folded, stemmed and sorted', () => {
    expect(questionTerms('How many attacks did ISKP claim?')).toEqual(['attack', 'claim', 'iskp']);
    expect(questionTerms('iskp attacks claimed, how many??')).toEqual(['attack', 'claim', 'iskp']);
    expect(questionTerms('Qui a fondé Zürich?')).toContain('zurich');
    expect(questionTerms("what's the ISKP's aim")).toEqual(['aim', 'iskp']);
    expect(questionTerms('what is it?')).toEqual([]);
  });

  it('scores similarity softly: prefixes of 4+ letters and one-letter typos past 5 letters match', () => {
    expect(termSimilarity(['iskp', 'lead'], ['iskp', 'leader'])).toBe(1);
    expect(termSimilarity(['attack', 'iskp'], ['attak', 'iskp'])).toBe(1);
    expect(termSimilarity(['cat'], ['car'])).toBe(0);
    expect(termSimilarity([], ['a'])).toBe(0);
  });
});

describe('groupQuestions', () => {
  it('makes ten phrasings of one question one line, led by its most frequent wording', () => {
    const phrasings = [
      'Who leads ISKP?',
      'who is the leader of ISKP',
      'ISKP leader?',
      'who is iskp leader',
      "who's leading ISKP now?",
      'Who leads ISKP?',
      'iskp leader name?',
      'who is the leader of iskp?',
      'who leads iskp??',
      'WHO LEADS ISKP',
    ];
    const groups = groupQuestions([...phrasings, 'What is the capital of France?', 'capital of france']);
    expect(groups.map((group) => [group.count, group.question])).toEqual([
      [10, 'Who leads ISKP?'],
      [2, 'What is the capital of France?'],
    ]);
    expect(groups[0]?.phrasings).toHaveLength(9); // "Who leads ISKP?" twice
  });

  it('keeps different questions about one subject apart', () => {
    const groups = groupQuestions([
      'How many attacks did ISKP claim?',
      'how many attacks has iskp claimed',
      'Who funds ISKP?',
      'Where is ISKP based?',
      'When was the Kabul airport bombing?',
    ]);
    expect(groups.map((group) => group.count)).toEqual([2, 1, 1, 1]);
  });

  it('groups questions of stop words only by their text, and ignores blank ones', () => {
    const groups = groupQuestions(['what is it?', 'What is it?', 'why?', '   ', '']);
    expect(groups.map((group) => [group.count, group.question])).toEqual([
      [2, 'what is it?'],
      [1, 'why?'],
    ]);
  });
});
