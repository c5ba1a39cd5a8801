/**
 * The synonym table: analyzer term -> the terms WordNet puts in the same synset, for the words chat users
 * type that the word vectors place too far apart ("hurt" ~ "wounded" has cosine 0.48). For each single-word
 * lemma, its `SENSES_PER_LEMMA` commonest senses; their single-word lemmas, as terms, minus the term itself.
 * A phrase of up to three words ("set up", "get rid of") is keyed by `phraseKey` and gets the single-word
 * lemmas of its senses ("set_up" -> "establish", "found", "launch"): the words a paraphrase uses for it.
 * Terms as `termOf` spells them ("injury" -> "injuri"), so they meet the index's and the vectors' terms.
 */
import { termOf } from '../analyzer.js';
import { PARTS_OF_SPEECH, readIndex, readSynsets } from './wordnet.js';

/**
 * How many senses of each lemma count, commonest first. Rarer senses bring synonyms nobody means in chat
 * ("kill" 3rd sense: "obliterate"; "guy" 3rd: "roast"); 2 is what the lead measured the alignment with
 * (issue 9). Part of the built file's source, so changing it rebuilds the file.
 */
export const SENSES_PER_LEMMA = 2;

/** A multi-word lemma (`give_up`): WordNet joins words with `_`. */
const isPhrase = (lemma: string): boolean => lemma.includes('_');

/** Words of the longest phrase kept ("get rid of", "take advantage of"). */
export const MAX_PHRASE_WORDS = 3;

/**
 * The table's key for a phrase of words: each word's term, or the word itself when it is a stop word ("up",
 * "of"), joined by `_` ("set_up", "get_rid_of", "take_advantag"). A question's words make the same key,
 * whatever form the verb takes ("took advantage" -> "take_advantag").
 */
export function phraseKey(words: readonly string[]): string {
  return words.map(phraseKeyWord).join('_');
}

/** One word's part of a `phraseKey`: its term, or the word lower-cased when it is a stop word. */
export function phraseKeyWord(word: string): string {
  return termOf(word) ?? word.toLowerCase();
}

/** The key of a multi-word lemma of up to MAX_PHRASE_WORDS words, else null. */
function lemmaKey(lemma: string): string | null {
  if (!isPhrase(lemma)) return termOf(lemma);
  const words = lemma.split('_');
  return words.length <= MAX_PHRASE_WORDS && words.every((word) => /^[a-z]+$/.test(word))
    ? phraseKey(words)
    : null;
}

/**
 * Builds the table from a WordNet `dict` folder. Terms in the order WordNet first gives them (nouns, verbs,
 * adjectives, adverbs; each file in its order), each term's synonyms in sense order (commonest first).
 */
export async function buildSynonymTable(
  dict: string,
  senses: number = SENSES_PER_LEMMA,
): Promise<Map<string, string[]>> {
  // Pass 1, the index files: which synsets each term's lemmas mean (`<pos> <offset>`, offsets repeat across
  // parts of speech), and which synsets are wanted at all.
  const meanings = new Map<string, string[]>();
  const wanted = new Map<string, string[] | undefined>();
  for (const pos of PARTS_OF_SPEECH) {
    await readIndex(dict, pos, ({ lemma, offsets }) => {
      const term = lemmaKey(lemma);
      if (term === null) return;
      let keys = meanings.get(term);
      if (!keys) meanings.set(term, (keys = []));
      for (const offset of offsets.slice(0, senses)) {
        const key = `${pos} ${offset}`;
        keys.push(key);
        wanted.set(key, undefined);
      }
    });
  }
  // Pass 2, the data files: the terms of the wanted synsets only.
  for (const pos of PARTS_OF_SPEECH) {
    await readSynsets(dict, pos, ({ offset, words }) => {
      const key = `${pos} ${offset}`;
      if (!wanted.has(key)) return;
      const terms: string[] = [];
      for (const word of words) {
        const term = isPhrase(word) ? null : termOf(word);
        if (term !== null) terms.push(term);
      }
      wanted.set(key, terms);
    });
  }
  const table = new Map<string, string[]>();
  for (const [term, keys] of meanings) {
    const synonyms = new Set<string>();
    for (const key of keys)
      for (const other of wanted.get(key) ?? []) if (other !== term) synonyms.add(other);
    if (synonyms.size > 0) table.set(term, [...synonyms]);
  }
  addReverseSynonyms(table);
  return table;
}

/**
 * Synonymy goes both ways: "silence" lists "quiet" among its commonest senses' words, so "quiet" gets
 * "silence" too, after its own (its commonest senses are "lull", "calm"). Single words only: a phrase key
 * is asked for as a phrase. @example chat set 390 -> 392 ("how long was iskp quiet"), SQuAD all 10,570
 * +2, WikiQA tune unchanged.
 */
function addReverseSynonyms(table: Map<string, string[]>): void {
  const reverse = new Map<string, string[]>();
  for (const [term, synonyms] of table) {
    if (isPhrase(term)) continue;
    for (const other of synonyms) {
      if (table.get(other)?.includes(term)) continue;
      let list = reverse.get(other);
      if (!list) reverse.set(other, (list = []));
      list.push(term);
    }
  }
  for (const [term, extra] of reverse) table.set(term, [...(table.get(term) ?? []), ...extra]);
}
