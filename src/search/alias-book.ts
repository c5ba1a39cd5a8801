/**
 * The aliases in force, by scope, reference-counted per file so removing a file forgets what only it taught.
 * Lookups only see the scopes a question may see (global + its own server), and only the aliases the
 * question's terms can match (thousands are learned from a large corpus; a question holds a dozen terms).
 *
 * Held without a string key, a Set of files or a Set of entries per alias: each alias is in two linked
 * chains (by acronym, and by the first term of its long form) and counts the files teaching it. At 1M
 * passages (205k aliases) the Maps of Sets took 0.45-0.7 s of a start and much of its garbage.
 */
import type { Alias } from './aliases.js';

/** A query term added by alias expansion, weighted below the question's own words. */
export interface Expansion {
  term: string;
  boost: number;
}

const EXPANSION_BOOST = 0.5;

/** One alias in a scope. */
interface Entry {
  alias: Alias;
  /** How many files teach it (a file teaching it twice counts once). */
  files: number;
  /** The last `add` or `remove` call that counted this entry for its file (see `AliasBook.stamp`). */
  stamp: number;
  /** When it joined its scope: a scope's aliases are checked in this order, as a scan of them would be. */
  order: number;
  /** Neighbours in the chain of its acronym, and in the chain of its long form's first term (if it has one). */
  previousByAcronym?: Entry;
  nextByAcronym?: Entry;
  previousByFirst?: Entry;
  nextByFirst?: Entry;
}

/** A scope's aliases, and which of them a question term can match. */
interface ScopeBook {
  /** Acronym -> the first of the chain of its aliases. */
  byAcronym: Map<string, Entry>;
  /**
   * First term of a long form -> the first of the chain of aliases whose long form starts with it (a long form
   * matches only as a whole sequence, so its first term must be there); not for a long form starting with its
   * own acronym, found by the acronym already.
   */
  byFirst: Map<string, Entry>;
  /** Aliases with an empty long form: such a sequence is found in every question. */
  always: Set<Entry>;
  size: number;
}

export class AliasBook {
  private readonly byScope = new Map<string, ScopeBook>();
  private readonly byFile = new Map<string, { scope: string; entries: Entry[] }>();
  /** Gives each new entry its `order`. */
  private added = 0;
  /** Numbers the calls of `add` and `remove`, so an entry a file names twice is counted once. */
  private stamp = 0;

  add(file: string, scope: string, aliases: Alias[]): void {
    this.remove(file);
    let book = this.byScope.get(scope);
    if (!book) {
      book = { byAcronym: new Map(), byFirst: new Map(), always: new Set(), size: 0 };
      this.byScope.set(scope, book);
    }
    const stamp = ++this.stamp;
    const entries: Entry[] = [];
    for (const alias of aliases) {
      let entry = find(book, alias);
      if (!entry) entry = this.insert(book, alias);
      if (entry.stamp !== stamp) {
        entry.stamp = stamp;
        entry.files++;
      }
      entries.push(entry);
    }
    this.byFile.set(file, { scope, entries });
  }

  /** The aliases a file taught, as given to `add` (for the index snapshot). */
  aliasesOf(file: string): Alias[] {
    return this.byFile.get(file)?.entries.map((entry) => entry.alias) ?? [];
  }

  remove(file: string): void {
    const known = this.byFile.get(file);
    if (!known) return;
    // (A file that taught nothing may outlive its scope's book, dropped once empty.)
    const book = this.byScope.get(known.scope);
    const stamp = ++this.stamp;
    for (const entry of book ? known.entries : []) {
      if (entry.stamp === stamp) continue;
      entry.stamp = stamp;
      if (--entry.files === 0) unlink(book!, entry);
    }
    if (book?.size === 0) this.byScope.delete(known.scope);
    this.byFile.delete(file);
  }

