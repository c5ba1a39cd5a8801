/**
 * The loaded synonym table, as the engine holds it: a term's WordNet synonyms (analyzer terms, commonest
 * sense first), or none. Found by binary search over the file's sorted terms, each list turned into
 * strings the first time it is asked for (a load builds no map of 35,000 entries: ~5 ms instead of ~30).
 */
import { decodeSynonymFile, encodeSynonymFile, readList, type SynonymFile } from './format.js';

const NONE: readonly string[] = Object.freeze([]);
/** Lists kept as strings, and terms known to have none; cleared when full (a question asks for a few dozen). */
const LIST_MEMO_LIMIT = 20_000;

export class Synonyms {
  private readonly lists = new Map<string, readonly string[]>();
  /** Answers of `hasTermStartingWith`, by prefix (a question's words come back question after question). */
  private readonly prefixes = new Map<string, boolean>();

  private constructor(private readonly file: SynonymFile) {}

  /** Reads a whole file; throws `SynonymFileError` when it is not a valid one. */
  static fromBytes(bytes: Uint8Array): Synonyms {
    return new Synonyms(decodeSynonymFile(bytes));
  }

  /** A table given directly (tests, the eval): term -> synonym terms, through the same file encoding. */
  static fromTable(
    table: ReadonlyMap<string, readonly string[]> | Record<string, readonly string[]>,
    source = 'memory',
  ): Synonyms {
    const entries = table instanceof Map ? table : new Map(Object.entries(table));
    return Synonyms.fromBytes(encodeSynonymFile({ source, entries }));
  }

  /** What the table was built from (format.ts): the store rebuilds a file whose source is not current. */
  get source(): string {
    return this.file.source;
  }

  /** How many terms have synonyms. */
  get size(): number {
    return this.file.entries;
  }

  /** The synonyms of an analyzer term ("hurt" -> "injuri", "wound"...), an empty array when it has none. */
  of(term: string): readonly string[] {
    const known = this.lists.get(term);
    if (known) return known;
    const entry = this.entryOf(term);
    // A term without synonyms is kept too (as `NONE`): most runs of a question's words that a phrase reader
    // looks up are none, and they come back question after question (each a binary search).
    const list = entry < 0 ? NONE : Object.freeze(readList(this.file, entry));
    if (this.lists.size >= LIST_MEMO_LIMIT) this.lists.clear();
    this.lists.set(term, list);
    return list;
  }

  /**
   * Whether some term with synonyms begins with `prefix`: a phrase key's first word and `_` ("set_" of
   * "set_up"). Most words begin no phrase, and a reader of phrases then looks up none of the runs they begin.
   */
  hasTermStartingWith(prefix: string): boolean {
    let known = this.prefixes.get(prefix);
    if (known === undefined) {
      const { terms, entries } = this.file;
      // The first term not before the prefix (terms are sorted): the terms with it, if any, start there.
      let low = 0;
      let high = entries;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (terms[mid]! < prefix) low = mid + 1;
        else high = mid;
      }
      known = low < entries && terms[low]!.startsWith(prefix);
      if (this.prefixes.size >= LIST_MEMO_LIMIT) this.prefixes.clear();
      this.prefixes.set(prefix, known);
    }
    return known;
  }

  /** Every term with its synonyms, in term order. */
  *entries(): IterableIterator<[string, readonly string[]]> {
    for (let entry = 0; entry < this.file.entries; entry++) {
      yield [this.file.terms[entry]!, readList(this.file, entry)];
    }
  }

  private entryOf(term: string): number {
    const { terms } = this.file;
    let low = 0;
    let high = this.file.entries - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = terms[mid]!;
      if (at === term) return mid;
      if (at < term) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}
