/**
 * The MiniSearch index over passages. This module knows how passages are indexed and searched; it does not
 * know about files, answers or Discord.
 *
 * Every passage is indexed with its article title and text through the one analyzer, and stores only its
 * scope so a search can be limited to what a server may see.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Passage } from '../corpus/types.js';
import { analyze, analyzeIds, termById, withTermIds } from './analyzer.js';
import { SEARCH_SETTINGS } from './settings.js';

interface IndexedPassage {
  id: string;
  title: string;
  text: string;
  scope: string;
}

export interface RankedPassage {
  id: string;
  score: number;
  /** Query terms that matched this passage. */
  terms: string[];
}

export interface QueryTerm {
  term: string;
  /** Weight of the term; alias expansions weigh less than the question's own words. */
  boost: number;
}

/** The text already arrives as search terms (see `analyze`), so MiniSearch must not process it again. */
const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['title', 'text'],
  storeFields: ['scope'],
  tokenize: analyze,
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (query: string) => query.split(' '), processTerm: (term: string) => term },
};

/** A term's postings as MiniSearch keeps them: field id → short document id → term frequency. */
type TermData = Map<number, Map<number, number>>;

/**
 * The MiniSearch 7.x internals this module reads (it exposes no document frequency, postings or short ids)
 * and, when building, fills: the radix tree of terms and the short id → id and stored-field tables.
 */
interface MiniSearchInternals {
  _index: {
    get(term: string): TermData | undefined;
    set(term: string, data: TermData): unknown;
    fuzzyGet(term: string, distance: number): Map<string, [TermData, number]>;
  };
  _documentIds: Map<number, string>;
  _storedFields: Map<number, { scope?: string } | undefined>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _documentCount: number;
}

function internals(search: MiniSearch<IndexedPassage>): MiniSearchInternals {
  return search as unknown as MiniSearchInternals;
}

const TITLE_FIELD = 0;
const TEXT_FIELD = 1;

/**
 * Most passages one query has MiniSearch score. MiniSearch makes a result object for every passage that
 * matches any query term (1-3 µs each at 100k passages, plus the sort), so a question holding a word found in
 * a quarter of the corpus cost 90 ms. Past this many, the passages holding the most (and rarest) of the
 * question's terms are scored; the rest hold only a few of its most common words.
 */
const MAX_SCORED = 500;
/** Document frequencies kept between queries (about 100 bytes each). */
const MAX_CACHED_FREQUENCIES = 50_000;
/** Terms in a match mask (two bits each, title and text): past the rarest 15, terms do not pick candidates
 * (they are still scored). */
const MASK_TERMS = 15;

function postingsMap(flat: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i]!, flat[i + 1]!);
  return map;
}

/**
 * The MiniSearch index of passages, made as `addAll` makes it but without its radix-tree walk for every
 * token (most of the indexing time): postings are counted into arrays by term id, and each distinct term is
 * put into the tree once. Field lengths, their running averages and the order of terms, fields and
 * documents are what `addAll` gives, so scores are the same (a test compares the two).
 */
