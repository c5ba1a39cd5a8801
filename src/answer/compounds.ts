/**
 * Words a question writes apart that the articles write as one ("broke down" for "breakdown", "sado
 * masochism" for "sadomasochism", "al qaida" for "alqaida"): two neighbouring question words, at least one
 * of which the corpus never uses, are read as the one word the corpus does use. Without this, both halves
 * count as words the answer lacks.
 */
import { termOf, type Token } from '../search/analyzer.js';

/** A term the question's words make together, and the terms of the words it replaces. */
export interface Compound {
  term: string;
  parts: [string, string];
}

/**
 * The compounds of a question's words: for each pair of neighbouring words (only spaces between them) whose
 * joined spelling, or joined terms ("broke" + "down" -> "break" + "down"), is a corpus term, when either word
 * alone is not. Each word joins at most one compound.
 */
export function compoundsOf(
  tokens: readonly Token[],
  text: string,
  hasTerm: (term: string) => boolean,
): Compound[] {
  const found: Compound[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!;
    const second = tokens[i + 1]!;
    if (first.term === null || second.term === null) continue;
    if (text.slice(first.end, second.start).trim() !== '') continue;
    if (hasTerm(first.term) && hasTerm(second.term)) continue;
    const term = [termOf(first.surface + second.surface), first.term + second.term].find(
      (candidate): candidate is string => candidate !== null && hasTerm(candidate),
    );
    if (term === undefined) continue;
    found.push({ term, parts: [first.term, second.term] });
    i++;
  }
  return found;
}
