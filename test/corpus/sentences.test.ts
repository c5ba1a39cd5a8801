import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence at a title abbreviation', () => {
    expect(texts('Mr. Smith went to Washington. He left.')).toEqual([
      'Mr. Smith went to Washington.',
      'He left.',
    ]);
    expect(texts('Dr. Jones met Gen. Khan and Mrs. Lee at St. Paul. They talked.')).toEqual([
      'Dr. Jones met Gen. Khan and Mrs. Lee at St. Paul.',
      'They talked.',
    ]);
    expect(texts('It is made by the Wm. Wrigley Jr. Company, a division of Mars. It sells well.')).toEqual([
      'It is made by the Wm. Wrigley Jr. Company, a division of Mars.',
      'It sells well.',
    ]);
  });

  it('keeps dotted acronyms and initials inside the sentence', () => {
    expect(texts('The U.S. Army arrived.')).toEqual(['The U.S. Army arrived.']);
    expect(texts('J. R. R. Tolkien wrote it. It sold.')).toEqual(['J. R. R. Tolkien wrote it.', 'It sold.']);
  });

  it('still ends a sentence at an acronym when a new sentence clearly starts', () => {
    expect(texts('He lives in the U.S. He is happy.')).toEqual(['He lives in the U.S.', 'He is happy.']);
    expect(texts('I am No. 1. No. It is not.')).toEqual(['I am No. 1.', 'No.', 'It is not.']);
    expect(texts('It opened Jan. 6 in Washington. We saw modern art. The end.')).toEqual([
      'It opened Jan. 6 in Washington.',
      'We saw modern art.',
      'The end.',
    ]);
  });

  it('handles quotes, questions and line breaks', () => {
    expect(texts('He said, “Stop.” Then he left? Yes!\nNew line')).toEqual([
      'He said, “Stop.”',
      'Then he left?',
      'Yes!',
      'New line',
    ]);
  });

  it('keeps a numbered list item\'s marker with its item, only at the start of a line', () => {
    expect(texts('These are the rules:\n\n1. Hoses on Tuesdays only.\n2. No sprinklers. Ever.\n  3) Cans any day.')).toEqual([
      'These are the rules:',
      '1. Hoses on Tuesdays only.',
      '2. No sprinklers.',
      'Ever.',
      '3) Cans any day.',
    ]);
    // Not a marker inside a line, nor one with no space after it.
    expect(texts('They finished in round 1. Then they left.')).toEqual(['They finished in round 1.', 'Then they left.']);
  });

  it('returns offsets into the source and no whitespace-only sentences', () => {
    const source = '  First one.   Second one.\n\n  ';
    const sentences = splitSentences(source);
    expect(sentences).toHaveLength(2);
    for (const s of sentences) expect(source.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences('   \n ')).toEqual([]);
  });

  it('gives the same sentences for a very long text, quickly (the segmenter is windowed)', () => {
    const one = ['Mr. Smith went to the U.S. Army base.', 'He left at 5 p.m. and came back.', 'It rained?'];
    const expected = Array.from(
      { length: 6000 },
      (_, i) => `${one[i % 3]!.slice(0, -1)} ${i}${one[i % 3]!.slice(-1)}`,
    );
    const text = expected.join(' ');
    const started = performance.now();
    expect(texts(text)).toEqual(expected);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('cuts a giant run without sentence ends at spaces, keeping offsets exact', () => {
    const text = 'word '.repeat(20_000);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text.trim());
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
