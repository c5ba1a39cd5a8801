/**
 * Passages per scope, kept beside the index: a search whose scopes include every scope present needs no
 * scope filter, which keeps the common case (one server, one scope) free of a check per posting.
 */
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

  /** Passages added to (delta > 0) or discarded from a scope. */
  change(scope: string, delta: number): void {
    const size = (this.sizes.get(scope) ?? 0) + delta;
    if (size > 0) this.sizes.set(scope, size);
    else this.sizes.delete(scope);
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
