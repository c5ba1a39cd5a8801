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
  // One word of letters only: "South Africa" or "Côte d’Ivoire" hold words that name nothing alone.
  return namesOfRegions(/^[A-Z][a-z]+$/);
}

/** The lower-cased English names of the two-letter region codes that have one, those `shape` takes. */
function namesOfRegions(shape: RegExp): Set<string> {
  const found = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 'A'.charCodeAt(0);
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      let name: string | undefined;
      try {
        name = display.of(String.fromCharCode(A + first, A + second));
      } catch {
        continue;
      }
      if (name && shape.test(name)) found.add(name.toLowerCase());
    }
  }
  return found;
}

/**
 * How English makes a people's word from its country's name: "pakistan" + "i", "syria" + "n", "egypt" +
 * "ian", "china" - "a" + "ese", "germany" - "y", "afghanistan" - "istan". Irregular ones ("french",
 * "dutch") are not read.
 */
const DEMONYM_ENDINGS: ReadonlyArray<readonly [drop: string, add: string]> = [
  ['', 'i'],
  ['', 'n'],
  ['', 'an'],
  ['', 'ian'],
  ['', 'ese'],
  ['a', 'ese'],
  ['y', ''],
  ['y', 'ian'],
  ['a', 'ian'],
  ['o', 'an'],
  ['istan', ''],
];

/**
 * The country a people's word names ("pakistani", "afghans" -> "pakistan", "afghanistan"), or undefined:
 * "what do most pakistanis follow" asks about Pakistan as surely as "what does pakistan follow".
 */
export function regionOfDemonym(word: string): string | undefined {
  names ??= regionNames();
  const lower = word.toLowerCase();
  const forms = lower.endsWith('s') ? [lower, lower.slice(0, -1)] : [lower];
  for (const form of forms) {
    if (names.has(form)) continue;
    for (const [drop, add] of DEMONYM_ENDINGS) {
      if (!form.endsWith(add)) continue;
      const stem = form.slice(0, form.length - add.length);
      // "n" after a vowel only ("syrian", not "german" from "germa").
      if (add === 'n' && !/[aeiou]$/.test(stem)) continue;
      const region = stem + drop;
      if (stem.length >= 4 && region !== form && names.has(region)) return region;
    }
  }
  return undefined;
}

let longNames: ReadonlySet<string> | undefined;

/**
 * Is `words[i]` part of a country's name of two or three words ("United States", "Saudi Arabia", "South
 * Africa")? A "which town" question is not answered by "the United States".
 */
export function inRegionName(words: readonly string[], i: number): boolean {
  longNames ??= namesOfRegions(/^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/);
  for (const length of [2, 3])
    for (let start = Math.max(0, i - length + 1); start <= i; start++) {
      const phrase = words
        .slice(start, start + length)
        .join(' ')
        .toLowerCase();
      if (start + length <= words.length && longNames.has(phrase)) return true;
    }
  return false;
}

let codeNames: Intl.DisplayNames | undefined;

/** Is `word` a two-letter region code ("us" for the United States)? */
export function isRegionCode(word: string): boolean {
  if (!/^[a-z]{2}$/i.test(word)) return false;
  codeNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return codeNames.of(word.toUpperCase()) !== undefined;
}
