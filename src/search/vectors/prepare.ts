/**
 * Builds the word vectors and their term table once (`npm ci` runs it through `prepare`; also
 * `npm run vectors`), so the first `npm start` loads them in ~50 ms instead of building them (~10 s), the
 * WordNet synonyms beside them (search/synonyms/: ~1.5 s to build, ~10 ms to load) and the compiled English
 * dictionary (search/dictionary-file.ts: ~0.2 s to build, a few ms to load, at every start otherwise).
 * A valid, current file is left alone; a missing, corrupt or stale one is rebuilt.
 */
import { dictionaryPathFor, openEnglishDictionary } from '../dictionary.js';
import { openSynonyms } from '../synonyms/store.js';
import { DEFAULT_VECTORS_PATH } from './store.js';
import { openTermVectors } from './term-vectors.js';

const vectorsPath = process.env.VECTORS_PATH || DEFAULT_VECTORS_PATH;
const log = (message: string): void => console.error(message);

let started = performance.now();
try {
  const terms = await openTermVectors(vectorsPath, { log });
  console.error(`word vectors ready: ${terms.size} terms (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  // Answers still work without vectors (exact words only): say why, but do not fail the install.
  console.error(`word vectors not built: ${(error as Error).message}`);
}

started = performance.now();
// What the build says (why it ran, its size) is printed only when it worked: a failure is one line.
const said: string[] = [];
try {
  const synonyms = await openSynonyms(vectorsPath, { log: (message) => said.push(message) });
  for (const message of said) log(message);
  console.error(`synonyms ready: ${synonyms.size} terms (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  // Answers still work without synonyms (the vectors alone): one line, and the install goes on.
  console.error(`synonyms not built: ${(error as Error).message}`);
}

started = performance.now();
try {
  const { written } = openEnglishDictionary({ file: dictionaryPathFor(vectorsPath), log });
  await written;
  console.error(`English dictionary ready (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  // Answers still work without the file (the dictionary is then built at every start): one line.
  console.error(`English dictionary not built: ${(error as Error).message}`);
}
