/**
 * A digest of the index built over the bench corpora, to check that a change to the build leaves the index
 * identical: postings, field lengths and kept sentences as a snapshot holds them (`PassageIndex.encode`), for a
 * bulk build of every passage and for a bulk build of half then additions (append.ts) of the rest.
 *   npx tsx bench/benchmark/index-digest.ts [--sizes 2000,10000,100000] [--data DIR] [--seed N]
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Passage } from '../../src/corpus/types.js';
import type { EncodedIndex } from '../../src/search/index/encoded-index.js';
import { poolInMemory } from '../../src/search/index/sentence-store.js';
import { PassageIndex } from '../../src/search/passage-index.js';
import { resolveEvalDir } from '../datasets/index.js';
import { buildCorpus } from './corpus.js';

function digest(encoded: EncodedIndex): string {
  const hash = createHash('sha256');
  const bytes = (array: ArrayBufferView) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  hash.update(encoded.terms);
  for (const array of [encoded.counts, encoded.docs, encoded.freqs, encoded.fieldLengths]) {
    hash.update(array.constructor.name).update(bytes(array));
  }
  hash.update(JSON.stringify(encoded.averageFieldLength));
  if (encoded.sentences)
    hash.update(bytes(poolInMemory(encoded.sentences.pool))).update(bytes(encoded.sentences.starts));
  return hash.digest('hex').slice(0, 16);
}

function built(passages: readonly Passage[], firstBulk: number): string {
  const index = PassageIndex.empty();
  index.add(passages.slice(0, firstBulk));
  for (let at = firstBulk; at < passages.length; at += 500) index.add(passages.slice(at, at + 500));
  return digest(index.encode(passages.map((p) => p.id)));
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '2000,10000,100000' },
    data: { type: 'string' },
    seed: { type: 'string', default: '20261122' },
  },
});
for (const size of (values.sizes ?? '').split(',').map(Number)) {
  const { passages } = buildCorpus(resolveEvalDir(values.data), size, Number(values.seed));
  console.log(
    `${size} passages: bulk ${built(passages, passages.length)}, half + appended ${built(passages, passages.length >> 1)}`,
  );
}