function buildIndex(passages: readonly Passage[]): MiniSearch<IndexedPassage> {
  return withTermIds(() => {
    const fieldLength: number[][] = [];
    const averageFieldLength = [0, 0];
    // By term id and field, postings as flat [shortId, tf, shortId, tf, ...]: far cheaper to count into
    // than nested Maps; the Maps MiniSearch searches are made once at the end.
    const postingsOf: Array<Array<number[] | undefined>> = [[], []];
    const order: number[] = [];
    const titleIds = new Map<string, number[]>();
    const textIds: number[] = [];
    /** Adds one field's terms; returns its length as MiniSearch counts it (distinct terms). */
    const count = (ids: readonly number[], fieldId: number, shortId: number): number => {
      const byTerm = postingsOf[fieldId]!;
      let distinct = 0;
      for (const id of ids) {
        let postings = byTerm[id];
        if (postings === undefined) {
          if (postingsOf[TITLE_FIELD]![id] === undefined && postingsOf[TEXT_FIELD]![id] === undefined)
            order.push(id);
          byTerm[id] = postings = [];
        }
        const last = postings.length - 2;
        if (postings[last] === shortId) postings[last + 1]!++;
        else {
          postings.push(shortId, 1);
          distinct++;
        }
      }
      return distinct;
    };
    passages.forEach((passage, shortId) => {
      // An article's passages share its title: analyse it once.
      let title = titleIds.get(passage.title);
      if (title === undefined) {
        title = [];
        analyzeIds(passage.title, title);
        titleIds.set(passage.title, title);
      }
      textIds.length = 0;
      analyzeIds(passage.text, textIds);
      const lengths = [count(title, TITLE_FIELD, shortId), count(textIds, TEXT_FIELD, shortId)];
      fieldLength[shortId] = lengths;
      // MiniSearch's running average, step for step, so the floating-point result is the same.
      for (const fieldId of [TITLE_FIELD, TEXT_FIELD]) {
        averageFieldLength[fieldId] =
          (averageFieldLength[fieldId]! * shortId + lengths[fieldId]!) / (shortId + 1);
      }
    });
    const search = withDocuments(passages, (shortId) => fieldLength[shortId]!, averageFieldLength);
    const tree = internals(search)._index;
    for (const id of order) {
      const data: TermData = new Map();
      const title = postingsOf[TITLE_FIELD]![id];
      const text = postingsOf[TEXT_FIELD]![id];
      // Fields in the order the term first appeared in them, as `addAll` leaves them (a passage's title
      // comes before its text).
      const titleFirst = title !== undefined && (text === undefined || title[0]! <= text[0]!);
      if (titleFirst) data.set(TITLE_FIELD, postingsMap(title));
      if (text !== undefined) data.set(TEXT_FIELD, postingsMap(text));
      if (title !== undefined && !titleFirst) data.set(TITLE_FIELD, postingsMap(title));
      tree.set(termById(id), data);
    }
    return search;
  });
}

/**
 * A MiniSearch index holding the passages as documents 0..n-1 and no terms yet. Its document tables are
 * filled as `MiniSearch.loadJS` fills them, minus the plain objects it reads them from (half of a 100k
 * restart's index time went to making and parsing those).
 */
function withDocuments(
  passages: readonly Passage[],
  fieldLengthOf: (shortId: number) => number[],
  averageFieldLength: number[],
): MiniSearch<IndexedPassage> {
  const search = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
  const tables = internals(search);
  // One stored-fields object per scope and one field-length pair per distinct pair, shared: MiniSearch
  // only reads them (it makes its own for documents it adds).
  const storedByScope = new Map<string, { scope: string }>();
  const lengthPairs = new Map<number, number[]>();
  passages.forEach((passage, shortId) => {
    tables._documentIds.set(shortId, passage.id);
    tables._idToShortId.set(passage.id, shortId);
    const lengths = fieldLengthOf(shortId);
    const key = lengths[TITLE_FIELD]! * 0x100000 + lengths[TEXT_FIELD]!;
    let shared = lengthPairs.get(key);
    if (!shared) lengthPairs.set(key, (shared = lengths));
    tables._fieldLength.set(shortId, shared);
    let stored = storedByScope.get(passage.scope);
    if (!stored) storedByScope.set(passage.scope, (stored = { scope: passage.scope }));
    tables._storedFields.set(shortId, stored);
  });
  if (tables._idToShortId.size !== passages.length) throw new Error('MiniSearch: duplicate passage ids');
  tables._documentCount = passages.length;
  tables._nextId = passages.length;
  tables._avgFieldLength = averageFieldLength;
  return search;
}

/**
 * The index as a snapshot holds it: passages are numbered by their place in the snapshot's passage order,
 * and each term's postings are flat arrays, title field first.
 */
