/**
 * A map that lets its oldest entry go when a new one would pass its limit: the caches of the answer stages
 * and of a snapshot's texts. A Map made to forget its first key (`keys().next()`) walks, on each such call,
 * every entry deleted since V8 last rehashed it (they stay as holes in its table): evicting from a full cache
 * of 2,000 cost ~0.6 µs, ten times a lookup, and a question at 100k passages evicts dozens. The keys are kept
 * here in the order they came, in a ring.
 */
export class FifoMap<K, V> {
  private readonly map = new Map<K, V>();
  private readonly order: Array<K | undefined>;
  /** Where the oldest key stands in `order`. */
  private head = 0;

  /** `limit`: entries kept (at least one is, as a Map trimmed before each set keeps one). */
  constructor(private readonly limit: number) {
    this.order = new Array<K | undefined>(Math.max(limit, 1));
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Keeps a value, letting the oldest entry go first when the map is full. */
  set(key: K, value: V): void {
    if (this.map.has(key)) {
      // A key set again keeps its place, as in a Map.
      this.map.set(key, value);
      return;
    }
    const order = this.order;
    if (this.map.size > 0 && this.map.size >= this.limit) {
      this.map.delete(order[this.head] as K);
      order[this.head] = undefined;
      this.head = (this.head + 1) % order.length;
    }
    order[(this.head + this.map.size) % order.length] = key;
    this.map.set(key, value);
  }
}
