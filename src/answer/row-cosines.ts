/**
 * One question word's cosines with the sentence words it meets, by their vector rows: an open-addressing
 * table (rows are small non-negative integers). A question meets a few hundred rows, each again in many
 * sentences. The tables of all words live in one arena of typed arrays (`CosineArena`), kept from question to
 * question: a table per word in the JS heap (a new one, or a bigger one, about every question) was a fifth of
 * what an answer allocated at 2k passages, and each outlived a collection or two (the scavenger copied it).
 */
export class RowCosines {
  /** Where the table's slots start in the arena's arrays (or its own), and their count less one. */
  private base = 0;
  private mask = 0;
  private size = 0;
  /** Its own arrays, once the arena had no room for it to grow (the arena's otherwise). */
  private ownKeys: Int32Array | undefined;
  private ownValues: Float64Array | undefined;
  /** The arena's generation it was made in: a table from before the arena let all go keeps nothing. */
  private readonly generation: number;

  constructor(private readonly arena: CosineArena = new CosineArena(INITIAL_SLOTS, INITIAL_SLOTS)) {
    this.generation = arena.generation;
    this.place(INITIAL_SLOTS);
  }

  /** Rows kept. */
  get count(): number {
    return this.size;
  }

  /** The cosine kept for a row, or NaN when none is kept (no cosine is NaN). */
  get(row: number): number {
    let keys = this.ownKeys;
    let values = this.ownValues;
    if (keys === undefined || values === undefined) {
      if (this.generation !== this.arena.generation) return NaN;
      keys = this.arena.keys;
      values = this.arena.values;
    }
    const base = this.base;
    const mask = this.mask;
    for (let slot = hashOf(row) & mask; ; slot = (slot + 1) & mask) {
      const key = keys[base + slot]!;
      if (key === row + 1) return values[base + slot]!;
      if (key === 0) return NaN;
    }
  }

  /** Keeps a row's cosine (the row must not be kept yet). */
  set(row: number, cosine: number): void {
    if (this.ownKeys === undefined && this.generation !== this.arena.generation) return;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.put(row, cosine);
  }

  private put(row: number, cosine: number): void {
    const keys = this.ownKeys ?? this.arena.keys;
    const values = this.ownValues ?? this.arena.values;
    const base = this.base;
    const mask = this.mask;
    let slot = hashOf(row) & mask;
    while (keys[base + slot] !== 0) slot = (slot + 1) & mask;
    keys[base + slot] = row + 1;
    values[base + slot] = cosine;
    this.size++;
  }

  /** Takes `count` empty slots: from the arena while it has room, else in arrays of its own. */
  private place(count: number): void {
    const base = this.ownKeys === undefined ? this.arena.take(count) : -1;
    if (base < 0) {
      this.ownKeys = new Int32Array(count);
      this.ownValues = new Float64Array(count);
      this.base = 0;
    } else this.base = base;
    this.mask = count - 1;
  }

  private grow(): void {
    const ownKeys = this.ownKeys;
    const ownValues = this.ownValues;
    const base = this.base;
    const slots = this.mask + 1;
    // New slots first: the old ones stay as they are (the arena's arrays, if it doubles, copy them) until
    // copied over, then go back to the arena.
    this.place(slots * 2);
    const keys = ownKeys ?? this.arena.keys;
    const values = ownValues ?? this.arena.values;
    this.size = 0;
    for (let slot = base; slot < base + slots; slot++)
      if (keys[slot] !== 0) this.put(keys[slot]! - 1, values[slot]!);
    if (ownKeys === undefined) this.arena.release(base, slots);
  }
}

/** Slots of a new table: most words meet a few dozen to a few hundred rows. */
const INITIAL_SLOTS = 64;

/** Spreads neighbouring rows apart (Knuth's multiplicative hash). */
function hashOf(row: number): number {
  return Math.imul(row, 0x9e3779b1) >>> 0;
}

/**
 * Slots for all tables (12 bytes each), taken from its end or from those given back: a table that grows takes
 * new ones and gives back its old ones, which the next table of that size takes (sizes are powers of two).
 * Its arrays double, copied, while it has fewer than `most` slots. Letting all go is a new generation: tables
 * made before keep nothing from then on.
 */
export class CosineArena {
  keys: Int32Array;
  values: Float64Array;
  generation = 0;
  /** Slots taken from the end. */
  private used = 0;
  /** Where slots given back start, by the log2 of their count. */
  private free: number[][] = [];

  constructor(
    slots: number,
    private readonly most: number,
  ) {
    this.keys = new Int32Array(slots);
    this.values = new Float64Array(slots);
  }

  /** Where `count` cleared slots start, or -1 when the arena has no room. */
  take(count: number): number {
    const given = this.free[Math.log2(count)];
    let base: number;
    if (given !== undefined && given.length > 0) base = given.pop()!;
    else {
      while (this.used + count > this.keys.length && this.keys.length < this.most) this.double();
      if (this.used + count > this.keys.length) return -1;
      base = this.used;
      this.used += count;
    }
    this.keys.fill(0, base, base + count);
    return base;
  }

  /** Gives back `count` slots taken at `base`. */
  release(base: number, count: number): void {
    (this.free[Math.log2(count)] ??= []).push(base);
  }

  /** Whether the arena is at its most slots and more than `share` of them were taken from its end. */
  fuller(share: number): boolean {
    return this.keys.length >= this.most && this.used > this.keys.length * share;
  }

  /** Lets every table go. */
  reset(): void {
    this.used = 0;
    this.free = [];
    this.generation++;
  }

  private double(): void {
    const keys = new Int32Array(this.keys.length * 2);
    const values = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}

/** Slots of the arena at first, and at most (12 MB). */
const FIRST_SLOTS = 1 << 16;
const MOST_SLOTS = 1 << 20;
/** A question begins with all tables let go past this share taken: its tables must have room to grow. */
const FULL_SHARE = 0.75;

/**
 * Each question word's `RowCosines`, kept from question to question: related questions share words and meet
 * the same passages' words again (a new table per question computed the same cosines again: the vector rows
 * are read from all over memory). Bounded: a question that begins with the arena at its most slots and
 * mostly taken lets all go.
 */
export class RowCosinesByWord {
  private readonly tables = new Map<number, RowCosines>();
  private readonly arena: CosineArena;

  constructor(mostSlots = MOST_SLOTS, firstSlots = Math.min(FIRST_SLOTS, mostSlots)) {
    this.arena = new CosineArena(firstSlots, mostSlots);
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
