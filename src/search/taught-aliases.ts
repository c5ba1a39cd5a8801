/**
 * Aliases people teach: the names they use for things the articles call otherwise ("ISIS", "Daesh" for
 * "Islamic State"). Written as `NAME = meaning`, one a line, in `aliases.txt` (global at the corpus root,
 * per server in `guilds/<id>/aliases.txt`) or in a Markdown file's front matter (`aliases:`).
 *
 * A taught alias has the same shape as a learned one (aliases.ts): the name's one search term and the
 * meaning's terms, applied at query time by `AliasBook` in both directions. Nothing is re-indexed.
 */
import type { AliasLine } from '../corpus/types.js';
import type { Alias } from './aliases.js';
import { analyze, tokenize } from './analyzer.js';

/** Longest name, in characters. */
export const MAX_ALIAS_NAME_CHARS = 40;
/** Longest meaning, in characters and in search terms (as many as a learned long form may have). */
export const MAX_ALIAS_MEANING_CHARS = 200;
export const MAX_ALIAS_MEANING_TERMS = 12;

/** One alias as written, where it is written, and its search terms. */
export interface TaughtAlias {
  /** The name as written, e.g. "ISIS". */
  name: string;
  /** The meaning as written, e.g. "Islamic State". */
  meaning: string;
  /** 1-based line of the file it is declared on. */
  line: number;
  alias: Alias;
}

/**
 * The one word search ignores that may still be a name: "IS" (Islamic State). Questions read it as the
 * name only where the verb "is" cannot stand ("does IS have", answer/name-is.ts), so `IS = Islamic State`
 * can be taught.
 */
export const NAME_IS_TERM = 'is';

/** A line that could not be read as an alias, and why (a clause fit to show a person). */
export interface AliasProblem {
  line: number;
  reason: string;
}

/** Checks a name and meaning; returns the alias, or a polite reason it cannot be one. */
export function checkAlias(name: string, meaning: string): { alias: Alias } | { problem: string } {
  const checkedName = checkName(name);
  if (typeof checkedName === 'string') return { problem: checkedName };
  const shown = name.trim();
  const text = meaning.replace(/\s+/g, ' ').trim();
  if (/[\x00-\x1f\x7f]/.test(meaning.replace(/[ \t]/g, '')))
    return { problem: 'the meaning must be on one line' };
  if (!text) return { problem: `“${shown}” needs a meaning (NAME = meaning)` };
  if (text.length > MAX_ALIAS_MEANING_CHARS) {
    return {
      problem: `the meaning is too long (${text.length} characters; the limit is ${MAX_ALIAS_MEANING_CHARS})`,
    };
  }
  const terms = analyze(text);
  if (terms.length === 0) {
    return {
      problem: `the meaning “${text}” has only common words (like “the” or “is”) that search ignores`,
    };
  }
  if (terms.length > MAX_ALIAS_MEANING_TERMS) {
    return {
      problem: `the meaning has too many words (${terms.length}; the limit is ${MAX_ALIAS_MEANING_TERMS})`,
    };
  }
  if (terms.length === 1 && terms[0] === checkedName.term) {
    return { problem: `“${shown}” would mean itself (“${text}”); give it another meaning` };
  }
  return { alias: { acronym: checkedName.term, longForm: terms } };
}

/**
 * The search term of a name, or why it cannot be one: a name is one word (letters and digits, an apostrophe
 * inside it) that search does not ignore. Hyphenated names are two words to search ("ISIS-K" is "isis" and "k").
 */
export function checkName(name: string): { term: string } | string {
  const shown = name.replace(/\s+/g, ' ').trim();
  if (!shown) return 'the name is empty';
  if (shown.length > MAX_ALIAS_NAME_CHARS) {
    return `the name is too long (${shown.length} characters; the limit is ${MAX_ALIAS_NAME_CHARS})`;
  }
  const tokens = tokenize(shown);
  if (tokens.length === 0) return `the name “${shown}” has no letters or digits`;
  if (tokens.length > 1 || tokens[0]!.surface !== shown) {
    if (/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)+$/u.test(shown)) {
      return `the name “${shown}” is hyphenated, and search reads its parts as separate words; a name must be one word (like ISKP), but a hyphenated one can be the meaning (ISKP = ISIS-K)`;
    }
    return `the name “${shown}” must be one word of letters and digits (like ISIS or Daesh)`;
  }
  const term = tokens[0]!.term;
  if (shown.toLowerCase() === NAME_IS_TERM) return { term: NAME_IS_TERM };
  if (term === null) {
    return `“${shown}” is a word search ignores (too common, like “the” or “of”), so it cannot be a name`;
  }
  return { term };
}

