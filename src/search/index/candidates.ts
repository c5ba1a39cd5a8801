/**
 * Which passages a query scores. MiniSearch makes a result object for every passage that matches any query
 * term (1-3 µs each at 100k passages, plus the sort), so a question holding a word found in a quarter of the
 * corpus cost 90 ms. Past `MAX_SCORED` matches, the passages holding the most (and rarest) of the question's
 * terms are scored; the rest hold only a few of its most common words.
 */
import { SEARCH_SETTINGS } from '../settings.js';
import {
  type PassageSearch,
  type TermData,
  TEXT_FIELD,
  TITLE_FIELD,
  type Visibility,
} from './passage-search.js';
import { idf } from './scoring.js';

/** Most passages one query has scored. */
const MAX_SCORED = 500;
/** Terms in a match mask (two bits each, title and text): past the rarest 15, terms do not pick candidates
 * (they are still scored). */
const MASK_TERMS = 15;

/** Picks candidates; one per index, as it keeps scratch arrays sized to it. */
export class CandidatePicker {
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
