/**
 * The check a snapshot's kept sentences (sentence-store.ts) pass before they are used: a file that does not
 * hold together is rebuilt, never trusted.
 */
import { type EncodedSentences, poolInMemory, UNIT_LIMIT, WIDE } from './sentence-store.js';

/**
 * Throws when a snapshot's entries do not fit its passages (`textLengths`, in snapshot order) and terms
 * (`termCount`): an entry past the pool or overlapping the next, a sentence outside its text or out of order,
 * a term number past the terms.
 */
export function checkKeptSentences(
  sentences: EncodedSentences,
  textLengths: ArrayLike<number>,
  termCount: number,
): void {
  const { starts } = sentences;
  // A pool left on disk is read whole: this check runs only to find which scope's file is at fault.
  const pool = poolInMemory(sentences.pool);
  if (starts.length !== textLengths.length) throw new Error('kept sentences do not match the passages');
  let previousEnd = 0;
  for (let n = 0; n < starts.length; n++) {
    const at = starts[n]!;
    if (at < 0) continue;
    if (at < previousEnd || at >= pool.length)
      throw new Error('kept sentences overlap or lie past their pool');
    const count = pool[at]!;
    const head = at + 1 + count * 3;
    if (head > pool.length) throw new Error('kept sentences lie past their pool');
    let sentenceEnd = 0;
    let terms = 0;
    for (let i = 0; i < count; i++) {
      const start = pool[at + 1 + i * 2]!;
      const end = pool[at + 2 + i * 2]!;
      if (start < sentenceEnd || end < start || end > textLengths[n]!) {
        throw new Error('a kept sentence lies outside its passage');
      }
      sentenceEnd = end;
      terms += pool[at + 1 + count * 2 + i]!;
    }
    previousEnd =
      head + terms * 2 <= pool.length
        ? termsEnd(pool, head, terms, termCount)
        : termsEndChecked(pool, head, terms, termCount);
  }
}

/**
 * Where `terms` term numbers from `next` end, none past the pool even if all are wide: one pass without bound
 * checks, the largest number checked once (this check reads every unit of a 209 MB pool at 1M passages).
 */
function termsEnd(pool: Uint16Array, next: number, terms: number, termCount: number): number {
  let largest = -1;
  for (let k = 0; k < terms; k++) {
    let number = pool[next++]!;
    if (number >= WIDE) number = (number & (WIDE - 1)) * UNIT_LIMIT + pool[next++]!;
    if (number > largest) largest = number;
  }
  if (largest >= termCount) throw new Error('a kept sentence names a term past the terms');
  return next;
}

/** `termsEnd` near the pool's end, each unit's place checked. */
function termsEndChecked(pool: Uint16Array, next: number, terms: number, termCount: number): number {
  for (let k = 0; k < terms; k++) {
    if (next >= pool.length) throw new Error('kept sentences lie past their pool');
    let number = pool[next++]!;
    if (number >= WIDE) {
      if (next >= pool.length) throw new Error('kept sentences lie past their pool');
      number = (number & (WIDE - 1)) * UNIT_LIMIT + pool[next++]!;
    }
    if (number >= termCount) throw new Error('a kept sentence names a term past the terms');
  }
  return next;
}
