/**
 * One question word's cosines with the sentence words it meets, by their vector rows: an open-addressing
 * table (rows are small non-negative integers). A question meets a few hundred rows, each again in many
 * sentences. The tables of all words live in one arena of typed arrays (`CosineArena`), kept from question to
 * question: a table per word in the JS heap (a new one, or a bigger one, about every question) was a fifth of
 * what an answer allocated at 2k passages, and each outlived a collection or two (the scavenger copied it).
 */
export class RowCosines {
  /** Its slots: a part of one of the arena's chunks, or arrays of its own (see `place`). */
  private keys!: Int32Array;
  private values!: Float64Array;
  /** Where its slots start in them, and their count less one (a power of two). */
  private base = 0;
  private mask = 0;
  private size = 0;
  /** Whether its slots are the arena's, which keep nothing for it once the arena lets all go. */
  private inArena = true;
  /** The arena's generation it was made in. */
  private readonly generation: number;

  constructor(private readonly arena: CosineArena = new CosineArena(0)) {
    this.generation = arena.generation;
    this.place(INITIAL_SLOTS);
  }

  /** Rows kept. */
  get count(): number {
    return this.size;
  }

  /** The cosine kept for a row, or NaN when none is kept (no cosine is NaN). */
  get(row: number): number {
    if (this.inArena && this.generation !== this.arena.generation) return NaN;
    const keys = this.keys;
    const base = this.base;
    const mask = this.mask;
    for (let slot = hashOf(row) & mask; ; slot = (slot + 1) & mask) {
      const key = keys[base + slot]!;
      if (key === row + 1) return this.values[base + slot]!;
      if (key === 0) return NaN;
    }
  }

  /** Keeps a row's cosine (the row must not be kept yet). */
  set(row: number, cosine: number): void {
    if (this.inArena && this.generation !== this.arena.generation) return;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.put(row, cosine);
  }

  private put(row: number, cosine: number): void {
    const keys = this.keys;
    const base = this.base;
    const mask = this.mask;
    let slot = hashOf(row) & mask;
    while (keys[base + slot] !== 0) slot = (slot + 1) & mask;
    keys[base + slot] = row + 1;
    this.values[base + slot] = cosine;
    this.size++;
  }

  /** Takes `count` empty slots: the arena's while it has room, else arrays of its own. */
  private place(count: number): void {
    const at = this.inArena ? this.arena.take(count) : -1;
    if (at < 0) {
      this.inArena = false;
      this.keys = new Int32Array(count);
      this.values = new Float64Array(count);
      this.base = 0;
    } else {
      const chunk = this.arena.chunkOf(at);
      this.keys = chunk.keys;
      this.values = chunk.values;
      this.base = at & (CHUNK_SLOTS - 1);
    }
    this.mask = count - 1;
  }

  private grow(): void {
    const { keys, values, base, inArena } = this;
    const slots = this.mask + 1;
    const at = this.arena.placeOf(keys, base);
    // New slots first (the old ones are copied over, then go back to the arena).
    this.place(slots * 2);
    this.size = 0;
    for (let slot = base; slot < base + slots; slot++)
      if (keys[slot] !== 0) this.put(keys[slot]! - 1, values[slot]!);
    if (inArena) this.arena.release(at, slots);
  }
}

/** Slots of a new table: most words meet a few dozen to a few hundred rows. */
const INITIAL_SLOTS = 256;

/** Spreads neighbouring rows apart (Knuth's multiplicative hash). */
function hashOf(row: number): number {
  return Math.imul(row, 0x9e3779b1) >>> 0;
}

/** Slots of a chunk of the arena (12 bytes each: 768 KB), and the most a table takes from it. */
const CHUNK_BITS = 16;
const CHUNK_SLOTS = 1 << CHUNK_BITS;

/**
 * Slots for all tables, in chunks made as needed (never copied: a table keeps its chunk's arrays), taken
 * in turn or from those given back: a table that grows takes new ones and gives back its old ones, which the
 * next table of that size takes (sizes are powers of two). A place is `chunk * CHUNK_SLOTS + slot`. Letting
 * all go is a new generation: tables made before keep nothing from then on.
 */
