/**
 * The first build of an index, made as MiniSearch's `addAll` makes it but without its radix-tree walk for
 * every token (most of the indexing time): each passage is split into sentences and analysed once into term
 * ids (kept as its sentences for answers, sentence-store.ts), its postings are logged into flat arrays, and a
 * counting sort lays them out as the flat postings scoring reads (one range per term and field, title then
 * text: a snapshot's layout); each distinct term is then put into the tree once, its postings made into Maps
 * only when MiniSearch reads them. Field lengths, their running averages and the
 * order of terms and documents are what `addAll` gives, so scores are the same (a test compares the two).
 */
import type { Passage } from '../../corpus/types.js';
import { analyzeIds, analyzeIdsInto, termById, withTermIds } from '../analyzer.js';
import { TermIdList } from '../term-id-list.js';
import { FlatPostings } from './flat-postings.js';
import { keepSentences, sentencesToKeep } from './keep-sentences.js';
import { SentenceStore } from './sentence-store.js';
import type { EncodedIndex } from './encoded-index.js';
import { PassageSearch, TEXT_FIELD, TITLE_FIELD } from './passage-search.js';
import { SnapshotTermData } from './snapshot-term-data.js';

/** Numbers of the log's chunks. */
const LOG_CHUNK = 1 << 20;

/**
 * A posting in the log: one number, `slot << 8 | frequency` (slot: term number * 2 + field), for a frequency
 * below 255 and a slot below 2^23 (nearly all); else two, `-1 - slot` then the frequency. Two numbers for
 * every posting were twice the memory written and read back twice (47 MB at 100k passages).
 */
const SMALL_FREQUENCY = 0xff;
const SMALL_SLOT = 1 << 23;

/**
 * Numbers written a few at a time after `reserve`, into chunks: growing one array by doubling copied the
 * whole log several times over (tens of megabytes for 100k passages).
 */
class Int32Log {
  /** The chunk being written and how much of it is used. */
  array = new Int32Array(LOG_CHUNK);
  length = 0;
  private readonly filled: Int32Array[] = [];

  /** The chunk to write `more` numbers into, from `length` on. */
  reserve(more: number): Int32Array {
    if (this.length + more > this.array.length) {
      this.filled.push(this.array.subarray(0, this.length));
      this.array = new Int32Array(Math.max(LOG_CHUNK, more));
      this.length = 0;
    }
    return this.array;
  }

  /** Every number written, chunk by chunk, in order. */
  chunks(): Int32Array[] {
    return [...this.filled, this.array.subarray(0, this.length)];
  }
}

/** About the units of a passage's kept sentences (sentence-store.ts), to size the pool once. */
const ENTRY_UNITS = 90;

/**
 * Per analyser term id, three numbers side by side (one read from memory for the three: a term met once in a
 * large corpus is far from the last): the passage and field (shortId * 2 + field) that last counted it, its
 * count there, and its term number (order of first sight, as `addAll` inserts terms) or -1.
 */
const SEEN = 0;
const COUNT = 1;
const NUMBER = 2;

function termTable(size: number, old?: Int32Array): Int32Array {
  const table = new Int32Array(size * 3);
  for (let i = 0; i < table.length; i += 3) {
    table[i + SEEN] = -1;
    table[i + NUMBER] = -1;
  }
  if (old) table.set(old);
  return table;
}

