/**
 * British and American spellings of one word ("capitalised" / "capitalized", "organisation" / "organization",
 * "defence" / "defense"): a question spelled one way reads the corpus word spelled the other, as an alias. The
 * stems differ ("capitalis", "capital"), so neither the index nor the vectors join them.
 */
import type { Alias } from '../search/aliases.js';
import { americanSpelling } from '../search/american-spelling.js';
import { termOf } from '../search/analyzer.js';

export interface SpellingVariantSource {
  /** The question's own terms the corpus lacks. */
  unknown: Iterable<string>;
  /** Each term's words as the question writes them, lower-cased. */
  surfaces: ReadonlyMap<string, readonly string[]>;
  /** Does any passage the asker sees hold the term? */
  hasTerm: (term: string) => boolean;
  /** How the corpus writes a term ("capitalized" for "capit"), lower-cased. */
  writtenAs: (term: string) => string | undefined;
}

/** "Organized" -> "organised": the British "-ise" forms of an American "-ize" word. */
function britishSpelling(word: string): string {
  return word.replace(/iz(e|ed|es|ing|ation|ations)$/, 'is$1');
}

/**
 * Does the corpus write the variant, or another form of the same verb ("capitalise" asked, "capitalized"
 * written)? Not a noun of the same stem: "organisation" asked is no "organized".
 */
function sameVerb(written: string | undefined, variant: string): boolean {
  if (written === undefined) return false;
  if (written === variant) return true;
  const verb = /^(.+iz)(?:e|ed|es|ing)$/;
  const [a, b] = [verb.exec(written)?.[1], verb.exec(variant)?.[1]];
  return a !== undefined && a === b;
}

/** Aliases from the corpus's spelling of each unknown word to the question's. */
export function spellingVariantAliases({
  unknown,
  surfaces,
  hasTerm,
  writtenAs,
}: SpellingVariantSource): Alias[] {
  const aliases: Alias[] = [];
  for (const term of unknown) {
    for (const word of surfaces.get(term) ?? []) {
      const variant = [americanSpelling(word), britishSpelling(word)].find((other) => other !== word);
      const variantTerm = variant === undefined ? null : termOf(variant);
      // The corpus must write the variant itself, or a form of the same verb: "organization" and "organized"
      // share the stem "organ".
      if (
        variant !== undefined &&
        variantTerm &&
        variantTerm !== term &&
        hasTerm(variantTerm) &&
        sameVerb(writtenAs(variantTerm), variant)
      ) {
        aliases.push({ acronym: variantTerm, longForm: [term] });
        break;
      }
    }
  }
  return aliases;
}
