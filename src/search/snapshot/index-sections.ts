/**
 * The index in a snapshot: a scope's `EncodedIndex` (search/index/encoded-index.ts) as sections, read back,
 * and the indexes of several scopes joined into one, numbering passages scope after scope, so the engine
 * searches every scope through one index.
 */
import type { EncodedIndex } from '../index/encoded-index.js';
import type { PoolOnDisk } from '../index/pool-on-disk.js';
import type { PostingsOnDisk } from '../index/postings-on-disk.js';
import { poolInMemory, SentenceStore } from '../index/sentence-store.js';
import { SnapshotProblem } from './container.js';

/** What the snapshot's header says of its index, beside the sections. */
export interface IndexMeta {
  averageFieldLength: number[];
  /** Bytes per term frequency in the `freqs` section. */
  freqBytes: number;
}

export function indexSections(encoded: EncodedIndex): { sections: Array<[string, Buffer]>; meta: IndexMeta } {
  return {
    sections: [
      ['terms', Buffer.from(encoded.terms)],
      ['counts', bytesOf(encoded.counts)],
      ['docs', bytesOf(encoded.docs)],
      ['freqs', bytesOf(encoded.freqs)],
      ['fieldLengths', bytesOf(encoded.fieldLengths)],
      ...(encoded.sentences
        ? ([
            ['sentencePool', bytesOf(poolInMemory(encoded.sentences.pool))],
            ['sentenceStarts', bytesOf(encoded.sentences.starts)],
          ] as Array<[string, Buffer]>)
        : []),
    ],
    meta: { averageFieldLength: encoded.averageFieldLength, freqBytes: encoded.freqs.BYTES_PER_ELEMENT },
  };
}

/** What a large file left on disk of its index: the kept sentences' pool, the postings. */
export interface IndexOnDisk {
  pool?: PoolOnDisk;
  postings?: PostingsOnDisk;
}

/**
 * The index the sections hold (checked only for sizes here; `checkEncodedIndex` checks the rest), with what
 * was left on disk in place of its sections.
 */
export function encodedFromSections(
  sections: ReadonlyMap<string, Buffer>,
  meta: IndexMeta,
  { pool, postings }: IndexOnDisk = {},
): EncodedIndex {
  return {
    terms: sections.get('terms')?.toString('utf8') ?? '',
    counts: typed(sections.get('counts'), Uint32Array),
    ...(postings
      ? { docs: postings.docs, freqs: postings.freqs, postingsOnDisk: postings }
      : {
          docs: typed(sections.get('docs'), Uint32Array),
          freqs: freqsOf(sections.get('freqs'), meta.freqBytes),
        }),
    fieldLengths: typed(sections.get('fieldLengths'), Uint32Array),
    averageFieldLength: meta.averageFieldLength,
    ...(sections.has('sentenceStarts')
      ? {
          sentences: {
            pool: pool ?? typed(sections.get('sentencePool'), Uint16Array),
            starts: typed(sections.get('sentenceStarts'), Int32Array),
          },
        }
      : {}),
  };
}

/** One scope's index and how many passages it numbers. */
export interface IndexPart {
  encoded: EncodedIndex;
  passages: number;
}

/** A part of a join that does not fit its own passages: `part` is its place in the list joined. */
export class PartProblem extends SnapshotProblem {
  constructor(
    readonly part: number,
    message: string,
  ) {
    super(`snapshot is corrupt (${message})`);
  }
}

/**
 * The scopes' indexes as one, passages numbered part after part (as their passages are listed); terms keep the
 * order they are first met in. Each part is checked as it is copied for what would make it reach into another
 * part (its sizes, passage numbers past its own passages, a term twice), throwing a PartProblem that names it;
 * `checkEncodedIndex` on the joined index checks the rest.
 */