  /**
   * Extra query terms: an acronym's long form, or the acronym of a long form the query spells out; and the
   * aliases that matched, so answers can count "ISKP" in a sentence as the long form and vice versa.
   * Aliases are looked up by the query's terms, then checked in the order they joined their scope.
   */
  expand(terms: string[], scopes: string[]): { expansions: Expansion[]; aliases: Alias[] } {
    const present = new Set(terms);
    const added = new Map<string, number>();
    const aliases: Alias[] = [];
    for (const scope of scopes) {
      const book = this.byScope.get(scope);
      if (!book) continue;
      for (const { alias } of candidates(book, present)) {
        if (present.has(alias.acronym)) {
          for (const term of alias.longForm) if (!present.has(term)) added.set(term, EXPANSION_BOOST);
          aliases.push(alias);
        } else if (containsSequence(terms, alias.longForm)) {
          added.set(alias.acronym, 1);
          aliases.push(alias);
        }
      }
    }
    return { expansions: [...added].map(([term, boost]) => ({ term, boost })), aliases };
  }

  /**
   * The aliases the given files taught (in the scopes a question sees) whose long form holds a term besides
   * their acronym: "khorasan" is a word of "Islamic State Khorasan Province" (ISKP). Read through the files
   * that use the term, not a table of every long form's words (205k aliases at 1M passages).
   */
  withPart(term: string, files: Iterable<string>, scopes: readonly string[]): Alias[] {
    const found: Alias[] = [];
    for (const file of files) {
      const known = this.byFile.get(file);
      if (!known || !scopes.includes(known.scope)) continue;
      for (const { alias } of known.entries) {
        if (alias.acronym !== term && alias.longForm.includes(term) && !found.includes(alias))
          found.push(alias);
      }
    }
    return found;
  }

  /** A new entry for `alias`, first of its chains. */
  private insert(book: ScopeBook, alias: Alias): Entry {
    const entry: Entry = { alias, files: 0, stamp: 0, order: this.added++ };
    const sameAcronym = book.byAcronym.get(alias.acronym);
    if (sameAcronym) {
      entry.nextByAcronym = sameAcronym;
      sameAcronym.previousByAcronym = entry;
    }
    book.byAcronym.set(alias.acronym, entry);
    const first = firstTermOf(alias);
    if (first !== undefined) {
      const sameFirst = book.byFirst.get(first);
      if (sameFirst) {
        entry.nextByFirst = sameFirst;
        sameFirst.previousByFirst = entry;
      }
      book.byFirst.set(first, entry);
    }
    if (alias.longForm.length === 0) book.always.add(entry);
    book.size++;
    return entry;
  }
}

/** The long form's first term when the alias is found by it too (not its acronym's own term). */
function firstTermOf(alias: Alias): string | undefined {
  const first = alias.longForm[0];
  return first === alias.acronym ? undefined : first;
}

/** The scope's entry of the same acronym and long form, if any. */
function find(book: ScopeBook, alias: Alias): Entry | undefined {
  for (let entry = book.byAcronym.get(alias.acronym); entry; entry = entry.nextByAcronym) {
    if (sameTerms(entry.alias.longForm, alias.longForm)) return entry;
  }
  return undefined;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Takes an entry no file teaches any more out of its scope. */
function unlink(book: ScopeBook, entry: Entry): void {
  const { alias } = entry;
  if (entry.previousByAcronym) entry.previousByAcronym.nextByAcronym = entry.nextByAcronym;
  else if (entry.nextByAcronym) book.byAcronym.set(alias.acronym, entry.nextByAcronym);
  else book.byAcronym.delete(alias.acronym);
  if (entry.nextByAcronym) entry.nextByAcronym.previousByAcronym = entry.previousByAcronym;
  const first = firstTermOf(alias);
  if (first !== undefined) {
    if (entry.previousByFirst) entry.previousByFirst.nextByFirst = entry.nextByFirst;
    else if (entry.nextByFirst) book.byFirst.set(first, entry.nextByFirst);
    else book.byFirst.delete(first);
    if (entry.nextByFirst) entry.nextByFirst.previousByFirst = entry.previousByFirst;
  }
  book.always.delete(entry);
  book.size--;
}

/** The aliases of a scope that the terms may match, in the order they joined the scope. */
function candidates(book: ScopeBook, present: ReadonlySet<string>): Entry[] {
  const found = new Set<Entry>(book.always);
  for (const term of present) {
    for (let entry = book.byAcronym.get(term); entry; entry = entry.nextByAcronym) found.add(entry);
    for (let entry = book.byFirst.get(term); entry; entry = entry.nextByFirst) found.add(entry);
  }
  return found.size > 1 ? [...found].sort((a, b) => a.order - b.order) : [...found];
}

function containsSequence(terms: string[], sequence: string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= terms.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (terms[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
