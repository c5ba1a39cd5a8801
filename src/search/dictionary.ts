/**
 * An English word checker: the Hunspell en-US dictionary of `dictionary-en` and the en-GB one of
 * `dictionary-en-gb` together, as `nspell` reads them. A community's articles and questions are as often
 * British as American: "grey", "tyres", "maths", "cheque", "practise" are words, not names the articles lack
 * nor slips to correct (en-US alone knows none of them).
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
} from './dictionary-file.js';
import { checker, type EnglishDictionary, type SpellState } from './dictionary-checker.js';
import { findInstalledPackage } from './installed-package.js';
import { DEFAULT_VECTORS_PATH } from './vectors/store.js';

export type { EnglishDictionary } from './dictionary-checker.js';

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

const require = createRequire(import.meta.url);

/** What the dictionary is built from: the packages, by `name@version`. */
interface DictionarySource {
  id: string;
  /** The folders holding index.aff and index.dic: en-US first, then en-GB. */
  folders: string[];
}

/** The folder of an installed dictionary package, or undefined. */
function dictionaryFolder(name: string): { id: string; folder: string } | undefined {
  let folder: string;
  try {
    // Its package.json is not exported: found beside its entry point.
    folder = fileURLToPath(new URL('.', import.meta.resolve(name)));
  } catch {
    return undefined;
  }
  const found = findInstalledPackage(name, folder);
  return found ? { id: found.id, folder } : undefined;
}

/** The installed `dictionary-en` (and `dictionary-en-gb`, when installed) and `nspell`; else undefined. */
function findDictionarySource(): DictionarySource | undefined {
  const american = dictionaryFolder('dictionary-en');
  const british = dictionaryFolder('dictionary-en-gb');
  const speller = findInstalledPackage('nspell');
  if (!american || !speller) return undefined;
  const dictionaries = british ? [american, british] : [american];
  return {
    id: [...dictionaries.map((d) => d.id), speller.id].join(' '),
    folders: dictionaries.map((d) => d.folder),
  };
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

const loadNspell = (): typeof NSpell => require('nspell') as typeof NSpell;

/**
 * Builds nspell from each dictionary's Hunspell files (about 150 ms each) and takes what the file keeps: every
 * word form either knows, each with the marks its own dictionary gives it (a mark is a flag's meaning, not the
 * flag's letter, so the two agree), and the first's settings (the en-US compound and conversion rules).
 */
function compile(installed: DictionarySource): DictionaryTable {
  const words = new Map<string, number>();
  const mixedCase = new Set<string>();
  let first: SpellState | undefined;
  for (const folder of installed.folders) {
    const aff = readFileSync(path.join(folder, 'index.aff'));
    const dic = readFileSync(path.join(folder, 'index.dic'));
    const spell = loadNspell()(aff, dic) as unknown as SpellState;
    first ??= spell;
    const { flags } = spell;
    for (const word in spell.data) {
      if (words.has(word)) continue;
      const codes = spell.data[word]!;
      let marks = 0;
      // As nspell's flag test: the setting exists and the word's codes hold its value.
      MARKED_FLAGS.forEach((name, bit) => {
        if (name in flags && codes.indexOf(flags[name] as string) > -1) marks |= 1 << bit;
      });
      words.set(word, marks);
    }
    // Entries with a capital inside ("McDonald", "iPhone"): lower-case input is accepted for them too.
    for (const line of dic.toString('utf8').split('\n')) {
      const word = line.split('/', 1)[0]!.trim();
      if (/\p{Lu}/u.test(word.slice(1))) mixedCase.add(word.toLowerCase());
    }
  }
  const { flags, compoundRules, conversion, replacementTable } = first!;
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
        return { dictionary: checker(result, started, loadNspell), written: Promise.resolve() };
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
  const dictionary = checker(compiled, started, loadNspell);
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
