/**
 * Aliases learned from the corpus itself: "Islamic State Khorasan Province (ISKP)" teaches that ISKP and
 * the long form name the same thing, so a question using either finds passages that use the other.
 *
 * Aliases are applied at query time only (the index holds the text's own terms), so adding or removing a
 * file never forces other files to be re-indexed.
 */
import { analyze } from './analyzer.js';

export interface Alias {
  /** Search term of the acronym, e.g. "iskp". */
  acronym: string;
  /** Search terms of the long form, e.g. ["islam", "state", "khorasan", "provinc"]. */
  longForm: string[];
}

const ACRONYM_IN_PARENS = /\(\s*([\p{Lu}][\p{Lu}\p{Ll}&]{1,9})\s*\)/gu;
// Small words a long form may contain without a letter in the acronym ("Institute for Near East ... (INEGMA)").
const SKIPPABLE = new Set([
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
    const before = text.slice(Math.max(0, match.index - 200), match.index);
    const words = before
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(-MAX_LONG_FORM_WORDS);
    const longForm = matchInitials(words, letters);
    if (!longForm) continue;
    const acronymTerms = analyze(acronym);
    const longFormTerms = analyze(longForm.join(' '));
    if (acronymTerms.length !== 1 || longFormTerms.length < 2) continue;
    aliases.push({ acronym: acronymTerms[0]!, longForm: longFormTerms });
  }
  return aliases;
}

/** Walks back from the word before "(", matching the acronym's letters to initials from its end. */
function matchInitials(words: string[], letters: string[]): string[] | null {
  let letter = letters.length - 1;
  let first = words.length;
  for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
    const word = words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) return null;
    if (word[0]!.toUpperCase() === letters[letter]) {
      letter--;
      first = i;
    } else if (!SKIPPABLE.has(word.toLowerCase())) {
      return null;
    }
  }
  return letter < 0 ? words.slice(first) : null;
}

/** A query term added by alias expansion, weighted below the question's own words. */
export interface Expansion {
  term: string;
  boost: number;
}

const EXPANSION_BOOST = 0.5;

/**
 * Aliases by scope, reference-counted per file so removing a file forgets what only it taught.
 * Lookups only see the scopes a question may see (global + its own server).
 */
export class AliasBook {
  private readonly byScope = new Map<string, Map<string, { alias: Alias; files: Set<string> }>>();
  private readonly byFile = new Map<string, { scope: string; keys: string[] }>();

  add(file: string, scope: string, aliases: Alias[]): void {
    this.remove(file);
    const scopeAliases = this.byScope.get(scope) ?? new Map<string, { alias: Alias; files: Set<string> }>();
    this.byScope.set(scope, scopeAliases);
    const keys: string[] = [];
    for (const alias of aliases) {
      const key = `${alias.acronym}=${alias.longForm.join(' ')}`;
      const entry = scopeAliases.get(key) ?? { alias, files: new Set<string>() };
      entry.files.add(file);
      scopeAliases.set(key, entry);
      keys.push(key);
    }
    this.byFile.set(file, { scope, keys });
  }

  /** The aliases a file taught, as given to `add` (for the index snapshot). */
  aliasesOf(file: string): Alias[] {
    const known = this.byFile.get(file);
    const scopeAliases = known && this.byScope.get(known.scope);
    return known?.keys.flatMap((key) => scopeAliases?.get(key)?.alias ?? []) ?? [];
  }

  remove(file: string): void {
    const known = this.byFile.get(file);
    if (!known) return;
    const scopeAliases = this.byScope.get(known.scope);
    for (const key of known.keys) {
      const entry = scopeAliases?.get(key);
      entry?.files.delete(file);
      if (entry && entry.files.size === 0) scopeAliases?.delete(key);
    }
    this.byFile.delete(file);
  }

  /**
   * Extra query terms: an acronym's long form, or the acronym of a long form the query spells out; and the
   * aliases that matched, so answers can count "ISKP" in a sentence as the long form and vice versa.
   */
  expand(terms: string[], scopes: string[]): { expansions: Expansion[]; aliases: Alias[] } {
    const present = new Set(terms);
    const added = new Map<string, number>();
    const aliases: Alias[] = [];
    for (const scope of scopes) {
      for (const { alias } of this.byScope.get(scope)?.values() ?? []) {
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

function containsSequence(terms: string[], sequence: string[]): boolean {
  outer: for (let i = 0; i + sequence.length <= terms.length; i++) {
    for (let j = 0; j < sequence.length; j++) if (terms[i + j] !== sequence[j]) continue outer;
    return true;
  }
  return false;
}
