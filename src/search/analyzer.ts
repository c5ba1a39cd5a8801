/**
 * The one text pipeline used for indexing and querying alike:
 * fold (case, diacritics, quotes) → tokenise → drop English stop words → Snowball (Porter2) stem.
 *
 * Porter2 rather than the 1980 Porter stemmer: Porter turns "news" into "new". Numbers pass through
 * untouched so "2015" or "52" stay searchable.
 */
import { stem } from 'porter2';
import { eng as libraryStopWords } from 'stopword/dist/stopword.esm.mjs';
import { foldAscii, foldByUnit, foldText, foldWithOffsets } from './fold.js';
import { IRREGULAR_FORMS } from './irregular-forms.js';
import { hashRange, NOT_CACHED, WordCache } from './word-cache.js';
import type { TermIdList } from './term-id-list.js';
import { AsciiWordParts } from './word-parts.js';
import { CodeUnits } from '../corpus/code-units.js';

/**
 * The `stopword` package's English list, plus question words and folded contractions that the list lacks
 * (they carry no topic; the question's type is read separately, in answer/question.ts), and words that only
 * attribute or bound ("according to Ehrlich", "per Khan", "until"): weighed as rare words they outweighed
 * the topic. @example session 14: session-14 dev set 52 -> 54 of 88, session-12 blind set 2 +1; chat set,
 * WikiQA tune half and SQuAD sample unchanged. Session 64: the pronouns the list lacks ("she", "herself", "she's",
 * "themselves"), as it has "he" and "they": dev sets +2, seed chat set +1.
 */
const EXTRA_STOP_WORDS = `
  when why whom whose does doesn isn aren wasn weren don didn can cannot its also tell know please
  yes no not just so s t d ll re ve m thing things kind anyone anybody someone somebody
  isnt arent wasnt werent dont doesnt didnt cant wont couldnt shouldnt wouldnt hasnt havent hadnt
  im ive youre theyre thats whats whos wheres hows lets according per until
  she shes hes hers herself itself myself yours yourself yourselves ours ourselves theirs themselves
  hed youd theyd itll youll theyll weve youve theyve whoever whatever
`
  .trim()
  .split(/\s+/);
/**
 * Words of the library's list that say what happened: "did isis take mosul" lost its verb and matched any
 * sentence naming both ("took over" is "take", irregular-forms.ts). @example keeping "take": chat set 706 ->
 * 708, WikiQA tune and SQuAD sample unchanged; "come", "make", "before"/"after" each lost chat questions.
 */
const MEANINGFUL = new Set(['take']);
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...libraryStopWords, ...EXTRA_STOP_WORDS].filter((word) => !MEANINGFUL.has(word)),
);

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

/**
 * Terms are numbered (ids are stable until `termIds` is reset, never during `withTermIds`), so the bulk
 * indexer counts into arrays by id instead of hashing every token's term a second time.
 */
let termIds = new Map<string, number>();
let termsById: string[] = [];
const TERM_ID_LIMIT = 1_000_000;
let termIdUsers = 0;

/** Stemming is the costly step and a corpus repeats its words: each distinct folded word is stemmed once. */
const wordCache = new WordCache(200_000);

/** The code units of the text being scanned (see word-parts.ts), and of a single word looked up. */
const textUnits = new CodeUnits();
const wordUnits = new CodeUnits();

/**
 * The term id of the folded word `text.slice(start, end)` (-1: a stop word), from the cache when it can;
 * `units` are the text's code units (`CodeUnits.load`) and `hash` the word's `hashRange`.
 */
function termIdOfRange(text: string, units: Uint16Array, start: number, end: number, hash: number): number {
  const cached = wordCache.get(units, start, end, hash);
  if (cached !== NOT_CACHED) return cached;
  const id = termIdOfWord(start === 0 && end === text.length ? text : text.slice(start, end));
  wordCache.set(units, start, end, hash, id);
  return id;
}

