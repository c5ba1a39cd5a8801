/**
 * An English word checker: the Hunspell en-US dictionary of `dictionary-en`, as `nspell` reads it.
 *
 * Used by "did you mean" so a correct English word the corpus lacks ("died", "weapons") is never "corrected"
 * into a corpus word, and by the question reading to tell names from words. nspell builds its checker from the
 * Hunspell files in about 150 ms (50,000 entries and their affix rules) at every start; instead, the words it
 * knows are compiled once into a file beside the word vectors (`<vectors path>.dictionary`, by `npm ci` through
 * `npm run vectors`, see dictionary-file.ts), which loads in a few milliseconds. The file is rebuilt when it is
 * missing, invalid (magic, format, size, checksum, order) or built from other versions of the packages; a bad
 * file is never used. The checks are nspell's own, over that word table: `correct` is its algorithm on the
 * table, `suggest` its very code (loaded only when a suggestion is asked for) reading the table.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type NSpell from 'nspell';
import { writeFileAtomic } from '../corpus/folder.js';
import { type BuiltFileKind, checkBuiltFile } from './built-file.js';
import {
  decodeDictionaryFile,
  type DictionaryFile,
  type DictionaryTable,
  encodeDictionaryFile,
  MARKED_FLAGS,
  type MarkedFlag,
} from './dictionary-file.js';
import { findInstalledPackage } from './installed-package.js';
import { DEFAULT_VECTORS_PATH } from './vectors/store.js';

export interface EnglishDictionary {
  /** Is this a correctly spelled English word (see `isEnglishWord` for case)? */
  isWord(word: string): boolean;
  /** Is this word spelled so, case as written ("paris" is not, "Paris" and "people" are)? */
  isWordAsWritten(word: string): boolean;
  /**
   * nspell's own corrections for a misspelled word (dictionary words, as the dictionary writes them), only
   * when some word is one edit away: see `englishSuggestions`.
   */
  suggest(word: string): string[];
  /** The dictionary words one edit from a lower-case word (see `englishNeighbours`). */
  neighbours(word: string): string[];
  /** How long loading (or building) the checker took, in milliseconds. */
  loadMs: number;
}

/** The compiled dictionary that goes with the word-vector file at `vectorsPath` ('' for none: kept in memory). */
export function dictionaryPathFor(vectorsPath: string): string {
  return vectorsPath === '' ? '' : `${vectorsPath}.dictionary`;
}

/** Where the dictionary is compiled to unless `preloadDictionary` is told otherwise. */
export const DEFAULT_DICTIONARY_PATH = dictionaryPathFor(DEFAULT_VECTORS_PATH);

export interface OpenDictionaryOptions {
  /** The compiled file: read when valid and current, else (re)built and written. '' for none. */
  file?: string;
  /** Told when the file is (re)built and why. Default: silent. */
  log?: ((message: string) => void) | undefined;
}

/** Words longer than this get no nspell suggestions: its search grows with the length (~100 ms at 25 letters). */
const MAX_SUGGEST_LENGTH = 16;

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const POSSESSIVE = /'s$/i;
const COMBINING_MARKS = /\p{M}+/gu;

const require = createRequire(import.meta.url);

/** What the dictionary is built from: the two packages, by `name@version`. */
interface DictionarySource {
  id: string;
  /** The folder holding index.aff and index.dic. */
  folder: string;
}

/** The installed `dictionary-en` and `nspell`; undefined when either is not installed. */
function findDictionarySource(): DictionarySource | undefined {
  let folder: string;
  try {
    // Its package.json is not exported: found beside its entry point.
    folder = fileURLToPath(new URL('.', import.meta.resolve('dictionary-en')));
  } catch {
    return undefined;
  }
  const words = findInstalledPackage('dictionary-en', folder);
  const speller = findInstalledPackage('nspell');
  return words && speller ? { id: `${words.id} ${speller.id}`, folder } : undefined;
}

/** A dictionary file as `checkBuiltFile` reads it: one built from other package versions is stale. */
function dictionaryFile(installed: DictionarySource | undefined): BuiltFileKind<DictionaryFile> {
  return {
    decode: (bytes) => decodeDictionaryFile(bytes),
    staleness: (file) =>
      installed && file.source !== installed.id
        ? `built from ${file.source}, installed is ${installed.id}`
        : undefined,
  };
}

/** nspell's state that its checks read (not in its published types). */
interface SpellState {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
  compoundRules: RegExp[];
  conversion: { in: Array<[RegExp, string]>; out: Array<[RegExp, string]> };
  replacementTable: Array<[string, string]>;
}

const loadNspell = (): typeof NSpell => require('nspell') as typeof NSpell;