export class CosineArena {
  generation = 0;
  private readonly chunks: Array<{ keys: Int32Array; values: Float64Array }> = [];
  /** The chunk slots are taken from, and how many of its slots are taken. */
  private current = 0;
  private used = 0;
  /** Places of slots given back, by the log2 of their count. */
  private free: number[][] = [];

  /** `mostChunks`: chunks made at most (a table finding none with room takes arrays of its own). */
  constructor(private readonly mostChunks: number) {}

  /** The place of `count` cleared slots, or -1 when the arena has no room. */
  take(count: number): number {
    const given = this.free[Math.log2(count)];
    let at: number;
    if (given !== undefined && given.length > 0) at = given.pop()!;
    else {
      if (count > CHUNK_SLOTS) return -1;
      if (this.current >= this.chunks.length || this.used + count > CHUNK_SLOTS) {
        // The rest of a chunk too full for these slots is left unused.
        const next = this.current < this.chunks.length ? this.current + 1 : this.current;
        if (next >= this.mostChunks) return -1;
        if (next >= this.chunks.length)
          this.chunks.push({ keys: new Int32Array(CHUNK_SLOTS), values: new Float64Array(CHUNK_SLOTS) });
        this.current = next;
        this.used = 0;
      }
      at = this.current * CHUNK_SLOTS + this.used;
      this.used += count;
    }
    const slot = at & (CHUNK_SLOTS - 1);
    this.chunkOf(at).keys.fill(0, slot, slot + count);
    return at;
  }

  /** The chunk holding a place. */
  chunkOf(at: number): { keys: Int32Array; values: Float64Array } {
    return this.chunks[at >>> CHUNK_BITS]!;
  }

  /** The place of a slot of a chunk's keys (-1 for keys that are no chunk's). */
  placeOf(keys: Int32Array, slot: number): number {
    for (let chunk = 0; chunk < this.chunks.length; chunk++)
      if (this.chunks[chunk]!.keys === keys) return chunk * CHUNK_SLOTS + slot;
    return -1;
  }

  /** Gives back `count` slots taken at a place. */
  release(at: number, count: number): void {
    if (at >= 0) (this.free[Math.log2(count)] ??= []).push(at);
  }

  /** Whether every chunk is made and more than `share` of all their slots were taken in turn. */
  fuller(share: number): boolean {
    return (
      this.chunks.length >= this.mostChunks &&
      this.current * CHUNK_SLOTS + this.used > this.mostChunks * CHUNK_SLOTS * share
    );
  }

  /** Lets every table go (the chunks stay, to be taken again). */
  reset(): void {
    this.current = 0;
    this.used = 0;
    this.free = [];
    this.generation++;
  }
}

/** Chunks at most (12 MB). */
const MOST_CHUNKS = 16;
/** A question begins with all tables let go past this share taken: its tables must have room to grow. */
const FULL_SHARE = 0.75;

/**
 * Each question word's `RowCosines`, kept from question to question: related questions share words and meet
 * the same passages' words again (a new table per question computed the same cosines again: the vector rows
 * are read from all over memory). Bounded: a question that begins with the arena at its most chunks and
 * mostly taken lets all go.
 */
export class RowCosinesByWord {
  private readonly tables = new Map<number, RowCosines>();
  private readonly arena: CosineArena;

  constructor(mostChunks = MOST_CHUNKS) {
    this.arena = new CosineArena(mostChunks);
  }

  /**
   * Called before a question's tables are asked for (`of`): none of the question's may be let go while it
   * is matched, so tables are let go only here.
   */
  beginQuestion(): void {
    if (!this.arena.fuller(FULL_SHARE)) return;
    this.tables.clear();
    this.arena.reset();
  }

  /** The table of a question word's vector row. */
  of(row: number): RowCosines {
    let table = this.tables.get(row);
    if (!table) {
      table = new RowCosines(this.arena);
      this.tables.set(row, table);
    }
    return table;
  }
}
