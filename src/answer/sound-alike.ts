/**
 * Names spelled by their sound ("mohamed" for Moahammed, "nurani" for Noorani): typed from hearing, or
 * transliterated another way. A spelling the dictionary knows ("mohamed", "reuben") is never corrected by
 * "did you mean", so it reads as the corpus name one letter away that sounds the same (an alias); one the
 * dictionary lacks two letters off ("nurani") is corrected there when it sounds the same (`soundsAlike`).
 *
 * The sound is the Double Metaphone key (the `double-metaphone` package: Lawrence Philips' rules for names of
 * many origins, kept by wooorm); its two keys cover two readings ("Karachi": KRX and KRK).
 */
import { doubleMetaphone } from 'double-metaphone';
import type { Alias } from '../search/aliases.js';
import { termOf, type Token } from '../search/analyzer.js';
import { englishDictionary } from '../search/dictionary.js';
import { editDistance } from './edit-distance.js';

export const SOUND_ALIKE = {
  /**
   * Most letters a corpus name may be from the question's: "mohamed" is one from "moaham" (Moahammed's
   * term). At 2, "Edison" read as "Edsen" (SQuAD with its article withheld).
   */
  maxDistance: 1,
  /** Nearest corpus terms looked at per name. */
  candidates: 12,
  /**
   * Fewest sounds a key must have: "Shaw" and "Shah" are both X, as are many short names; three sounds
   * (NRN, MHMT, ARLK) name one.
   */
  minSounds: 3,
  /** Fewest letters the question's word must have. */
  minLetters: 4,
} as const;

export interface SoundAlikeSource {
  /** The question's own terms the corpus lacks. */
  unknown: Iterable<string>;
  /** The question's names (terms a decision needs to see). */
  specific: ReadonlySet<string>;
  /** The question's words as typed: an acronym ("IPCC") is spelled, not sounded. */
  tokens: readonly Token[];
  /** Corpus terms within an edit distance of a term, nearest first (`PassageIndex.similarTerms`). */
  similarTerms: (term: string, maxDistance: number, limit: number) => string[];
}

/**
 * Aliases from a corpus name to each unknown name of the question that sounds like it: the corpus term is
 * no English word nor the stem of one (a name), starts with the same letter, is within `maxDistance`
 * letters, and shares a key of at least `minSounds` sounds.
 */
