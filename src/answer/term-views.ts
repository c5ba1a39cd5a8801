/**
 * The terms of a sentence, a passage (its title's and its sentences') or several passages, as sets that are
 * not made unless needed. Answering asks a passage's terms only whether they hold a few question terms; making each a Set of
 * its ~150 terms was the largest part of an answer's garbage at 100k passages (a quarter of the bytes
 * allocated, and the collector's pauses make the slowest answers). A view answers `has` from the sets and
 * lists it is made of; it makes the whole set, in the order a Set of them would hold, only when iterated or
 * asked many times.
 */

import type { NumberedTermList } from '../search/passage-index.js';

/** Lookups a view answers from its parts before making the whole set (each costs a lookup per part). */
const LOOKUPS_BEFORE_SET = 24;

abstract class TermView implements ReadonlySet<string> {
  private whole: Set<string> | undefined;
  private lookups = 0;

  has(term: string): boolean {
    if (this.whole) return this.whole.has(term);
    if (++this.lookups > LOOKUPS_BEFORE_SET) return this.all().has(term);
    return this.holds(term);
  }

  get size(): number {
    return this.all().size;
  }

  forEach(each: (value: string, key: string, set: ReadonlySet<string>) => void, self?: unknown): void {
    for (const term of this.all()) each.call(self, term, term, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.all().entries();
  }

  keys(): SetIterator<string> {
    return this.all().keys();
  }

  values(): SetIterator<string> {
    return this.all().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.all()[Symbol.iterator]();
  }

  /** Whether a part holds the term. */
  protected abstract holds(term: string): boolean;

  /** Adds every term, in order, to the set. */
  protected abstract addTo(set: Set<string>): void;

  private all(): Set<string> {
    if (!this.whole) {
      this.whole = new Set();
      this.addTo(this.whole);
    }
    return this.whole;
  }
}

/**
 * A sentence's terms, from their list: a sentence holds a few dozen at most. Asked always from the list, never
 * made into a set: scanning a few dozen terms costs about a hash lookup, and the sets made for often-asked
 * sentences were a large part of what the reader's cache kept at 100k passages. Not a `TermView`: a read
 * passage makes one for each of its sentences, and the view's two fields, never used here, were initialised
 * for each (1% of an answer at 100k passages); iterating it (nothing does in answering) makes a set each time.
 */
export class ListTerms implements ReadonlySet<string> {
  constructor(private readonly terms: readonly string[]) {}

  has(term: string): boolean {
    return this.terms.includes(term);
  }

  get size(): number {
    return this.asSet().size;
  }

  forEach(each: (value: string, key: string, set: ReadonlySet<string>) => void, self?: unknown): void {
    for (const term of this.asSet()) each.call(self, term, term, this);
  }

  entries(): SetIterator<[string, string]> {
    return this.asSet().entries();
  }

  keys(): SetIterator<string> {
    return this.asSet().keys();
  }

  values(): SetIterator<string> {
    return this.asSet().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.asSet()[Symbol.iterator]();
  }

  private asSet(): Set<string> {
    return new Set(this.terms);
  }
}

/** A sentence's terms: as a set when the passage was read, else the index's list. */
export interface TermsOfSentence {
  terms: readonly string[];
  termSet?: ReadonlySet<string>;
}

/** A passage's terms: its title's, then its sentences' in order. */
export class PassageTerms extends TermView {
  constructor(
    private readonly title: readonly string[],
    private readonly sentences: readonly TermsOfSentence[],
  ) {
    super();
  }

  protected holds(term: string): boolean {
    if (this.title.includes(term)) return true;
    for (const sentence of this.sentences) {
      if (sentence.termSet ? sentence.termSet.has(term) : sentence.terms.includes(term)) return true;
    }
    return false;
  }

  protected addTo(set: Set<string>): void {
    for (const term of this.title) set.add(term);
    for (const sentence of this.sentences) for (const term of sentence.terms) set.add(term);
  }
}

/**
 * A passage's terms as the index's numbers (`PassageIndex.termNumbersOf`): its title's, then its sentences'
 * in order, as `PassageTerms` of their strings would be. A passage read only for context is asked whether it
 * holds a few question terms: each is one number looked up, then compared with numbers, not with ~150 strings
 * fetched from all over memory (and none are made unless the whole set is).
 */
export class NumberedTerms extends TermView {
  constructor(
    private readonly title: readonly string[],
    private readonly kept: NumberedTermList,
  ) {
    super();
  }

  protected holds(term: string): boolean {
    if (this.title.includes(term)) return true;
    const number = this.kept.numbering.numberOf(term);
    return number >= 0 && this.kept.numbers.includes(number);
  }

  protected addTo(set: Set<string>): void {
    for (const term of this.title) set.add(term);
    const { numbers, numbering } = this.kept;
    for (const number of numbers) set.add(numbering.termOf(number)!);
  }
}

/**
 * A passage's terms as its exact view (`exactly`: what its sentences hold, made when first needed) would give
 * them, asked of the index's postings first (`inPostings`: undefined when the index cannot tell). A passage
 * read only for context is asked whether it holds a few question terms, most of which it lacks: every term
 * of the exact view is in the postings of the passage's title or text, so a term they lack is answered
 * without its sentences read (splitting and analysing a passage was most of what its first read cost).
 */
export class PostingsFirstTerms extends TermView {
  private exact: ReadonlySet<string> | undefined;

  constructor(
    private readonly title: readonly string[],
    private readonly inPostings: (term: string) => boolean | undefined,
    private readonly exactly: () => ReadonlySet<string>,
  ) {
    super();
  }

  protected holds(term: string): boolean {
    if (this.exact === undefined) {
      if (this.title.includes(term)) return true;
      if (this.inPostings(term) === false) return false;
    }
    return this.exactTerms().has(term);
  }

  protected addTo(set: Set<string>): void {
    for (const term of this.exactTerms()) set.add(term);
  }

  private exactTerms(): ReadonlySet<string> {
    return (this.exact ??= this.exactly());
  }
}

/**
 * The terms of several passages as one set: the first's, then each other's. Asked always of its parts, never
 * made whole to ask: each part makes its own set when asked often, and an article's lead is a part of every
 * other passage's union (a whole union set held the lead's terms again for each, ~10 KB a passage kept, the
 * largest single kind of garbage at 2k passages).
 */
export class UnionTerms extends TermView {
  constructor(private readonly parts: ReadonlyArray<ReadonlySet<string>>) {
    super();
  }

  override has(term: string): boolean {
    return this.holds(term);
  }

  protected holds(term: string): boolean {
    for (const part of this.parts) if (part.has(term)) return true;
    return false;
  }

  protected addTo(set: Set<string>): void {
    for (const part of this.parts) for (const term of part) set.add(term);
  }
}
