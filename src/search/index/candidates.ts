/**
 * Which passages a query scores. MiniSearch makes a result object for every passage that matches any query
 * term (1-3 µs each at 100k passages, plus the sort), so a question holding a word found in a quarter of the
 * corpus cost 90 ms. Past `MAX_SCORED` matches, the passages holding the most (and rarest) of the question's
 * terms are scored; the rest hold only a few of its most common words.
 */
import { SEARCH_SETTINGS } from '../settings.js';
import type { FlatPostings } from './flat-postings.js';
import { CommonTerm, type Keep, type TermRange } from './common-term.js';
import { KeyCounts } from './key-counts.js';
import { TEXT_FIELD, TITLE_FIELD } from './passage-search.js';
import { idf, type ScopeFilter } from './scoring.js';

/** Most passages one query has scored. */
const MAX_SCORED = 500;
/** Terms in a match mask (two bits each, title and text): past the rarest 15, terms do not pick candidates
 * (they are still scored). */
const MASK_TERMS = 15;

/**
 * The postings candidates are picked from: the flat postings, walked in the term tree's order, with each
 * field's document frequency as MiniSearch would read it (the tree's count while discarded passages remain in
 * it), and which passages are still indexed when discarded ones may remain in the flat postings.
 */
export interface PickSource {
  flat: FlatPostings;
  /** A field's document frequency, or 0 when the tree has no postings for the term there. */
  size: (term: string, field: number) => number;
  /** Whether a short id is indexed; undefined when no discarded passage is left in the postings. */
  indexed: ((shortId: number) => boolean) | undefined;
  /** Passages indexed. */
  documentCount: number;
  /** One past the highest short id. */
  shortIdLimit: number;
}

/** Picks candidates; one per index, as it keeps scratch arrays sized to it. */
export class CandidatePicker {
  /** Per short id: which terms the passage holds in which field, as bits. All zero between calls. */
  private masks = new Int32Array(0);
  /** The short ids met in a call, in the order met. */
  private touched = new Int32Array(0);
  /** Passages met per mask, and how many of them are still to be chosen. */
  private readonly sizes = new KeyCounts();
  private readonly quota = new KeyCounts();

