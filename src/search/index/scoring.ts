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

/**
 * Arrays by key, reused across queries; a stamp says which query or term pass an entry belongs to. Keyed by short
 * id when every match is scored, by place among the chosen passages when only those are (a few hundred
 * entries that stay in cache, where entries by short id are spread over megabytes).
 */
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
  /** The keys one term pass met, in order. */
  touched: Int32Array;
  /** The keys a query met, in order (a JS array grown by `push` made a tenth of an answer's garbage). */
  order: Int32Array;
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
    order: new Int32Array(length),
  };
}

/** Per scope number, 1 for the scopes a search may see (see `FlatPostings.scopeFilter`); undefined: all. */
export type ScopeFilter = Uint8Array | undefined;

/** Scores exact-term queries; one per index, as it keeps scratch arrays sized to it. */
export class ExactScorer {
  /** By short id; replaced by a larger one when the index outgrows it. */
  private scratch = scratchOf(0);
  /** By place among the chosen passages. */
  private chosenScratch = scratchOf(0);
  /** Per short id: the stamp of the term range last marked (`chosenIn`), and the entry holding it. */
  private marked = new Int32Array(0);
  private markedAt = new Int32Array(0);
  private marks = 0;
  /**
   * Where the chosen passages stand in the range being scored, and their places among the chosen (`chosenIn`),
   * reused from range to range.
   */
  private positions = new Int32Array(0);
  private places = new Int32Array(0);
  /** Per short id: the stamp of the last query that chose it, and its place among the chosen (`chosenIn`). */
  private chosenStamps = new Int32Array(0);
  private chosenPlaces = new Int32Array(0);
  private chosenStamp = 0;
  /** The best keys of a query and their scores, best first (`keepBest`). */
  private bestKeys = new Int32Array(0);
  private bestScores = new Float64Array(0);

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
    // Keys: short ids, or places among the chosen.
    const scratch = chosen ? this.chosenScratchFor(chosen.length) : this.scratchFor(search.shortIdLimit);
    const { averageFieldLengths } = search;
    const { docs, freqs, starts, lengths, fieldLengths, scopeOf } = flat;
    const { k, b, d } = SEARCH_SETTINGS.bm25;
    const fieldBoosts = [SEARCH_SETTINGS.titleBoost, 1];
    const documentCount = search.documentCount;
    // Keys in the order MiniSearch's result map would hold their passages.
    const { order } = scratch;
    let orderLength = 0;
    const query = ++scratch.generation;
    if (chosen) this.stampChosen(chosen);
    const numbers: number[] = [];
    for (const [term, termBoost] of boosts) {
      const number = flat.termNumber(term);
      numbers.push(number);
      if (number < 0) continue;
      flat.ready(number);
      const pass = ++scratch.generation;
      // Passages this term scores, in the order met (reused: a common term meets thousands).
      const touched = scratch.touched;
      let met = 0;
      for (let fieldId = TITLE_FIELD; fieldId <= TEXT_FIELD; fieldId++) {
        const slot = number * 2 + fieldId;
        const count = lengths[slot]!;
        if (count === 0) continue;
        const start = starts[slot]!;
        const rarity = idf(count, documentCount);
        const averageLength = averageFieldLengths[fieldId]!;
        const weight = termBoost * fieldBoosts[fieldId]!;
        // Entries of the range to score: all of it, or those of the chosen passages in their order.
        const found = chosen ? this.chosenIn(flat, slot, chosen, search.shortIdLimit) : -1;
        const { positions, places } = this;
        const end = found >= 0 ? found : count;
        for (let i = 0; i < end; i++) {
          const at = found >= 0 ? positions[i]! : start + i;
          const id = docs[at]!;
          const key = found >= 0 ? places[i]! : id;
          if (visible && visible[scopeOf[id]!] !== 1) continue;
          const frequency = freqs[at]!;
          const length = fieldLengths[id * 2 + fieldId]!;
          const raw =
            rarity * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
          const score = 1 * weight * 1 * raw; // MiniSearch: termWeight * termBoost * fieldBoost * docBoost * raw
          if (scratch.termStamp[key] !== pass) {
            scratch.termStamp[key] = pass;
            scratch.termScore[key] = score;
            touched[met++] = key;
          } else scratch.termScore[key] = scratch.termScore[key]! + score;
        }
      }
      for (let i = 0; i < met; i++) {
        const key = touched[i]!;
        if (scratch.queryStamp[key] !== query) {
          scratch.queryStamp[key] = query;
          scratch.total[key] = scratch.termScore[key]!;
          scratch.matched[key] = 1;
          order[orderLength++] = key;
        } else {
          scratch.total[key] = scratch.total[key]! + scratch.termScore[key]!;
          scratch.matched[key]!++;
        }
      }
    }
    const count = this.keepBest(scratch, orderLength, limit);
    const terms = [...boosts.keys()];
    const ranked: RankedPassage[] = [];
    for (let r = 0; r < count; r++) {
      const key = this.bestKeys[r]!;
      const id = chosen ? chosen[key]! : key;
      const matched: string[] = [];
      for (let t = 0; t < terms.length; t++) {
        const number = numbers[t]!;
        if (number < 0) continue;
        if (flat.indexOf(number, TITLE_FIELD, id) >= 0 || flat.indexOf(number, TEXT_FIELD, id) >= 0)
          matched.push(terms[t]!);
      }
      ranked.push({ id: search.documentIds.get(id) as string, score: this.bestScores[r]!, terms: matched });
    }
    return { ranked, matched: orderLength };
  }

  /**
   * The best `limit` keys of the first `count` in `order` by score, as MiniSearch's stable sort ranks them
   * (equal scores keep that order), into `bestKeys` and `bestScores`; returns how many. Kept in a short sorted
   * list as they are met, not an object per passage and a sort of them all.
   */
  private keepBest(scratch: Scratch, count: number, limit: number): number {
    if (this.bestKeys.length < limit) {
      this.bestKeys = new Int32Array(limit);
      this.bestScores = new Float64Array(limit);
    }
    const { bestKeys, bestScores } = this;
    const { order, total, matched } = scratch;
    let kept = 0;
    for (let o = 0; o < count && limit > 0; o++) {
      const key = order[o]!;
      const score = total[key]! * matched[key]!;
      if (kept === limit && !(score > bestScores[limit - 1]!)) continue;
      let at = kept;
      while (at > 0 && bestScores[at - 1]! < score) at--;
      if (kept < limit) kept++;
      for (let move = kept - 1; move > at; move--) {
        bestKeys[move] = bestKeys[move - 1]!;
        bestScores[move] = bestScores[move - 1]!;
      }
      bestKeys[at] = key;
      bestScores[at] = score;
    }
    return kept;
  }

  /** Stamps the chosen passages, for `chosenIn` to know them in a walk of a short range. */
  private stampChosen(chosen: Int32Array): void {
    const size = chosen.length === 0 ? 0 : chosen[chosen.length - 1]! + 1;
    if (this.chosenStamps.length < size) {
      this.chosenStamps = new Int32Array(Math.max(size, this.chosenStamps.length * 2));
      this.chosenPlaces = new Int32Array(this.chosenStamps.length);
      this.chosenStamp = 0;
    }
    if (this.chosenStamp > 2 ** 30) {
      this.chosenStamp = 0;
      this.chosenStamps.fill(0);
    }
    const stamp = ++this.chosenStamp;
    for (let c = 0; c < chosen.length; c++) {
      this.chosenStamps[chosen[c]!] = stamp;
      this.chosenPlaces[chosen[c]!] = c;
    }
  }

  /**
   * Where the chosen passages (ascending) stand in a term's range, in their order, those the range holds: put
   * in `positions`, with their places among the chosen in `places`, returning how many. An ascending range no longer than the chosen is walked, each entry's
   * passage looked up among the stamped chosen; a longer one is merged with them by galloping over the
   * passages between two chosen ones (reading about log(range / chosen) entries per chosen passage, not every
   * entry). Any other range is walked.
   */
  private chosenIn(flat: FlatPostings, slot: number, chosen: Int32Array, idLimit: number): number {
    const start = flat.starts[slot]!;
    const count = flat.lengths[slot]!;
    if (this.positions.length < chosen.length) {
      this.positions = new Int32Array(chosen.length * 2);
      this.places = new Int32Array(chosen.length * 2);
    }
    const { positions, places } = this;
    if (flat.isAscending(slot)) {
      if (count > chosen.length)
        return gallopingMerge(flat.docs, start, start + count, chosen, positions, places);
      const { docs } = flat;
      const stamps = this.chosenStamps;
      const stamp = this.chosenStamp;
      let found = 0;
      for (let i = start; i < start + count; i++) {
        const id = docs[i]!;
        if (id < stamps.length && stamps[id] === stamp) {
          places[found] = this.chosenPlaces[id]!;
          positions[found++] = i;
        }
      }
      return found;
    }
    // Mark where each passage of the range stands, then read the chosen in order.
    if (this.marked.length < idLimit) {
      this.marked = new Int32Array(Math.max(idLimit, this.marked.length * 2));
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
    let found = 0;
    for (let c = 0; c < chosen.length; c++) {
      const id = chosen[c]!;
      if (this.marked[id] !== mark) continue;
      places[found] = c;
      positions[found++] = this.markedAt[id]!;
    }
    return found;
  }

  /** The scratch arrays by place among the chosen, grown to `size` (doubling), stamps reset before they overflow. */
  private chosenScratchFor(size: number): Scratch {
    if (this.chosenScratch.total.length < size) {
      this.chosenScratch = scratchOf(Math.max(size, this.chosenScratch.total.length * 2));
    }
    if (this.chosenScratch.generation > 2 ** 30) {
      this.chosenScratch.generation = 0;
      this.chosenScratch.termStamp.fill(0);
      this.chosenScratch.queryStamp.fill(0);
    }
    return this.chosenScratch;
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

/**
 * Where each of `chosen` (ascending) stands in the ascending `docs[start..end)`, for those it holds: put in
 * `found`, with its place in `chosen` in `places`, returning how many.
 */
function gallopingMerge(
  docs: ArrayLike<number>,
  start: number,
  end: number,
  chosen: Int32Array,
  found: Int32Array,
  places: Int32Array,
): number {
  let count = 0;
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
    if (docs[at] === id) {
      places[count] = c;
      found[count++] = at++;
    }
  }
  return count;
}
