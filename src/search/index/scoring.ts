/**
 * BM25 scoring of exact query terms, as MiniSearch scores them but without its garbage: MiniSearch makes a
 * result object and map entries per matching passage and term, half of all the garbage an answer made; here
 * scores are summed into reused arrays by short id, reading the flat postings (`flat-postings.ts`) instead
 * of MiniSearch's nested Maps (a hash lookup per posting). A test holds it to the Map-based scorer it
 * replaced, passage for passage and score for score.
 *
 * The interface is deliberately narrow (terms and boosts, visibility, candidates, limit in; ranked passages
 * out) so that how postings are stored and walked can change behind it.
 */
import { SEARCH_SETTINGS } from '../settings.js';
import type { FlatPostings } from './flat-postings.js';
import { type PassageSearch, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';

export interface RankedPassage {
  /** The passage id. */
  id: string;
  /** MiniSearch's BM25 score (higher is better). */
  score: number;
  /** Query terms that matched this passage. */
  terms: string[];
}

/** A query's best passages, and how many passages it matched in all (the fallback reads it). */
export interface Scored {
  ranked: RankedPassage[];
  matched: number;
}

/** BM25's idf, as MiniSearch computes it: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Arrays by short id, reused across queries; a stamp says which query or term pass an entry belongs to. */
interface Scratch {
  /** The last stamp given; stamps in the arrays below are current when they equal it. */
  generation: number;
  /** Score so far for the query (current where `queryStamp` is the query's stamp). */
  total: Float64Array;
  /** Score for the term being summed (current where `termStamp` is the term's stamp). */
  termScore: Float64Array;
  /** Query terms matched so far. */
  matched: Int32Array;
  /** The stamp of the term pass that last wrote `termScore`. */
  termStamp: Int32Array;
  /** The stamp of the query that last wrote `total` and `matched`. */
  queryStamp: Int32Array;
  /** The passages one term pass met, in order. */
  touched: Int32Array;
}

function scratchOf(length: number): Scratch {
  return {
    generation: 0,
    total: new Float64Array(length),
    termScore: new Float64Array(length),
    matched: new Int32Array(length),
    termStamp: new Int32Array(length),
    queryStamp: new Int32Array(length),
    touched: new Int32Array(length),
  };
}

/** Per scope number, 1 for the scopes a search may see (see `FlatPostings.scopeFilter`); undefined: all. */
export type ScopeFilter = Uint8Array | undefined;

/** Scores exact-term queries; one per index, as it keeps scratch arrays sized to it. */
export class ExactScorer {
  /** Replaced by a larger one when the index outgrows it. */
  private scratch = scratchOf(0);
  /** Per short id: the stamp of the term range last marked (`chosenIn`), and the entry holding it. */
  private marked = new Int32Array(0);
  private markedAt = new Int32Array(0);
  private marks = 0;

  /**
   * MiniSearch's search for exact terms (BM25 per field, field and term boosts, OR, times the number of
   * terms matched), summed in the same order so scores and ties come out the same, over the flat postings.
   * Only passages in `chosen` (short ids, ascending) are scored when given; `visible` leaves out other
   * scopes. Expects no discarded passage in the postings (see `FlatPostings.dropPassages`).
   */
  score(
    search: PassageSearch,
    boosts: ReadonlyMap<string, number>,
    visible: ScopeFilter,
    chosen: Int32Array | undefined,
    limit: number,
  ): Scored {
    const flat = search.postings;
    const scratch = this.scratchFor(search.shortIdLimit);
    const { averageFieldLengths } = search;
    const { docs, freqs, starts, lengths, fieldLengths, scopeOf } = flat;
    const { k, b, d } = SEARCH_SETTINGS.bm25;
    const fieldBoosts = [SEARCH_SETTINGS.titleBoost, 1];
    const documentCount = search.documentCount;
    const order: number[] = []; // passages in the order MiniSearch's result map would hold them
    const query = ++scratch.generation;
    const numbers: number[] = [];
    for (const [term, termBoost] of boosts) {
      const number = flat.termNumber(term);
      numbers.push(number);
      if (number < 0) continue;
      const pass = ++scratch.generation;
      // Passages this term scores, in the order met (reused: a common term meets thousands).
      const touched = scratch.touched;
      let met = 0;
      for (const fieldId of [TITLE_FIELD, TEXT_FIELD]) {
        const slot = number * 2 + fieldId;
        const count = lengths[slot]!;
        if (count === 0) continue;
        const start = starts[slot]!;
        const rarity = idf(count, documentCount);
        const averageLength = averageFieldLengths[fieldId]!;
        const weight = termBoost * fieldBoosts[fieldId]!;
        // Entries of the range to score: all of it, or those of the chosen passages in their order.
        const entries = chosen ? this.chosenIn(flat, slot, chosen) : undefined;
        const end = entries ? entries.length : count;
        for (let i = 0; i < end; i++) {
          const at = entries ? entries[i]! : start + i;
          const id = docs[at]!;
          if (visible && visible[scopeOf[id]!] !== 1) continue;
          const frequency = freqs[at]!;
          const length = fieldLengths[id * 2 + fieldId]!;
          const raw =
            rarity * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
          const score = 1 * weight * 1 * raw; // MiniSearch: termWeight * termBoost * fieldBoost * docBoost * raw
          if (scratch.termStamp[id] !== pass) {
            scratch.termStamp[id] = pass;
            scratch.termScore[id] = score;
            touched[met++] = id;
          } else scratch.termScore[id] = scratch.termScore[id]! + score;
        }
      }
      for (let i = 0; i < met; i++) {
        const id = touched[i]!;
        if (scratch.queryStamp[id] !== query) {
          scratch.queryStamp[id] = query;
          scratch.total[id] = scratch.termScore[id]!;
          scratch.matched[id] = 1;
          order.push(id);
        } else {
          scratch.total[id] = scratch.total[id]! + scratch.termScore[id]!;
          scratch.matched[id]!++;
        }
      }
    }
    // The best `limit` by score, as MiniSearch's stable sort ranks them (equal scores keep the order above):
    // kept in a short sorted list as the passages are met, not an object per passage and a sort of them all.
    const best: Array<{ id: number; score: number }> = [];
    for (const id of limit > 0 ? order : []) {
      const score = scratch.total[id]! * scratch.matched[id]!;
      if (best.length === limit && !(score > best[limit - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { id, score });
      if (best.length > limit) best.pop();
    }
    const terms = [...boosts.keys()];
    const ranked = best.map(({ id, score }) => ({
      id: search.documentIds.get(id) as string,
      score,
      terms: terms.filter((_, t) => {
        const number = numbers[t]!;
        return (
          number >= 0 &&
          (flat.indexOf(number, TITLE_FIELD, id) >= 0 || flat.indexOf(number, TEXT_FIELD, id) >= 0)
        );
      }),
    }));
    return { ranked, matched: order.length };
  }

  /**
   * Where the chosen passages (ascending) stand in a term's range, in their order, those the range holds:
   * for an ascending range, a merge that gallops over the passages between two chosen ones (reading about
   * log(range / chosen) entries per chosen passage, not every entry); else a walk of the range.
   */
  private chosenIn(flat: FlatPostings, slot: number, chosen: Int32Array): number[] {
    const start = flat.starts[slot]!;
    const count = flat.lengths[slot]!;
    if (flat.isAscending(slot)) return gallopingMerge(flat.docs, start, start + count, chosen);
    const found: number[] = [];
    // Mark where each passage of the range stands, then read the chosen in order.
    if (this.marked.length < this.scratch.total.length) {
      this.marked = new Int32Array(this.scratch.total.length);
      this.markedAt = new Int32Array(this.marked.length);
      this.marks = 0;
    }
    if (this.marks > 2 ** 30) {
      this.marks = 0;
      this.marked.fill(0);
    }
    const mark = ++this.marks;
    const { docs } = flat;
    for (let i = start; i < start + count; i++) {
      this.marked[docs[i]!] = mark;
      this.markedAt[docs[i]!] = i;
    }
    for (let c = 0; c < chosen.length; c++) {
      const id = chosen[c]!;
      if (this.marked[id] === mark) found.push(this.markedAt[id]!);
    }
    return found;
  }

  /** The scratch arrays, grown to the index (doubling), and their stamps reset before they overflow. */
  private scratchFor(size: number): Scratch {
    if (this.scratch.total.length < size) {
      this.scratch = scratchOf(Math.max(size, this.scratch.total.length * 2));
    }
    if (this.scratch.generation > 2 ** 30) {
      this.scratch.generation = 0;
      this.scratch.termStamp.fill(0);
      this.scratch.queryStamp.fill(0);
    }
    return this.scratch;
  }
}

/** Where each of `chosen` (ascending) stands in the ascending `docs[start..end)`, for those it holds. */
function gallopingMerge(docs: ArrayLike<number>, start: number, end: number, chosen: Int32Array): number[] {
  const found: number[] = [];
  let at = start;
  for (let c = 0; c < chosen.length; c++) {
    const id = chosen[c]!;
    if (at >= end) break;
    if (docs[at]! < id) {
      // Steps of 1, 2, 4 ... past entries below the id, then a search in halves of the last step.
      let step = 1;
      let low = at;
      while (at + step < end && docs[at + step]! < id) {
        low = at + step;
        step *= 2;
      }
      let high = Math.min(at + step, end - 1);
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (docs[middle]! < id) low = middle + 1;
        else high = middle;
      }
      at = docs[low]! < id ? low + 1 : low;
      if (at >= end) break;
    }
    if (docs[at] === id) found.push(at++);
  }
  return found;
}
