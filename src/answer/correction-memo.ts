/**
 * The replacements "did you mean" found for a misspelled word, remembered per index (and its version) and
 * scopes: finding them walks the term tree up to three edits away and asks nspell for suggestions (~5 ms a
 * word at 100k passages), and the same slip comes back in a conversation. Bounded: the oldest go first.
 */
import { FifoMap } from '../search/fifo-map.js';
import type { PassageIndex } from '../search/passage-index.js';

/** Words remembered per index. */
const WORDS_KEPT = 500;

const memos = new WeakMap<PassageIndex, { version: number; words: FifoMap<string, unknown> }>();

/** The value `find` gives for a key, kept until the index changes or newer keys push it out. */
export function rememberedFor<T>(index: PassageIndex, key: string, find: () => T): T {
  let memo = memos.get(index);
  if (!memo || memo.version !== index.version) {
    memo = { version: index.version, words: new FifoMap(WORDS_KEPT) };
    memos.set(index, memo);
  }
  if (memo.words.has(key)) return memo.words.get(key) as T;
  const value = find();
  memo.words.set(key, value);
  return value;
}