export interface EncodedIndex {
  /** Terms joined by line breaks (a term is a word: it never holds one). */
  terms: string;
  /** Per term: how many postings its title field has, then its text field. */
  counts: Uint32Array;
  /** Passage numbers of all postings, term after term. */
  docs: Uint32Array;
  /** Term frequencies, beside `docs`. */
  freqs: Uint8Array | Uint16Array | Uint32Array;
  /** Per passage: title and text length as MiniSearch counts them (distinct terms). */
  fieldLengths: Uint32Array;
  averageFieldLength: number[];
}

/**
 * One term's postings read from a snapshot, made into MiniSearch's Maps on first use: a restart then builds
 * only the Maps of the terms questions use (making all 6 million postings of a 100k-passage corpus took
 * 0.6 s), and unused terms stay in compact arrays. It is not a Map (making 45k Map subclasses was slow) but
 * answers every Map method MiniSearch and this module call, each loading first.
 */
class SnapshotTermData {
  private loaded: TermData | undefined;

  constructor(
    /** The snapshot's postings; `titleCount` title then `textCount` text postings from `start`. */
    readonly source: EncodedIndex,
    readonly start: number,
    readonly titleCount: number,
    readonly textCount: number,
  ) {}

  /** Whether the postings are still only in the snapshot's arrays. */
  get unloaded(): boolean {
    return this.loaded === undefined;
  }

  private load(): TermData {
    if (this.loaded) return this.loaded;
    const { docs, freqs } = this.source;
    const data: TermData = new Map();
    let at = this.start;
    for (const [field, count] of [
      [TITLE_FIELD, this.titleCount],
      [TEXT_FIELD, this.textCount],
    ] as const) {
      if (count === 0) continue;
      const postings = new Map<number, number>();
      for (const end = at + count; at < end; at++) postings.set(docs[at]!, freqs[at]!);
      data.set(field, postings);
    }
    return (this.loaded = data);
  }

  get size(): number {
    return this.load().size;
  }
  get(field: number): Map<number, number> | undefined {
    return this.load().get(field);
  }
  set(field: number, postings: Map<number, number>): this {
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
  forEach(callback: (value: Map<number, number>, key: number, map: TermData) => void): void {
    this.load().forEach(callback);
  }
  entries(): MapIterator<[number, Map<number, number>]> {
    return this.load().entries();
  }
  keys(): MapIterator<number> {
    return this.load().keys();
  }
  values(): MapIterator<Map<number, number>> {
    return this.load().values();
  }
  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.load().entries();
  }
}

/** Some of a term's postings in one field, reporting the term's document frequency in it as its size. */
class PostingsView extends Map<number, number> {
  constructor(private readonly frequency: number) {
    super();
  }
  override get size(): number {
    return this.frequency;
  }
}