/** Splits `NAME = meaning` at its first `=`; undefined when the text has none. */
export function splitAliasText(text: string): { name: string; meaning: string } | undefined {
  const eq = text.indexOf('=');
  if (eq < 0) return undefined;
  return { name: text.slice(0, eq).trim(), meaning: text.slice(eq + 1).trim() };
}

/**
 * Reads declarations: each must be `NAME = meaning` with a good name and meaning, and a name (by its search
 * term, so "ISIS" and "isis" are one name) is declared once. Bad ones are problems; the rest are kept.
 */
export function readAliasLines(lines: readonly AliasLine[]): {
  aliases: TaughtAlias[];
  problems: AliasProblem[];
} {
  const aliases: TaughtAlias[] = [];
  const problems: AliasProblem[] = [];
  const seen = new Map<string, TaughtAlias>();
  for (const { line, text, problem } of lines) {
    if (problem) {
      problems.push({ line, reason: problem });
      continue;
    }
    const parts = splitAliasText(text);
    if (!parts) {
      problems.push({ line, reason: `expected NAME = meaning, found “${shorten(text)}”` });
      continue;
    }
    const checked = checkAlias(parts.name, parts.meaning);
    if ('problem' in checked) {
      problems.push({ line, reason: checked.problem });
      continue;
    }
    const earlier = seen.get(checked.alias.acronym);
    if (earlier) {
      problems.push({
        line,
        reason: `“${parts.name}” is already defined on line ${earlier.line} (as “${earlier.meaning}”); a name has one meaning`,
      });
      continue;
    }
    const taught = {
      name: parts.name.replace(/\s+/g, ' '),
      meaning: parts.meaning.replace(/\s+/g, ' '),
      line,
      alias: checked.alias,
    };
    seen.set(checked.alias.acronym, taught);
    aliases.push(taught);
  }
  return { aliases, problems };
}

/** The declarations of an alias file: every line but blank ones and `#` comments. */
export function aliasFileLines(text: string): AliasLine[] {
  const lines: AliasLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed && !trimmed.startsWith('#')) lines.push({ line: i + 1, text: trimmed });
  });
  return lines;
}

/** Parses an alias file (`NAME = meaning` lines, `#` comments, blank lines). */
export function parseAliasFile(text: string): { aliases: TaughtAlias[]; problems: AliasProblem[] } {
  return readAliasLines(aliasFileLines(text));
}

/** What a new alias file starts with. */
export const ALIAS_FILE_HEADER =
  '# Names people use for things the articles call otherwise: NAME = meaning, one a line.\n' +
  '# NAME is one word (ISIS, Daesh); lines starting with # are comments.\n';

/** `text` with `NAME = meaning` added as its last line (comments and other lines kept as they are). */
export function appendAlias(text: string, name: string, meaning: string): string {
  const base = text === '' ? ALIAS_FILE_HEADER : text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${name.replace(/\s+/g, ' ').trim()} = ${meaning.replace(/\s+/g, ' ').trim()}\n`;
}

/** `text` without the lines declaring the name whose search term is `term` (the rest kept as they are). */
export function removeAlias(text: string, term: string): string {
  const lines = text.split(/(?<=\n)/);
  return lines
    .filter((raw) => {
      const trimmed = raw.trim();
      if (!trimmed || trimmed.startsWith('#')) return true;
      const parts = splitAliasText(trimmed);
      const name = parts && checkName(parts.name);
      return !(name && typeof name !== 'string' && name.term === term);
    })
    .join('');
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
