/**
 * Reading a passage for answering: its sentences, each with its search terms. The index reads every passage so
 * when it is indexed and keeps it (search/index/sentence-store.ts): a passage is read from there, never split or
 * analysed again; only a passage the index does not keep (or an engine with no index) is split and analysed
 * here, the same way (search/sentence-terms.ts). Read passages are kept for related questions. The Engine owns
 * one reader (not a module cache), so two engines never share or evict each other's.
 */
import type { Sentence } from '../corpus/sentences.js';
import type { Passage } from '../corpus/types.js';
import { analyze, termById, withTermIds } from '../search/analyzer.js';
import type { NumberedTermList, SentenceSpan } from '../search/passage-index.js';
import { FifoMap } from '../search/fifo-map.js';
import { sentenceTermIds } from '../search/sentence-terms.js';
import { ListTerms, NumberedTerms, PassageTerms, PostingsFirstTerms, UnionTerms } from './term-views.js';
import type { QuestionType } from './answer-type.js';
import { WORD, type WrittenWords } from './written-words.js';

/** Where a passage's sentences are kept: the index (`PassageIndex.sentencesOf`). */
export interface SentenceSource {
  sentencesOf(passage: Passage): SentenceSpan[] | undefined;
  /** The same sentences' terms as one list (`PassageIndex.termsOf`), when the source gives them so. */
  termsOf?(passage: Passage): string[] | undefined;
  /** The same as term numbers (`PassageIndex.termNumbersOf`), when the source gives them so. */
  termNumbersOf?(passage: Passage): NumberedTermList | undefined;
  /**
   * Whether the passage's title or text holds a term, without reading its sentences (`PassageIndex.holdsTerm`):
   * true for every term of its kept sentences; undefined when the source cannot tell.
   */
  holdsTerm?(passage: Passage, term: string): boolean | undefined;
}

/** A sentence of a passage (offsets in the passage's text) as the answer stages read it: with its terms. */
export interface ReadSentence extends Sentence {
  terms: string[];
  /** `terms` as a set, for lookups: answered from the list (term-views.ts), never made into a Set to ask. */
  termSet: ReadonlySet<string>;
  /** Its words lower-cased as written (not stemmed), made on first use. */
  words?: WrittenWords;
  /** Its `shapeWords` by question type, each made on first use (answer-shape.ts). */
  shapes?: Partial<Record<QuestionType, string[][]>>;
  /** The passage as read, which keeps its sentences' vector rows (none for a sentence read alone). */
  passage?: ReadPassage;
  /** Where its terms' rows start in the passage's `vectorRows`. */
  termsAt: number;
}

export interface ReadPassage {
  sentences: ReadSentence[];
  /**
   * Each term's row in the word vectors (-1 without one), the sentences' one after the other, made on first
   * soft match (term-match.ts).
   */
  vectorRows?: Int32Array;
  /**
   * The sentences' terms as the index's numbers, when read from it: for `vectorRows`, then let go (rows are
   * found by number, not by string).
   */
  numbered?: NumberedTermList;
  /** Terms of the title and all sentences, made on first use. */
  terms?: ReadonlySet<string>;
  /** The same in order, repeats kept, made on first use. */
  termList?: readonly string[];
}

/**
 * How many passages stay read: related questions bring back the same passages. The oldest entries go first
 * when full. A passage read, with its sentences' sets and the term sets of it with its context, holds ~14 KB:
 * 5,000 of them held 69 MB at 100k passages after 2,000 questions, and now that reading a passage the index
 * keeps is cheap, 2,000 answer as fast (bench side by side: p50 1.30 ms either way, 47 MB less).
 */
const DEFAULT_LIMIT = 2_000;
/** Titles whose terms stay known (an article's passages share its title). */
const TITLE_LIMIT = 1_000;

export class PassageReader {
  // Keyed by the passage object: a changed file brings new passage objects, so nothing stale is served.
  // First in, first out (fifo-map.ts): a Map made to forget its first key walked its deleted entries.
  private readonly cache: FifoMap<Passage, ReadPassage>;
  /** Term sets of passages with their context (see `contextTerms`). */
  private readonly contextSets: FifoMap<Passage, ReadonlySet<string>>;
  /** Term sets of passages read only for their words (see `terms`). */
  private readonly termSets: FifoMap<Passage, ReadonlySet<string>>;

  /** Terms of titles, by title. */
  private readonly titleTermsByTitle = new FifoMap<string, readonly string[]>(TITLE_LIMIT);
  /** How many words titles have, by title. */
  private readonly titleWordsByTitle = new FifoMap<string, number>(TITLE_LIMIT);

  /** `source`: where the sentences of indexed passages are kept (called on each read: the index may change). */
  constructor(
    private readonly source?: () => SentenceSource | undefined,
    limit = DEFAULT_LIMIT,
  ) {
    this.cache = new FifoMap(limit);
    this.contextSets = new FifoMap(limit);
    this.termSets = new FifoMap(limit);
  }

