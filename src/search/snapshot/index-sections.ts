/**
 * The index in a snapshot: a scope's `EncodedIndex` (search/index/encoded-index.ts) as sections, read back,
 * and the indexes of several scopes joined into one, numbering passages scope after scope, so the engine
 * searches every scope through one index.
 */
import type { EncodedIndex } from '../index/encoded-index.js';
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
    ],
    meta: { averageFieldLength: encoded.averageFieldLength, freqBytes: encoded.freqs.BYTES_PER_ELEMENT },
  };
}

/** The index the sections hold (checked only for sizes here; `checkEncodedIndex` checks the rest). */
export function encodedFromSections(sections: ReadonlyMap<string, Buffer>, meta: IndexMeta): EncodedIndex {
  const freqSection = sections.get('freqs');
  const freqs =
    meta.freqBytes === 1
      ? typed(freqSection, Uint8Array)
      : meta.freqBytes === 2
        ? typed(freqSection, Uint16Array)
        : meta.freqBytes === 4
          ? typed(freqSection, Uint32Array)
          : undefined;
  if (!freqs) throw new SnapshotProblem('snapshot is corrupt (bad frequency width)');
  return {
    terms: sections.get('terms')?.toString('utf8') ?? '',
    counts: typed(sections.get('counts'), Uint32Array),
    docs: typed(sections.get('docs'), Uint32Array),
    freqs,
    fieldLengths: typed(sections.get('fieldLengths'), Uint32Array),
    averageFieldLength: meta.averageFieldLength,
  };
}

/** One scope's index and how many passages it numbers. */
export interface IndexPart {
  encoded: EncodedIndex;
  passages: number;
}

/**
 * The scopes' indexes as one, passages numbered part after part (as their passages are listed). Each part must
 * have passed `checkEncodedIndex` (a part's passage numbers past its own passages would land in another's).
 * Terms keep the order they are first met in.
 */
export function joinIndexes(parts: readonly IndexPart[]): EncodedIndex {
  if (parts.length === 1) return parts[0]!.encoded;
  const termsOf = parts.map(({ encoded }) => (encoded.terms === '' ? [] : encoded.terms.split('\n')));
  // Where each term's postings are: [part, start, title count, text count] per part holding it.
  const places = new Map<string, number[]>();
  termsOf.forEach((terms, p) => {
    const { counts } = parts[p]!.encoded;
    let start = 0;
    terms.forEach((term, k) => {
      let place = places.get(term);
      if (!place) places.set(term, (place = []));
      place.push(p, start, counts[k * 2]!, counts[k * 2 + 1]!);
      start += counts[k * 2]! + counts[k * 2 + 1]!;
    });
  });
  const offsets: number[] = [];
  let passages = 0;
  let postings = 0;
  let freqBytes = 1;
  for (const part of parts) {
    offsets.push(passages);
    passages += part.passages;
    postings += part.encoded.docs.length;
    freqBytes = Math.max(freqBytes, part.encoded.freqs.BYTES_PER_ELEMENT);
  }
  const docs = new Uint32Array(postings);
  const freqs =
    freqBytes === 1
      ? new Uint8Array(postings)
      : freqBytes === 2
        ? new Uint16Array(postings)
        : new Uint32Array(postings);
  const counts = new Uint32Array(places.size * 2);
  let at = 0;
  let k = 0;
  for (const place of places.values()) {
    // Title postings of every part, then text postings, as one term's postings are laid out.
    for (const field of [0, 1]) {
      for (let i = 0; i < place.length; i += 4) {
        const { docs: from, freqs: fromFreqs } = parts[place[i]!]!.encoded;
        const start = place[i + 1]! + (field === 0 ? 0 : place[i + 2]!);
        const end = start + place[i + 2 + field]!;
        const offset = offsets[place[i]!]!;
        if (offset === 0) docs.set(from.subarray(start, end), at);
        else for (let j = start; j < end; j++) docs[at + j - start] = from[j]! + offset;
        freqs.set(fromFreqs.subarray(start, end), at);
        at += end - start;
        counts[k * 2 + field]! += end - start;
      }
    }
    k++;
  }
  const fieldLengths = new Uint32Array(passages * 2);
  parts.forEach((part, p) => fieldLengths.set(part.encoded.fieldLengths, offsets[p]! * 2));
  const averageFieldLength = [0, 1].map(
    (field) =>
      parts.reduce((sum, part) => sum + part.encoded.averageFieldLength[field]! * part.passages, 0) /
      Math.max(1, passages),
  );
  return { terms: [...places.keys()].join('\n'), counts, docs, freqs, fieldLengths, averageFieldLength };
}

function bytesOf(array: ArrayBufferView): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** A typed array copied out of a section (copied: the file buffer can go, and views need alignment). */
function typed<T>(
  section: Buffer | undefined,
  Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  if (!section || section.length % Type.BYTES_PER_ELEMENT !== 0) {
    throw new SnapshotProblem('snapshot is corrupt (a section has the wrong size)');
  }
  return new Type(
    section.buffer.slice(section.byteOffset, section.byteOffset + section.length) as ArrayBuffer,
  );
}