/** Builds nspell from the Hunspell files (about 150 ms) and takes what the file keeps. */
function compile(installed: DictionarySource): DictionaryTable {
  const aff = readFileSync(path.join(installed.folder, 'index.aff'));
  const dic = readFileSync(path.join(installed.folder, 'index.dic'));
  const spell = loadNspell()(aff, dic) as unknown as SpellState;
  const { flags } = spell;
  const words = new Map<string, number>();
  for (const word in spell.data) {
    const codes = spell.data[word]!;
    let marks = 0;
    // As nspell's flag test: the setting exists and the word's codes hold its value.
    MARKED_FLAGS.forEach((name, bit) => {
      if (name in flags && codes.indexOf(flags[name] as string) > -1) marks |= 1 << bit;
    });
    words.set(word, marks);
  }
  // Entries with a capital inside ("McDonald", "iPhone"): lower-case input is accepted for them too.
  const mixedCase = new Set<string>();
  for (const line of dic.toString('utf8').split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (/\p{Lu}/u.test(word.slice(1))) mixedCase.add(word.toLowerCase());
  }
  const { compoundRules, conversion, replacementTable } = spell;
  return {
    source: installed.id,
    words,
    settings: { flags, compoundRules, conversion, replacementTable },
    mixedCase,
  };
}

/**
 * The dictionary from `file` when it is valid and current; else compiled from the installed packages (about
 * 0.2 s) and, unless `file` is '', written there (`written`: settles once written, or once the failure to
 * write is logged). Throws when there is no valid current file and the packages are not installed.
 */
export function openEnglishDictionary(options: OpenDictionaryOptions = {}): {
  dictionary: EnglishDictionary;
  written: Promise<void>;
} {
  const started = performance.now();
  const { file = DEFAULT_DICTIONARY_PATH, log } = options;
  const installed = findDictionarySource();
  let why = 'missing';
  if (file !== '') {
    try {
      const result = checkBuiltFile(dictionaryFile(installed), readFileSync(file));
      if (typeof result !== 'string') {
        return { dictionary: checker(result, started), written: Promise.resolve() };
      }
      why = result;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (code !== 'ENOENT') why = `unreadable (${code ?? (error as Error).message})`;
    }
  }
  if (!installed) {
    throw new Error(`English dictionary at ${file}: ${why}, and dictionary-en or nspell is not installed`);
  }
  if (file !== '')
    log?.(`English dictionary at ${file}: ${why}; building from ${installed.id} (under a second)`);
  const bytes = encodeDictionaryFile(compile(installed));
  const compiled = decodeDictionaryFile(bytes);
  const dictionary = checker(compiled, started);
  const written =
    file === ''
      ? Promise.resolve()
      : writeFileAtomic(file, bytes).then(
          () =>
            log?.(
              `English dictionary built from ${installed.id}: ${compiled.words.size} words, ` +
                `${Math.round(bytes.length / 1024)} KB in ${Math.round(dictionary.loadMs)} ms`,
            ),
          (error: unknown) =>
            log?.(`English dictionary not written to ${file} (${(error as Error).message}): kept in memory`),
        );
  return { dictionary, written };
}

let loaded: EnglishDictionary | undefined;
let preloading: Promise<EnglishDictionary> | undefined;
/** Where the shared dictionary is loaded from: set by the first `preloadDictionary`. */
let loadFrom: OpenDictionaryOptions = {};

