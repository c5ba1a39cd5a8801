/**
 * "Did you mean": for question words the visible corpus does not hold, the nearest words it does hold
 * (by edit distance), put back into the question.
 */
import { tokenize } from '../search/analyzer.js';
import type { PassageIndex } from '../search/passage-index.js';

export interface WordLookup {
  index: PassageIndex;
  scopes: string[];
  /** The text of a passage by id, to find how an index term is written. */
  passageText(id: string): string | undefined;
}

const MAX_SUGGESTIONS = 3;

export function didYouMean(question: string, lookup: WordLookup): string[] {
  const tokens = tokenize(question).filter((token) => token.term !== null);
  const corrected = new Map<number, string>();
  for (const token of tokens) {
    const term = token.term!;
    if (lookup.index.hasTerm(term, lookup.scopes) || /^\d+$/.test(term)) continue;
    const replacement = nearestVisibleWord(term, lookup);
    if (replacement && replacement.toLowerCase() !== token.surface.toLowerCase())
      corrected.set(token.start, replacement);
  }
  if (corrected.size === 0) return [];
  let suggestion = '';
  let cursor = 0;
  for (const token of tokens) {
    const replacement = corrected.get(token.start);
    if (!replacement) continue;
    suggestion += question.slice(cursor, token.start) + replacement;
    cursor = token.end;
  }
  suggestion += question.slice(cursor);
  return [suggestion.trim()].slice(0, MAX_SUGGESTIONS);
}

function nearestVisibleWord(term: string, lookup: WordLookup): string | undefined {
  if (term.length < 3) return undefined;
  const distance = term.length <= 5 ? 1 : 2;
  for (const candidate of lookup.index.similarTerms(term, distance).slice(0, 10)) {
    if (candidate === term) continue;
    const [hit] = lookup.index.query([{ term: candidate, boost: 1 }], lookup.scopes, 1, {
      fallback: false,
    });
    const text = hit && lookup.passageText(hit.id);
    if (!text) continue;
    // Show the word as the corpus writes it, not its stem.
    const surface = tokenize(text).find((token) => token.term === candidate)?.surface;
    if (surface) return surface;
  }
  return undefined;
}