export function joinIndexes(parts: readonly IndexPart[]): EncodedIndex {
  if (parts.length === 1) return parts[0]!.encoded;
  // Each part's postings are copied into the join's, so those left on disk are read whole first.
  for (const { encoded } of parts) encoded.postingsOnDisk?.readAll();
  // Each part's terms numbered as in the joined index (first met, first numbered).
  const numbers = new Map<string, number>();
  /** Per joined term: 1 + the last part that had it (a part having a term twice is corrupt). */
  const seenIn: number[] = [];
  const numbersOf = parts.map(({ encoded, passages }, p) => {
    const terms = encoded.terms === '' ? [] : encoded.terms.split('\n');
    const postings = encoded.counts.reduce((sum, count) => sum + count, 0);
    if (encoded.counts.length !== terms.length * 2 || postings !== encoded.docs.length) {
      throw new PartProblem(p, 'term counts do not match the terms and postings');
    }
    if (encoded.freqs.length !== postings || encoded.fieldLengths.length !== passages * 2) {
      throw new PartProblem(p, 'postings, frequencies and field lengths differ in size');
    }
    if (encoded.sentences && encoded.sentences.starts.length !== passages) {
      throw new PartProblem(p, 'kept sentences do not match the passages');
    }
    const own = new Uint32Array(terms.length);
    terms.forEach((term, k) => {
      let n = numbers.get(term);
      if (n === undefined) numbers.set(term, (n = numbers.size));
      if (seenIn[n] === p + 1) throw new PartProblem(p, 'a term is repeated');
      seenIn[n] = p + 1;
      own[k] = n;
    });
    return own;
  });
  // The joined index's postings per term and field, and where each term's title and text postings start (a
  // term's title postings, then its text postings, as an encoded index lays them out); parts fill them in order.
  const counts = new Uint32Array(numbers.size * 2);
  parts.forEach(({ encoded }, p) =>
    numbersOf[p]!.forEach((n, k) => {
      counts[n * 2]! += encoded.counts[k * 2]!;
      counts[n * 2 + 1]! += encoded.counts[k * 2 + 1]!;
    }),
  );
  const next = new Uint32Array(counts.length);
  for (let slot = 1; slot < counts.length; slot++) next[slot] = next[slot - 1]! + counts[slot - 1]!;
  const postings = parts.reduce((sum, part) => sum + part.encoded.docs.length, 0);
  const freqBytes = Math.max(...parts.map((part) => part.encoded.freqs.BYTES_PER_ELEMENT));
  const docs = new Uint32Array(postings);
  const freqs =
    freqBytes === 1
      ? new Uint8Array(postings)
      : freqBytes === 2
        ? new Uint16Array(postings)
        : new Uint32Array(postings);
  let offset = 0;
  parts.forEach(({ encoded, passages }, p) => {
    const { docs: from, freqs: fromFreqs } = encoded;
    let at = 0;
    let highest = 0;
    numbersOf[p]!.forEach((n, k) => {
      for (let field = 0; field < 2; field++) {
        const count = encoded.counts[k * 2 + field]!;
        const to = next[n * 2 + field]!;
        for (let j = 0; j < count; j++) {
          const doc = from[at + j]!;
          if (doc > highest) highest = doc;
          docs[to + j] = doc + offset;
          freqs[to + j] = fromFreqs[at + j]!;
        }
        next[n * 2 + field] = to + count;
        at += count;
      }
    });
    if (from.length > 0 && highest >= passages) throw new PartProblem(p, 'a posting is out of range');
    offset += passages;
  });
  const fieldLengths = new Uint32Array(offset * 2);
  let start = 0;
  for (const part of parts) {
    fieldLengths.set(part.encoded.fieldLengths, start * 2);
    start += part.passages;
  }
  const averageFieldLength = [0, 1].map(
    (field) =>
      parts.reduce((sum, part) => sum + part.encoded.averageFieldLength[field]! * part.passages, 0) /
      Math.max(1, offset),
  );
  // Kept sentences, their term numbers those of the joined terms (a part without them keeps none).
  const sentences = SentenceStore.join(
    parts.map(({ encoded, passages }, p) => ({
      sentences: encoded.sentences ?? { pool: new Uint16Array(0), starts: new Int32Array(passages).fill(-1) },
      renumber: numbersOf[p]!,
    })),
  );
  return {
    terms: [...numbers.keys()].join('\n'),
    counts,
    docs,
    freqs,
    fieldLengths,
    averageFieldLength,
    sentences,
  };
}

function freqsOf(section: Buffer | undefined, freqBytes: number): EncodedIndex['freqs'] {
  if (freqBytes === 1) return typed(section, Uint8Array);
  if (freqBytes === 2) return typed(section, Uint16Array);
  if (freqBytes === 4) return typed(section, Uint32Array);
  throw new SnapshotProblem('snapshot is corrupt (bad frequency width)');
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/**
 * A typed array of a section: a view of it when the section has a buffer of its own (container-file.ts reads
 * it so: no copy, and aligned), else copied out (the file's buffer can then go, and views need alignment).
 */
function typed<T>(
  section: Buffer | undefined,
  Type: {
    new (buffer: ArrayBuffer, byteOffset?: number, length?: number): T;
    BYTES_PER_ELEMENT: number;
  },
): T {
  if (!section || section.length % Type.BYTES_PER_ELEMENT !== 0) {
    throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
  }
  if (section.byteOffset === 0 && section.buffer.byteLength === section.length) {
    return new Type(section.buffer as ArrayBuffer, 0, section.length / Type.BYTES_PER_ELEMENT);
  }
  return new Type(
    section.buffer.slice(section.byteOffset, section.byteOffset + section.length) as ArrayBuffer,
  );
}
