/**
 * The MiniSearch index over passages. This module knows how passages are indexed and searched; it does not
 * know about files, answers or Discord.
 *
 * Every passage is indexed with its article title and text through the one analyzer, and stores only its
 * scope so a search can be limited to what a server may see.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Passage } from '../corpus/types.js';
import { analyze } from './analyzer.js';
import { SEARCH_SETTINGS } from './settings.js';

interface IndexedPassage {
  id: string;
  title: string;
  text: string;
  scope: string;
}

export interface RankedPassage {
  id: string;
  score: number;
  /** Query terms that matched this passage. */
  terms: string[];
}

export interface QueryTerm {
  term: string;
  /** Weight of the term; alias expansions weigh less than the question's own words. */
  boost: number;
}

/** The text already arrives as search terms (see `analyze`), so MiniSearch must not process it again. */
const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: ['scope'],
  tokenize: analyze,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term },
};

export class PassageIndex {
  private readonly search: MiniSearch<IndexedPassage>;

  private constructor(search: MiniSearch<IndexedPassage>) {
    this.search = search;
  }

  static empty(): PassageIndex {
    return new PassageIndex(new MiniSearch<IndexedPassage>(INDEX_OPTIONS));
  }

  /** Restores an index saved with `toJSON`; throws if the data is not a MiniSearch index. */
  static fromJSON(json: unknown): PassageIndex {
    return new PassageIndex(MiniSearch.loadJS<IndexedPassage>(json as never, INDEX_OPTIONS));
  }

  toJSON(): unknown {
    return this.search.toJSON();
  }

  get size(): number {
    return this.search.documentCount;
  }

  has(id: string): boolean {
    return this.search.has(id);
  }

  add(passages: readonly Passage[]): void {
    this.search.addAll(
      passages.map((passage) => ({
        id: passage.id,
        title: passage.title,
        text: passage.text,
        scope: passage.scope,
      })),
    );
  }

  /** Drops passages cheaply (MiniSearch `discard`: no need for the original text; vacuumed in the background). */
  discard(ids: readonly string[]): void {
    for (const id of ids) if (this.search.has(id)) this.search.discard(id);
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
    const allowed = new Set(scopes);
    const options = {
      fields: ['title', 'text'],
      boost: { title: SEARCH_SETTINGS.titleBoost },
      bm25: SEARCH_SETTINGS.bm25,
      combineWith: 'OR' as const,
      boostTerm: (term: string) => boosts.get(term) ?? 1,
      filter: (result: SearchResult) => allowed.has(result.scope as string),
    };
    const text = [...boosts.keys()].join(' ');
    let results = this.search.search(text, options);
    if (fallback && results.length < SEARCH_SETTINGS.fallbackBelow) {
      results = this.search.search(text, {
        ...options,
        fuzzy: (term) => (term.length > 4 ? SEARCH_SETTINGS.fallbackFuzzy : false),
        prefix: (term) => term.length > 3,
      });
    }
    return results
      .slice(0, limit)
      .map((result) => ({ id: result.id, score: result.score, terms: result.queryTerms }));
  }

  /** In how many passages a term occurs (any field, any scope): the rarity that weighs sentence matches. */
  documentFrequency(term: string): number {
    // MiniSearch keeps per-field postings in its radix tree and exposes no public df; read it directly.
    const postings = (
      this.search as unknown as {
        _index: { get(term: string): Map<number, Map<number, number>> | undefined };
      }
    )._index.get(term);
    if (!postings) return 0;
    let df = 0;
    for (const docs of postings.values()) df = Math.max(df, docs.size);
    return df;
  }

  /** Index terms within a small edit distance of a term: candidates for "did you mean". */
  similarTerms(term: string, maxDistance: number): string[] {
    const index = (
      this.search as unknown as {
        _index: { fuzzyGet(term: string, distance: number): Map<string, [unknown, number]> };
      }
    )._index;
    return [...index.fuzzyGet(term, maxDistance)]
      .sort((a, b) => a[1][1] - b[1][1])
      .map(([candidate]) => candidate);
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
      .map((result) => ({ id: result.id, score: result.score, terms: result.queryTerms }));
  }

  get documentCount(): number {
    return this.search.documentCount;
  }
}