/** The term id of one already-folded word, or -1 for a stop word. */
function termIdOfFolded(folded: string): number {
  const units = wordUnits.load(folded);
  return termIdOfRange(folded, units, 0, folded.length, hashRange(units, 0, folded.length));
}

/** `termIdOfFolded` without the cache. */
function termIdOfWord(folded: string): number {
  const bare = folded.replace(POSSESSIVE, '').replace(/'/g, '');
  let term: string | null;
  if (bare.length === 0 || STOP_WORDS.has(bare)) term = null;
  else if (/^\d/.test(bare)) term = bare;
  else term = stem(IRREGULAR_FORMS.get(bare) ?? bare);
  // Questions bring new words for as long as the bot runs: renumber once there are very many terms.
  if (termsById.length >= TERM_ID_LIMIT && termIdUsers === 0) {
    wordCache.clear();
    termIds = new Map();
    termsById = [];
  }
  let id = -1;
  if (term !== null) {
    id = termIds.get(term) ?? termsById.length;
    if (id === termsById.length) {
      termsById.push(term);
      termIds.set(term, id);
    }
  }
  return id;
}

/** The search term of one already-folded word, or null for a stop word. */
function termOfFolded(folded: string): string | null {
  return termOfId(termIdOfFolded(folded));
}

/** The search term of a term id, or null for -1 (a stop word). */
function termOfId(id: number): string | null {
  return id < 0 ? null : termsById[id]!;
}

/** The term an id stands for (see `analyzeIds`). */
export function termById(id: number): string {
  return termsById[id]!;
}

/** Runs `work` with term ids kept stable throughout (they may be renumbered between such runs). */
export function withTermIds<T>(work: () => T): T {
  termIdUsers++;
  try {
    return work();
  } finally {
    termIdUsers--;
  }
}

/** Turns one word (as written) into its search term, or null when it is a stop word. */
export function termOf(word: string): string | null {
  return termOfFolded(foldText(word));
}

/** Hyphenated words are split: "Tehreek-e-Taliban" is one word to a reader, but its parts are what people type. */
const HYPHEN = '-';

const TRAILING_MARKS = /\p{M}+/uy;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * What the ASCII scan does not read as `WORD` would: a character past ASCII (but for the lower-case Greek
 * letters it reads as letters), a capital, a backtick.
 */
const NON_ASCII_OR_UNFOLDED = /[^\x00-\x40\x5b-\x5f\x61-\x7f\u03b1-\u03c9]/;

/** Words of a text with their offsets and terms; offsets refer to the text as given (verbatim). */
export function tokenize(text: string): Token[] {
  // ASCII text folds to lower case and the backtick apostrophe, keeping every offset: no offset tables.
  if (!NON_ASCII.test(text)) return tokenizeFolded(text, foldAscii(text));
  const { folded, from, to } = foldWithOffsets(text);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD)) {
    let offset = match.index;
    for (const part of match[0].split(HYPHEN)) {
      const start = from[offset]!;
      // Combining marks fold to nothing: keep those that follow the word's last letter in its surface.
      let end = to[offset + part.length - 1]!;
      TRAILING_MARKS.lastIndex = end;
      end += TRAILING_MARKS.exec(text)?.[0].length ?? 0;
      tokens.push({ surface: text.slice(start, end), start, end, term: termOfFolded(part) });
      offset += part.length + 1;
    }
  }
  return tokens;
}

/** `tokenize` of ASCII text, given its fold (same length and offsets). */
function tokenizeFolded(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  const units = textUnits.load(folded);
  for (const part = new AsciiWordParts(units, folded.length); part.next();) {
    const { start, end } = part;
    tokens.push({
      surface: text.slice(start, end),
      start,
      end,
      term: termOfId(termIdOfRange(folded, units, start, end, part.hash)),
    });
  }
  return tokens;
}

