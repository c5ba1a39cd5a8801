/** Which words of a text matched the question: their surface forms, for bolding in a reply. */
import { tokenize } from '../search/analyzer.js';

export function matchedSurfaces(texts: readonly string[], terms: ReadonlySet<string>, limit = 30): string[] {
  const surfaces = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.term !== null && terms.has(token.term)) surfaces.add(token.surface);
      if (surfaces.size >= limit) return [...surfaces];
    }
  }
  return [...surfaces];
}
