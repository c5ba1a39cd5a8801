/**
 * Numbers written as digits in the question and as words in the article, or the other way round: "who said
 * isis has offshoots in 10 countries" for "offshoots in about ten countries". Read as an alias of each other,
 * as a name the corpus writes otherwise is (query-plan.ts).
 */
import type { Alias } from '../search/aliases.js';
import { termOf } from '../search/analyzer.js';

const WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const TENS = 'thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** Numeral -> the search term of its word ("10" -> "ten"), and the word's term -> the numeral. */
const WORD_OF = new Map<string, string>();
const NUMERAL_OF = new Map<string, string>();
function pair(numeral: number, word: string): void {
  const term = termOf(word) ?? word;
  WORD_OF.set(String(numeral), term);
  NUMERAL_OF.set(term, String(numeral));
}
WORDS.forEach((word, n) => pair(n, word));
TENS.forEach((word, i) => pair(30 + 10 * i, word));
pair(100, 'hundred');
// Ordinals: "iraqs 2nd biggest city" for "second largest city".
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');
const SUFFIXES = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th'];
ORDINALS.forEach((word, i) => {
  const term = termOf(word) ?? word;
  WORD_OF.set(`${i + 1}${SUFFIXES[i]}`, term);
  NUMERAL_OF.set(term, `${i + 1}${SUFFIXES[i]}`);
});

/**
 * For each question term the corpus lacks that is a number in one writing while the corpus has the other:
 * an alias from the corpus's writing (`acronym`) to the question's (`longForm`).
 */
export function numberAliases(unknown: Iterable<string>, corpusHas: (term: string) => boolean): Alias[] {
  const aliases: Alias[] = [];
  for (const term of unknown) {
    const other = WORD_OF.get(term) ?? NUMERAL_OF.get(term);
    if (other !== undefined && corpusHas(other)) aliases.push({ acronym: other, longForm: [term] });
  }
  return aliases;
}