/** BM25's idf, as MiniSearch computes it: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export class PassageIndex {
  private search: MiniSearch<IndexedPassage>;
  /** Passages per scope: a search that may see every scope present needs no scope filter. */
  private readonly scopeSizes = new Map<string, number>();
  /** Scratch for `candidates`, by short id: all zero between calls. */
  private masks = new Int32Array(0);
  private touched = new Int32Array(0);
  private scratch = {
    generation: 0,
    total: new Float64Array(0),
    termScore: new Float64Array(0),
    matched: new Int32Array(0),
    termStamp: new Int32Array(0),
    queryStamp: new Int32Array(0),
  };
  /**
   * Document frequencies already looked up (each a radix-tree walk): questions and their feedback terms
   * repeat the same words. Valid while no passage is added or discarded and no vacuum has run.
   */
  private readonly frequencies = new Map<string, number>();
  private frequenciesAt = { changes: -1, dirt: -1 };
  private changes = 0;

  private constructor(search: MiniSearch<IndexedPassage>) {
    this.search = search;
    this.countScopes();
  }

  static empty(): PassageIndex {
    return new PassageIndex(new MiniSearch<IndexedPassage>(INDEX_OPTIONS));
  }

  /** Restores an index saved with `toJSON`; throws if the data is not a MiniSearch index. */
  static fromJSON(json: unknown): PassageIndex {
    return new PassageIndex(MiniSearch.loadJS<IndexedPassage>(json as never, INDEX_OPTIONS));
  }

  toJSON(): unknown {
    return this.search.toJSON();
  }

  /**
   * The index for a snapshot, passages numbered by their place in `order` (every indexed passage id, once).
   * Postings of discarded passages are left out.
   */
  encode(order: readonly string[]): EncodedIndex {
    const { _index: tree, _idToShortId: shortIds, _fieldLength: lengths } = internals(this.search);
    if (order.length !== this.search.documentCount) {
      throw new Error(`the index holds ${this.search.documentCount} passages, not ${order.length}`);
    }
    const numberOf = new Int32Array(internals(this.search)._nextId).fill(-1);
    const fieldLengths = new Uint32Array(order.length * 2);
    order.forEach((id, n) => {
      const shortId = shortIds.get(id);
      if (shortId === undefined || numberOf[shortId] !== -1)
        throw new Error(`passage ${id} is not indexed once`);
      numberOf[shortId] = n;
      const [title = 0, text = 0] = lengths.get(shortId) ?? [];
      fieldLengths[n * 2] = title;
      fieldLengths[n * 2 + 1] = text;
    });
    const terms: string[] = [];
    const counts: number[] = [];
    const docs: number[] = [];
    const freqs: number[] = [];
    let maxFreq = 0;
    const put = (shortId: number, freq: number): number => {
      const n = numberOf[shortId] ?? -1;
      if (n < 0) return 0;
      docs.push(n);
      freqs.push(freq);
      if (freq > maxFreq) maxFreq = freq;
      return 1;
    };
    for (const [term, data] of tree as unknown as Iterable<[string, TermData]>) {
      if (term.includes('\n')) throw new Error('a term holds a line break');
      let titleCount = 0;
      let textCount = 0;
      const raw = data instanceof SnapshotTermData && data.unloaded ? data : undefined;
      if (raw) {
        // Not loaded since the last snapshot: its passage numbers are short ids (a loaded index numbers
        // passages as the snapshot did).
        const { docs: rawDocs, freqs: rawFreqs } = raw.source;
        const textStart = raw.start + raw.titleCount;
        for (let i = raw.start; i < textStart; i++) titleCount += put(rawDocs[i]!, rawFreqs[i]!);
        for (let i = textStart; i < textStart + raw.textCount; i++)
          textCount += put(rawDocs[i]!, rawFreqs[i]!);
      } else {
        for (const [shortId, freq] of data.get(TITLE_FIELD) ?? []) titleCount += put(shortId, freq);
        for (const [shortId, freq] of data.get(TEXT_FIELD) ?? []) textCount += put(shortId, freq);
      }
      if (titleCount + textCount === 0) continue;
      terms.push(term);
      counts.push(titleCount, textCount);
    }
    const Freqs = maxFreq < 0x100 ? Uint8Array : maxFreq < 0x10000 ? Uint16Array : Uint32Array;
    return {
      terms: terms.join('\n'),
      counts: Uint32Array.from(counts),
      docs: Uint32Array.from(docs),
      freqs: Freqs.from(freqs),
      fieldLengths,
      averageFieldLength: [...internals(this.search)._avgFieldLength],
    };
  }

  /**
   * The index a snapshot holds, for its passages in snapshot order; throws when the data is inconsistent
   * (wrong sizes, passage numbers out of range, repeated terms). Postings become Maps term by term, on use.
   */
  static decode(encoded: EncodedIndex, passages: readonly Passage[]): PassageIndex {
    const { counts, docs, freqs, fieldLengths, averageFieldLength } = encoded;
    const n = passages.length;
    const terms = encoded.terms === '' ? [] : encoded.terms.split('\n');
    if (counts.length !== terms.length * 2) throw new Error('term counts do not match the terms');
    if (fieldLengths.length !== n * 2) throw new Error('field lengths do not match the passages');
    if (docs.length !== freqs.length) throw new Error('postings and frequencies differ in length');
    if (averageFieldLength.length !== 2 || !averageFieldLength.every(Number.isFinite)) {
      throw new Error('bad average field lengths');
    }
    let total = 0;
    for (const count of counts) total += count;
    if (total !== docs.length) throw new Error('term counts do not add up to the postings');
    for (let i = 0; i < docs.length; i++) {
      if (docs[i]! >= n || freqs[i]! === 0) throw new Error('a posting is out of range');
    }
    const search = withDocuments(
      passages,
      (shortId) => [fieldLengths[shortId * 2]!, fieldLengths[shortId * 2 + 1]!],
      [...averageFieldLength],
    );
    const tree = internals(search)._index;
    const seen = new Set<string>();
    let start = 0;
    terms.forEach((term, k) => {
      if (term === '' || seen.has(term)) throw new Error('a term is empty or repeated');
      seen.add(term);
      const titleCount = counts[k * 2]!;
      const textCount = counts[k * 2 + 1]!;
      if (titleCount + textCount === 0) throw new Error(`term ${term} has no postings`);
      tree.set(term, new SnapshotTermData(encoded, start, titleCount, textCount) as unknown as TermData);
      start += titleCount + textCount;
    });
    return new PassageIndex(search);
  }

  get size(): number {
    return this.search.documentCount;
  }

  has(id: string): boolean {
    return this.search.has(id);
  }

  add(passages: readonly Passage[]): void {
    this.changes++;
    // Into an empty index (a first build): the fast bulk path.
    if (this.search.documentCount === 0) {
      this.search = buildIndex(passages);
      this.countScopes();
      return;
    }
    this.search.addAll(
      passages.map((passage) => ({
        id: passage.id,
        title: passage.title,
        text: passage.text,
        scope: passage.scope,
      })),
    );
    for (const passage of passages) this.changeScopeSize(passage.scope, 1);
  }

  /** Drops passages cheaply (MiniSearch `discard`: no need for the original text; vacuumed in the background). */
  discard(ids: readonly string[]): void {
    this.changes++;
    for (const id of ids) {
      if (!this.search.has(id)) continue;
      const scope = this.search.getStoredFields(id)?.scope;
      this.search.discard(id);
      if (typeof scope === 'string') this.changeScopeSize(scope, -1);
    }
  }

  /**
   * Ranked passages for query terms, limited to the given scopes. An exact pass first; a fuzzy + prefix
   * pass only when it finds too little.
   */
  query(
    terms: readonly QueryTerm[],
    scopes: readonly string[],
    limit: number,
    { fallback = true }: { fallback?: boolean } = {},
  ): RankedPassage[] {
    if (terms.length === 0) return [];
    const boosts = new Map(terms.map(({ term, boost }) => [term, boost]));
    const text = [...boosts.keys()].join(' ');
    const visible = this.visibility(scopes);
    const options = {
      fields: ['title', 'text'],
      boost: { title: SEARCH_SETTINGS.titleBoost },
      bm25: SEARCH_SETTINGS.bm25,
      combineWith: 'OR' as const,
      boostTerm: (term: string) => boosts.get(term) ?? 1,
      // A document boost of 0 drops a passage before MiniSearch builds its result: cheaper than `filter`.
      ...(visible
        ? {
            boostDocument: (_id: string, _term: string, stored?: Record<string, unknown>) =>
              visible(stored) ? 1 : 0,
          }
        : {}),
    };
    const chosen = this.candidates([...boosts.keys()], visible);
    const toRanked = (results: SearchResult[]) =>
      results
        .slice(0, limit)
        .map((result) => ({ id: result.id, score: result.score, terms: result.queryTerms }));
    let found: { ranked: RankedPassage[]; matched: number };
    if (this.search.dirtCount === 0) {
      found = this.scoreExact(boosts, visible, chosen, limit);
    } else {
      // Discarded passages not yet vacuumed: MiniSearch prunes their postings as it meets them.
      const results = chosen
        ? this.searchAmong([...boosts.keys()], chosen, text, options)
        : this.search.search(text, options);
      found = { ranked: toRanked(results), matched: results.length };
    }
    if (fallback && found.matched < SEARCH_SETTINGS.fallbackBelow) {
      return toRanked(
        this.search.search(text, {
          ...options,
          fuzzy: (term) => (term.length > 4 ? SEARCH_SETTINGS.fallbackFuzzy : false),
          prefix: (term) => term.length > 3,
        }),
      );
    }
    return found.ranked;
  }

  /**
   * MiniSearch's search for exact terms (BM25 per field, field and term boosts, OR, times the number of terms
   * matched), summed in the same order so scores and ties come out the same, but into arrays by short id:
   * MiniSearch makes a result object and map entries per matching passage and term, half of all the garbage
   * an answer made. Only passages in `chosen` are scored when given; `visible` leaves out other scopes.
   */
  private scoreExact(
    boosts: ReadonlyMap<string, number>,
    visible: ((stored: { scope?: unknown } | undefined) => boolean) | undefined,
    chosen: readonly number[] | undefined,
    limit: number,
  ): { ranked: RankedPassage[]; matched: number } {
    const ix = internals(this.search);
    const scratch = this.scoreScratch(ix._nextId);
    const { k, b, d } = SEARCH_SETTINGS.bm25;
    const fieldBoosts = [SEARCH_SETTINGS.titleBoost, 1];
    const documentCount = ix._documentCount;
    const order: number[] = []; // passages in the order MiniSearch's result map would hold them
    const query = ++scratch.generation;
    for (const [term, termBoost] of boosts) {
      const data = ix._index.get(term);
      if (!data) continue;
      const pass = ++scratch.generation;
      const touched: number[] = [];
      for (const fieldId of [TITLE_FIELD, TEXT_FIELD]) {
        const postings = data.get(fieldId);
        if (!postings) continue;
        const rarity = idf(postings.size, documentCount);
        const averageLength = ix._avgFieldLength[fieldId]!;
        const weight = termBoost * fieldBoosts[fieldId]!;
        const ids = chosen ? chosen.filter((id) => postings.has(id)) : postings.keys();
        for (const id of ids) {
          if (visible && !visible(ix._storedFields.get(id))) continue;
          const frequency = postings.get(id)!;
          const length = ix._fieldLength.get(id)![fieldId]!;
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
      id: ix._documentIds.get(id) as string,
      score,
      terms: [...boosts.keys()].filter((term) => {
        const data = ix._index.get(term);
        return data !== undefined && [...data.values()].some((postings) => postings.has(id));
      }),
    }));
    return { ranked, matched: order.length };
  }

  /** Scratch arrays by short id for `scoreExact`, grown as the index grows; stamps say what is current. */
  private scoreScratch(size: number) {
    if (this.scratch.total.length < size) {
      const length = Math.max(size, this.scratch.total.length * 2);
      this.scratch = {
        generation: 0,
        total: new Float64Array(length),
        termScore: new Float64Array(length),
        matched: new Int32Array(length),
        termStamp: new Int32Array(length),
        queryStamp: new Int32Array(length),
      };
    }
    if (this.scratch.generation > 2 ** 30) {
      this.scratch.generation = 0;
      this.scratch.termStamp.fill(0);
      this.scratch.queryStamp.fill(0);
    }
    return this.scratch;
  }

  /** Does a term occur in any passage the scopes see? (Cheaper than a query: no scoring.) */
  hasTerm(term: string, scopes: readonly string[]): boolean {
    const data = internals(this.search)._index.get(term);
    if (!data) return false;
    const { _documentIds: ids, _storedFields: stored } = internals(this.search);
    const visible = this.visibility(scopes);
    for (const docs of data.values()) {
      // Discarded passages keep their postings until vacuumed: skip them, as MiniSearch does.
      for (const id of docs.keys()) if (ids.has(id) && (!visible || visible(stored.get(id)))) return true;
    }
    return false;
  }

  /** In how many passages a term occurs (any field, any scope): the rarity that weighs sentence matches. */
  documentFrequency(term: string): number {
    // A vacuum (MiniSearch's, in the background) resets the dirt count and drops discarded postings.
    const at = this.frequenciesAt;
    const dirt = this.search.dirtCount;
    if (at.changes !== this.changes || at.dirt !== dirt || this.frequencies.size >= MAX_CACHED_FREQUENCIES) {
      this.frequencies.clear();
      this.frequenciesAt = { changes: this.changes, dirt };
    }
    const cached = this.frequencies.get(term);
    if (cached !== undefined) return cached;
    const postings = internals(this.search)._index.get(term);
    let df = 0;
    if (postings) for (const docs of postings.values()) df = Math.max(df, docs.size);
    this.frequencies.set(term, df);
    return df;
  }

  /** Every term in the index (any scope): the vocabulary word vectors expand questions into. */
  terms(): IterableIterator<string> {
    return (internals(this.search)._index as unknown as Map<string, unknown>).keys();
  }

  /** Grows with every change to the index: whatever is derived from its vocabulary is stale when it moves. */
  get version(): number {
    return this.changes;
  }

  /** The ids of the passages (any scope) whose title or text holds a term: cheap for the rare words asked about. */
  passagesWith(term: string): string[] {
    const data = internals(this.search)._index.get(term);
    if (!data) return [];
    const { _documentIds: ids } = internals(this.search);
    const found = new Set<string>();
    for (const docs of data.values()) {
      for (const shortId of docs.keys()) {
        const id = ids.get(shortId);
        if (id !== undefined) found.add(id);
      }
    }
    return [...found];
  }

  /**
   * In how many passages' text (not title) a term occurs: the rarity that weighs a question's words. A word
   * of an article's title stands in the title field of every one of its passages, which says nothing of how
   * rare it is in what the passages say.
   */
  textFrequency(term: string): number {
    return internals(this.search)._index.get(term)?.get(TEXT_FIELD)?.size ?? 0;
  }

  /** Index terms within a small edit distance of a term: candidates for "did you mean". */
  similarTerms(term: string, maxDistance: number): string[] {
    // Nearest first; among equally near words the more common one is the likelier meaning ("tower", not "bower").
    return [...internals(this.search)._index.fuzzyGet(term, maxDistance)]
      .map(([candidate, [, distance]]) => ({ candidate, distance, df: this.documentFrequency(candidate) }))
      .sort((a, b) => a.distance - b.distance || b.df - a.df || (a.candidate < b.candidate ? -1 : 1))
      .map(({ candidate }) => candidate);
  }

  /** Prefix completion for autocomplete: MiniSearch's own suggestions, limited to scopes. */
  prefixSearch(terms: readonly string[], scopes: readonly string[], limit: number): RankedPassage[] {
    if (terms.length === 0) return [];
    const allowed = new Set(scopes);
    const last = terms.length - 1;
    return this.search
      .search(terms.join(' '), {
        combineWith: 'AND',
        prefix: (_term, i) => i === last,
        boost: { title: 2 },
        filter: (result) => allowed.has(result.scope as string),
      })
      .slice(0, limit)
      .map((result) => ({ id: result.id, score: result.score, terms: result.queryTerms }));
  }

  get documentCount(): number {
    return this.search.documentCount;
  }

  /** Which stored passages the scopes see, or undefined when they see every passage in the index. */
  private visibility(
    scopes: readonly string[],
  ): ((stored: { scope?: unknown } | undefined) => boolean) | undefined {
    const allowed = new Set(scopes);
    for (const scope of this.scopeSizes.keys()) {
      if (!allowed.has(scope)) return (stored) => allowed.has(stored?.scope as string);
    }
    return undefined;
  }

  /**
   * The passages MiniSearch should score for these terms (short ids, ascending), or undefined to score every
   * match (at most `MAX_SCORED` of them). Past that: the passages whose matches weigh most, by the shape of
   * MiniSearch's score without term frequency and length (per term and field, idf times field boost; summed,
   * times the number of terms matched). Among equals, those holding the rarest terms first, title before
   * text, then in index order.
   */
  private candidates(
    terms: readonly string[],
    visible: ((stored: { scope?: unknown } | undefined) => boolean) | undefined,
  ): number[] | undefined {
    const { _index: tree, _documentIds: ids, _storedFields: stored } = internals(this.search);
    const postings = terms
      .map((term) => ({ data: tree.get(term), df: this.documentFrequency(term) }))
      .filter((entry): entry is { data: TermData; df: number } => entry.data !== undefined)
      .sort((a, b) => a.df - b.df)
      .slice(0, MASK_TERMS);
    let bound = 0;
    for (const { data } of postings) for (const docs of data.values()) bound += docs.size;
    if (bound <= MAX_SCORED && !visible) return undefined;
    // Scratch arrays by short id, all zero between calls: which terms each passage holds in which field, as
    // bits (rarest term first: title bit, text bit), and the passages met.
    const nextId = internals(this.search)._nextId;
    if (this.masks.length < nextId) {
      this.masks = new Int32Array(Math.max(nextId, this.masks.length * 2));
      this.touched = new Int32Array(this.masks.length);
    }
    const { masks, touched } = this;
    let met = 0;
    const count = Math.max(this.search.documentCount, 1);
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
    const checkIds = this.search.dirtCount > 0;
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

  /**
   * MiniSearch's search over only the chosen passages: for the call, its term tree is swapped for one
   * holding, for each query term, its postings in those passages. A view keeps its term's true document
   * count as its `size`, which MiniSearch reads as the document frequency, so each chosen passage scores
   * exactly as in a search of the whole index, while MiniSearch walks a few hundred postings per term
   * instead of every passage holding a common word. (Swapped on the index itself, not on an object made
   * from it: making the index a prototype slowed every later search.)
   */
  private searchAmong(
    terms: readonly string[],
    chosen: readonly number[],
    text: string,
    options: SearchOptions,
  ): SearchResult[] {
    const tree = new SearchableMap<TermData>();
    const index = internals(this.search);
    const source = index._index;
    for (const term of terms) {
      const data = source.get(term);
      if (!data) continue;
      const view: TermData = new Map();
      for (const [field, docs] of data) {
        const postings = new PostingsView(docs.size);
        // Passages in ascending short id: the order a whole-index search meets them (add order).
        for (const id of chosen) {
          const freq = docs.get(id);
          if (freq !== undefined) postings.set(id, freq);
        }
        if (postings.entries().next().done !== true) view.set(field, postings);
      }
      if (view.size > 0) tree.set(term, view);
    }
    (index as { _index: unknown })._index = tree;
    try {
      return this.search.search(text, options);
    } finally {
      index._index = source;
    }
  }

  private countScopes(): void {
    this.scopeSizes.clear();
    for (const fields of internals(this.search)._storedFields.values()) {
      if (typeof fields?.scope === 'string') this.changeScopeSize(fields.scope, 1);
    }
  }

  private changeScopeSize(scope: string, delta: number): void {
    const size = (this.scopeSizes.get(scope) ?? 0) + delta;
    if (size > 0) this.scopeSizes.set(scope, size);
    else this.scopeSizes.delete(scope);
  }
}
