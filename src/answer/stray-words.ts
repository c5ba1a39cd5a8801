/**
 * A word of another language inside an English question ("quantos ataques they claimed after 2022", "the
 * timing of the atentado was planned?", "who was the homem bomba", "IS punya cabang in how many countries"):
 * read as the English the language readers' glossaries give it. A message in one of those languages is read
 * whole by its reader first (read-question.ts); this is for the words left over in an English one.
 *
 * Only a word no English speller knows is read so, in lower case (a word in capitals is a name or an acronym:
 * "Santo Domingo", "EI"), of four letters or more (shorter ones collide across languages: "ke", "pq", "tak").
 * The first glossary that knows it gives its English, in this order. Not Tagalog's nor Bengali's: their short
 * common words are Hindi and Urdu ones too ("bata" is Tagalog's child and Urdu's "tell").
 */
import { englishDictionary } from '../search/dictionary.js';
import { bahasaWordGloss } from './bahasa.js';
import { portugueseWordGloss } from './portuguese.js';
import { isRomanUrduWord } from './roman-urdu.js';
import { spanishWordGloss } from './spanish.js';

const GLOSSARIES: ReadonlyArray<(word: string) => string | undefined> = [
  portugueseWordGloss,
  spanishWordGloss,
  bahasaWordGloss,
];

/** Fewest letters a word must have to be read as another language's. */
const MIN_LETTERS = 4;

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** The question with each word of another language that no English speller knows written in English. */
export function withStrayWordsGlossed(text: string): string {
  return text.replace(WORD, (word) => {
    if ([...word].length < MIN_LETTERS || word !== word.toLowerCase()) return word;
    // The glossaries first: a few map lookups, where the speller's check costs far more.
    let english: string | undefined;
    for (const gloss of GLOSSARIES) if ((english = gloss(word))) break;
    // Nor a Roman Urdu word the Urdu reader left as typed ("bata sakta": tell, can; Tagalog's "bata" is child).
    if (!english || englishDictionary().isWord(word) || isRomanUrduWord(word)) return word;
    return english;
  });
}