/**
 * The search terms of a text, in order, stop words removed: what MiniSearch indexes and queries with.
 * Folds the whole text once (the hot path when indexing); gives the same terms as `tokenize`.
 */
export function analyze(text: string): string[] {
  const ids: number[] = [];
  withTermIds(() => analyzeIds(text, ids));
  return ids.map(termById);
}

/**
 * For ASCII text (else undefined): its terms as `analyze` gives them, each with the offsets of the word
 * part it came from, as [start, end, start, end, ...].
 */
export function analyzeAsciiWithOffsets(text: string): { terms: string[]; offsets: number[] } | undefined {
  if (NON_ASCII.test(text)) return undefined;
  const ids: number[] = [];
  const offsets: number[] = [];
  withTermIds(() => analyzeAsciiIds(foldAscii(text), ids, offsets));
  return { terms: ids.map(termById), offsets };
}

/**
 * `analyzeIds` of a text with, for each term, the offsets of the word part it came from, written into `into`
 * (emptied first), when the text folds character by character (see `foldByUnit`): ASCII text, and most text
 * with accents or curly quotes. Returns false (and gives nothing) for other text. Call within `withTermIds` to
 * keep the ids.
 */
export function analyzeIdsWithOffsets(text: string, into: TermIdList): boolean {
  into.clear();
  const folded = NON_ASCII.test(text) ? foldByUnit(text) : foldAscii(text);
  if (folded === undefined) return false;
  const units = textUnits.load(folded);
  for (const part = new AsciiWordParts(units, folded.length); part.next();) {
    const id = termIdOfRange(folded, units, part.start, part.end, part.hash);
    if (id >= 0) into.push(id, part.start, part.end);
  }
  return true;
}

/**
 * `analyzeIds` of folded ASCII text: each word part looked up where it stands, by the hash taken as it was
 * scanned (no string per word); with `offsets`, each term's part offsets are pushed onto it (start, end).
 */
function analyzeAsciiIds(folded: string, ids: number[], offsets?: number[]): void {
  const units = textUnits.load(folded);
  for (const part = new AsciiWordParts(units, folded.length); part.next();) {
    const id = termIdOfRange(folded, units, part.start, part.end, part.hash);
    if (id < 0) continue;
    ids.push(id);
    offsets?.push(part.start, part.end);
  }
}

/**
 * The word parts (hyphens split) of lower-case ASCII text whose term is `term`, as offsets pushed onto `into`
 * (start, end, ...). Sentence scoring asks this of every sentence holding a question term in another form, and
 * cutting out and hashing each of its words cost a tenth of an answer: a part is looked up (where it stands,
 * as `analyze` does) only when it begins as a word with that term can. Gives what `termOf` of each part would
 * (such text folds to itself).
 */
export function asciiPartsWithTerm(lower: string, term: string, into: number[]): void {
  const firsts = firstUnitsOf(term);
  const units = textUnits.load(lower);
  for (const part = new AsciiWordParts(units, lower.length); part.next();) {
    if (!firsts.includes(units[part.start]!)) continue;
    if (termOfId(termIdOfRange(lower, units, part.start, part.end, part.hash)) === term)
      into.push(part.start, part.end);
  }
}

/**
 * For text that folds character by character (`foldByUnit`: ASCII text, and most text with accents or curly
 * quotes; else false, giving nothing): the word parts whose term `terms` holds, in order, as offsets pushed
 * onto `into` (start, end, ...), the tokens `tokenize` gives them, without its token for every word (or its
 * offset tables past ASCII): an answer bolds the matched words of each cited sentence.
 */
