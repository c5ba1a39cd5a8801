/**
 * The one text pipeline used for indexing and querying alike:
 * fold (case, diacritics, quotes) → tokenise → drop English stop words → Snowball (Porter2) stem.
 *
 * Porter2 rather than the 1980 Porter stemmer: Porter turns "news" into "new". Numbers pass through
 * untouched so "2015" or "52" stay searchable.
 */
import { stem } from 'porter2';
import { eng as libraryStopWords } from 'stopword';
import { foldText } from './fold.js';

/**
 * The `stopword` package's English list, plus question words and folded contractions that the list lacks
 * (they carry no topic; the question's type is read separately, in answer/question.ts).
 */
const EXTRA_STOP_WORDS = `
  when why whom whose does doesn isn aren wasn weren don didn can cannot won its also tell know please
  yes no not just so s t d ll re ve m thing things kind anyone anybody someone somebody
  isnt arent wasnt werent dont doesnt didnt cant wont couldnt shouldnt wouldnt hasnt havent hadnt
  im ive youre theyre thats whats whos wheres hows lets
`
  .trim()
  .split(/\s+/);
export const STOP_WORDS: ReadonlySet<string> = new Set([...libraryStopWords, ...EXTRA_STOP_WORDS]);

/** Letters and digits, with apostrophes and hyphens allowed inside a word ("o'driscoll", "al-qa'ida"). */
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /'s$/;

export interface Token {
  /** The word exactly as written in the original text. */
  surface: string;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The search term (folded, stemmed), or null for a stop word. */
  term: string | null;
}

// Stemming is the costly step and a corpus repeats its words: remember recent results.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

/** The search term of one already-folded word, or null for a stop word. */
function termOfFolded(folded: string): string | null {
  const cached = termCache.get(folded);
  if (cached !== undefined) return cached;
  const bare = folded.replace(POSSESSIVE, '').replace(/'/g, '');
  let term: string | null;
  if (bare.length === 0 || STOP_WORDS.has(bare)) term = null;
  else if (/^\d/.test(bare)) term = bare;
  else term = stem(bare);
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(folded, term);
  return term;
}

/** Turns one word (as written) into its search term, or null when it is a stop word. */
export function termOf(word: string): string | null {
  return termOfFolded(foldText(word));
}

/** Hyphenated words are split: "Tehreek-e-Taliban" is one word to a reader, but its parts are what people type. */
const HYPHEN = '-';

/** Words of a text with their offsets and terms; offsets refer to the text as given (verbatim). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let offset = match.index;
    for (const part of match[0].split(HYPHEN)) {
      tokens.push({ surface: part, start: offset, end: offset + part.length, term: termOf(part) });
      offset += part.length + 1;
    }
  }
  return tokens;
}

/**
 * The search terms of a text, in order, stop words removed: what MiniSearch indexes and queries with.
 * Folds the whole text once (the hot path when indexing); gives the same terms as `tokenize`.
 */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    for (const part of match[0].split(HYPHEN)) {
      const term = termOfFolded(part);
      if (term !== null) terms.push(term);
    }
  }
  return terms;
}