export function soundAlikeAliases({ unknown, specific, tokens, similarTerms }: SoundAlikeSource): Alias[] {
  const aliases: Alias[] = [];
  // A question typed all in capitals says nothing of acronyms: "WHO IS REUBEN EHRLICH" names Reuven too.
  const shouting = !tokens.some((token) => /\p{Ll}/u.test(token.surface));
  for (const term of unknown) {
    if (!specific.has(term)) continue;
    const typed = tokens.find((token) => token.term === term)?.surface.replace(/['\u2019]s$/u, '');
    if (typed === undefined || typed.length < SOUND_ALIKE.minLetters) continue;
    if (!shouting && !/^\p{L}\p{Ll}+$/u.test(typed)) continue;
    const word = typed.toLowerCase();
    // A word the dictionary lacks is left to "did you mean", which says what it read ("Showing the answer
    // for: ..."); a name the dictionary knows is never corrected there, and is likelier someone else than
    // a slip two letters off ("Edison", "Hutton").
    if (!englishDictionary().isWord(word)) continue;
    // A corpus term is a stem ("moaham" for Moahammed): heard against the question's stem too ("moham").
    const asked = [...new Set([...soundKeys(word), ...soundKeys(term)])];
    if (asked.length === 0) continue;
    for (const corpusTerm of similarTerms(term, SOUND_ALIKE.maxDistance, SOUND_ALIKE.candidates)) {
      // Names start as they sound: "Edison" is not "Addison", "Indiana" not "Endang".
      if (corpusTerm[0] !== word[0] || stemsEnglishWord(corpusTerm)) continue;
      const heard = soundKeys(corpusTerm);
      if (heard.some((key) => asked.includes(key))) {
        aliases.push({ acronym: corpusTerm, longForm: [term] });
        break;
      }
    }
  }
  return aliases;
}

/** Endings a stem may have lost ("routin" of "routine", "stori" of "story"). */
const ENDINGS = ['', 'e', 's', 'ed', 'ing', 'er', 'al', 'ic', 'ate', 'ent', 'ion', 'ous', 'y'];

/** Is the term an English word, or the stem of one ("gambl", "coloni")? Then it names no one. */
function stemsEnglishWord(term: string): boolean {
  const dictionary = englishDictionary();
  const stems = [term, term.replace(/i$/u, 'y')];
  return stems.some((stem) =>
    ENDINGS.some((ending) => {
      const word = stem + ending;
      return dictionary.isWord(word) && (termOf(word) === term || word === term);
    }),
  );
}

/**
 * A rare English word the corpus lacks that sounds like an English word the corpus writes one letter away:
 * a slip of the ear or of autocorrect ("capitol" for "capital", "boarder" for "border"), read as that word.
 * A common word ("piece": "according to the piece") means itself; a name is left to `soundAlikeAliases`.
 */
export function soundSlipAliases({
  unknown,
  specific,
  tokens,
  similarTerms,
  frequencyRank,
  writtenAs,
}: SoundAlikeSource & {
  /** A term's rank by frequency in general English (0 = commonest), when known. */
  frequencyRank: (term: string) => number | undefined;
  /** How the corpus writes a term ("capital" for "capit"), lower-cased. */
  writtenAs: (term: string) => string | undefined;
}): Alias[] {
  const dictionary = englishDictionary();
  const aliases: Alias[] = [];
  for (const term of unknown) {
    if (specific.has(term)) continue;
    const typed = tokens.find((token) => token.term === term)?.surface.toLowerCase();
    if (typed === undefined || typed.length < SOUND_SLIP.minLetters || !/^\p{Ll}+$/u.test(typed)) continue;
    if (!dictionary.isWord(typed)) continue;
    // A word with no vector is too rare to say whether it is a slip (and would cost a fuzzy search each).
    const rank = frequencyRank(term);
    if (rank === undefined || rank < SOUND_SLIP.minRank) continue;
    for (const corpusTerm of similarTerms(term, SOUND_SLIP.maxDistance, SOUND_ALIKE.candidates)) {
      const written = writtenAs(corpusTerm);
      if (written === undefined || !dictionary.isWord(written)) continue;
      if (editDistance(typed, written) > 1 || !soundsAlike(typed, written)) continue;
      aliases.push({ acronym: corpusTerm, longForm: [term] });
      break;
    }
  }
  return aliases;
}

export const SOUND_SLIP = {
  /** Fewest letters: shorter words have too many neighbours that sound alike. */
  minLetters: 5,
  /**
   * Rank by frequency in general English below which a word means itself: "piece" is 1,541st, "capitol"
   * 2,650th (US news writes the Capitol).
   */
  minRank: 2000,
  /** Most edits between the slip's term and the corpus term (stems: "capitol" is two from "capit"). */
  maxDistance: 2,
} as const;

/** Do two words sound the same: a shared key of at least `minSounds` sounds ("nurani", "Noorani": NRN)? */
export function soundsAlike(a: string, b: string): boolean {
  return soundsLike(a)(b);
}

/**
 * `soundsAlike` with its first word fixed, its keys worked out once and each other word's remembered: for
 * checking one typed word against many candidates, and the same candidates more than once.
 */
export function soundsLike(word: string): (other: string) => boolean {
  const keys = soundKeys(word.toLowerCase());
  const answers = new Map<string, boolean>();
  return (other) => {
    let alike = answers.get(other);
    if (alike === undefined) {
      alike = keys.length > 0 && soundKeys(other.toLowerCase()).some((key) => keys.includes(key));
      answers.set(other, alike);
    }
    return alike;
  };
}

/** A word's sound keys of at least `minSounds` sounds; "b" and "v", "p" and "f" heard alike ("Reuben"). */
function soundKeys(word: string): string[] {
  const keys = doubleMetaphone(word).map((key) => key.replace(/F/g, 'P'));
  return [...new Set(keys)].filter((key) => key.length >= SOUND_ALIKE.minSounds);
}