export function asciiPartsWithTermIn(text: string, terms: ReadonlySet<string>, into: number[]): boolean {
  const folded = NON_ASCII.test(text) ? foldByUnit(text) : foldAscii(text);
  if (folded === undefined) return false;
  // Only parts that begin as one of the terms can (see `firstUnitsOf`) are looked up; a part past ASCII is.
  firstUnitMask.fill(0);
  for (const term of terms) for (const unit of firstUnitsOf(term)) if (unit < 0x80) firstUnitMask[unit] = 1;
  const units = textUnits.load(folded);
  for (const part = new AsciiWordParts(units, folded.length); part.next();) {
    const first = units[part.start]!;
    if (first < 0x80 && firstUnitMask[first] === 0) continue;
    const id = termIdOfRange(folded, units, part.start, part.end, part.hash);
    if (id >= 0 && terms.has(termsById[id]!)) into.push(part.start, part.end);
  }
  return true;
}

/** Per ASCII code unit, 1 when a part beginning with it may have one of the terms asked (reused). */
const firstUnitMask = new Uint8Array(0x80);

/** First code units of irregular forms by the term of the word they stand for ("went": "g" -> "w"). */
let irregularFirsts: Map<string, number[]> | undefined;

/**
 * The code units a word part whose term is `term` can begin with: the term's own first (Porter2 and the
 * possessive only ever change a word's end; a number is its own term), and those of the irregular forms
 * stemmed as another word ("went" for "go"). So too for a word of text past ASCII that begins with a-z or
 * 0-9 (folding keeps its first letter). A test holds it to `termOf` over random words.
 */
export function firstUnitsOf(term: string): readonly number[] {
  if (!irregularFirsts) {
    irregularFirsts = new Map();
    for (const [form, word] of IRREGULAR_FORMS) {
      const stemmed = stem(word);
      const list = irregularFirsts.get(stemmed) ?? [];
      if (!list.includes(form.charCodeAt(0))) list.push(form.charCodeAt(0));
      irregularFirsts.set(stemmed, list);
    }
  }
  const first = term.charCodeAt(0);
  const more = irregularFirsts.get(term);
  return more ? [first, ...more] : [first];
}

/** `analyze` as term ids (see `termById`), appended to `ids`; call within `withTermIds` to keep them. */
export function analyzeIds(text: string, ids: number[]): void {
  if (!NON_ASCII.test(text)) {
    analyzeAsciiIds(foldAscii(text), ids);
    return;
  }
  const folded = foldText(text);
  // Most text with an accent or a curly quote folds to ASCII: then `WORD` finds what the ASCII scan finds.
  if (!NON_ASCII_OR_UNFOLDED.test(folded)) {
    analyzeAsciiIds(folded, ids);
    return;
  }
  patternIds(folded, ids);
}

/** `analyzeIds` of folded text the ASCII scan does not read as `WORD` would: by `WORD` itself. */
function patternIds(folded: string, ids: number[]): void {
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (!word.includes(HYPHEN)) {
      const id = termIdOfFolded(word);
      if (id >= 0) ids.push(id);
      continue;
    }
    for (const part of word.split(HYPHEN)) {
      const id = termIdOfFolded(part);
      if (id >= 0) ids.push(id);
    }
  }
}

/**
 * `analyzeIds` into a list kept from text to text (emptied first; ids only, its offsets left as they were):
 * the bulk build reads every passage's text so, without a JS array per passage.
 */
export function analyzeIdsInto(text: string, into: TermIdList): void {
  into.clear();
  let folded: string | undefined;
  if (!NON_ASCII.test(text)) folded = foldAscii(text);
  // Most text past ASCII folds unit by unit, cheaper than `foldText` and read by the same scan.
  else if ((folded = foldByUnit(text)) === undefined) {
    folded = foldText(text);
    if (NON_ASCII_OR_UNFOLDED.test(folded)) {
      const ids: number[] = [];
      patternIds(folded, ids);
      for (const id of ids) into.pushId(id);
      return;
    }
  }
  const units = textUnits.load(folded);
  for (const part = new AsciiWordParts(units, folded.length); part.next();) {
    const id = termIdOfRange(folded, units, part.start, part.end, part.hash);
    if (id >= 0) into.pushId(id);
  }
}
