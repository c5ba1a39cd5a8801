/**
 * MiniSearch's document tables (short id -> passage id, stored fields, field lengths; passage id -> short id)
 * for an index made at once (a snapshot's, a bulk build's), without a Map entry per passage: at 1M passages
 * the four Maps took 2 s of a start and most of its garbage collection. MiniSearch reads and changes them only
 * through Map methods, so these are Maps by their methods. Short ids are given in ascending order and never
 * again once discarded, so an array indexed by short id iterates as a Map filled in that order would.
 */
import { isPassageIdOf, passageNumberOf } from '../../corpus/passage-id.js';
import { PassageRuns } from './passage-runs.js';

/** A Map from short id to a value, as a dense array (a hole where a passage was discarded). */
export class ShortIdMap<V> implements Map<number, V> {
  private count = 0;

  constructor(private readonly slots: Array<V | undefined> = []) {
    for (const value of slots) if (value !== undefined) this.count++;
  }

  get [Symbol.toStringTag](): string {
    return 'ShortIdMap';
  }
  get size(): number {
    return this.count;
  }
  get(shortId: number): V | undefined {
    return this.slots[shortId];
  }
  has(shortId: number): boolean {
    return this.slots[shortId] !== undefined;
  }
  set(shortId: number, value: V): this {
    if (!Number.isInteger(shortId) || shortId < 0) throw new Error(`not a short id: ${shortId}`);
    if (this.slots[shortId] === undefined) this.count++;
    while (this.slots.length < shortId) this.slots.push(undefined);
    this.slots[shortId] = value;
    return this;
  }
  delete(shortId: number): boolean {
    if (this.slots[shortId] === undefined) return false;
    this.slots[shortId] = undefined;
    this.count--;
    return true;
  }
  clear(): void {
    this.slots.length = 0;
    this.count = 0;
  }
  forEach(callback: (value: V, key: number, map: Map<number, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
  entries(): MapIterator<[number, V]> {
    return asMapIterator(this.walk());
  }
  keys(): MapIterator<number> {
    return keysOf(this.walk());
  }
  values(): MapIterator<V> {
    return valuesOf(this.walk());
  }
  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  private *walk(): Generator<[number, V]> {
    const values = this.slots;
    for (let shortId = 0; shortId < values.length; shortId++) {
      const value = values[shortId];
      if (value !== undefined) yield [shortId, value];
    }
  }
}

/**
 * A Map from short id to a value where the values of short ids below `count` are derived from the short id
 * (a snapshot's passages: their ids and stored fields) rather than stored, so a start makes no object per
 * passage; a short id set or deleted later is noted beside them. Iterates in short id order, as ShortIdMap.
 */
export class DerivedShortIdMap<V> implements Map<number, V> {
  /** 1 where a derived short id was deleted or set since. */
  private readonly changed: Uint8Array;
  private changedCount = 0;
  /** Values set since (short ids below `count` among them once changed). */
  private readonly own = new Map<number, V>();

  constructor(
    private readonly count: number,
    private readonly derive: (shortId: number) => V,
  ) {
    this.changed = new Uint8Array(count);
  }

  get [Symbol.toStringTag](): string {
    return 'DerivedShortIdMap';
  }
  get size(): number {
    return this.count - this.changedCount + this.own.size;
  }
  get(shortId: number): V | undefined {
    return this.isDerived(shortId) ? this.derive(shortId) : this.own.get(shortId);
  }
  has(shortId: number): boolean {
    return this.isDerived(shortId) || this.own.has(shortId);
  }
  set(shortId: number, value: V): this {
    if (!Number.isInteger(shortId) || shortId < 0) throw new Error(`not a short id: ${shortId}`);
    this.markChanged(shortId);
    this.own.set(shortId, value);
    return this;
  }
  delete(shortId: number): boolean {
    if (this.isDerived(shortId)) {
      this.markChanged(shortId);
      return true;
    }
    return this.own.delete(shortId);
  }
  clear(): void {
    this.changed.fill(1);
    this.changedCount = this.count;
    this.own.clear();
  }
  forEach(callback: (value: V, key: number, map: Map<number, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
  entries(): MapIterator<[number, V]> {
    return asMapIterator(this.walk());
  }
  keys(): MapIterator<number> {
    return keysOf(this.walk());
  }
  values(): MapIterator<V> {
    return valuesOf(this.walk());
  }
  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  private isDerived(shortId: number): boolean {
    return shortId >= 0 && shortId < this.count && this.changed[shortId] === 0;
  }

  private markChanged(shortId: number): void {
    if (!this.isDerived(shortId)) return;
    this.changed[shortId] = 1;
    this.changedCount++;
  }

  private *walk(): Generator<[number, V]> {
    for (let shortId = 0; shortId < this.count; shortId++) {
      if (this.changed[shortId] === 0) yield [shortId, this.derive(shortId)];
      else if (this.own.has(shortId)) yield [shortId, this.own.get(shortId)!];
    }
    const later = [...this.own.keys()].filter((shortId) => shortId >= this.count).sort((a, b) => a - b);
    for (const shortId of later) yield [shortId, this.own.get(shortId)!];
  }
}

/**
 * Passage id -> short id, for passages whose ids are `<file>#<n>` numbered from 1 in a run of short ids (as
 * `passagesOf` makes them and a snapshot or a build lays them out): the first short id of each file, checked
 * against the id the short id holds. Other ids, and any set later, are in a Map beside it.
 */
export class PassageIdMap implements Map<string, number> {
  /** The short id of each file's passage #1 (by its run). */
  private readonly firstOf = new Map<string, number>();
  private readonly others = new Map<string, number>();

  /**
   * `passages[shortId]` is the passage given that short id (or, a snapshot's, the runs numbering them from 0);
   * `ids` the short id -> id table kept in step.
   */
  constructor(
    passages: ReadonlyArray<{ id: string; file: string; index: number }> | PassageRuns,
    private readonly ids: ReadonlyMap<number, string>,
  ) {
    if (passages instanceof PassageRuns) {
      // Each run is a file's passages numbered from 1: its ids repeat only when its file does.
      passages.forEachRun((file, _scope, _count, first) => {
        if (this.firstOf.has(file)) throw new Error(`MiniSearch: duplicate ID ${file}#1`);
        this.firstOf.set(file, first);
      });
      return;
    }
    passages.forEach(({ id, file, index }, shortId) => {
      if (isPassageIdOf(id, file, index)) {
        let first = this.firstOf.get(file);
        if (first === undefined) this.firstOf.set(file, (first = shortId - index + 1));
        // In its file's run, an id can repeat only one set aside before it (the run puts it at one short id).
        if (first === shortId - index + 1) {
          if (this.others.has(id)) throw new Error(`MiniSearch: duplicate ID ${id}`);
          return;
        }
      }
      // Found at another short id: a repeat (an id not numbered as its passage may find its own).
      const found = this.get(id);
      if (found !== undefined && found !== shortId) throw new Error(`MiniSearch: duplicate ID ${id}`);
      this.others.set(id, shortId);
    });
  }

  get [Symbol.toStringTag](): string {
    return 'PassageIdMap';
  }
  /** Every passage indexed has an entry in both tables. */
  get size(): number {
    return this.ids.size;
  }
  get(id: string): number | undefined {
    const other = this.others.get(id);
    if (other !== undefined) return other;
    const numbered = passageNumberOf(id);
    if (!numbered) return undefined;
    const first = this.firstOf.get(id.slice(0, numbered.hash));
    if (first === undefined) return undefined;
    const shortId = first + numbered.n - 1;
    return this.ids.get(shortId) === id ? shortId : undefined;
  }
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
  /**
   * `get(passage.id)`, found first through the passage's file and number: its file's run is a lookup by a
   * string already hashed (a passage's own `file`), and the id is compared, not parsed and cut.
   */
  shortIdOf({ id, file, index }: { id: string; file: string; index: number }): number | undefined {
    const first = this.firstOf.get(file);
    if (first !== undefined) {
      const shortId = first + index - 1;
      // The id held there is this passage's: ids are unique among indexed passages.
      if (this.ids.get(shortId) === id) return shortId;
    }
    return this.get(id);
  }
  /** MiniSearch sets an id here and in the short id table together (a new passage). */
  set(id: string, shortId: number): this {
    this.others.set(id, shortId);
    return this;
  }
  /** MiniSearch deletes an id here and from the short id table together (a run's id then no longer checks). */
  delete(id: string): boolean {
    return this.others.delete(id) || this.get(id) !== undefined;
  }
  clear(): void {
    this.firstOf.clear();
    this.others.clear();
  }
  forEach(callback: (value: number, key: string, map: Map<string, number>) => void): void {
    for (const [id, shortId] of this.entries()) callback(shortId, id, this);
  }
  entries(): MapIterator<[string, number]> {
    return asMapIterator(this.walk());
  }
  keys(): MapIterator<string> {
    return keysOf(this.entries());
  }
  values(): MapIterator<number> {
    return valuesOf(this.entries());
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  /** In short id order, as a Map filled passage by passage would list them. */
  private *walk(): Generator<[string, number]> {
    for (const [shortId, id] of this.ids) if (this.get(id) === shortId) yield [id, shortId];
  }
}

/** The keys of a Map's entries, as its `keys()` gives them. */
function keysOf<K, V>(entries: Iterable<[K, V]>): MapIterator<K> {
  return asMapIterator(
    (function* () {
      for (const [key] of entries) yield key;
    })(),
  );
}

/** The values of a Map's entries, as its `values()` gives them. */
function valuesOf<K, V>(entries: Iterable<[K, V]>): MapIterator<V> {
  return asMapIterator(
    (function* () {
      for (const [, value] of entries) yield value;
    })(),
  );
}

/** A generator as the Map iterator type (Node 20's Map iterators have no more methods than a generator). */
function asMapIterator<T>(iterator: Generator<T>): MapIterator<T> {
  return iterator as unknown as MapIterator<T>;
}