/** The checker over a compiled dictionary: nspell's checks, reading its word table. */
function checker(compiled: DictionaryFile, started: number): EnglishDictionary {
  const { words, settings } = compiled;
  const { flags, compoundRules, conversion } = settings;
  const mixedCase = new Set(compiled.mixedCase);
  const bit = Object.fromEntries(MARKED_FLAGS.map((name, i) => [name, 1 << i])) as Record<MarkedFlag, number>;
  /** As nspell's flag test on a word's entry (none when it is not a word). */
  const has = (marks: number, name: MarkedFlag): boolean => marks >= 0 && (marks & bit[name]) !== 0;
  const compoundMin = flags.COMPOUNDMIN as number;

  // nspell's util/exact.js and util/form.js, over the table.
  const exact = (value: string, marks: number): boolean => {
    if (marks >= 0) return !has(marks, 'ONLYINCOMPOUND');
    if (value.length >= compoundMin) {
      for (const rule of compoundRules) if (rule.test(value)) return true;
    }
    return false;
  };
  const ignore = (marks: number): boolean => has(marks, 'KEEPCASE') || has(marks, 'FORBIDDENWORD');
  const form = (value: string): string | null => {
    let normal = value.trim();
    if (!normal) return null;
    for (const [pattern, to] of conversion.in) normal = normal.replace(pattern, to);
    const marks = words.marks(normal);
    if (exact(normal, marks)) return has(marks, 'FORBIDDENWORD') ? null : normal;
    // Sentence case if the value is in capitals.
    if (normal.toUpperCase() === normal) {
      const alternative = normal.charAt(0) + normal.slice(1).toLowerCase();
      const alternativeMarks = words.marks(alternative);
      if (ignore(alternativeMarks)) return null;
      if (exact(alternative, alternativeMarks)) return alternative;
    }
    const alternative = normal.toLowerCase();
    if (alternative !== normal) {
      const alternativeMarks = words.marks(alternative);
      if (ignore(alternativeMarks)) return null;
      if (exact(alternative, alternativeMarks)) return alternative;
    }
    return null;
  };
  /** nspell's `correct`. */
  const spelled = (word: string): boolean => Boolean(form(word));

  // nspell's `suggest` itself, run on the table: its entries as nspell keeps them (the codes of the marked
  // flags are all its checks read), made when asked for.
  let speller: (SpellState & { correct(word: string): boolean }) | undefined;
  const codes = new Map<number, string[]>();
  const codesOf = (marks: number): string[] | undefined => {
    if (marks < 0) return undefined;
    let list = codes.get(marks);
    if (!list) {
      list = MARKED_FLAGS.filter((name) => has(marks, name)).map((name) => flags[name] as string);
      codes.set(marks, list);
    }
    return list;
  };
  const nspellSuggest = (word: string): string[] => {
    speller ??= {
      data: new Proxy(Object.create(null) as Record<string, string[]>, {
        get: (_, key) => (typeof key === 'string' ? codesOf(words.marks(key)) : undefined),
      }),
      ...settings,
      correct: spelled,
    };
    return loadNspell().prototype.suggest.call(speller, word);
  };

  const correct = (word: string): boolean => {
    if (spelled(word)) return true;
    // Letter case never decides: any input stands for any capitalisation ("pakistan" for "Pakistan", "nato"
    // and "Nato" for "NATO"), as a question's case must not change its answer.
    const lower = word.toLowerCase();
    return (
      spelled(lower) ||
      spelled(lower.charAt(0).toUpperCase() + lower.slice(1)) ||
      spelled(lower.toUpperCase()) ||
      mixedCase.has(lower.replace(POSSESSIVE, ''))
    );
  };
  const neighbours = (word: string): string[] => {
    if (word.length > MAX_SUGGEST_LENGTH) return [];
    const found = new Set<string>();
    for (const edit of oneEditAway(word)) if (correct(edit)) found.add(edit);
    return [...found];
  };
  return {
    isWord(word) {
      const straight = word.trim().replace(APOSTROPHES, "'");
      if (straight === '') return false;
      if (correct(straight)) return true;
      // The dictionary has few accented spellings: "café" is "cafe" to it.
      const bare = straight.normalize('NFD').replace(COMBINING_MARKS, '');
      return bare !== straight && correct(bare);
    },
    isWordAsWritten(word) {
      return spelled(word.trim().replace(APOSTROPHES, "'"));
    },
    suggest(word) {
      const straight = word.trim().replace(APOSTROPHES, "'");
      if (straight === '' || straight.length > MAX_SUGGEST_LENGTH) return [];
      // With no word one edit away nspell searches two edits away: 0.2-0.6 s for a word of 8-10 letters.
      if (neighbours(straight.toLowerCase()).length === 0) return [];
      return nspellSuggest(straight);
    },
    neighbours,
    loadMs: performance.now() - started,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one edit from `word`: a letter deleted, inserted or changed, or two neighbours swapped. */
function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1]! + tail[0]! + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return edits;
}

/**
 * The dictionary shared by the process: loaded on first use (synchronously: a few milliseconds from its file,
 * about 0.2 s when the file must be built first), from where the first `preloadDictionary` said.
 */
export function englishDictionary(): EnglishDictionary {
  loaded ??= openEnglishDictionary(loadFrom).dictionary;
  return loaded;
}

/**
 * Loads the shared dictionary ahead of its first use, on a later turn of the event loop, from `options.file`
 * (default `DEFAULT_DICTIONARY_PATH`): the first call decides where, as long as nothing has loaded it yet.
 * Safe to call many times.
 */
export function preloadDictionary(options: OpenDictionaryOptions = {}): Promise<EnglishDictionary> {
  if (loaded) return Promise.resolve(loaded);
  if (!preloading) {
    loadFrom = options;
    preloading = new Promise<EnglishDictionary>((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(englishDictionary());
        } catch (error) {
          reject(error as Error);
        }
      }),
    );
  }
  return preloading;
}

/**
 * Is `word` a correctly spelled English word? Input with capitals is checked as written, as Hunspell does
 * ("Died" and "DIED" are words, "Mcdonald" is not); lower-case input is accepted when any capitalisation of
 * it is a word: "pakistan", "islamabad", "nato", "mcdonald". Curly apostrophes are straightened, and
 * accents dropped when the accented form is unknown ("café").
 */
export function isEnglishWord(word: string): boolean {
  return englishDictionary().isWord(word);
}

/**
 * nspell's suggestions for a misspelled word, best first. None for words over 16 characters, and none when
 * no dictionary word is one edit away: nspell would then search two edits away, which takes 0.2-0.6 s of
 * CPU for a word of 8-10 letters ("balochistn", "qwzrtpxk") against 2-30 ms otherwise.
 */
export function englishSuggestions(word: string): string[] {
  return englishDictionary().suggest(word);
}

/**
 * The dictionary words (in lower case, accepted as `isEnglishWord` accepts lower-case input) one edit from a
 * lower-case word: a letter deleted, inserted or changed, or two neighbouring letters swapped. "teh" gives
 * "the", "ten", "tech", ...; "frnace" gives "france" and "furnace". None for words over 16 characters.
 */
export function englishNeighbours(word: string): string[] {
  return englishDictionary().neighbours(word);
}
