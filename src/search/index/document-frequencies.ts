/**
 * Document frequencies already looked up (each a radix-tree walk): questions and their feedback terms repeat
 * the same words, and ranking and candidate selection ask for the same terms again.
 */
import type { PassageSearch } from './passage-search.js';

/** Frequencies kept (about 100 bytes each); past this the cache starts again. */
const MAX_CACHED_FREQUENCIES = 50_000;

export class DocumentFrequencies {
  private readonly cached = new Map<string, number>();
  /** The index state the cache is valid for: the facade's change count and MiniSearch's dirt count. */
  private at = { changes: -1, dirt: -1 };

  /**
   * In how many passages a term occurs (any field, any scope). `changes` grows with every passage added or
   * discarded; a vacuum (MiniSearch's, in the background) resets the dirt count and drops discarded
   * postings: either empties the cache.
   */
  of(search: PassageSearch, changes: number, term: string): number {
    const dirt = search.dirtCount;
    if (this.at.changes !== changes || this.at.dirt !== dirt || this.cached.size >= MAX_CACHED_FREQUENCIES) {
      this.cached.clear();
      this.at = { changes, dirt };
    }
    const cached = this.cached.get(term);
    if (cached !== undefined) return cached;
    const postings = search.termData(term);
    let df = 0;
    if (postings) for (const docs of postings.values()) df = Math.max(df, docs.size);
    this.cached.set(term, df);
    return df;
  }
}
