/**
 * Reading a passage for answering: its sentences, each with its search terms, split and analysed once and
 * kept. The Engine owns one reader (not a module cache), so two engines never share or evict each other's.
 */
import { type Sentence as TextSentence, splitSentences } from '../corpus/sentences.js';
import type { Passage } from '../corpus/types.js';
import { analyze, analyzeAsciiWithOffsets } from '../search/analyzer.js';

export interface Sentence {
  text: string;
  /** Offsets in the passage text. */
  start: number;
  end: number;
  terms: string[];
  /** `terms` as a set: every question's scoring looks terms up in it, so it is made once, with the sentence. */
  termSet: ReadonlySet<string>;
  /** Its words lower-cased as written (not stemmed), made on first use. */
  words?: ReadonlySet<string>;
  /** Each term's row in the word vectors (-1 without one), made on first soft match. */
  vectorIds?: Int32Array;
}

export interface ReadPassage {
  sentences: Sentence[];
  /** Terms of the title and all sentences, made on first use. */
  terms?: ReadonlySet<string>;
  /** The same in order, repeats kept, made on first use. */
  termList?: readonly string[];
}

/**
 * How many passages stay read. Sentence splitting is the costly part of answering and related questions
 * bring back the same passages; the oldest entries go first when full.
 */
const DEFAULT_LIMIT = 5_000;

export class PassageReader {
  // Keyed by the passage object: a changed file brings new passage objects, so nothing stale is served.
  private readonly cache = new Map<Passage, ReadPassage>();
  /** Term sets of passages with their context (see `contextTerms`). */
  private readonly contextSets = new Map<Passage, ReadonlySet<string>>();
  /** Term sets of passages read only for their words (see `terms`). */
  private readonly termSets = new Map<Passage, ReadonlySet<string>>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  read(passage: Passage): ReadPassage {
    const cached = this.cache.get(passage);
    if (cached) return cached;
    const sentences = sentenceTerms(passage.text).map(({ sentence, terms }) => ({
      ...sentence,
      terms,
      termSet: new Set(terms),
    }));
    if (this.cache.size >= this.limit) this.cache.delete(this.cache.keys().next().value!);
    const read = { sentences };
    this.cache.set(passage, read);
    return read;
  }

  sentences(passage: Passage): Sentence[] {
    return this.read(passage).sentences;
  }

  /** The terms of a passage and of the passages that give it context (kept: every answer asks again). */
  contextTerms(passage: Passage, context: () => Passage[]): ReadonlySet<string> {
    let terms = this.contextSets.get(passage);
    if (!terms) {
      const union = new Set(this.terms(passage));
      for (const other of context()) for (const term of this.terms(other)) union.add(term);
      terms = union;
      if (this.contextSets.size >= this.limit) this.contextSets.delete(this.contextSets.keys().next().value!);
      this.contextSets.set(passage, terms);
    }
    return terms;
  }

  /**
   * The terms of a passage's title and text. A passage only looked at for context (the lead, the one before)
   * is analysed without splitting it into sentences, the costly part.
   */
  terms(passage: Passage): ReadonlySet<string> {
    const read = this.cache.get(passage);
    if (read) {
      read.terms ??= new Set(termsInOrder(passage, read));
      return read.terms;
    }
    let terms = this.termSets.get(passage);
    if (!terms) {
      terms = new Set([...analyze(passage.title), ...analyze(passage.text)]);
      if (this.termSets.size >= this.limit) this.termSets.delete(this.termSets.keys().next().value!);
      this.termSets.set(passage, terms);
    }
    return terms;
  }

  /** The terms of a passage's title and sentences in order, repeats kept. */
  termList(passage: Passage): readonly string[] {
    const read = this.read(passage);
    read.termList ??= [...termsInOrder(passage, read)];
    return read.termList;
  }
}

function* termsInOrder(passage: Passage, read: ReadPassage): Generator<string> {
  yield* analyze(passage.title);
  for (const sentence of read.sentences) yield* sentence.terms;
}

/**
 * A text's sentences with their terms (`analyze` of each). ASCII text is analysed once and its terms dealt
 * out by offset; other text (or a word across a sentence boundary, which splitting never makes) sentence
 * by sentence.
 */
function sentenceTerms(text: string): Array<{ sentence: TextSentence; terms: string[] }> {
  const sentences = splitSentences(text);
  const whole = analyzeAsciiWithOffsets(text);
  if (whole) {
    const { terms, offsets } = whole;
    const dealt: string[][] = [];
    let k = 0;
    for (const { start, end } of sentences) {
      const first = k;
      while (k < terms.length && offsets[k * 2]! >= start && offsets[k * 2 + 1]! <= end) k++;
      dealt.push(terms.slice(first, k));
    }
    if (k === terms.length) return sentences.map((sentence, i) => ({ sentence, terms: dealt[i]! }));
  }
  return sentences.map((sentence) => ({ sentence, terms: analyze(sentence.text) }));
}
