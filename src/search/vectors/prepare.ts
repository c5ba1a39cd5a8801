/**
 * Builds the word vectors and their term table once (`npm ci` runs it through `prepare`; also
 * `npm run vectors`), so the first `npm start` loads them in ~50 ms instead of building them (~10 s).
 * A valid, current file is left alone; a missing, corrupt or stale one is rebuilt.
 */
import { DEFAULT_VECTORS_PATH } from './store.js';
import { openTermVectors } from './term-vectors.js';

const started = performance.now();
try {
  const terms = await openTermVectors(process.env.VECTORS_PATH || DEFAULT_VECTORS_PATH, {
    log: (message) => console.error(message),
  });
  console.error(`word vectors ready: ${terms.size} terms (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  // Answers still work without vectors (exact words only): say why, but do not fail the install.
  console.error(`word vectors not built: ${(error as Error).message}`);
}