/** An index of the passages, numbered 0..n-1 in the order given. */
export function buildIndex(passages: readonly Passage[]): PassageSearch {
  return withTermIds(() => {
    const fieldLengths = new Int32Array(passages.length * 2);
    const averageFieldLength = [0, 0];
    // Every posting (term number * 2 + field, frequency: `SMALL_FREQUENCY`), in passage order: its passage is
    // known by counting, each passage having as many as its two field lengths add up to (a number for it was
    // 24 MB more of new buffers at 100k passages, and buffers set off full collections).
    const log = new Int32Log();
    let terms = termTable(1 << 16);
    const order: number[] = []; // term ids by term number
    /** Titles' term ids, as Int32Arrays like the texts' (one kind of array for `count` to read). */
    const titleIds = new Map<string, Int32Array>();
    /** A passage text's term ids (scratch, kept from passage to passage). */
    const textIds = new TermIdList();
    /** The field's distinct term ids, in the order first met (scratch, kept from field to field). */
    let distinct: Int32Array = new Int32Array(1024);
    /** Logs one field's postings; returns its length as MiniSearch counts it (distinct terms). */
    const count = (ids: Int32Array, field: number, shortId: number): number => {
      const mark = shortId * 2 + field;
      let table = terms;
      if (distinct.length < ids.length) distinct = new Int32Array(Math.max(ids.length, distinct.length * 2));
      let found = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const at = id * 3;
        if (at >= table.length) terms = table = termTable(Math.max(id + 1, (table.length / 3) * 2), table);
        if (table[at + SEEN] === mark) table[at + COUNT]!++;
        else {
          table[at + SEEN] = mark;
          table[at + COUNT] = 1;
          distinct[found++] = id;
          if (table[at + NUMBER] === -1) {
            table[at + NUMBER] = order.length;
            order.push(id);
          }
        }
      }
      const logged = log.reserve(found * 2);
      let end = log.length;
      for (let k = 0; k < found; k++) {
        const at = distinct[k]! * 3;
        const slot = table[at + NUMBER]! * 2 + field;
        const frequency = table[at + COUNT]!;
        if (frequency < SMALL_FREQUENCY && slot < SMALL_SLOT) logged[end++] = (slot << 8) | frequency;
        else {
          logged[end++] = -1 - slot;
          logged[end++] = frequency;
        }
      }
      log.length = end;
      return found;
    };
    const numberOf = (id: number) => terms[id * 3 + NUMBER]!;
    const sentences = SentenceStore.empty();
    sentences.reserve(passages.length * ENTRY_UNITS);
    passages.forEach((passage, shortId) => {
      // An article's passages share its title: analyse it once.
      let title = titleIds.get(passage.title);
      if (title === undefined) {
        const ids: number[] = [];
        analyzeIds(passage.title, ids);
        titleIds.set(passage.title, (title = Int32Array.from(ids)));
      }
      // The text is split into sentences and analysed once: its terms are its sentences' when those are the
      // whole text's (`whole`), else (rare: a word across a break, text that does not fold unit by unit) the
      // text is analysed again as a whole.
      const read = sentencesToKeep(passage.text);
      let text: Int32Array;
      if (read?.whole) text = read.ids;
      else {
        analyzeIdsInto(passage.text, textIds);
        text = textIds.idView();
      }
      const titleLength = count(title, TITLE_FIELD, shortId);
      const textLength = count(text, TEXT_FIELD, shortId);
      // Kept now, so an answer's first read of the passage finds them (its terms all numbered by `count`).
      if (read) keepSentences(sentences, shortId, read, [title, text], numberOf);
      fieldLengths[shortId * 2] = titleLength;
      fieldLengths[shortId * 2 + 1] = textLength;
      // MiniSearch's running average, step for step, so the floating-point result is the same.
      averageFieldLength[TITLE_FIELD] =
        (averageFieldLength[TITLE_FIELD]! * shortId + titleLength) / (shortId + 1);
      averageFieldLength[TEXT_FIELD] =
        (averageFieldLength[TEXT_FIELD]! * shortId + textLength) / (shortId + 1);
    });
    // Counting sort by term number and field: each range in passage order.
    const chunks = log.chunks();
    const sizes = new Int32Array(order.length * 2);
    let postings = 0;
    let maxFrequency = 0;
    for (const logged of chunks) {
      for (let i = 0; i < logged.length; i++) {
        const entry = logged[i]!;
        postings++;
        if (entry >= 0) sizes[entry >>> 8]!++;
        else {
          sizes[-1 - entry]!++;
          maxFrequency = Math.max(maxFrequency, logged[++i]!);
        }
      }
    }
    // (Frequencies in one number are below `SMALL_FREQUENCY`: they fit a byte, as any array holds them.)
    const next = new Int32Array(order.length * 2);
    for (let slot = 1; slot < next.length; slot++) next[slot] = next[slot - 1]! + sizes[slot - 1]!;
    const Frequencies =
      maxFrequency < 0x100 ? Uint8Array : maxFrequency < 0x10000 ? Uint16Array : Uint32Array;
    const sortedDocs = new Int32Array(postings);
    const sortedFrequencies = new Frequencies(postings);
    let shortId = -1;
    let left = 0; // postings of passage `shortId` still to come
    for (const logged of chunks) {
      for (let i = 0; i < logged.length; i++) {
        while (left === 0) {
          shortId++;
          left = fieldLengths[shortId * 2]! + fieldLengths[shortId * 2 + 1]!;
        }
        left--;
        const entry = logged[i]!;
        const at = entry >= 0 ? next[entry >>> 8]!++ : next[-1 - entry]!++;
        sortedDocs[at] = shortId;
        sortedFrequencies[at] = entry >= 0 ? entry & SMALL_FREQUENCY : logged[++i]!;
      }
    }
    const termList = order.map(termById);
    const flat = FlatPostings.fromArrays(termList, sizes, sortedDocs, sortedFrequencies);
    flat.setPassages(fieldLengths, passages.length, (shortId) => passages[shortId]!.scope);
    const search = PassageSearch.withDocuments(passages, fieldLengths, averageFieldLength, flat);
    sentences.fit();
    search.sentences = sentences;
    // The term tree is made when MiniSearch first reads it (fuzzy and prefix search, autocomplete, "did you
    // mean", additions), as for an index read from a snapshot: exact scoring reads the flat postings. Its
    // postings are made into MiniSearch's Maps only for the terms MiniSearch itself reads, from the same
    // arrays: ranges are in term order, title then text, which is the snapshot's layout.
    const encoded: EncodedIndex = {
      terms: termList.join('\n'),
      counts: new Uint32Array(sizes.buffer),
      docs: new Uint32Array(sortedDocs.buffer),
      freqs: sortedFrequencies,
      fieldLengths: new Uint32Array(fieldLengths.buffer),
      averageFieldLength: [...averageFieldLength],
    };
    search.deferTerms((tree) => {
      termList.forEach((term, number) => {
        const start = flat.starts[number * 2]!;
        tree.set(term, new SnapshotTermData(encoded, start, sizes[number * 2]!, sizes[number * 2 + 1]!));
      });
    });
    return search;
  });
}
