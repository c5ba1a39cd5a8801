/**
 * MiniSearch over passages, opened up. MiniSearch 7 exposes no postings, document frequencies or short ids,
 * but keeps them in `protected` fields: this subclass reads them typed, without casts, fills them when an
 * index is built or read without `addAll`, and runs a search over a substitute term tree (the one cast, see
 * `searchAmong`). The rest of the index folder goes through it; nothing else touches MiniSearch's internals.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Passage } from '../../corpus/types.js';
import { analyze } from '../analyzer.js';
import { DerivedShortIdMap, PassageIdMap, ShortIdMap } from './document-tables.js';
import { FlatPostings } from './flat-postings.js';
import { PassageRuns } from './passage-runs.js';
import { SentenceStore } from './sentence-store.js';
import { nearestTerms, type TreeNode } from './nearest-terms.js';

/** A passage as MiniSearch indexes it. */
interface IndexedPassage {
  /** The passage id (`<file>#<n>`). */
  id: string;
  /** Its article's title, indexed in each of its passages. */
  title: string;
  text: string;
  /** Stored: a search is limited to the scopes a server may see. */
  scope: string;
}

/** A term's postings in one field: short document id → term frequency. */
export type Postings = Map<number, number>;
/** A term's postings as MiniSearch keeps them: field id → postings. */
export type TermData = Map<number, Postings>;
/** The fields MiniSearch stores for a passage (only its scope). */
export type StoredPassage = { scope?: unknown } | undefined;
/** Which stored passages a search may see; undefined when it sees them all (no check needed). */
export type Visibility = ((stored: StoredPassage) => boolean) | undefined;

/** Field ids, in the order of `fields` below (MiniSearch numbers fields so). */
export const TITLE_FIELD = 0;
export const TEXT_FIELD = 1;

/** The text already arrives as search terms (see `analyze`), so MiniSearch must not process it again. */
const INDEX_OPTIONS = {
  idField: 'id',
  /** Title first: field ids follow this order (`TITLE_FIELD`, `TEXT_FIELD`). */
  fields: ['title', 'text'],
  storeFields: ['scope'],
  tokenize: analyze,
  processTerm: (term: string) => term,
  /** Queries arrive as analysed terms joined by spaces. */
  searchOptions: { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term },
};

/** Some of a term's postings in one field, reporting the term's document frequency in it as its size. */
class PostingsView extends Map<number, number> {
  constructor(private readonly frequency: number) {
    super();
  }
  override get size(): number {
    return this.frequency;
  }
}

export class PassageSearch extends MiniSearch<IndexedPassage> {
  /**
   * The postings exact scoring reads, kept in step with the term tree by whoever adds passages (the bulk
   * build, `appendPassages`, a snapshot's decoding; never MiniSearch's own `add`). They still hold discarded
   * passages until `dropPassages` (see `FlatPostings`).
   */
  postings = new FlatPostings();
  /**
   * The sentences of each passage, with their terms as numbers of `postings`, kept by whoever adds passages
   * (as `postings` is).
   */
  sentences = SentenceStore.empty();
  /** Puts a snapshot's terms into the tree when MiniSearch first reads it (see `deferTerms`). */
  private fillTree: ((tree: SearchableMap<TermData>) => void) | undefined;

  constructor() {
    super(INDEX_OPTIONS);
    // MiniSearch reads and swaps its tree through `_index`: an accessor in its place lets a snapshot's terms
    // go in on first use, not at start (exact scoring reads the flat postings, not the tree).
    let tree = this._index;
    Object.defineProperty(this, '_index', {
      get: () => {
        const fill = this.fillTree;
        if (fill) {
          this.fillTree = undefined;
          fill(tree as unknown as SearchableMap<TermData>);
        }
        return tree;
      },
      set: (value: typeof tree) => {
        tree = value;
      },
      configurable: true,
    });
  }

  /**
   * Terms for the tree, put in by `fill` when the tree is first read (fuzzy or prefix search, autocomplete,
   * "did you mean", the vocabulary, MiniSearch's own search before a vacuum): a start from a snapshot then
   * makes no tree node until one of those needs it. Replaces terms deferred before.
   */
  deferTerms(fill: (tree: SearchableMap<TermData>) => void): void {
    this.fillTree = fill;
  }

