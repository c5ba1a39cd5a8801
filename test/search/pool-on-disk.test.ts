import { describe, expect, it } from 'vitest';
import { PoolOnDisk } from '../../src/search/index/pool-on-disk.js';
import { SentenceStore } from '../../src/search/index/sentence-store.js';
import { runSteps } from '../../src/search/snapshot/steps.js';

const termOf = (number: number) => `t${number}`;
/** Term numbers kept as they are when entries are copied. */
const same = Uint32Array.from({ length: 0xa0000 }, (_, n) => n);

/** A pool's bytes at an odd place in a "file" (another section before it), read as a snapshot's would be. */
function onDisk(pool: Uint16Array): { pool: PoolOnDisk; reads: () => number } {
  const file = Buffer.concat([
    Buffer.alloc(7, 0xee),
    Buffer.from(pool.buffer, pool.byteOffset, pool.byteLength),
  ]);
  let reads = 0;
  const reader = {
    read(into: Uint8Array, position: number) {
      reads++;
      if (position + into.length > file.length) throw new Error('past the file');
      into.set(file.subarray(position, position + into.length));
    },
  };
  return { pool: new PoolOnDisk(reader, 7, pool.length), reads: () => reads };
}

/** Entries of every size: none, one sentence, many; term numbers narrow and wide (two units). */
function filled(passages: number): SentenceStore {
  const store = SentenceStore.empty();
  for (let shortId = 0; shortId < passages; shortId++) {
    if (shortId % 11 === 5) continue; // no entry
    const sentences = 1 + ((shortId * 7) % (shortId % 97 === 0 ? 400 : 6));
    const ranges: number[] = [];
    const counts: number[] = [];
    const numbers: number[] = [];
    for (let i = 0; i < sentences; i++) {
      ranges.push(i * 10, i * 10 + 9);
      const count = (shortId + i) % 9;
      counts.push(count);
      for (let k = 0; k < count; k++)
        numbers.push(k % 3 === 0 ? 0x9_0000 + shortId + k : (shortId * 31 + k) % 0x7fff);
    }
    store.set(shortId, ranges, counts, numbers);
  }
  return store;
}

function everyEntry(store: SentenceStore, passages: number) {
  return Array.from({ length: passages }, (_, shortId) => [
    store.read(shortId, 1 << 15, termOf),
    store.readTerms(shortId, 1 << 15, termOf),
  ]);
}

describe('a kept-sentence pool left on disk', () => {
  const passages = 3_000;
  const encoded = runSteps(
    filled(passages).encode(
      Array.from({ length: passages }, (_, n) => n),
      same,
    ),
  );

  it('reads every entry as the pool in memory does, each block of the file read once', () => {
    const inMemory = SentenceStore.fromEncoded({
      pool: encoded.pool,
      starts: Int32Array.from(encoded.starts),
    });
    const disk = onDisk(encoded.pool);
    const store = SentenceStore.fromEncoded({ pool: disk.pool, starts: Int32Array.from(encoded.starts) });
    expect(encoded.pool.length).toBeGreaterThan(8 * 8_192); // several blocks
    // An entry here and there: a read each (its block), none again for an entry in a block read.
    for (const shortId of [2_900, 3, 1_500, 4]) store.read(shortId, 1 << 15, termOf);
    expect(disk.reads()).toBeLessThanOrEqual(4);
    expect(everyEntry(store, passages)).toEqual(everyEntry(inMemory, passages));
    const all = disk.reads();
    expect(all).toBeLessThanOrEqual(Math.ceil(encoded.pool.length / 8_192)); // each block once at most
    everyEntry(store, passages);
    expect(disk.reads()).toBe(all);
  });

  it('changes as the pool in memory does: entries kept after it, forgotten, repacked into memory, written again', () => {
    const inMemory = SentenceStore.fromEncoded({
      pool: encoded.pool.slice(),
      starts: Int32Array.from(encoded.starts),
    });
    const store = SentenceStore.fromEncoded({
      pool: onDisk(encoded.pool).pool,
      starts: Int32Array.from(encoded.starts),
    });
    const all = Array.from({ length: passages + 10 }, (_, n) => n);
    const renumber = same;
    for (const s of [inMemory, store]) {
      s.set(passages + 3, [0, 5, 6, 9], [2, 1], [1, 0x9_0000, 7]); // after the pool on disk
      s.forget(10);
      s.set(11, [0, 4], [1], [42]); // replaced: the old entry left over
    }
    expect(everyEntry(store, passages + 10)).toEqual(everyEntry(inMemory, passages + 10));
    expect(runSteps(store.encode(all, renumber))).toEqual(runSteps(inMemory.encode(all, renumber)));
    // Forgetting most entries repacks the pool (the part on disk read into memory) at the next one kept.
    for (let shortId = 0; shortId < passages; shortId += 1)
      if (shortId % 4 !== 0) {
        inMemory.forget(shortId);
        store.forget(shortId);
      }
    for (const s of [inMemory, store]) s.set(passages + 5, [0, 3], [1], [9]);
    expect(store.poolUnits).toBe(inMemory.poolUnits);
    expect(store.poolUnits).toBeLessThan(encoded.pool.length / 2);
    expect(everyEntry(store, passages + 10)).toEqual(everyEntry(inMemory, passages + 10));
    expect(runSteps(store.encode(all, renumber))).toEqual(runSteps(inMemory.encode(all, renumber)));
  });

  it("reads a damaged snapshot's entry as none, as in memory, never reading past the pool", () => {
    // Fewer passages: a damaged count makes each entry reach to the pool's end.
    const few = 300;
    const { pool, starts } = runSteps(
      filled(few).encode(
        Array.from({ length: few }, (_, n) => n),
        same,
      ),
    );
    const damaged = [
      { pool, starts: Int32Array.from(starts).fill(pool.length, 0, 1) }, // past the pool
      { pool: new Uint16Array(pool.length).fill(0x7f7f), starts }, // billions of units
      { pool: pool.subarray(0, pool.length - 1), starts }, // the last entry ends past the pool
    ];
    for (const { pool: units, starts: at } of damaged) {
      const inMemory = SentenceStore.fromEncoded({ pool: units, starts: Int32Array.from(at) });
      const store = SentenceStore.fromEncoded({ pool: onDisk(units).pool, starts: Int32Array.from(at) });
      expect(everyEntry(store, few)).toEqual(everyEntry(inMemory, few));
      for (const s of [inMemory, store]) for (let shortId = 0; shortId < few; shortId += 3) s.forget(shortId);
      expect(everyEntry(store, few)).toEqual(everyEntry(inMemory, few));
    }
  });
});
