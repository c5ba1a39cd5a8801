/**
 * The MiniSearch index over passages: what the engine and the answer stages call. This module knows how
 * passages are indexed and searched; it does not know about files, answers or Discord.
 *
 * Every passage is indexed with its article title and text through the one analyzer, and stores only its
 * scope so a search can be limited to what a server may see. The work is done in `index/`: MiniSearch
 * opened up (`passage-search`), the bulk build, the snapshot encoding, candidate selection, exact scoring,
 * the document-frequency cache and the scope counts.
 */
import type { SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.js';
import { buildIndex } from './index/bulk-build.js';
import { CandidatePicker } from './index/candidates.js';
import { DocumentFrequencies } from './index/document-frequencies.js';
import { decodeIndex, type EncodedIndex, encodeIndex, encodeIndexSteps } from './index/encoded-index.js';
import { PassageSearch, TEXT_FIELD } from './index/passage-search.js';
import { ScopeCounts } from './index/scope-counts.js';
import { ExactScorer, type RankedPassage, type Scored } from './index/scoring.js';
import { SEARCH_SETTINGS } from './settings.js';

export { idf, type RankedPassage } from './index/scoring.js';

export interface QueryTerm {
  /** An analysed term (see `analyze`). */
  term: string;
  /** Weight of the term; alias expansions weigh less than the question's own words. */
  boost: number;
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

  private constructor(search: PassageSearch) {
    this.search = search;
    this.scopeCounts.recount(search);
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
  static decode(encoded: EncodedIndex, passages: readonly Passage[]): PassageIndex {
    return new PassageIndex(decodeIndex(encoded, passages));
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
    this.search.addAll(
      passages.map((passage) => ({
        id: passage.id,
        title: passage.title,
        text: passage.text,
        scope: passage.scope,
      })),
    );
    for (const passage of passages) this.scopeCounts.change(passage.scope, 1);
  }

  /** Drops passages cheaply (MiniSearch `discard`: no need for the original text; vacuumed in the background). */
  discard(ids: readonly string[]): void {
    this.changes++;
    for (const id of ids) {
      if (!this.search.has(id)) continue;
      const scope = this.search.getStoredFields(id)?.scope;
      this.search.discard(id);
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
    const options = {
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
    const chosen = this.candidates.pick(this.search, [...boosts.keys()], visible, (term) =>
      this.documentFrequency(term),
    );
    const toRanked = (results: SearchResult[]) => results.slice(0, limit).map(rankedOf);
    let found: Scored;
    if (this.search.dirtCount === 0) {
      found = this.scorer.score(this.search, boosts, visible, chosen, limit);
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

  /** Does a term occur in any passage the scopes see? (Cheaper than a query: no scoring.) */
  hasTerm(term: string, scopes: readonly string[]): boolean {
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
    return this.frequencies.of(this.search, this.changes, term);
  }

  /** Every term in the index (any scope): the vocabulary word vectors expand questions into. */
  terms(): IterableIterator<string> {
    return this.search.termKeys();
  }

  /** Grows with every change to the index: whatever is derived from its vocabulary is stale when it moves. */
  get version(): number {
    return this.changes;
  }

  /** The ids of the passages (any scope) whose title or text holds a term: cheap for the rare words asked about. */
  passagesWith(term: string): string[] {
    const data = this.search.termData(term);
    if (!data) return [];
    const ids = this.search.documentIds;
    const found = new Set<string>();
    for (const docs of data.values()) {
      for (const shortId of docs.keys()) {
        const id = ids.get(shortId);
        if (id !== undefined) found.add(id);
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
    return this.search.termData(term)?.get(TEXT_FIELD)?.size ?? 0;
  }

  /** Index terms within a small edit distance of a term: candidates for "did you mean". */
  similarTerms(term: string, maxDistance: number): string[] {
    // Nearest first; among equally near words the more common one is the likelier meaning ("tower", not "bower").
    return this.search
      .termsNear(term, maxDistance)
      .map(([candidate, distance]) => ({ candidate, distance, df: this.documentFrequency(candidate) }))
      .sort((a, b) => a.distance - b.distance || b.df - a.df || (a.candidate < b.candidate ? -1 : 1))
      .map(({ candidate }) => candidate);
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
