/**
 * One question word's cosines with the sentence words it meets, by their vector rows: an open-addressing
 * table over arrays of numbers (rows are small non-negative integers). A Map of numbers boxed every cosine it
 * kept and hashed every lookup; a question meets a few hundred rows, each again in many sentences.
 */
export class RowCosines {
  /** Row + 1 per slot, 0 for an empty one; the length is a power of two. */
  private keys: number[];
  private values: number[];
  private size = 0;

  /** `owner`: told of each row kept, so that it knows how many its tables keep without asking each. */
  constructor(private readonly owner?: { rows: number }) {
    [this.keys, this.values] = slots(256);
  }

  /** Rows kept. */
  get count(): number {
    return this.size;
  }

  /** The cosine kept for a row, or NaN when none is kept (no cosine is NaN). */
  get(row: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = hashOf(row) & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot]!;
      if (key === row + 1) return this.values[slot]!;
      if (key === 0) return NaN;
    }
  }

  /** Keeps a row's cosine (the row must not be kept yet). */
  set(row: number, cosine: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.put(row, cosine);
    if (this.owner) this.owner.rows++;
  }

  private put(row: number, cosine: number): void {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = hashOf(row) & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = row + 1;
    this.values[slot] = cosine;
    this.size++;
  }

  private grow(): void {
    const { keys, values } = this;
    [this.keys, this.values] = slots(keys.length * 2);
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++)
      if (keys[slot] !== 0) this.put(keys[slot]! - 1, values[slot]!);
  }
}

/**
 * Keys and values for `count` slots, as plain arrays in the JS heap (small integers; unboxed doubles), not
 * typed arrays: a new table (about one a question) or a bigger one was a new ArrayBuffer outside the heap,
 * and those cost ~20 µs each at 2k passages (4-6% of an answer), more than all the lookups in them.
 */
function slots(count: number): [number[], number[]] {
  // Filled with a fraction, so the values array holds unboxed doubles from the start.
  return [new Array<number>(count).fill(0), new Array<number>(count).fill(0.5)];
}

/** Spreads neighbouring rows apart (Knuth's multiplicative hash). */
function hashOf(row: number): number {
  return Math.imul(row, 0x9e3779b1) >>> 0;
}

/** Rows kept in all (16 bytes a slot, at most two slots each) before all are let go. */
const KEPT_ROWS = 300_000;

/**
 * Each question word's `RowCosines`, kept from question to question: related questions share words and meet
 * the same passages' words again (a new table per question computed the same cosines again: the vector rows
 * are read from all over memory). Bounded: when a new word comes and `KEPT_ROWS` rows are kept in all (about
 * 13 MB: tables are a quarter to half full), all are let go.
 */
export class RowCosinesByWord {
  private readonly tables = new Map<number, RowCosines>();
  /** Rows kept by all the tables (each tells it: summing their counts for each new word cost more). */
  private kept = { rows: 0 };

  constructor(private readonly keptRows = KEPT_ROWS) {}

  /** The table of a question word's vector row. */
  of(row: number): RowCosines {
    let table = this.tables.get(row);
    if (!table) {
      if (this.kept.rows >= this.keptRows) {
        this.tables.clear();
        // Tables let go may still be written to by a plan holding them: they tell a count no longer read.
        this.kept = { rows: 0 };
      }
      table = new RowCosines(this.kept);
      this.tables.set(row, table);
    }
    return table;
  }
}
