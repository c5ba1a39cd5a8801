/**
 * The exact scoring and candidate selection as they were over MiniSearch's nested Maps (src/search/index/
 * scoring.ts and candidates.ts at edfbc7b, verbatim but for names): the reference the flat postings must
 * match, passage for passage, score for score.
 */
import type { PassageSearch, Visibility } from '../../src/search/index/passage-search.js';
import { TEXT_FIELD, TITLE_FIELD, type TermData } from '../../src/search/index/passage-search.js';
import { idf, type Scored } from '../../src/search/index/scoring.js';
import { SEARCH_SETTINGS } from '../../src/search/settings.js';

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
}

function scratchOf(length: number): Scratch {
  return {
    generation: 0,
    total: new Float64Array(length),
    termScore: new Float64Array(length),
    matched: new Int32Array(length),
    termStamp: new Int32Array(length),
    queryStamp: new Int32Array(length),
  };
}

/** Scores exact-term queries; one per index, as it keeps scratch arrays sized to it. */
export class MapScorer {
  /** Replaced by a larger one when the index outgrows it. */
  private scratch = scratchOf(0);

  /**
   * MiniSearch's search for exact terms (BM25 per field, field and term boosts, OR, times the number of
   * terms matched), summed in the same order so scores and ties come out the same. Only passages in
   * `chosen` (short ids, ascending) are scored when given; `visible` leaves out other scopes. Expects no
   * discarded passage in the postings (MiniSearch's own search prunes those).
   */
  score(
    search: PassageSearch,
    boosts: ReadonlyMap<string, number>,
    visible: Visibility,
    chosen: readonly number[] | undefined,
    limit: number,
  ): Scored {
    const scratch = this.scratchFor(search.shortIdLimit);
    const { storedFields, fieldLengths, averageFieldLengths } = search;
    const { k, b, d } = SEARCH_SETTINGS.bm25;
    const fieldBoosts = [SEARCH_SETTINGS.titleBoost, 1];
    const documentCount = search.documentCount;
    const order: number[] = []; // passages in the order MiniSearch's result map would hold them
    const query = ++scratch.generation;
    for (const [term, termBoost] of boosts) {
      const data = search.termData(term);
      if (!data) continue;
      const pass = ++scratch.generation;
      const touched: number[] = [];
      for (const fieldId of [TITLE_FIELD, TEXT_FIELD]) {
        const postings = data.get(fieldId);
        if (!postings) continue;
        const rarity = idf(postings.size, documentCount);
        const averageLength = averageFieldLengths[fieldId]!;
        const weight = termBoost * fieldBoosts[fieldId]!;
        const ids = chosen ? chosen.filter((id) => postings.has(id)) : postings.keys();
        for (const id of ids) {
          if (visible && !visible(storedFields.get(id))) continue;
          const frequency = postings.get(id)!;
          const length = fieldLengths.get(id)![fieldId]!;
          const raw =
            rarity * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
          const score = 1 * weight * 1 * raw; // MiniSearch: termWeight * termBoost * fieldBoost * docBoost * raw
          if (scratch.termStamp[id] !== pass) {
            scratch.termStamp[id] = pass;
            scratch.termScore[id] = score;
            touched.push(id);
          } else scratch.termScore[id] = scratch.termScore[id]! + score;
        }
      }
      for (const id of touched) {
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
    const scoreOf = (id: number) => scratch.total[id]! * scratch.matched[id]!;
    // A stable sort by score, as MiniSearch's: equal scores keep the order above.
    const best = order
      .map((id, position) => ({ id, position, score: scoreOf(id) }))
      .sort((x, y) => y.score - x.score || x.position - y.position)
      .slice(0, limit);
    const ranked = best.map(({ id, score }) => ({
      id: search.documentIds.get(id) as string,
      score,
      terms: [...boosts.keys()].filter((term) => {
        const data = search.termData(term);
        return data !== undefined && [...data.values()].some((postings) => postings.has(id));
      }),
    }));
    return { ranked, matched: order.length };
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

/** Most passages one query has scored. */
const MAX_SCORED = 500;
/** Terms in a match mask (two bits each, title and text): past the rarest 15, terms do not pick candidates
 * (they are still scored). */
const MASK_TERMS = 15;

/** Picks candidates; one per index, as it keeps scratch arrays sized to it. */
export class MapCandidatePicker {
  /** Per short id: which terms the passage holds in which field, as bits. All zero between calls. */
  private masks = new Int32Array(0);
  /** The short ids met in a call, in the order met. */
  private touched = new Int32Array(0);

  /**
   * The passages to score for these terms (short ids, ascending), or undefined to score every match (when
   * at most `MAX_SCORED` match and every scope is visible). Past that: the passages whose matches weigh most, by the
   * shape of MiniSearch's score without term frequency and length (per term and field, idf times field
   * boost; summed, times the number of terms matched). Among equals, those holding the rarest terms first,
   * title before text, then in index order.
   */
  pick(
    search: PassageSearch,
    terms: readonly string[],
    visible: Visibility,
    documentFrequency: (term: string) => number,
  ): number[] | undefined {
    const { documentIds: ids, storedFields: stored } = search;
    const postings = terms
      .map((term) => ({ data: search.termData(term), df: documentFrequency(term) }))
      .filter((entry): entry is { data: TermData; df: number } => entry.data !== undefined)
      .sort((a, b) => a.df - b.df)
      .slice(0, MASK_TERMS);
    let bound = 0;
    for (const { data } of postings) for (const docs of data.values()) bound += docs.size;
    if (bound <= MAX_SCORED && !visible) return undefined;
    // Bits by rarest term first: title bit, text bit.
    const limit = search.shortIdLimit;
    if (this.masks.length < limit) {
      this.masks = new Int32Array(Math.max(limit, this.masks.length * 2));
      this.touched = new Int32Array(this.masks.length);
    }
    const { masks, touched } = this;
    let met = 0;
    const count = Math.max(search.documentCount, 1);
    const weights: number[] = [];
    postings.forEach(({ data }, term) => {
      for (const field of [TITLE_FIELD, TEXT_FIELD]) {
        const docs = data.get(field);
        const bit = 1 << (term * 2 + field);
        weights.push(
          docs ? idf(docs.size, count) * (field === TITLE_FIELD ? SEARCH_SETTINGS.titleBoost : 1) : 0,
        );
        if (!docs) continue;
        for (const id of docs.keys()) {
          const mask = masks[id]!;
          if (mask === 0) touched[met++] = id;
          masks[id] = mask | bit;
        }
      }
    });
    // Passages per mask; discarded ones (their postings stay until vacuumed) and unseen scopes are left out.
    const checkIds = search.dirtCount > 0;
    const sizes = new Map<number, number>();
    for (let i = 0; i < met; i++) {
      const id = touched[i]!;
      if ((checkIds && !ids.has(id)) || (visible && !visible(stored.get(id)))) {
        masks[id] = 0;
        continue;
      }
      const mask = masks[id]!;
      sizes.set(mask, (sizes.get(mask) ?? 0) + 1);
    }
    const weightOf = (mask: number) => {
      let sum = 0;
      let matched = 0;
      for (let term = 0; term < postings.length; term++) {
        const bits = (mask >>> (term * 2)) & 3;
        if (bits === 0) continue;
        matched++;
        if (bits & 1) sum += weights[term * 2]!;
        if (bits & 2) sum += weights[term * 2 + 1]!;
      }
      return sum * matched;
    };
    // Heaviest masks first, whole, until the budget; the mask that crosses it gives its first passages.
    const quota = new Map<number, number>();
    let left = MAX_SCORED;
    for (const [mask, size] of [...sizes].sort((a, b) => weightOf(b[0]) - weightOf(a[0]))) {
      if (left === 0) break;
      quota.set(mask, Math.min(size, left));
      left -= Math.min(size, left);
    }
    const chosen: number[] = [];
    for (let i = 0; i < met; i++) {
      const id = touched[i]!;
      const mask = masks[id]!;
      masks[id] = 0;
      const room = quota.get(mask);
      if (room) {
        chosen.push(id);
        quota.set(mask, room - 1);
      }
    }
    if (!visible && left > 0) return undefined;
    return chosen.sort((a, b) => a - b);
  }
}
