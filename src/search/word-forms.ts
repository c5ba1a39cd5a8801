/**
 * Are two words with one stem forms of one word ("attacks" / "attacking", "died" / "dies", "stood" /
 * "stand"), or one derived from the other ("capitalized" from "capital", "government" from "govern")? The
 * stemmer merges both kinds; a derived word often means something else ("ISKP has capitalized on ..." says
 * nothing of a capital city), so an answer weighs it less than the word itself.
 */
import { IRREGULAR_FORMS } from './irregular-forms.js';

/** Endings that make a form of the same word: plural, past, participle, comparison ("studies"/"study"). */
const INFLECTIONS = new Set(['', 's', 'es', 'ed', 'd', 'ing', 'e', 'y', 'ies', 'ied', 'er', 'est', 'ers']);

/** Lower-cased words; true when one is an inflected form of the other (or they are the same). */
export function sameWordForms(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  if (x === y) return true;
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return isInflection(x, common) && isInflection(y, common);
}

function bare(word: string): string {
  // Most words have no apostrophe: no regular expressions run for them.
  const plain =
    word.includes("'") || word.includes('\u2019')
      ? word.replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '')
      : word;
  return IRREGULAR_FORMS.get(plain) ?? plain;
}

/** Is what follows the shared start an inflection ("running": "run" + a doubled "n" + "ing")? */
function isInflection(word: string, common: number): boolean {
  let ending = word.slice(common);
  if (ending.length > 1 && common > 0 && ending[0] === word[common - 1]) ending = ending.slice(1);
  return INFLECTIONS.has(ending);
}
