/**
 * Passages per scope, kept beside the index: a search whose scopes include every scope present needs no
 * scope filter, which keeps the common case (one server, one scope) free of a check per posting.
 */
import type { PassageRuns } from './passage-runs.js';
import type { PassageSearch, Visibility } from './passage-search.js';

export class ScopeCounts {
  /** Scope → passages in it; a scope with none is not kept. */
  private readonly sizes = new Map<string, number>();

  /** Counts again from the passages' stored scopes (after the index was built or read whole). */
  recount(search: PassageSearch): void {
    this.sizes.clear();
    for (const fields of search.storedFields.values()) {
      if (typeof fields?.scope === 'string') this.change(fields.scope, 1);
    }
  }

  /**
   * Counts a snapshot's passages by their runs (one per article), as `recount` would count them passage by
   * passage: a 100k start derived a stored-fields entry for every passage only to read its scope.
   */
  countRuns(runs: PassageRuns): void {
    this.sizes.clear();
    runs.forEachRun((_file, scope, count) => this.change(scope, count));
  }

  /** Passages added to (delta > 0) or discarded from a scope. */
  change(scope: string, delta: number): void {
    const size = (this.sizes.get(scope) ?? 0) + delta;
    if (size > 0) this.sizes.set(scope, size);
    else this.sizes.delete(scope);
  }

  /** How many passages the scopes see together. */
  passagesIn(scopes: readonly string[]): number {
    let total = 0;
    // Each scope once (a scope listed twice is seen once), without a Set made for a list of one or two.
    scopes.forEach((scope, i) => {
      if (scopes.indexOf(scope) === i) total += this.sizes.get(scope) ?? 0;
    });
    return total;
  }

  /**
   * Whether the scopes see every passage in the index (`visibility` gives undefined): asked of every term a
   * question looks up (`hasTerm`), so nothing is made for it.
   */
  seesAll(scopes: readonly string[]): boolean {
    for (const scope of this.sizes.keys()) if (!scopes.includes(scope)) return false;
    return true;
  }

  /** Which stored passages the scopes see, or undefined when they see every passage in the index. */
  visibility(scopes: readonly string[]): Visibility {
    const allowed = new Set(scopes);
    for (const scope of this.sizes.keys()) {
      if (!allowed.has(scope)) return (stored) => allowed.has(stored?.scope as string);
    }
    return undefined;
  }
}
