/** Which words of a text matched the question: their surface forms, for bolding in a reply. */
import { analyzeAsciiWithOffsets, asciiPartsWithTermIn, tokenize } from '../search/analyzer.js';
import { FifoMap } from '../search/fifo-map.js';

/**
 * A text's distinct surfaces with their terms, in order of first appearance (stop words left out): two lists
 * side by side rather than a pair per word, as the kept ones are many small objects otherwise (at 100k
 * passages most cited passages are new, and each kept list outlived a few collections).
 */
interface Surfaces {
  surfaces: string[];
  terms: string[];
}

// Answers cite the same passages again and again: their surfaces are kept rather than re-tokenised
// (tokenising the excerpt and three passages was a fifth of an answer's time). Oldest entries go first.
const SURFACE_CACHE_LIMIT = 1_000;
const surfaceCache = new FifoMap<string, Surfaces>(SURFACE_CACHE_LIMIT);
const CACHED_MIN_CHARS = 300;

function surfacesOf(text: string): Surfaces {
  const cached = surfaceCache.get(text);
  if (cached) return cached;
  const seen = new Set<string>();
  const found: Surfaces = { surfaces: [], terms: [] };
  // ASCII text keeps its offsets when folded: its terms and their offsets are all that is needed.
  const ascii = analyzeAsciiWithOffsets(text);
  if (ascii) {
    ascii.terms.forEach((term, i) =>
      addSurface(seen, found, text.slice(ascii.offsets[i * 2], ascii.offsets[i * 2 + 1]), term),
    );
  } else for (const { surface, term } of tokenize(text)) addSurface(seen, found, surface, term);
  // Excerpts (short, new with every answer) would push the passages out: only passage-sized texts are kept.
  if (text.length >= CACHED_MIN_CHARS) {
    surfaceCache.set(text, found);
  }
  return found;
}

function addSurface(seen: Set<string>, found: Surfaces, surface: string, term: string | null): void {
  if (term === null || seen.has(surface)) return;
  seen.add(surface);
  found.surfaces.push(surface);
  found.terms.push(term);
}

export function matchedSurfaces(texts: readonly string[], terms: ReadonlySet<string>, limit = 30): string[] {
  const surfaces = new Set<string>();
  for (const text of texts) {
    // A text shorter than those kept is never in the cache: not hashed (whole) only to miss.
    const kept = text.length >= CACHED_MIN_CHARS ? (surfaceCache.get(text) ?? surfacesOf(text)) : undefined;
    if (!kept) {
      // A sentence (not kept): only the words with a matched term are cut out of it.
      if (addMatched(text, terms, surfaces, limit)) return [...surfaces];
      continue;
    }
    for (let i = 0; i < kept.terms.length; i++) {
      if (terms.has(kept.terms[i]!)) surfaces.add(kept.surfaces[i]!);
      if (surfaces.size >= limit) return [...surfaces];
    }
  }
  return [...surfaces];
}

/**
 * Adds the surfaces of a text's words whose term is matched, in order, as `surfacesOf` would give them;
 * true once `limit` surfaces are held. (A surface always has the same term, so one with another is skipped.)
 */
function addMatched(text: string, terms: ReadonlySet<string>, into: Set<string>, limit: number): boolean {
  const found: number[] = [];
  if (asciiPartsWithTermIn(text, terms, found)) {
    for (let i = 0; i < found.length; i += 2) {
      into.add(text.slice(found[i], found[i + 1]));
      if (into.size >= limit) return true;
    }
    return false;
  }
  for (const { surface, term } of tokenize(text)) {
    if (term === null || !terms.has(term)) continue;
    into.add(surface);
    if (into.size >= limit) return true;
  }
  return false;
}