  /** Whether the term tree is made (a snapshot's terms are put in on first use: see `deferTerms`). */
  get treeMade(): boolean {
    return this.fillTree === undefined;
  }

  /**
   * An index holding the passages as documents 0..n-1 and no terms yet (give them with `deferTerms`). Its
   * document tables are filled as `MiniSearch.loadJS` fills them, minus the plain objects it reads them from
   * (half of a 100k restart's index time went to making and parsing those). `fieldLengths` (title, text per
   * passage) is read when asked for, not copied: it must not change for these passages afterwards.
   */
  static withDocuments(
    passages: readonly Passage[] | PassageRuns,
    fieldLengths: Int32Array | Uint32Array,
    averageFieldLength: number[],
    postings = new FlatPostings(),
  ): PassageSearch {
    const search = new PassageSearch();
    search.postings = postings;
    const count = passages.length;
    // Field lengths derived from the array when read, one pair per distinct pair, shared: MiniSearch only reads
    // them (it makes its own for documents it adds). A table of 100k entries filled at start took ~30 ms.
    const lengthPairs = new Map<number, number[]>();
    const lengthsOf = (shortId: number) => {
      const title = fieldLengths[shortId * 2 + TITLE_FIELD]!;
      const text = fieldLengths[shortId * 2 + TEXT_FIELD]!;
      const key = title * 0x100000 + text;
      let shared = lengthPairs.get(key);
      if (!shared) lengthPairs.set(key, (shared = pairOf(title, text)));
      return shared;
    };
    // One stored-fields object per scope, shared, as for the field lengths.
    const storedByScope = new Map<string, { scope: string }>();
    const fieldsOf = (scope: string) => {
      let fields = storedByScope.get(scope);
      if (!fields) storedByScope.set(scope, (fields = { scope }));
      return fields;
    };
    if (passages instanceof PassageRuns) {
      // A snapshot's passages: ids and stored fields derived from the runs, not held per passage.
      const documentIds = new DerivedShortIdMap(count, (shortId) => passages.idOf(shortId));
      search._documentIds = documentIds;
      search._idToShortId = new PassageIdMap(passages, documentIds);
      search._storedFields = new DerivedShortIdMap<Record<string, unknown>>(count, (shortId) =>
        fieldsOf(passages.scopeOf(shortId)),
      );
    } else {
      const documentIds = new ShortIdMap(passages.map((passage) => passage.id));
      search._documentIds = documentIds;
      search._idToShortId = new PassageIdMap(passages, documentIds);
      search._storedFields = new ShortIdMap<Record<string, unknown>>(
        passages.map((passage) => fieldsOf(passage.scope)),
      );
    }
    search._fieldLength = new DerivedShortIdMap(count, lengthsOf);
    search._documentCount = count;
    search._nextId = count;
    search._avgFieldLength = averageFieldLength;
    return search;
  }

