import { describe, expect, it } from 'vitest';
import { PassageReader } from '../../src/answer/passage-reader.js';
import type { Passage } from '../../src/corpus/types.js';

const passage: Passage = {
  id: 'p.txt#1',
  file: 'p.txt',
  scope: 'global',
  index: 1,
  total: 1,
  title: 'Motors',
  text: 'Tesla built an induction motor. Westinghouse licensed the motor in 1888. It ran on alternating current.',
};

describe('passage reader', () => {
  it('places each sentence’s terms in its passage’s one list of them, where its vector rows are kept', () => {
    const read = new PassageReader().read(passage);
    expect(read.sentences.length).toBe(3);
    const all = read.sentences.flatMap((sentence) => sentence.terms);
    for (const sentence of read.sentences) {
      expect(sentence.passage).toBe(read);
      expect(all.slice(sentence.termsAt, sentence.termsAt + sentence.terms.length)).toEqual(sentence.terms);
      expect(passage.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});
