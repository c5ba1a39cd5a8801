/**
 * Counts by non-zero integer key (the candidate picker's match masks), in typed arrays reused from query to
 * query, with the keys listed in the order first counted. A Map did the same with a hash lookup per passage
 * met: a common question word meets tens of thousands at 100k passages. Keys below `DIRECT_KEYS` (masks of up
 * to 16 term fields, nearly every question) are counted at their own index, without hashing; larger ones in
 * an open-addressing table.
 */

/** Keys counted at their own index: 256 KB of counts, touched only where keys were counted. */
const DIRECT_KEYS = 1 << 16;

export class KeyCounts {
  /** Per key below `DIRECT_KEYS`: its count, and 1 once counted (a count back at 0 stays listed). */
  private readonly direct = new Int32Array(DIRECT_KEYS);
  private readonly counted = new Uint8Array(DIRECT_KEYS);
  /** Larger keys: key per slot, 0 for an empty one; the length is a power of two. */
  private keys = new Int32Array(64);
  private counts = new Int32Array(64);
  /** 32 - log2(slots): a key's home slot is the top bits of its multiplicative hash. */
  private shift = 26;
  /** Keys in the order first counted, and their slots (-1 for a direct key). */
  private readonly order: number[] = [];
  private readonly slots: number[] = [];
  /** Keys in the table. */
  private hashed = 0;

  /** Adds `by` (default 1) to a key's count. */
  add(key: number, by = 1): void {
    if (key >= 0 && key < DIRECT_KEYS) {
      if (this.counted[key] === 0) {
        this.counted[key] = 1;
        this.order.push(key);
        this.slots.push(-1);
      }
      this.direct[key]! += by;
      return;
    }
    this.addHashed(key, by);
  }

  /** A key's count, 0 when never counted. */
  get(key: number): number {
    if (key >= 0 && key < DIRECT_KEYS) return this.direct[key]!;
    const slot = this.slotOf(key);
    return this.keys[slot] === 0 ? 0 : this.counts[slot]!;
  }

  /** The keys, in the order first counted (read only, until the next change). */
  keysInOrder(): readonly number[] {
    return this.order;
  }

  /** Keys with their counts, in the order first counted. */
  entries(): Array<[key: number, count: number]> {
    return this.order.map((key) => [key, this.get(key)]);
  }

  /** Forgets every key (only the entries used are cleared). */
  clear(): void {
    const { order, slots } = this;
    for (let i = 0; i < order.length; i++) {
      const slot = slots[i]!;
      if (slot < 0) {
        this.direct[order[i]!] = 0;
        this.counted[order[i]!] = 0;
      } else {
        this.keys[slot] = 0;
        this.counts[slot] = 0;
      }
    }
    order.length = 0;
    slots.length = 0;
    this.hashed = 0;
  }

  private addHashed(key: number, by: number): void {
    const slot = this.slotOf(key);
    if (this.keys[slot] === 0) {
      if ((this.hashed + 1) * 2 > this.keys.length) {
        this.grow();
        this.addHashed(key, by);
        return;
      }
      this.keys[slot] = key;
      this.order.push(key);
      this.slots.push(slot);
      this.hashed++;
    }
    this.counts[slot]! += by;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the table, its keys moved to their new slots (their place in `order` kept). */
  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.counts = new Int32Array(oldCounts.length * 2);
    this.shift--;
    const moved = new Map<number, number>();
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot]!;
      if (key === 0) continue;
      const to = this.slotOf(key);
      this.keys[to] = key;
      this.counts[to] = oldCounts[slot]!;
      moved.set(slot, to);
    }
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i]!;
      if (slot >= 0) this.slots[i] = moved.get(slot)!;
    }
  }
}
