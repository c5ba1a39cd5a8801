/**
 * Aliases learned from the corpus itself: "Islamic State Khorasan Province (ISKP)" teaches that ISKP and
 * the long form name the same thing, so a question using either finds passages that use the other.
 *
 * Aliases are applied at query time only (the index holds the text's own terms), so adding or removing a
 * file never forces other files to be re-indexed.
 */
import { isSpace } from '../corpus/sentences.js';
import { analyze } from './analyzer.js';

export interface Alias {
  /** Search term of the acronym, e.g. "iskp". */
  acronym: string;
  /** Search terms of the long form, e.g. ["islam", "state", "khorasan", "provinc"]. */
  longForm: string[];
}

const ACRONYM_IN_PARENS = /\(\s*([\p{Lu}][\p{Lu}\p{Ll}&]{1,9})\s*\)/gu;
// Small words a long form may contain without a letter in the acronym ("Institute for Near East ... (INEGMA)").
export const SKIPPABLE: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'al',
  'e',
  'el',
  'la',
  'du',
  'des',
  'a',
  '&',
]);
const MAX_LONG_FORM_WORDS = 12;

/** Finds "Long Form Words (LFW)" definitions in a text. */
export function learnAliases(text: string): Alias[] {
  const aliases: Alias[] = [];
  for (const match of text.matchAll(ACRONYM_IN_PARENS)) {
    const acronym = match[1]!;
    const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
    if (letters.length < 2) continue;
    const longForm = matchInitials(text, Math.max(0, match.index - 200), match.index, letters);
    if (!longForm) continue;
    const acronymTerms = analyze(acronym);
    const longFormTerms = analyze(longForm.join(' '));
    if (acronymTerms.length !== 1 || longFormTerms.length < 2) continue;
    aliases.push({ acronym: acronymTerms[0]!, longForm: longFormTerms });
  }
  return aliases;
}

/** Is a code unit an ASCII letter or digit? */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Does a code unit separate the words a long form is read in (white space, as `\s`, or a hyphen)? */
function separates(code: number): boolean {
  return code === 0x2d || isSpace(code);
}

/**
 * Walks back from the word before "(", matching the acronym's letters to initials from its end, over the last
 * `MAX_LONG_FORM_WORDS` words of `text` from `from` to `to` (words are read back one at a time, as far as
 * the match goes). Returns the long form's words as written, or null.
 */
function matchInitials(text: string, from: number, to: number, letters: string[]): string[] | null {
  let letter = letters.length - 1;
  const words: string[] = []; // last first
  let end = to;
  while (letter >= 0 && words.length < MAX_LONG_FORM_WORDS) {
    while (end > from && separates(text.charCodeAt(end - 1))) end--;
    if (end === from) break;
    let start = end - 1;
    while (start > from && !separates(text.charCodeAt(start - 1))) start--;
    const written = text.slice(start, end);
    end = start;
    words.push(written);
    // (A word that starts and ends with an ASCII letter or digit has nothing to trim: most.)
    const word =
      isAsciiAlphanumeric(written.charCodeAt(0)) &&
      isAsciiAlphanumeric(written.charCodeAt(written.length - 1))
        ? written
        : written.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) return null;
    if (word[0]!.toUpperCase() === letters[letter]) {
      letter--;
    } else if (!SKIPPABLE.has(word.toLowerCase())) {
      return null;
    }
  }
  return letter < 0 ? words.reverse() : null;
}

/** A query term added by alias expansion, weighted below the question's own words. */
export interface Expansion {
  term: string;
  boost: number;
}

const EXPANSION_BOOST = 0.5;

/** One alias in a scope, with the files that teach it. */
interface Entry {
  alias: Alias;
  files: Set<string>;
  /** When it joined its scope: a scope's aliases are checked in this order, as a scan of them would be. */
  order: number;
}

/** A scope's aliases, and which of them a question term can match. */
interface ScopeBook {
  /** By `acronym=long form`, in the order they were added. */
  entries: Map<string, Entry>;
  /**
   * Term -> the aliases a question holding it may match: by acronym, and by the first term of the long form
   * (a long form matches only as a whole sequence, so its first term must be there).
   */
  byTerm: Map<string, Set<Entry>>;
  /** Aliases with an empty long form: such a sequence is found in every question. */
  always: Set<Entry>;
}

/**
 * Aliases by scope, reference-counted per file so removing a file forgets what only it taught.
 * Lookups only see the scopes a question may see (global + its own server), and only the aliases the
 * question's terms can match (thousands are learned from a large corpus; a question holds a dozen terms).
 */
export class AliasBook {
  private readonly byScope = new Map<string, ScopeBook>();
  private readonly byFile = new Map<string, { scope: string; keys: string[] }>();
  /** Gives each new entry its `order`. */
  private added = 0;

  add(file: string, scope: string, aliases: Alias[]): void {
    this.remove(file);
    let book = this.byScope.get(scope);
    if (!book) this.byScope.set(scope, (book = { entries: new Map(), byTerm: new Map(), always: new Set() }));
    const keys: string[] = [];
    for (const alias of aliases) {
      const key = `${alias.acronym}=${alias.longForm.join(' ')}`;
      let entry = book.entries.get(key);
      if (!entry) {
        entry = { alias, files: new Set<string>(), order: this.added++ };
        book.entries.set(key, entry);
        for (const term of lookupTerms(alias)) {
          let entries = book.byTerm.get(term);
          if (!entries) book.byTerm.set(term, (entries = new Set()));
          entries.add(entry);
        }
        if (alias.longForm.length === 0) book.always.add(entry);
      }
      entry.files.add(file);
      keys.push(key);
    }
    this.byFile.set(file, { scope, keys });
  }

  /** The aliases a file taught, as given to `add` (for the index snapshot). */
  aliasesOf(file: string): Alias[] {
    const known = this.byFile.get(file);
    const book = known && this.byScope.get(known.scope);
    return known?.keys.flatMap((key) => book?.entries.get(key)?.alias ?? []) ?? [];
  }

  remove(file: string): void {
    const known = this.byFile.get(file);
    if (!known) return;
    const book = this.byScope.get(known.scope);
    for (const key of known.keys) {
      const entry = book?.entries.get(key);
      if (!book || !entry) continue;
      entry.files.delete(file);
      if (entry.files.size > 0) continue;
      book.entries.delete(key);
      for (const term of lookupTerms(entry.alias)) {
        const entries = book.byTerm.get(term);
        entries?.delete(entry);
        if (entries?.size === 0) book.byTerm.delete(term);
      }
      book.always.delete(entry);
    }
    if (book?.entries.size === 0) this.byScope.delete(known.scope);
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
}

/** The terms an alias is found by (see `ScopeBook.byTerm`). */
function lookupTerms(alias: Alias): string[] {
  const first = alias.longForm[0];
  return first === undefined || first === alias.acronym ? [alias.acronym] : [alias.acronym, first];
}

/** The aliases of a scope that the terms may match, in the order they joined the scope. */
function candidates(book: ScopeBook, present: ReadonlySet<string>): Entry[] {
  const found = new Set<Entry>(book.always);
  for (const term of present) for (const entry of book.byTerm.get(term) ?? []) found.add(entry);
  return found.size > 1 ? [...found].sort((a, b) => a.order - b.order) : [...found];
}

function containsSequence(terms: string[], sequence: string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= terms.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (terms[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
