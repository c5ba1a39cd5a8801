/**
 * Counts by non-zero integer key (the candidate picker's match masks), in typed arrays reused from query to
 * query, with the keys listed in the order first counted. A Map did the same with a hash lookup per passage
 * met: a common question word meets tens of thousands at 100k passages.
 */
export class KeyCounts {
  /** Key per slot, 0 for an empty one; the length is a power of two. */
  private keys = new Int32Array(64);
  private counts = new Int32Array(64);
  /** 32 - log2(slots): a key's home slot is the top bits of its multiplicative hash. */
  private shift = 26;
  /** Keys in the order first counted, and their slots. */
  private readonly order: number[] = [];
  private readonly slots: number[] = [];

  /** Adds `by` (default 1) to a key's count. */
  add(key: number, by = 1): void {
    const slot = this.slotOf(key);
    if (this.keys[slot] === 0) {
      if ((this.order.length + 1) * 2 > this.keys.length) {
        this.grow();
        this.add(key, by);
        return;
      }
      this.keys[slot] = key;
      this.order.push(key);
      this.slots.push(slot);
    }
    this.counts[slot]! += by;
  }

  /** A key's count, 0 when never counted. */
  get(key: number): number {
    const slot = this.slotOf(key);
    return this.keys[slot] === 0 ? 0 : this.counts[slot]!;
  }

  /** Keys with their counts, in the order first counted. */
  entries(): Array<[key: number, count: number]> {
    return this.order.map((key, i) => [key, this.counts[this.slots[i]!]!]);
  }

  /** Forgets every key (only the slots used are cleared). */
  clear(): void {
    for (const slot of this.slots) {
      this.keys[slot] = 0;
      this.counts[slot] = 0;
    }
    this.order.length = 0;
    this.slots.length = 0;
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const kept = this.entries();
    this.keys = new Int32Array(this.keys.length * 2);
    this.counts = new Int32Array(this.counts.length * 2);
    this.shift--;
    this.order.length = 0;
    this.slots.length = 0;
    for (const [key, count] of kept) this.add(key, count);
  }
}
