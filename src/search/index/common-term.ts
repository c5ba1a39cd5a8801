/**
 * The candidate picker's most common term, walked apart. It holds most of the passages a pick meets, and most
 * of those hold no rarer term of the query (two thirds of the passages met by the bench's chat questions at
 * 100k passages). Those are counted by the fields they hold the term in (title, text or both) without being
 * marked or listed one by one, and the ones to score are found by walking the term again, in the order the
 * picker meets them, only as far as needed. Whether such a passage holds the term in the other field is read
 * by walking that field's range in step (both ranges ascending), not from a mark.
 */
import type { FlatPostings } from './flat-postings.js';
import type { KeyCounts } from './key-counts.js';

/** A field's range of the term in the pools, and the bit its match sets in a mask. */
export interface TermRange {
  start: number;
  end: number;
  bit: number;
}

/** Whether a passage may be picked (indexed, in a scope seen); undefined: all may. */
export type Keep = ((shortId: number) => boolean) | undefined;

export class CommonTerm {
  /** Passages holding no rarer term, by where they hold this one (see `mark`). */
  private titleOnly = 0;
  private both = 0;
  private textOnly = 0;
  /** Whether the first of them in the title's range holds the term only there. */
  private titleOnlyFirst = false;

  /**
   * `title` and `text`: the term's ranges (either may be empty), each ascending when both hold passages
   * (see `of`).
   */
  private constructor(
    private readonly docs: Int32Array,
    private readonly title: TermRange,
    private readonly text: TermRange,
  ) {}

  /**
   * The term's walk, when its ranges allow one in step: a single field's range in any order, two ascending
   * ones. Undefined otherwise (an index read from a snapshot in another passage order).
   */
  static of(flat: FlatPostings, number: number, title: TermRange, text: TermRange): CommonTerm | undefined {
    const two = title.end > title.start && text.end > text.start;
    if (two && !(flat.isAscending(number * 2) && flat.isAscending(number * 2 + 1))) return undefined;
    return new CommonTerm(flat.docs, title, text);
  }

  /**
   * Sets the term's bits in the masks of passages already met (holding a rarer term) and counts the others
   * (none is marked), whose masks `count` then gives.
   */
  mark(masks: Int32Array, keep: Keep): void {
    const { docs, title, text } = this;
    let titleOnly = 0;
    let both = 0;
    let titleOnlyFirst = false;
    let other = text.start;
    for (let i = title.start; i < title.end; i++) {
      const id = docs[i]!;
      const mask = masks[id]!;
      if (mask !== 0) {
        masks[id] = mask | title.bit;
        continue;
      }
      if (keep && !keep(id)) continue;
      while (other < text.end && docs[other]! < id) other++;
      if (other < text.end && docs[other] === id) both++;
      else {
        if (both === 0 && titleOnly === 0) titleOnlyFirst = true;
        titleOnly++;
      }
    }
    let textOnly = 0;
    other = title.start;
    for (let i = text.start; i < text.end; i++) {
      const id = docs[i]!;
      const mask = masks[id]!;
      if (mask !== 0) {
        masks[id] = mask | text.bit;
        continue;
      }
      if (keep && !keep(id)) continue;
      while (other < title.end && docs[other]! < id) other++;
      if (!(other < title.end && docs[other] === id)) textOnly++;
    }
    this.titleOnly = titleOnly;
    this.both = both;
    this.textOnly = textOnly;
    this.titleOnlyFirst = titleOnlyFirst;
  }

  /** Adds the masks of the passages holding no rarer term to `sizes`, in the order the picker meets them. */
  count(sizes: KeyCounts): void {
    const { title, text, titleOnly, both, textOnly } = this;
    const titleOnlyMask = title.bit;
    const bothMask = title.bit | text.bit;
    if (this.titleOnlyFirst) {
      sizes.add(titleOnlyMask, titleOnly);
      if (both > 0) sizes.add(bothMask, both);
    } else {
      if (both > 0) sizes.add(bothMask, both);
      if (titleOnly > 0) sizes.add(titleOnlyMask, titleOnly);
    }
    if (textOnly > 0) sizes.add(text.bit, textOnly);
  }

  /**
   * Adds to `chosen` (from `taken` on) the passages holding no rarer term that the quota takes, the first of
   * each mask first, as the picker meets them (title range, then text range), and takes them from the quota.
   * Call before the masks of passages met are cleared. Returns the new count taken.
   */
  choose(masks: Int32Array, keep: Keep, quota: KeyCounts, chosen: Int32Array, taken: number): number {
    const { docs, title, text } = this;
    const titleOnlyMask = title.bit;
    const bothMask = title.bit | text.bit;
    let wanted = 0;
    if (this.titleOnly > 0) wanted += quota.get(titleOnlyMask);
    if (this.both > 0) wanted += quota.get(bothMask);
    let other = text.start;
    for (let i = title.start; i < title.end && wanted > 0; i++) {
      const id = docs[i]!;
      if (masks[id] !== 0 || (keep && !keep(id))) continue;
      while (other < text.end && docs[other]! < id) other++;
      const mask = other < text.end && docs[other] === id ? bothMask : titleOnlyMask;
      if (quota.get(mask) > 0) {
        chosen[taken++] = id;
        quota.add(mask, -1);
        wanted--;
      }
    }
    wanted = this.textOnly > 0 ? quota.get(text.bit) : 0;
    other = title.start;
    for (let i = text.start; i < text.end && wanted > 0; i++) {
      const id = docs[i]!;
      if (masks[id] !== 0 || (keep && !keep(id))) continue;
      while (other < title.end && docs[other]! < id) other++;
      if (other < title.end && docs[other] === id) continue;
      chosen[taken++] = id;
      quota.add(text.bit, -1);
      wanted--;
    }
    return taken;
  }
}
