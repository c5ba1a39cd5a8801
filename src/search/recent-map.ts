/**
 * A map of the few entries set last, found by scanning them: a cache of what one question and the next few
 * read again (passage-reader.ts). Two arrays allocated once hold the entries: no hash table is grown, trimmed
 * or left behind, and an entry let go is unreferenced at once, so it dies young instead of being copied by
 * the next young-generation collection. Meant for a few dozen entries: a lookup compares every key, newest
 * first.
 */
export class RecentMap<K, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  /** The slot the next new entry takes (the oldest one's). */
  private next = 0;

  /** `size`: entries kept (at least one). */
  constructor(size: number) {
    const slots = Math.max(1, size);
    this.keys = new Array<K | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
  }

  get(key: K): V | undefined {
    const at = this.slotOf(key);
    return at < 0 ? undefined : this.values[at];
  }

  /** Keeps a value in the key's slot, or in the oldest entry's place. */
  set(key: K, value: V): void {
    let at = this.slotOf(key);
    if (at < 0) {
      at = this.next;
      this.keys[at] = key;
      this.next = (at + 1) % this.keys.length;
    }
    this.values[at] = value;
  }

  /** The newest first: a question asks again mostly for what it read last. */
  private slotOf(key: K): number {
    const keys = this.keys;
    const n = keys.length;
    for (let i = 1; i <= n; i++) {
      const at = (this.next - i + n) % n;
      if (keys[at] === key) return at;
    }
    return -1;
  }
}
