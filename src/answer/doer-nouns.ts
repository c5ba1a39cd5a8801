/**
 * A doer's word the corpus lacks read as the word for what the doer does, where the corpus uses that
 * ("knitters" where a knitting circle writes "knit" and "knitting"; "campers", "walkers"): the stemmer keeps
 * "knitter" apart from "knit", and the vectors put them only 0.47 apart, too far for a neighbour in meaning.
 */
import type { Alias } from '../search/aliases.js';

/**
 * Least cosine between the doer and the base: "corner" is no doer of "corn", nor "water" of "wat", and the
 * vectors say so (near 0), where a real doer stays 0.4-0.5 from its verb.
 */
export const MIN_DOER_COSINE = 0.3;

/** The bases a doer's term may come from: "walker" -> "walk", "knitter" -> "knit", "baker" -> "bake". */
function basesOf(term: string): string[] {
  if (term.length < 5 || !term.endsWith('er') || term.endsWith('eer')) return [];
  const stripped = term.slice(0, -2);
  const bases = [stripped, term.slice(0, -1)];
  // A doubled last consonant ("knitt", "runn") is the verb's spelling before "-er".
  if (stripped.length >= 3 && stripped.at(-1) === stripped.at(-2) && !/[aeiou]/.test(stripped.at(-1)!))
    bases.push(stripped.slice(0, -1));
  return bases;
}

/**
 * Aliases from each unknown doer's term to the base the corpus uses. Only a plural ("knitters"): "fewer",
 * "later" and "bigger" compare, and are never plural.
 */
export function doerAliases(
  unknown: Iterable<string>,
  surfaces: ReadonlyMap<string, readonly string[]>,
  used: (term: string) => boolean,
  cosine: (a: string, b: string) => number,
): Alias[] {
  const found: Alias[] = [];
  for (const term of unknown) {
    if (!(surfaces.get(term) ?? []).some((word) => word.endsWith('ers'))) continue;
    const base = basesOf(term).find(
      (candidate) => used(candidate) && cosine(term, candidate) >= MIN_DOER_COSINE,
    );
    if (base !== undefined) found.push({ acronym: base, longForm: [term] });
  }
  return found;
}
