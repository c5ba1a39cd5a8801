/**
 * Runs once before the test workers start: builds the word vectors (.citebot/vectors.bin and its term
 * table), the WordNet synonyms and the compiled English dictionary beside them if they are missing, so the
 * workers load them instead of each building them.
 */
import { DEFAULT_DICTIONARY_PATH, openEnglishDictionary } from '../src/search/dictionary.js';
import { openSynonyms } from '../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../src/search/vectors/store.js';
import { openTermVectors } from '../src/search/vectors/term-vectors.js';

export default async function setup(): Promise<void> {
  let started = performance.now();
  await openTermVectors(DEFAULT_VECTORS_PATH, { log: (message) => console.log(`[vectors] ${message}`) });
  console.log(`[vectors] ready in ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  await openSynonyms(DEFAULT_VECTORS_PATH, { log: (message) => console.log(`[synonyms] ${message}`) });
  console.log(`[synonyms] ready in ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  const log = (message: string): void => console.log(`[dictionary] ${message}`);
  await openEnglishDictionary({ file: DEFAULT_DICTIONARY_PATH, log }).written;
  console.log(`[dictionary] ready in ${Math.round(performance.now() - started)} ms`);
}
