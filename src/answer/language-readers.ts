/**
 * The languages a message may be read from whole (read-question.ts runs their readers): Roman Urdu, Tagalog,
 * Portuguese, Spanish, Bengali and Malay. "Did you mean" leaves such a message's own words alone, and a foreign
 * word is glossed on its own only in a message none of them reads (stray-words.ts).
 */
import { isBahasa, isBahasaWord } from './bahasa.js';
import { isBanglish, isBanglishWord } from './banglish.js';
import { isPortuguese, isPortugueseWord } from './portuguese.js';
import { isRomanUrdu, isRomanUrduWord } from './roman-urdu.js';
import { isSpanish, isSpanishWord } from './spanish.js';
import { isTagalog, isTagalogWord } from './tagalog.js';

/** The word test of the language a message is read from, or undefined when no reader reads it whole. */
export function ownLanguageWords(text: string): ((word: string) => boolean) | undefined {
  if (isRomanUrdu(text)) return isRomanUrduWord;
  if (isTagalog(text)) return isTagalogWord;
  if (isPortuguese(text)) return isPortugueseWord;
  if (isSpanish(text)) return isSpanishWord;
  if (isBanglish(text)) return isBanglishWord;
  if (isBahasa(text)) return isBahasaWord;
  return undefined;
}
