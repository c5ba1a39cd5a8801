/**
 * Runs once before the test workers start: compiles dist/ if stale, and builds the word vectors (.citebot/vectors.bin and its term
 * table), the WordNet synonyms and the compiled English dictionary beside them if they are missing, so the
 * workers load them instead of each building them.
 */
import { pathToFileURL } from 'node:url';
import { LAUNCHER } from './cli/run.js';
import { DEFAULT_DICTIONARY_PATH, openEnglishDictionary } from '../src/search/dictionary.js';
import { openSynonyms } from '../src/search/synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from '../src/search/vectors/store.js';
import { openTermVectors } from '../src/search/vectors/term-vectors.js';

/** The launcher's own check and build (plain JavaScript, so typed here by hand). */
interface Launcher {
  isStale(): boolean;
  build(): boolean;
}

export default async function setup(): Promise<void> {
  // The command-line tests run dist/ as `npm start` does: build it now if src/ is newer, once, not per test.
  const launcher = (await import(pathToFileURL(LAUNCHER).href)) as Launcher;
  if (launcher.isStale() && !launcher.build()) throw new Error('could not compile src/ to dist/');
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
