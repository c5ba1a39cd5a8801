import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, MIN_PASSAGE_CHARS, splitPassages } from '../../src/corpus/split.js';

/** A sentence of about `chars` characters. */
function sentence(chars: number, word = 'word'): string {
  const words: string[] = [];
  let length = 0;
  while (length < chars - 1) {
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(chars: number, word = 'word'): string {
  const sentences: string[] = [];
  while (sentences.join(' ').length < chars) sentences.push(sentence(80, word));
  return sentences.join(' ');
}

describe('splitPassages', () => {
  it('splits on blank lines and on single newlines after a sentence', () => {
    const a = paragraph(300, 'alpha');
    const b = paragraph(300, 'beta');
    const c = paragraph(300, 'gamma');
    const text = `${a}\n${b}\n\n\n${c}\n\n`;
    expect(splitPassages(text).map((p) => p.text)).toEqual([a, b, c]);
  });

  it('keeps soft-wrapped lines (no final punctuation) in one paragraph', () => {
    const text = 'This line is wrapped\nin the middle of a sentence and goes on\nuntil it ends here. '.repeat(
      3,
    );
    expect(splitPassages(text)).toHaveLength(1);
  });

  it('merges a tiny paragraph with the next one, using the original separator', () => {
    const standfirst = 'A short standfirst without a period';
    const body = paragraph(400);
    const text = `${standfirst}\n\n${body}\n${paragraph(400, 'other')}`;
    const passages = splitPassages(text);
    expect(passages).toHaveLength(2);
    expect(passages[0]!.text).toBe(`${standfirst}\n\n${body}`);
  });

  it('merges a tiny last paragraph into the previous passage', () => {
    const body = paragraph(400);
    const text = `${body}\n\nJane Doe contributed reporting\n`;
    const passages = splitPassages(text);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe(`${body}\n\nJane Doe contributed reporting`);
  });

  it('starts a passage at a Markdown heading: a tiny paragraph before it joins the passage before (session 56)', () => {
    const first = paragraph(400, 'alpha');
    const aside = 'Karl has finally admitted that his rubber is a bit cheeky. He is not changing it.';
    const heading = '## The C team: down, but not out';
    const body = paragraph(400, 'gamma');
    const passages = splitPassages(`${first}\n\n${aside}\n\n${heading}\n\n${body}\n`, { markdown: true });
    expect(passages.map((p) => p.text)).toEqual([`${first}\n\n${aside}`, `${heading}\n\n${body}`]);
    // A tiny opening (a byline) still joins the heading after it: there is no passage before it to join.
    const byline = 'Posted by Priya, 28 April';
    expect(splitPassages(`${byline}\n\n${heading}\n\n${body}`).map((p) => p.text)).toEqual([
      `${byline}\n\n${heading}\n\n${body}`,
    ]);
  });

  it('keeps a text that is tiny as a whole as one passage', () => {
    expect(splitPassages('Short.\nAlso short.').map((p) => p.text)).toEqual(['Short.\nAlso short.']);
  });

  it('splits a long paragraph on sentence boundaries into pieces of similar size', () => {
    const long = paragraph(3000);
    const passages = splitPassages(long);
    expect(passages.length).toBe(3);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(p.text.length).toBeGreaterThanOrEqual(MIN_PASSAGE_CHARS);
      expect(p.text.endsWith('.')).toBe(true);
      expect(/^[A-Z]/.test(p.text)).toBe(true);
    }
  });

  it('does not split inside "Mr." when cutting a long paragraph', () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Mr. Smith met Dr. Jones in the U.S. Army base number ${i}.`,
    ).join(' ');
    for (const p of splitPassages(long)) expect(p.text.startsWith('Mr. Smith')).toBe(true);
  });

  it('cuts a run without any sentence break at word boundaries', () => {
    const run = 'lorem ipsum dolor '.repeat(300).trim();
    const passages = splitPassages(run);
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(/^\S.*\S$/s.test(p.text)).toBe(true);
    }
  });

  it('keeps a fenced code block with blank lines whole in Markdown', () => {
    const code = '```\nline one\n\nline two\n```';
    const text = `${paragraph(300)}\n\n${code}\n\n${paragraph(300, 'after')}`;
    const passages = splitPassages(text, { markdown: true });
    expect(passages.some((p) => p.text.includes(code))).toBe(true);
  });

  it('gives nothing for whitespace', () => {
    expect(splitPassages(' \n\n\t\n')).toEqual([]);
  });

  it('always returns ordered, non-overlapping exact substrings that cover all the text', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\n\n', ' ', '. ', '.\n', 'Mr. ', 'U.S. ', '?\n\n', '  \n'),
      fc.string({ minLength: 1, maxLength: 300 }),
      fc.string({ minLength: 1, maxLength: 50, unit: 'binary' }),
      fc.constant(paragraph(900)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, markdown) => {
        const text = pieces.join('');
        const passages = splitPassages(text, { markdown });
        let cursor = 0;
        for (const p of passages) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(cursor);
          expect(p.text.trim()).not.toBe('');
          cursor = p.end;
        }
        // No content is lost: what is not in a passage is whitespace.
        const covered = passages.map((p) => p.text).join('');
        expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('splits a 2 MB single paragraph in reasonable time, every piece within bounds', () => {
    const text =
      'Mr. Smith went to the U.S. Army base. He left at 5 p.m. and came back later that day. '.repeat(23_000);
    const started = performance.now();
    const passages = splitPassages(text);
    expect(performance.now() - started).toBeLessThan(10_000);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(/^(Mr\. Smith|He left)/.test(p.text)).toBe(true);
    }
  });
});
