/**
 * Aliases learned from the corpus itself: "Islamic State Khorasan Province (ISKP)" teaches that ISKP and
 * the long form name the same thing, so a question using either finds passages that use the other.
 *
 * Aliases are applied at query time only (the index holds the text's own terms), so adding or removing a
 * file never forces other files to be re-indexed.
 */
import { isSpace } from '../corpus/sentences.js';
import { analyze } from './analyzer.js';
import { FifoMap } from './fifo-map.js';

// The book of aliases in force lives in its own module; importers of this one find it here too.
export { AliasBook, type Expansion } from './alias-book.js';

export interface Alias {
  /** Search term of the acronym, e.g. "iskp". */
  acronym: string;
  /** Search terms of the long form, e.g. ["islam", "state", "khorasan", "provinc"]. */
  longForm: string[];
}

/** Does one of the aliases name the term, as its acronym or within its long form? */
export function aliasNames(aliases: readonly Alias[], term: string): boolean {
  return aliases.some((alias) => alias.acronym === term || alias.longForm.includes(term));
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

/**
 * The aliases an article teaches: its passages' text, and its title, where a long form is often written in
 * capitals ("Minutes of the 2025 Annual General Meeting") that the text later calls by its acronym.
 */
export function learnArticleAliases(article: {
  title?: string;
  passages: ReadonlyArray<{ text: string }>;
}): Alias[] {
  const text = article.passages.map((passage) => passage.text).join('\n');
  return learnAliases(article.title ? `${article.title}\n${text}` : text);
}

/**
 * The aliases a text teaches: its "Long Form Words (LFW)" definitions, then acronyms it writes alone whose long
 * form it writes elsewhere in capitals (`learnSpeltOut`).
 */
export function learnAliases(text: string): Alias[] {
  const aliases = learnDefinitions(text);
  learnSpeltOut(text, aliases);
  return aliases;
}

/** Finds "Long Form Words (LFW)" definitions in a text. */
export function learnDefinitions(text: string): Alias[] {
  const aliases: Alias[] = [];
  for (
    let match = nextDefinition(text, 0);
    match;
    match = nextDefinition(text, match.index + match[0].length)
  ) {
    const acronym = match[1]!;
    const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
    if (letters.length < 2) continue;
    const longForm = matchInitials(text, Math.max(0, match.index - 200), match.index, letters);
    if (!longForm) continue;
    const alias = aliasOf(acronym, longForm.join(' '));
    if (alias) aliases.push({ acronym: alias.acronym, longForm: [...alias.longForm] });
  }
  return aliases;
}

/** An acronym of three to five capitals written alone ("the 2024 AGM"); two ("US", "IT") are too often other words. */
const ACRONYM_ALONE = /\b[A-Z]{3,5}\b/g;
/**
 * Words in capitals in a row, small words allowed between ("Annual General Meeting", "Port of Leith"). ASCII
 * letters only: with `\p{Lu}` under the `u` flag the scan cost ~3x as much, and long forms in the corpora
 * measured are written in ASCII.
 */
const CAPITALISED_RUN =
  /[A-Z][A-Za-z'\u2019-]*(?:[ \t]+(?:(?:of|the|and|for|&)[ \t]+)*[A-Z][A-Za-z'\u2019-]*)+/g;

/**
 * An acronym the text writes alone whose long form it writes elsewhere in capitals, never in "Long Form (LF)"
 * ("Minutes of the Annual General Meeting" ... "the 2024 AGM"): the two name one thing. Adds to `aliases`.
 */
function learnSpeltOut(text: string, aliases: Alias[]): void {
  const acronyms = new Set(text.match(ACRONYM_ALONE));
  if (acronyms.size === 0) return;
  for (const alias of aliases) acronyms.delete(alias.acronym.toUpperCase());
  if (acronyms.size === 0) return;
  for (const [run] of text.matchAll(CAPITALISED_RUN)) {
    const words = run.split(/[ \t]+/);
    for (let start = 0; start < words.length - 1; start++) {
      let initials = '';
      for (let end = start; end < words.length && initials.length < 5; end++) {
        const word = words[end]!;
        if (SKIPPABLE.has(word)) continue;
        initials += word[0]!.toUpperCase();
        if (end > start && acronyms.has(initials)) {
          const alias = aliasOf(initials, words.slice(start, end + 1).join(' '));
          if (alias) aliases.push({ acronym: alias.acronym, longForm: [...alias.longForm] });
          acronyms.delete(initials);
        }
      }
    }
  }
}

/**
 * The alias a definition teaches (its acronym and long form as written), or null, for the definitions read
 * lately: a corpus defines the same few thousand again and again (20,711 definitions, 2,680 distinct, in the
 * 100k bench passages), and analysing both parts each time was a sixth of alias learning.
 */
const taught = new FifoMap<string, Alias | null>(10_000);

function aliasOf(acronym: string, longForm: string): Alias | null {
  const key = `${acronym} ${longForm}`; // (an acronym holds no space)
  let alias = taught.get(key);
  if (alias === undefined) {
    const acronymTerms = analyze(acronym);
    const longFormTerms = analyze(longForm);
    alias =
      acronymTerms.length === 1 && longFormTerms.length >= 2
        ? { acronym: acronymTerms[0]!, longForm: longFormTerms }
        : null;
    taught.set(key, alias);
  }
  return alias;
}

/**
 * `ACRONYM_IN_PARENS` tried only where a "(" stands, found by `indexOf`: the same matches in the same order,
 * without the regular expression's own scan of the text (a sixth of alias learning).
 */
const DEFINITION_HERE = new RegExp(ACRONYM_IN_PARENS.source, 'uy');

/** The first match of `ACRONYM_IN_PARENS` in `text` from `from`, or null. */
function nextDefinition(text: string, from: number): RegExpExecArray | null {
  for (let at = text.indexOf('(', from); at !== -1; at = text.indexOf('(', at + 1)) {
    DEFINITION_HERE.lastIndex = at;
    const match = DEFINITION_HERE.exec(text);
    if (match) return match;
  }
  return null;
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
