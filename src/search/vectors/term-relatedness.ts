/**
 * Relatedness of search terms for the answer stages: cosines between terms (memoised: a question compares
 * its few words with the same sentence words again and again), a question word's nearest terms among
 * those the index holds ("died" -> "kill"), from a packed copy of the index vocabulary's vectors, and its
 * WordNet synonyms (search/synonyms/) when they were loaded.
 */
import type { NumberedTermList, PassageIndex, TermNumbering } from '../passage-index.js';
import { conceptSynonyms, withConcepts } from '../synonyms/concepts.js';
import type { Synonyms } from '../synonyms/synonyms.js';
import type { WordVectors } from './word-vectors.js';

const NO_SYNONYMS: readonly string[] = Object.freeze([]);

/** Cosines remembered; cleared when full (a question needs a few hundred). */
const COSINE_MEMO_LIMIT = 200_000;
/** Nearest-term lists remembered, per index vocabulary. */
const NEAREST_MEMO_LIMIT = 5_000;
/** Terms' rows remembered (~50 bytes each: a few MB at most); cleared when full. */
const ROW_MEMO_LIMIT = 50_000;

export class TermRelatedness {
  private readonly cosines = new Map<string, number>();
  /**
   * Each term's row, once found: the vocabulary's table is large and read all over (a lookup misses the
   * processor's caches two or three times, ~0.5 µs at 2k passages), while answers ask for the same few
   * thousand terms again and again (every term of every passage read, for soft matching).
   */
  private readonly rows = new Map<string, number>();
  /**
   * The same by term number, for one numbering (an index's flat postings) at a time: row + 2, 0 when not
   * looked up yet. As long as that numbering's terms (it is let go with them when another comes).
   */
  private numbering: TermNumbering | undefined;
  private rowsByNumber = new Int32Array(0);
  private vocabulary: { version: number; ids: Int32Array; terms: string[] } | undefined;
  private readonly nearest = new Map<string, Array<{ term: string; cosine: number }>>();
  /** For the few terms of the hand-written groups (concepts.ts): WordNet's synonyms, then the group's. */
  private readonly withGroups = new Map<string, readonly string[]>();

  constructor(
    private readonly vectors: WordVectors,
    private readonly index: () => PassageIndex,
    private readonly synonymTable?: Synonyms,
  ) {}

  synonyms(term: string): readonly string[] {
    if (!this.synonymTable) return NO_SYNONYMS;
    const own = this.synonymTable.of(term);
    if (conceptSynonyms(term).length === 0) return own;
    let merged = this.withGroups.get(term);
    if (merged === undefined) this.withGroups.set(term, (merged = withConcepts(term, own)));
    return merged;
  }

  /** Whether some WordNet phrase key begins with this key word and `_` (none without synonyms). */
  beginsPhrase(keyWord: string): boolean {
    return this.synonymTable?.hasTermStartingWith(`${keyWord}_`) ?? false;
  }

  termId(term: string): number {
    let row = this.rows.get(term);
    if (row === undefined) {
      row = this.vectors.idOf(term);
      if (this.rows.size >= ROW_MEMO_LIMIT) this.rows.clear();
      this.rows.set(term, row);
    }
    return row;
  }

  termIdsOf({ numbers, numbering }: NumberedTermList, into: Int32Array): void {
    if (numbering !== this.numbering) {
      this.numbering = numbering;
      this.rowsByNumber = new Int32Array(0);
    }
    let memo = this.rowsByNumber;
    for (let i = 0; i < numbers.length; i++) {
      const number = numbers[i]!;
      if (number >= memo.length) {
        const larger = new Int32Array(Math.max(number + 1, memo.length * 2, 1024));
        larger.set(memo);
        this.rowsByNumber = memo = larger;
      }
      let row = memo[number]! - 2;
      if (row === -2) {
        row = this.termId(numbering.termOf(number)!);
        memo[number] = row + 2;
      }
      into[i] = row;
    }
  }

  cosineById(a: number, b: number): number {
    return this.vectors.cosineById(a, b);
  }

  cosinesById(a: number, rows: ArrayLike<number>, count: number, into: Float64Array): void {
    this.vectors.cosinesById(a, rows, count, into);
  }

  has(term: string): boolean {
    return this.termId(term) >= 0;
  }

  /** Term rows follow the frequency order of their commonest word (term-vectors.ts builds them so). */
  frequencyRank(term: string): number | undefined {
    const id = this.termId(term);
    return id < 0 ? undefined : id;
  }

  cosine(a: string, b: string): number {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let cosine = this.cosines.get(key);
    if (cosine === undefined) {
      // As `WordVectors.cosine`, by the rows remembered.
      const row = this.termId(a);
      cosine = row < 0 ? 0 : this.vectors.cosineById(row, this.termId(b));
      if (this.cosines.size >= COSINE_MEMO_LIMIT) this.cosines.clear();
      this.cosines.set(key, cosine);
    }
    return cosine;
  }

  nearestInCorpus(term: string, k: number, minCosine: number): Array<{ term: string; cosine: number }> {
    const id = this.vectors.idOf(term);
    if (id < 0) return [];
    const vocabulary = this.currentVocabulary();
    const key = `${term}\u0000${k}\u0000${minCosine}`;
    const known = this.nearest.get(key);
    if (known) return known;
    const best: Array<{ term: string; cosine: number }> = [];
    for (let i = 0; i < vocabulary.ids.length; i++) {
      const other = vocabulary.ids[i]!;
      if (other === id) continue;
      const cosine = this.vectors.cosineById(id, other);
      if (cosine < minCosine || (best.length === k && cosine <= best[k - 1]!.cosine)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.cosine < cosine) at--;
      best.splice(at, 0, { term: vocabulary.terms[i]!, cosine });
      if (best.length > k) best.pop();
    }
    if (this.nearest.size >= NEAREST_MEMO_LIMIT) this.nearest.clear();
    this.nearest.set(key, best);
    return best;
  }

  /** The index's terms that have vectors, rebuilt when the index has changed since. */
  private currentVocabulary(): { ids: Int32Array; terms: string[] } {
    const index = this.index();
    if (this.vocabulary?.version === index.version) return this.vocabulary;
    const ids: number[] = [];
    const terms: string[] = [];
    for (const term of index.terms()) {
      const id = this.vectors.idOf(term);
      if (id < 0) continue;
      ids.push(id);
      terms.push(term);
    }
    this.vocabulary = { version: index.version, ids: Int32Array.from(ids), terms };
    this.nearest.clear();
    return this.vocabulary;
  }
}