  /**
   * Adds a passage's entry to the document tables as MiniSearch's `add` does (short id, stored scope, field
   * lengths and their running averages, in the same arithmetic), but not its terms; returns its short id.
   */
  addDocument(id: string, scope: string, lengths: readonly number[]): number {
    if (this._idToShortId.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
    const shortId = this._nextId++;
    this._idToShortId.set(id, shortId);
    this._documentIds.set(shortId, id);
    this._documentCount += 1;
    this._storedFields.set(shortId, { scope });
    const fieldLengths: number[] = [];
    this._fieldLength.set(shortId, fieldLengths);
    const count = this._documentCount - 1;
    for (const field of [TITLE_FIELD, TEXT_FIELD]) {
      fieldLengths[field] = lengths[field]!;
      const total = (this._avgFieldLength[field] || 0) * count + lengths[field]!;
      this._avgFieldLength[field] = total / (count + 1);
    }
    return shortId;
  }

  /** Adds a passage's frequency of a term in a field to the term tree, as MiniSearch's `add` leaves it. */
  addPosting(term: string, field: number, shortId: number, frequency: number): void {
    let data = this._index.get(term);
    if (!data) this._index.set(term, (data = new Map()));
    const postings = data.get(field);
    if (postings) postings.set(shortId, (postings.get(shortId) ?? 0) + frequency);
    else data.set(field, new Map([[shortId, frequency]]));
  }

  /** A term's postings by field, or undefined when no passage (not even a discarded one) holds it. */
  termData(term: string): TermData | undefined {
    return this._index.get(term);
  }

  /** Every term with its postings, in the term tree's order. */
  termEntries(): Iterable<[string, TermData]> {
    return this._index;
  }

  /** Every term in the index. */
  termKeys(): IterableIterator<string> {
    return this._index.keys();
  }

  /**
   * `termsNear` for a caller that keeps only the `wanted` nearest: the walk goes no farther than the distance
   * holding that many (see `nearestTerms`).
   */
  termsNearest(term: string, maxDistance: number, wanted: number): Array<[term: string, distance: number]> {
    const root = (this._index as unknown as { _tree: TreeNode })._tree;
    return nearestTerms(root, term, maxDistance, wanted);
  }

  /** Up to `limit` terms that begin with `prefix` (in the tree's order), from MiniSearch's radix tree. */
  termsStartingWith(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (const term of this._index.atPrefix(prefix).keys()) {
      if (found.length >= limit) break;
      found.push(term);
    }
    return found;
  }

  /** Terms within an edit distance of a term, each with its distance. */
  termsNear(term: string, maxDistance: number): Array<[term: string, distance: number]> {
    return [...this._index.fuzzyGet(term, maxDistance)].map(([near, [, distance]]) => [near, distance]);
  }

  /** Short id → passage id; a discarded passage has none, though its postings stay until vacuumed. */
  get documentIds(): ReadonlyMap<number, string> {
    return this._documentIds;
  }

  /** Passage id → short id. */
  get shortIds(): ReadonlyMap<string, number> {
    return this._idToShortId;
  }

  /** A passage's short id, if indexed (see `PassageIdMap.shortIdOf`). */
  shortIdOf(passage: Pick<Passage, 'id' | 'file' | 'index'>): number | undefined {
    const ids = this._idToShortId;
    return ids instanceof PassageIdMap ? ids.shortIdOf(passage) : ids.get(passage.id);
  }

  /** Short id → stored fields. */
  get storedFields(): ReadonlyMap<number, StoredPassage> {
    return this._storedFields;
  }

  /** Short id → [title, text] length as MiniSearch counts them (distinct terms). */
  get fieldLengths(): ReadonlyMap<number, readonly number[]> {
    return this._fieldLength;
  }

  /** Average length of each field over the passages indexed. */
  get averageFieldLengths(): readonly number[] {
    return this._avgFieldLength;
  }

  /** One past the highest short id given: the size of arrays indexed by short id. */
  get shortIdLimit(): number {
    return this._nextId;
  }

  /**
   * MiniSearch's search over only the chosen passages (short ids, ascending): for the call, its term tree is
   * swapped for one holding, for each query term, its postings in those passages. A view keeps its term's
   * true document count as its `size`, which MiniSearch reads as the document frequency, so each chosen
   * passage scores exactly as in a search of the whole index, while MiniSearch walks a few hundred postings
   * per term instead of every passage holding a common word. (Swapped on the index itself, not on an object
   * made from it: making the index a prototype slowed every later search.)
   */
  searchAmong(
    terms: readonly string[],
    chosen: ArrayLike<number>,
    text: string,
    options: SearchOptions,
  ): SearchResult[] {
    const tree = new SearchableMap<TermData>();
    const source = this._index;
    for (const term of terms) {
      const data = source.get(term);
      if (!data) continue;
      const view: TermData = new Map();
      for (const [field, docs] of data) {
        const postings = new PostingsView(docs.size);
        // Passages in ascending short id: the order a whole-index search meets them (add order).
        for (let c = 0; c < chosen.length; c++) {
          const id = chosen[c]!;
          const freq = docs.get(id);
          if (freq !== undefined) postings.set(id, freq);
        }
        if (postings.entries().next().done !== true) view.set(field, postings);
      }
      if (view.size > 0) tree.set(term, view);
    }
    // The one cast here: `minisearch/SearchableMap` is the class of MiniSearch's tree, but MiniSearch's
    // bundled typings declare their own copy of it, which TypeScript takes for an unrelated type.
    this._index = tree as unknown as typeof source;
    try {
      return this.search(text, options);
    } finally {
      this._index = source;
    }
  }
}

/** A passage's field lengths as MiniSearch keeps them: indexed by field. */
function pairOf(title: number, text: number): number[] {
  const pair: number[] = [];
  pair[TITLE_FIELD] = title;
  pair[TEXT_FIELD] = text;
  return pair;
}