  read(passage: Passage): ReadPassage {
    const cached = this.cache.get(passage);
    if (cached) return cached;
    const text = passage.text;
    // Fields made on first use are present from the start (see the sentences' below).
    const source = this.source?.();
    const kept = source?.sentencesOf(passage);
    const read: ReadPassage = {
      sentences: [],
      vectorRows: undefined,
      // Read with the sentences, so that both are of the same entry.
      numbered: kept ? source?.termNumbersOf?.(passage) : undefined,
      terms: undefined,
      termList: undefined,
    };
    let termsAt = 0;
    for (const { start, end, terms } of kept ?? this.spansOf(passage)) {
      read.sentences.push({
        text: text.slice(start, end),
        start,
        end,
        terms,
        termSet: new ListTerms(terms),
        passage: read,
        termsAt,
        // Made on first use, but present from the start: every sentence keeps one shape (hidden class), so the
        // many places that read sentences see one kind of object, not one for each set of fields added.
        words: undefined,
        shapes: undefined,
      });
      termsAt += terms.length;
    }
    this.cache.set(passage, read);
    return read;
  }

  sentences(passage: Passage): ReadSentence[] {
    return this.read(passage).sentences;
  }

  /** The passage's sentences that lie inside a span of it (an excerpt's `start`..`end`). */
  sentencesWithin(passage: Passage, span: { start: number; end: number }): ReadSentence[] {
    return this.sentences(passage).filter(
      (sentence) => sentence.start >= span.start && sentence.end <= span.end,
    );
  }

  /** The terms of a passage and of the passages that give it context (kept: every answer asks again). */
  contextTerms(passage: Passage, context: () => Passage[]): ReadonlySet<string> {
    let terms = this.contextSets.get(passage);
    if (!terms) {
      terms = new UnionTerms([this.terms(passage), ...context().map((other) => this.terms(other))]);
      this.contextSets.set(passage, terms);
    }
    return terms;
  }

  /**
   * The terms of a passage's title and text. A passage only looked at for context (the lead, the one before)
   * is not made into sentences: its terms are taken from the index (or, when not kept there, from its whole
   * text, analysed without splitting it into sentences, the costly part).
   */
  terms(passage: Passage): ReadonlySet<string> {
    const read = this.cache.get(passage);
    if (read) {
      read.terms ??= new PassageTerms(this.titleTermsOf(passage.title), read.sentences);
      return read.terms;
    }
    let terms = this.termSets.get(passage);
    if (!terms) {
      const source = this.source?.();
      terms = source?.holdsTerm
        ? new PostingsFirstTerms(
            this.titleTermsOf(passage.title),
            (term) => source.holdsTerm!(passage, term),
            () => this.keptTerms(passage, source),
          )
        : this.keptTerms(passage, source);
      this.termSets.set(passage, terms);
    }
    return terms;
  }

  /** `terms` of a passage not read, from what the index keeps of its sentences (or its whole text). */
  private keptTerms(passage: Passage, source: SentenceSource | undefined): ReadonlySet<string> {
    const numbered = source?.termNumbersOf?.(passage);
    const kept = numbered ? undefined : keptTerms(source, passage);
    // Its sentences' terms as one list, not a list each: only the terms are asked of it, and a context set
    // keeps it well after this map lets it go.
    return numbered
      ? new NumberedTerms(this.titleTermsOf(passage.title), numbered)
      : kept
        ? new PassageTerms(this.titleTermsOf(passage.title), [{ terms: kept }])
        : new Set([...analyze(passage.title), ...analyze(passage.text)]);
  }

  /** The terms of a passage's title and sentences in order, repeats kept. */
  termList(passage: Passage): readonly string[] {
    const read = this.read(passage);
    read.termList ??= this.termsInOrder(passage, read.sentences);
    return read.termList;
  }

  /** A passage's sentences with their terms, split and analysed here (the index keeps none for it). */
  private spansOf(passage: Passage): SentenceSpan[] {
    return withTermIds(() => {
      const { sentences, ids, counts } = sentenceTermIds(passage.text);
      let at = 0;
      return sentences.map(({ start, end }, i) => ({
        start,
        end,
        terms: ids.slice(at, (at += counts[i]!)).map(termById),
      }));
    });
  }

  /** The terms of a passage's title (kept by title: an article's passages share it). */
  titleTerms(passage: Passage): readonly string[] {
    return this.titleTermsOf(passage.title);
  }

  /**
   * How many words (`WORD`) a passage's title has, kept by title: excerpt choice asks it of every candidate,
   * and matching the title's words each time was ~7 KB of garbage a question at 100k passages.
   */
  titleWordCount(passage: Passage): number {
    let count = this.titleWordsByTitle.get(passage.title);
    if (count === undefined) {
      count = passage.title.match(WORD)?.length ?? 0;
      this.titleWordsByTitle.set(passage.title, count);
    }
    return count;
  }

  private termsInOrder(passage: Passage, sentences: ReadonlyArray<{ terms: readonly string[] }>): string[] {
    const terms = [...this.titleTermsOf(passage.title)];
    for (const sentence of sentences) for (const term of sentence.terms) terms.push(term);
    return terms;
  }

  private titleTermsOf(title: string): readonly string[] {
    let terms = this.titleTermsByTitle.get(title);
    if (!terms) {
      terms = analyze(title);
      this.titleTermsByTitle.set(title, terms);
    }
    return terms;
  }
}

/** A passage's kept sentences' terms as one list, read as one when the source can (no sentence objects). */
function keptTerms(source: SentenceSource | undefined, passage: Passage): string[] | undefined {
  if (!source) return undefined;
  if (source.termsOf) return source.termsOf(passage);
  return source.sentencesOf(passage)?.flatMap((span) => span.terms);
}