  /**
   * The passages to score for these terms (short ids, ascending), or undefined to score every match (when
   * at most `MAX_SCORED` match and every scope is visible). Past that: the passages whose matches weigh most, by the
   * shape of MiniSearch's score without term frequency and length (per term and field, idf times field
   * boost; summed, times the number of terms matched). Among equals, those holding the rarest terms first,
   * title before text, then in index order.
   */
  pick(
    source: PickSource,
    terms: readonly string[],
    visible: ScopeFilter,
    documentFrequency: (term: string) => number,
  ): Int32Array | undefined {
    const { flat, size } = source;
    const postings = terms
      .map((term) => ({
        term,
        number: flat.termNumber(term),
        sizes: [size(term, TITLE_FIELD), size(term, TEXT_FIELD)],
        df: documentFrequency(term),
      }))
      .filter((entry) => entry.sizes[TITLE_FIELD]! + entry.sizes[TEXT_FIELD]! > 0)
      .sort((a, b) => a.df - b.df)
      .slice(0, MASK_TERMS);
    let bound = 0;
    for (const { sizes } of postings) bound += sizes[TITLE_FIELD]! + sizes[TEXT_FIELD]!;
    if (bound <= MAX_SCORED && !visible) return undefined;
    // A bit per term and field that has postings, rarest term first, title before text: masks of up to 16
    // such fields (nearly every question) are counted without hashing (`KeyCounts`).
    const limit = source.shortIdLimit;
    if (this.masks.length < limit) {
      this.masks = new Int32Array(Math.max(limit, this.masks.length * 2));
      this.touched = new Int32Array(this.masks.length);
    }
    const { masks, touched } = this;
    for (const { number } of postings) flat.ready(number);
    const { docs, starts, lengths, scopeOf } = flat;
    let met = 0;
    const count = Math.max(source.documentCount, 1);
    /** Per bit: its term's place among `postings`, and its weight. */
    const bitTerms: number[] = [];
    const weights: number[] = [];
    /** Per term: its ranges in the pools, title then text (empty without a bit). */
    const ranges = postings.map(({ number, sizes }, term) =>
      [TITLE_FIELD, TEXT_FIELD].map((field): TermRange => {
        const start = starts[number * 2 + field]!;
        if (sizes[field] === 0) return { start, end: start, bit: 0 };
        const bit = 1 << weights.length;
        bitTerms.push(term);
        weights.push(idf(sizes[field]!, count) * (field === TITLE_FIELD ? SEARCH_SETTINGS.titleBoost : 1));
        return { start, end: start + lengths[number * 2 + field]!, bit };
      }),
    );
    const last = postings.length - 1;
    const common =
      last >= 0
        ? CommonTerm.of(flat, postings[last]!.number, ranges[last]![0]!, ranges[last]![1]!)
        : undefined;
    // Every term but a common one walked apart (`CommonTerm`), rarest first, each passage listed when first met.
    for (const fields of common ? ranges.slice(0, last) : ranges) {
      for (const { start, end, bit } of fields) {
        for (let i = start; i < end; i++) {
          const id = docs[i]!;
          const mask = masks[id]!;
          if (mask === 0) touched[met++] = id;
          masks[id] = mask | bit;
        }
      }
    }
    // Passages per mask; discarded ones (their postings stay until vacuumed) and unseen scopes are left out.
    const { indexed } = source;
    const keep: Keep =
      indexed || visible
        ? (id) => !((indexed && !indexed(id)) || (visible && visible[scopeOf[id]!] !== 1))
        : undefined;
    common?.mark(masks, keep);
    const { sizes, quota } = this;
    sizes.clear();
    quota.clear();
    for (let i = 0; i < met; i++) {
      const id = touched[i]!;
      if (keep && !keep(id)) {
        masks[id] = 0;
        continue;
      }
      sizes.add(masks[id]!);
    }
    common?.count(sizes);
    // Summed term by term, title before text, as the bits stand: the same sums whatever the bits.
    const weightOf = (mask: number) => {
      let sum = 0;
      let matched = 0;
      let lastTerm = -1;
      for (let bit = 0; bit < weights.length; bit++) {
        if (((mask >>> bit) & 1) === 0) continue;
        if (bitTerms[bit] !== lastTerm) matched++;
        lastTerm = bitTerms[bit]!;
        sum += weights[bit]!;
      }
      return sum * matched;
    };
    // Heaviest masks first, whole, until the budget; the mask that crosses it gives its first passages.
    let left = MAX_SCORED;
    // Each mask weighed once, not at every comparison of the sort (a common word makes thousands of masks).
    // A loop, not `entries().map`: reading `map` off the lists `entries` made threw the optimised picker out
    // again and again (V8: "wrong map", 250 times in 4,000 picks), so the rest of each such pick ran unoptimised.
    const weighed: Array<{ mask: number; size: number; weight: number }> = [];
    for (const mask of sizes.keysInOrder())
      weighed.push({ mask, size: sizes.get(mask), weight: weightOf(mask) });
    for (const { mask, size } of weighed.sort((a, b) => b.weight - a.weight)) {
      if (left === 0) break;
      quota.add(mask, Math.min(size, left));
      left -= Math.min(size, left);
    }
    const chosen = new Int32Array(MAX_SCORED - left);
    let taken = common ? common.choose(masks, keep, quota, chosen, 0) : 0;
    for (let i = 0; i < met; i++) {
      const id = touched[i]!;
      const mask = masks[id]!;
      masks[id] = 0;
      if (mask !== 0 && quota.get(mask) > 0) {
        chosen[taken++] = id;
        quota.add(mask, -1);
      }
    }
    if (!visible && left > 0) return undefined;
    return chosen.sort(); // a typed array sorts by value, without a comparison function
  }
}
