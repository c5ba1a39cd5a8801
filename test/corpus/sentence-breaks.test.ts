/**
 * The sentence splitter's fast path (src/corpus/sentence-breaks.ts) against ICU's segmenter, and
 * `splitSentences` against the splitter as it was (sentences-reference.ts): character by character in
 * contexts that tell the sentence-break classes apart, on random text, and on every text of the eval corpora
 * and the bundled corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../bench/benchmark/corpus.js';
import { datasetDir, loadSquad, loadWikiqa, resolveEvalDir } from '../../bench/datasets/index.js';
import { fastSentenceBreaks } from '../../src/corpus/sentence-breaks.js';
import { splitSentences } from '../../src/corpus/sentences.js';
import { referenceSplitSentences } from './sentences-reference.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuBreaks = (text: string) => Array.from(segmenter.segment(text), (part) => part.index).filter((i) => i > 0);

/** Every character the fast path knows (the rest send a text to ICU). */
const known = Array.from({ length: 0x2300 }, (_, code) => String.fromCharCode(code)).filter(
  (char) => fastSentenceBreaks(char) !== undefined,
);

/** Characters of every class, and words that the abbreviation joins read. */
const common = [...'..?! \t\n\r"\'()[],;:-aAbBzZ19éÉ—–“”‘’…\u00a0'];
const words = ['Mr.', 'U.S.', 'No.', 'no.', 'Jan.', 'etc.', 'Inc.', 'e.g.', 'J.', 'The', 'he', 'It', '5', '\n\n', '- '];

const evalDir = resolveEvalDir();
const evalData = existsSync(datasetDir(evalDir, 'squad'));

/** Every text of the eval corpora: SQuAD paragraphs, WikiQA pages, and the bench's 30k passages (all five sets). */
function evalTexts(): string[] {
  const texts = loadSquad(datasetDir(evalDir, 'squad')).articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  if (existsSync(datasetDir(evalDir, 'wikiqa'))) {
    texts.push(...loadWikiqa(datasetDir(evalDir, 'wikiqa')).pages.map((page) => page.sentences.join(' ')));
  }
  texts.push(...buildCorpus(evalDir, 30_000, 20261122).passages.map((p) => p.text));
  return texts;
}

describe('fastSentenceBreaks', () => {
  it('knows Latin, Greek and Cyrillic text and common punctuation, and leaves the rest to ICU', () => {
    expect(known.length).toBeGreaterThan(1_000);
    expect(fastSentenceBreaks('It rained. Then it stopped.')).toEqual([11]);
    for (const text of ['cafe\u0301', 'soft\u00adhyphen', '東京。', 'a\u200bb', '\u0085', 'x\u0000'])
      expect(fastSentenceBreaks(text)).toBeUndefined();
  });

  it("gives ICU's boundaries for every character it knows, in contexts that tell the classes apart", () => {
    const before = ['', 'a.', 'a. ', 'A.', 'a?', 'a.)', 'a. (', '1.', 'a."', 'a.” ', 'Ab. ', 'ab ', 'a! '];
    const after = ['', ' b', ' B', 'b', 'B', '1', ' 1', '.', ' .', ')', ' (b', ',', '\n', ' é', ' É', '. B'];
    const differ: string[] = [];
    for (const char of known) {
      for (const middle of [char, char + char, `${char} `]) {
        for (const head of before) {
          for (const tail of after) {
            const text = head + middle + tail;
            if (fastSentenceBreaks(text)!.join() !== icuBreaks(text).join()) differ.push(text);
          }
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it("gives ICU's boundaries on random text", () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...common), fc.constantFrom(...known)), { maxLength: 40 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(fastSentenceBreaks(t)).toEqual(icuBreaks(t));
      }),
      // Half of session 56's 20,000 and 10,000 runs (9 s of CI's ten minutes); fixed seeds, so no run is lost
      // to chance.
      { numRuns: 10_000, seed: 14 },
    );
  });
});

describe('splitSentences', () => {
  it('gives the sentences it gave before, on random text with abbreviations, quotes and line breaks', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...common), fc.constantFrom(...words), fc.constantFrom(...known)), {
        maxLength: 60,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitSentences(t)).toEqual(referenceSplitSentences(t));
      }),
      { numRuns: 5_000, seed: 14 },
    );
  });

  it('gives the sentences it gave before for long text (the segmenter works window by window)', () => {
    const sentence = 'Mr. Smith went to the U.S. Army base at 5 p.m. on Jan. 6. He left (No. 2)? ';
    for (const text of [sentence.repeat(200), `${'word '.repeat(9_000)}. Then «this».\n\n- item`]) {
      expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
    }
  });

  it('gives the sentences it gave before for every file of the bundled corpus', () => {
    const dir = join(import.meta.dirname, '../../corpus');
    const files = readdirSync(dir).filter((name) => /\.(txt|md)$/.test(name));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(splitSentences(text)).toEqual(referenceSplitSentences(text));
    }
  });

  it.skipIf(!evalData)('gives the sentences it gave before for every text of the eval corpora', () => {
    let fast = 0;
    const texts = evalTexts();
    for (const text of texts) {
      expect(splitSentences(text), text.slice(0, 80)).toEqual(referenceSplitSentences(text));
      if (fastSentenceBreaks(text)) fast++;
    }
    // Most text never reaches ICU (else the fast path went unused: a speed loss, no wrong result).
    expect(fast / texts.length).toBeGreaterThan(0.8);
  });
});
