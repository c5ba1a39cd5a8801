/**
 * The MiniSearch index over passages: what the engine and the answer stages call. This module knows how
 * passages are indexed and searched; it does not know about files, answers or Discord.
 *
 * Every passage is indexed with its article title and text through the one analyzer, and stores only its
 * scope so a search can be limited to what a server may see. The work is done in `index/`: MiniSearch
 * opened up (`passage-search`), the flat postings beside its term tree (`flat-postings`: exact scoring,
 * candidates and counts read these; the tree serves fuzzy and prefix search, autocomplete and "did you
 * mean"), the bulk build and later additions (`append`), the snapshot encoding, candidate selection, exact
 * scoring, the document-frequency cache (used while discarded passages await MiniSearch's vacuum) and the
 * scope counts.
 */
import type { SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.js';
import { appendPassages } from './index/append.js';
import { buildIndex } from './index/bulk-build.js';
import { CandidatePicker, type PickSource } from './index/candidates.js';
import { DocumentFrequencies } from './index/document-frequencies.js';
import { decodeIndex, type EncodedIndex, encodeIndex, encodeIndexSteps } from './index/encoded-index.js';
import { FlatPostings } from './index/flat-postings.js';
import { PassageRuns } from './index/passage-runs.js';
import { PassageSearch, TEXT_FIELD, TITLE_FIELD, type Visibility } from './index/passage-search.js';
import { ScopeCounts } from './index/scope-counts.js';
import { type SentenceSpan, SentenceStore } from './index/sentence-store.js';
import { ExactScorer, type RankedPassage, type Scored } from './index/scoring.js';
import { SEARCH_SETTINGS } from './settings.js';

export { idf, type RankedPassage } from './index/scoring.js';
export type { SentenceSpan } from './index/sentence-store.js';

/** Terms as numbers (`PassageIndex.termNumbersOf`), and the numbering that reads them. */
export interface NumberedTermList {
  numbers: Int32Array | readonly number[];
  numbering: TermNumbering;
}

/** Term <-> number, both ways (the flat postings' numbering). */
export interface TermNumbering {
  /** A term's number, or -1 when it has none. */
  numberOf(term: string): number;
  termOf(number: number): string | undefined;
}

export interface QueryTerm {
  /** An analysed term (see `analyze`). */
  term: string;
  /** Weight of the term; alias expansions weigh less than the question's own words. */
  boost: number;
}

/**
 * MiniSearch's options for one query: the two fields, the title boost, BM25 as set, each term's boost, and
 * (with `visible`) only the passages a server may see.
 */
export function miniSearchOptions(boosts: ReadonlyMap<string, number>, visible: Visibility | undefined) {
  return {
    fields: ['title', 'text'],
    boost: { title: SEARCH_SETTINGS.titleBoost },
    bm25: SEARCH_SETTINGS.bm25,
    combineWith: 'OR' as const,
    boostTerm: (term: string) => boosts.get(term) ?? 1,
    // A document boost of 0 drops a passage before MiniSearch builds its result: cheaper than `filter`.
    ...(visible
      ? {
          boostDocument: (_id: string, _term: string, stored?: Record<string, unknown>) =>
            visible(stored) ? 1 : 0,
        }
      : {}),
  };
}

/** A MiniSearch result as a ranked passage. */
function rankedOf(result: SearchResult): RankedPassage {
  return { id: result.id, score: result.score, terms: result.queryTerms };
}

export class PassageIndex {
  /** MiniSearch, opened up; a first build into an empty index replaces it whole. */
  private search: PassageSearch;
  /** Passages per scope: a search that sees every scope present needs no scope filter. */
  private readonly scopeCounts = new ScopeCounts();
  /** These two keep scratch arrays sized to the index from one query to the next. */
  private readonly candidates = new CandidatePicker();
  private readonly scorer = new ExactScorer();
  /** Document frequencies already looked up, until the index changes. */
  private readonly frequencies = new DocumentFrequencies();
  /** Calls to `add` and `discard` so far (see `version`). */
  private changes = 0;

  /** `runs`: the passages of a snapshot's index, counted by scope from their runs rather than one by one. */
  private constructor(search: PassageSearch, runs?: PassageRuns) {
    this.search = search;
    if (runs) this.scopeCounts.countRuns(runs);
    else this.scopeCounts.recount(search);
  }

  static empty(): PassageIndex {
    return new PassageIndex(new PassageSearch());
  }

  /** The index for a snapshot, passages numbered by their place in `order` (see `encodeIndex`). */
  encode(order: readonly string[]): EncodedIndex {
    return encodeIndex(this.search, order);
  }

  /**
   * `encode` a step at a time, for some passages or all (see `encodeIndexSteps`): a scope's snapshot written
   * while questions are answered between steps.
   */
  encodeInSteps(order: readonly string[]): Generator<void, EncodedIndex, void> {
    return encodeIndexSteps(this.search, order);
  }

  /** The index a snapshot holds, for its passages in snapshot order (see `decodeIndex`). */
  static decode(encoded: EncodedIndex, passages: readonly Passage[] | PassageRuns): PassageIndex {
    const { search, terms } = decodeIndex(encoded, passages);
    // The flat postings read the snapshot's own arrays (checked by `decodeIndex`; repeated terms by `fromArrays`).
    const { counts, docs, freqs, postingsOnDisk } = encoded;
    search.postings = FlatPostings.fromArrays(terms, counts, docs, freqs, postingsOnDisk);
    if (passages instanceof PassageRuns) {
      search.postings.setPassageRuns(encoded.fieldLengths, passages.length, (visit) =>
        passages.forEachRun(visit),
      );
    } else {
      search.postings.setPassages(
        encoded.fieldLengths,
        passages.length,
        (shortId) => passages[shortId]!.scope,
      );
    }
    // The kept sentences too (their number checked by `decodeIndex`; each entry is checked when read).
    if (encoded.sentences) search.sentences = SentenceStore.fromEncoded(encoded.sentences);
    return new PassageIndex(search, passages instanceof PassageRuns ? passages : undefined);
  }

  /**
   * A passage's sentences as the index read them when it was indexed (search/sentence-terms.ts): offsets in its
   * text and each one's terms. Undefined when the index does not hold the passage or kept no sentences for it.
   */
  sentencesOf(passage: Passage): SentenceSpan[] | undefined {
    const shortId = this.search.shortIdOf(passage);
    if (shortId === undefined) return undefined;
    const { postings } = this.search;
    return this.search.sentences.read(shortId, passage.text.length, (number) => postings.termOf(number));
  }

  /** `sentencesOf`'s terms, the sentences' one after the other, as one list (none read as sentences). */
  termsOf(passage: Passage): string[] | undefined {
    const shortId = this.search.shortIdOf(passage);
    if (shortId === undefined) return undefined;
    const { postings } = this.search;
    return this.search.sentences.readTerms(shortId, passage.text.length, (number) => postings.termOf(number));
  }

  /**
   * `termsOf` as term numbers, with the numbering they are in (the flat postings': a number names one term
   * for as long as those postings live, so the list stays readable whatever the index does next).
   */
  termNumbersOf(passage: Passage): NumberedTermList | undefined {
    const shortId = this.search.shortIdOf(passage);
    if (shortId === undefined) return undefined;
    const { postings } = this.search;
    const numbers = this.search.sentences.readTermNumbers(shortId, passage.text.length, postings.termCount);
    return numbers && { numbers, numbering: postings };
  }

  /**
   * Whether a passage's title or text holds a term, read from the term's postings (no sentence of the passage
   * read): undefined when the index cannot tell cheaply (it does not hold the passage, its flat postings are
   * not in step, or `FlatPostings.holds` cannot: postings still in a snapshot's file, or out of order). Every
   * term `termsOf` gives is held so.
   */
  holdsTerm(passage: Passage, term: string): boolean | undefined {
    const flat = this.flat();
    const shortId = flat && this.search.shortIdOf(passage);
    if (shortId === undefined) return undefined;
    const number = flat!.numberOf(term);
    return number < 0 ? false : flat!.holds(number, shortId);
  }

  /** Whether MiniSearch's term tree is made (an index read from a snapshot makes it on first use). */
  get termTreeMade(): boolean {
    return this.search.treeMade;
  }

  /** How many passages the scopes see (the global corpus and a server's own, say). */
  passagesVisibleTo(scopes: readonly string[]): number {
    return this.scopeCounts.passagesIn(scopes);
  }

  /** Passages in the index (discarded ones not counted). */
  get documentCount(): number {
    return this.search.documentCount;
  }

  has(id: string): boolean {
    return this.search.has(id);
  }

  add(passages: readonly Passage[]): void {
    this.changes++;
    // Into an empty index (a first build): the fast bulk path.
    if (this.search.documentCount === 0) {
      this.search = buildIndex(passages);
      this.scopeCounts.recount(this.search);
      return;
    }
    appendPassages(this.search, passages);
    for (const passage of passages) this.scopeCounts.change(passage.scope, 1);
  }

  /** Drops passages cheaply (MiniSearch `discard`: no need for the original text; vacuumed in the background). */
  discard(ids: readonly string[]): void {
    this.changes++;
    for (const id of ids) {
      const shortId = this.search.shortIds.get(id);
      if (shortId === undefined) continue;
      this.search.sentences.forget(shortId);
      const scope = this.search.getStoredFields(id)?.scope;
      this.search.discard(id);
      this.search.postings.hasDiscarded = true;
      if (typeof scope === 'string') this.scopeCounts.change(scope, -1);
    }
  }

  /**
   * Ranked passages for query terms, limited to the given scopes. An exact pass first; a fuzzy + prefix
   * pass only when it finds too little.
   */
  query(
    terms: readonly QueryTerm[],
    scopes: readonly string[],
    limit: number,
    { fallback = true }: { fallback?: boolean } = {},
  ): RankedPassage[] {
    if (terms.length === 0) return [];
    const boosts = new Map(terms.map(({ term, boost }) => [term, boost]));
    const text = [...boosts.keys()].join(' ');
    const visible = this.scopeCounts.visibility(scopes);
    const options = miniSearchOptions(boosts, visible);
    const flat = this.flat();
    const filter = visible ? this.search.postings.scopeFilter(scopes) : undefined;
    const chosen = this.candidates.pick(this.pickSource(flat), [...boosts.keys()], filter, (term) =>
      this.documentFrequency(term),
    );
    const toRanked = (results: SearchResult[]) => results.slice(0, limit).map(rankedOf);
    let found: Scored;
    if (flat) {
      found = this.scorer.score(this.search, boosts, filter, chosen, limit);
    } else {
      // Discarded passages not yet vacuumed: MiniSearch prunes their postings as it meets them.
      const results = chosen
        ? this.search.searchAmong([...boosts.keys()], chosen, text, options)
        : this.search.search(text, options);
      found = { ranked: toRanked(results), matched: results.length };
    }
    if (fallback && found.matched < SEARCH_SETTINGS.fallbackBelow) {
      return toRanked(
        this.search.search(text, {
          ...options,
          fuzzy: (term) => (term.length > 4 ? SEARCH_SETTINGS.fallbackFuzzy : false),
          prefix: (term) => term.length > 3,
        }),
      );
    }
    return found.ranked;
  }

  /**
   * The flat postings, once they hold what the term tree holds: undefined while discarded passages are not yet
   * vacuumed from the tree (MiniSearch's searches prune them as they meet them, changing the counts it scores
   * with, so its own search runs then); after the vacuum, the discarded passages' postings are dropped here too.
   */
  private flat(): FlatPostings | undefined {
    const { postings, dirtCount, documentIds } = this.search;
    if (dirtCount > 0) return undefined;
    if (postings.hasDiscarded) postings.dropPassages((shortId) => documentIds.has(shortId));
    return postings;
  }

  /** What candidates are picked from: the flat postings, counted as the tree counts them. */
  private pickSource(flat: FlatPostings | undefined): PickSource {
    const { postings, documentIds, documentCount, shortIdLimit } = this.search;
    return {
      flat: postings,
      size: flat
        ? (term, field) => flat.countOf(flat.termNumber(term), field)
        : (term, field) => this.search.termData(term)?.get(field)?.size ?? 0,
      indexed: flat ? undefined : (shortId) => documentIds.has(shortId),
      documentCount,
      shortIdLimit,
    };
  }

  /** Does a term occur in any passage the scopes see? (Cheaper than a query: no scoring.) */
  hasTerm(term: string, scopes: readonly string[]): boolean {
    const flat = this.flat();
    if (flat) {
      const number = flat.termNumber(term);
      if (number < 0) return false;
      if (this.scopeCounts.seesAll(scopes)) return true;
      const filter = flat.scopeFilter(scopes);
      flat.ready(number);
      for (const field of [TITLE_FIELD, TEXT_FIELD]) {
        const start = flat.starts[number * 2 + field]!;
        const end = start + flat.lengths[number * 2 + field]!;
        for (let i = start; i < end; i++) if (filter[flat.scopeOf[flat.docs[i]!]!] === 1) return true;
      }
      return false;
    }
    const data = this.search.termData(term);
    if (!data) return false;
    const { documentIds: ids, storedFields: stored } = this.search;
    const visible = this.scopeCounts.visibility(scopes);
    for (const docs of data.values()) {
      // Discarded passages keep their postings until vacuumed: skip them, as MiniSearch does.
      for (const id of docs.keys()) if (ids.has(id) && (!visible || visible(stored.get(id)))) return true;
    }
    return false;
  }

  /** In how many passages a term occurs (any field, any scope): the rarity that weighs sentence matches. */
  documentFrequency(term: string): number {
    const flat = this.flat();
    if (!flat) return this.frequencies.of(this.search, this.changes, term);
    const number = flat.termNumber(term);
    return Math.max(flat.countOf(number, TITLE_FIELD), flat.countOf(number, TEXT_FIELD));
  }

  /** Every term in the index (any scope): the vocabulary word vectors expand questions into. */
  terms(): IterableIterator<string> {
    return this.search.termKeys();
  }

  /** Grows with every change to the index: whatever is derived from its vocabulary is stale when it moves. */
  get version(): number {
    return this.changes;
  }

  /**
   * The ids of the passages whose title or text holds a term, of the given scopes only (every scope when none
   * are given): cheap for the rare words asked about.
   */
  passagesWith(term: string, scopes?: readonly string[]): string[] {
    const flat = this.flat();
    const all = scopes === undefined || this.scopeCounts.seesAll(scopes);
    if (flat) {
      const number = flat.termNumber(term);
      if (number < 0) return [];
      flat.ready(number);
      const filter = all ? undefined : flat.scopeFilter(scopes);
      const ids = this.search.documentIds;
      const found = new Set<string>();
      for (const field of [TITLE_FIELD, TEXT_FIELD]) {
        const start = flat.starts[number * 2 + field]!;
        const end = start + flat.lengths[number * 2 + field]!;
        for (let i = start; i < end; i++) {
          const doc = flat.docs[i]!;
          if (!filter || filter[flat.scopeOf[doc]!] === 1) found.add(ids.get(doc)!);
        }
      }
      return [...found];
    }
    const data = this.search.termData(term);
    if (!data) return [];
    const { documentIds: ids, storedFields: stored } = this.search;
    const visible = all ? undefined : this.scopeCounts.visibility(scopes);
    const found = new Set<string>();
    for (const docs of data.values()) {
      for (const shortId of docs.keys()) {
        const id = ids.get(shortId);
        if (id !== undefined && (!visible || visible(stored.get(shortId)))) found.add(id);
      }
    }
    return [...found];
  }

  /**
   * In how many passages' text (not title) a term occurs: the rarity that weighs a question's words. A word
   * of an article's title stands in the title field of every one of its passages, which says nothing of how
   * rare it is in what the passages say.
   */
  textFrequency(term: string): number {
    const flat = this.flat();
    if (flat) return flat.countOf(flat.termNumber(term), TEXT_FIELD);
    return this.search.termData(term)?.get(TEXT_FIELD)?.size ?? 0;
  }

  /**
   * Index terms within a small edit distance of a term: candidates for "did you mean". With `limit`, the first
   * `limit` of them (the walk stops short of distances past those: see `nearestTerms`).
   */
  similarTerms(term: string, maxDistance: number, limit?: number): string[] {
    const near =
      limit === undefined
        ? this.search.termsNear(term, maxDistance)
        : this.search.termsNearest(term, maxDistance, limit);
    // Nearest first; among equally near words the more common one is the likelier meaning ("tower", not "bower").
    return near
      .map(([candidate, distance]) => ({ candidate, distance, df: this.documentFrequency(candidate) }))
      .sort((a, b) => a.distance - b.distance || b.df - a.df || (a.candidate < b.candidate ? -1 : 1))
      .map(({ candidate }) => candidate)
      .slice(0, limit);
  }

  /**
   * Terms the scopes see that begin with `prefix`, or none when more than `limit` do (any scope): a short
   * prefix of many words says nothing about which one is meant.
   */
  termsStartingWith(prefix: string, scopes: readonly string[], limit: number): string[] {
    const found = this.search.termsStartingWith(prefix, limit + 1);
    if (found.length > limit) return [];
    return found.filter((term) => term !== prefix && this.hasTerm(term, scopes));
  }

  /** Prefix completion for autocomplete: MiniSearch's own suggestions, limited to scopes. */
  prefixSearch(terms: readonly string[], scopes: readonly string[], limit: number): RankedPassage[] {
    if (terms.length === 0) return [];
    const allowed = new Set(scopes);
    const last = terms.length - 1;
    return this.search
      .search(terms.join(' '), {
        combineWith: 'AND',
        prefix: (_term, i) => i === last,
        boost: { title: 2 },
        filter: (result) => allowed.has(result.scope as string),
      })
      .slice(0, limit)
      .map(rankedOf);
  }
}
