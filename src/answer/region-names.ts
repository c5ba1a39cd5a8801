/**
 * Countries and territories by their one-word English names. Some are common words to the dictionary
 * ("china", "japan", "chad", "panama") but still names when a question asks about them: "what did china say
 * about the attacks" must not be answered by a sentence that never mentions China, nor by one about Japan
 * (their vectors sit 0.74 apart). Read from the runtime's own ICU data (`Intl.DisplayNames`), so no list of
 * ours goes stale.
 */
import { termOf } from '../search/analyzer.js';

let names: ReadonlySet<string> | undefined;
let terms: ReadonlySet<string> | undefined;

/** Is `word` (lower case) the whole one-word English name of a country or territory? */
export function isRegionName(word: string): boolean {
  names ??= regionNames();
  return names.has(word);
}

/** Is an analyzer term ("germani") the term of such a name? */
export function isRegionTerm(term: string): boolean {
  names ??= regionNames();
  terms ??= new Set([...names].map((name) => termOf(name) ?? name));
  return terms.has(term);
}

function regionNames(): Set<string> {
  const found = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 'A'.charCodeAt(0);
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      const code = String.fromCharCode(A + first, A + second);
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // One word of letters only: "South Africa" or "Côte d’Ivoire" hold words that name nothing alone.
      if (name && /^[A-Z][a-z]+$/.test(name)) found.add(name.toLowerCase());
    }
  }
  return found;
}
