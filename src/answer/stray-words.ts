/**
 * A word of another language inside an English question ("quantos ataques they claimed after 2022", "the
 * timing of the atentado was planned?", "who was the homem bomba", "IS punya cabang in how many countries"):
 * read as the English the language readers' glossaries give it. A message in one of those languages is read
 * whole by its reader first (read-question.ts); this is for the words left over in an English one.
 *
 * Only a word no English speller knows is read so (the speller knows many names: "Costa Rica"), in lower case
 * unless the whole message is in capitals or title case (a capitalised word is a name: "Graham Gano"), of four
 * letters or more (shorter ones collide across languages: "ke", "pq", "tak"), and only in a message no
 * language reader reads whole. It runs before those readers, on the message as typed.
 * The first glossary that knows it gives its English, in this order. Not Tagalog's nor Bengali's: their short
 * common words are Hindi and Urdu ones too ("bata" is Tagalog's child and Urdu's "tell").
 */
import { englishDictionary } from '../search/dictionary.js';
import { bahasaWordGloss } from './bahasa.js';
import { ownLanguageWords } from './language-readers.js';
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

/**
 * Does the case of the message's letters say nothing of names: all in capitals, or every word capitalised
 * ("Who Was The Homem Bomba")? Then its words are read as if typed in lower case, so that an answer never
 * hangs on how a question is capitalised.
 */
function caseSaysNothing(text: string): boolean {
  return !/\p{Ll}/u.test(text) || (text.match(WORD) ?? []).every((word) => /^\p{Lu}/u.test(word));
}

/**
 * The question with each word of another language that no English speller knows, nor the articles write,
 * written in English.
 */
export function withStrayWordsGlossed(text: string, corpusWrites?: (word: string) => boolean): string {
  const anyCase = caseSaysNothing(text);
  const glossed = text.replace(WORD, (typed) => {
    const word = typed.toLowerCase();
    // A capitalised word is a name ("Graham Gano"), unless the message's case says nothing.
    if ([...word].length < MIN_LETTERS || (!anyCase && typed !== word)) return typed;
    // The glossaries first: a few map lookups, where the speller's check costs far more.
    let english: string | undefined;
    for (const gloss of GLOSSARIES) if ((english = gloss(word))) break;
    // Nor a Roman Urdu word ("bata sakta": tell, can; Tagalog's "bata" is child).
    if (!english || englishDictionary().isWord(word) || isRomanUrduWord(word)) return typed;
    // Nor a word the articles write: "masa madre" is a food truck there (Masa Madre), no Spanish "mother".
    if (corpusWrites?.(word)) return typed;
    return english;
  });
  // Tested last, as few messages have a stray word at all.
  return glossed === text || ownLanguageWords(text) !== undefined ? text : glossed;
}
