/**
 * Phrases of two or three words that mean one thing ("set up", "get rid of", "take advantage of"), read in a
 * question through WordNet's multi-word lemmas: their words alone say little ("set", "rid"), and the
 * article says it in one word ("establish", "dismantle", "capitalized"). Each content word of such a phrase
 * is matched by the phrase's synonyms as well as by itself.
 */
import type { Token } from '../search/analyzer.js';
import { MAX_PHRASE_WORDS, phraseKeyWord } from '../search/synonyms/table.js';
import type { Relatedness } from './relatedness.js';

/** For each content term of a phrase in the question, the phrase's WordNet synonyms (terms). */
export function phraseSynonyms(
  tokens: readonly Token[],
  text: string,
  relatedness: Relatedness | undefined,
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (!relatedness) return found;
  for (let i = 0; i < tokens.length; i++) {
    // A word that begins no phrase of the table begins no run worth a lookup (each a binary search).
    if (!beginsPhrase(tokens[i]!.surface, relatedness)) continue;
    for (let length = MAX_PHRASE_WORDS; length >= 2; length--) {
      // Read in place (no slice of tokens per run): every run of two and three words is looked at.
      if (i + length > tokens.length || !adjacent(tokens, i, length, text)) continue;
      const synonyms = relatedness.synonyms(keyOf(tokens, i, length));
      if (synonyms.length === 0) continue;
      for (let at = i; at < i + length; at++) {
        const term = tokens[at]!.term;
        if (term === null) continue;
        const list = found.get(term) ?? [];
        for (const synonym of synonyms) if (synonym !== term && !list.includes(synonym)) list.push(synonym);
        found.set(term, list);
      }
      i += length - 1;
      break;
    }
  }
  return found;
}

/**
 * Key parts (`phraseKeyWord`) of words as written, remembered across questions: every question looks up each
 * run of two and three of its words, and folding and stemming each word again was half of reading phrases.
 * Cleared when full.
 */
const keyWords = new Map<string, string>();
const KEY_WORDS_LIMIT = 20_000;

/**
 * Whether a word as written begins a phrase of the table (`Relatedness.beginsPhrase` of its key part; true
 * when it cannot say), remembered with the key part and per relatedness: every question asks it of each of
 * its words, most of them asked before.
 */
function beginsPhrase(surface: string, relatedness: Relatedness): boolean {
  if (!relatedness.beginsPhrase) return true;
  let begins = phraseStarts.get(relatedness);
  if (!begins) phraseStarts.set(relatedness, (begins = new Map()));
  let known = begins.get(surface);
  if (known === undefined) {
    known = relatedness.beginsPhrase(keyWord(surface));
    if (begins.size >= KEY_WORDS_LIMIT) begins.clear();
    begins.set(surface, known);
  }
  return known;
}

const phraseStarts = new WeakMap<Relatedness, Map<string, boolean>>();

/** `phraseKey` of the surfaces of `length` tokens from `from`. */
function keyOf(tokens: readonly Token[], from: number, length: number): string {
  let key = keyWord(tokens[from]!.surface);
  for (let i = from + 1; i < from + length; i++) key += `_${keyWord(tokens[i]!.surface)}`;
  return key;
}

/** A word's key part (`phraseKeyWord`), remembered. */
function keyWord(surface: string): string {
  let word = keyWords.get(surface);
  if (word === undefined) {
    word = phraseKeyWord(surface);
    if (keyWords.size >= KEY_WORDS_LIMIT) keyWords.clear();
    keyWords.set(surface, word);
  }
  return word;
}

/** Do `length` tokens from `from` stand next to each other, only spaces between them ("set up", not "set, up")? */
function adjacent(tokens: readonly Token[], from: number, length: number, text: string): boolean {
  for (let i = from + 1; i < from + length; i++) {
    const end = tokens[i - 1]!.end;
    const start = tokens[i]!.start;
    // One plain space, the usual gap, needs no slice.
    if (start - end === 1 && text.charCodeAt(end) === 32) continue;
    if (text.slice(end, start).trim() !== '') return false;
  }
  return true;
}
