/**
 * One term's postings read from a snapshot, made into MiniSearch's Maps on first use: a restart then builds
 * only the Maps of the terms questions use (making all 6 million postings of a 100k-passage corpus took
 * 0.6 s), and unused terms stay in the snapshot's compact arrays.
 */
import type { EncodedIndex } from './encoded-index.js';
import { type Postings, type TermData, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';

/**
 * Not a Map subclass (making 45k of those was slow) but a Map by its methods, each loading first, so it
 * stands in MiniSearch's term tree beside the Maps MiniSearch makes.
 */
export class SnapshotTermData implements TermData {
  private loaded: TermData | undefined;

  constructor(
    /** The snapshot's postings (its passage numbers are this index's short ids). */
    readonly source: EncodedIndex,
    /** Where this term's postings start in `source.docs` and `source.freqs`. */
    readonly start: number,
    /** How many title postings stand from `start`. */
    readonly titleCount: number,
    /** How many text postings follow them. */
    readonly textCount: number,
  ) {}

  /** Whether the postings are still only in the snapshot's arrays. */
  get unloaded(): boolean {
    return this.loaded === undefined;
  }

  private load(): TermData {
    if (this.loaded) return this.loaded;
    const { docs, freqs, postingsOnDisk } = this.source;
    postingsOnDisk?.read(this.start, this.start + this.titleCount + this.textCount);
    const data: TermData = new Map();
    let at = this.start;
    for (const [field, count] of [
      [TITLE_FIELD, this.titleCount],
      [TEXT_FIELD, this.textCount],
    ] as const) {
      if (count === 0) continue;
      const postings: Postings = new Map();
      for (const end = at + count; at < end; at++) postings.set(docs[at]!, freqs[at]!);
      data.set(field, postings);
    }
    return (this.loaded = data);
  }

  get [Symbol.toStringTag](): string {
    return 'SnapshotTermData';
  }
  get size(): number {
    return this.load().size;
  }
  get(field: number): Postings | undefined {
    return this.load().get(field);
  }
  set(field: number, postings: Postings): this {
    this.load().set(field, postings);
    return this;
  }
  has(field: number): boolean {
    return this.load().has(field);
  }
  delete(field: number): boolean {
    return this.load().delete(field);
  }
  clear(): void {
    this.load().clear();
  }
  forEach(callback: (value: Postings, key: number, map: TermData) => void): void {
    this.load().forEach(callback);
  }
  entries(): MapIterator<[number, Postings]> {
    return this.load().entries();
  }
  keys(): MapIterator<number> {
    return this.load().keys();
  }
  values(): MapIterator<Postings> {
    return this.load().values();
  }
  [Symbol.iterator](): MapIterator<[number, Postings]> {
    return this.load().entries();
  }
}
